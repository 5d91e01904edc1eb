import { BulkOperationType, type Container, type JSONObject, type OperationResponse } from '@azure/cosmos';
import type { BulkJobStatus } from '../actions/bulk/bulk-job.types';
import type { BulkChunkDoc, BulkItemDoc, BulkJobDoc, BulkJobStore } from '../actions/bulk/bulk-store.types';
import type { Versioned } from '../actions/ports';
import { clean, isNotFound, isPreconditionFailed } from './cosmos.database';
import { readVersioned, replaceVersioned } from './repositories';

/** Batches written at once when a job is created (its chunks and items). */
const CREATE_CONCURRENCY = 4;
/** Operations per transactional batch (Cosmos DB's limit). */
const BATCH_OPERATIONS = 100;

/**
 * Bulk jobs on Cosmos DB: `bulkJobs` (partition /tenantId) holds the job; `bulkItems` (partition
 * /jobId) holds its chunks and items, so everything a worker reads or writes for one job stays in one
 * logical partition. Leases and job state changes are ETag-guarded replaces.
 */
export class CosmosBulkJobStore implements BulkJobStore {
  constructor(
    private readonly jobs: Container,
    private readonly parts: Container,
  ) {}

  async createJob(job: BulkJobDoc, chunks: BulkChunkDoc[], items: BulkItemDoc[]): Promise<void> {
    // Items and chunks first (batches of 100 in the job's partition): a job workers can see is complete.
    const docs: { id: string }[] = [...items, ...chunks];
    const batches: { id: string }[][] = [];
    for (let i = 0; i < docs.length; i += BATCH_OPERATIONS) batches.push(docs.slice(i, i + BATCH_OPERATIONS));
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(CREATE_CONCURRENCY, batches.length) }, async () => {
        while (next < batches.length) {
          const batch = batches[next++];
          const { result } = await this.parts.items.batch(
            batch.map((d) => ({ operationType: BulkOperationType.Create, resourceBody: d as unknown as JSONObject })),
            job.id,
          );
          const failed = (result ?? []).find((r) => r.statusCode >= 400);
          if (failed || !result) throw new Error(`Could not store the bulk job's items (Cosmos answered ${failed?.statusCode ?? 'nothing'}).`);
        }
      }),
    );
    await this.jobs.items.create(job);
  }

  getJob(tenantId: string, jobId: string): Promise<Versioned<BulkJobDoc> | null> {
    return readVersioned<BulkJobDoc>(this.jobs, jobId, tenantId);
  }

  replaceJob(job: BulkJobDoc, etag: string): Promise<Versioned<BulkJobDoc> | null> {
    return replaceVersioned(this.jobs, job, job.tenantId, etag);
  }

  async jobsWithStatus(statuses: BulkJobStatus[]): Promise<BulkJobDoc[]> {
    const { resources } = await this.jobs.items
      .query<Record<string, unknown>>({
        query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@s, c.status)',
        parameters: [{ name: '@s', value: statuses }],
      })
      .fetchAll();
    return resources.map((r) => clean<BulkJobDoc>(r));
  }

  async chunks(jobId: string): Promise<Versioned<BulkChunkDoc>[]> {
    const { resources } = await this.parts.items
      .query<Record<string, unknown>>(
        { query: "SELECT * FROM c WHERE c.jobId = @j AND c.type = 'chunk'", parameters: [{ name: '@j', value: jobId }] },
        { partitionKey: jobId },
      )
      .fetchAll();
    return resources.map((r) => ({ doc: clean<BulkChunkDoc>(r), etag: String(r._etag) })).sort((a, b) => a.doc.index - b.doc.index);
  }

  replaceChunk(chunk: BulkChunkDoc, etag: string): Promise<Versioned<BulkChunkDoc> | null> {
    return replaceVersioned(this.parts, chunk, chunk.jobId, etag);
  }

  async items(jobId: string, chunk?: number): Promise<BulkItemDoc[]> {
    const byChunk = chunk === undefined ? '' : ' AND c.chunk = @c';
    const { resources } = await this.parts.items
      .query<Record<string, unknown>>(
        {
          query: `SELECT * FROM c WHERE c.jobId = @j AND c.type = 'item'${byChunk}`,
          parameters: [
            { name: '@j', value: jobId },
            { name: '@c', value: chunk ?? -1 },
          ],
        },
        { partitionKey: jobId },
      )
      .fetchAll();
    return resources.map((r) => clean<BulkItemDoc>(r)).sort((a, b) => a.line - b.line);
  }

  async writeChunk(chunk: BulkChunkDoc, etag: string, items: BulkItemDoc[]): Promise<Versioned<BulkChunkDoc> | null> {
    if (items.length === 0) return this.replaceChunk(chunk, etag);
    if (items.length >= BATCH_OPERATIONS) throw new Error('A chunk holds fewer than 100 items.');
    let result: OperationResponse[] | undefined;
    try {
      ({ result } = await this.parts.items.batch(
        [
          // Each operation names the partition too (the batch's own): the embedded emulator reads it there.
          { operationType: BulkOperationType.Replace, id: chunk.id, partitionKey: chunk.jobId, ifMatch: etag, resourceBody: chunk as unknown as JSONObject },
          ...items.map((i) => ({ operationType: BulkOperationType.Upsert, partitionKey: chunk.jobId, resourceBody: i as unknown as JSONObject })),
        ],
        chunk.jobId,
      ));
    } catch (e) {
      // A service that answers a failed transactional batch as an error: the lease's ETag moved.
      if (isPreconditionFailed(e) || isNotFound(e)) return null;
      throw e;
    }
    const head = result?.[0];
    if (!head || head.statusCode === 412 || head.statusCode === 404) return null;
    const failed = result!.find((r) => r.statusCode >= 400);
    if (failed) throw new Error(`Could not record the bulk items (Cosmos answered ${failed.statusCode}).`);
    return { doc: chunk, etag: String(head.eTag ?? (head.resourceBody as { _etag?: string } | undefined)?._etag) };
  }
}
