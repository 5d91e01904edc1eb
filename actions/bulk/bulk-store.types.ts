import type { ChangeLine } from '../define-action';
import type { Versioned } from '../ports';
import type { BulkConsent, BulkConversationRef, BulkCounts, BulkItemStatus, BulkJobStatus, BulkRowProblem } from './bulk-job.types';

/**
 * How bulk jobs are stored (store/bulk-jobs.repository.ts implements it on Cosmos DB): a job document
 * (partition: tenant), and in the job's own partition one document per chunk (the unit a worker leases)
 * and one per item (the unit that runs once, keyed by job + line).
 */

export interface BulkJobDoc {
  id: string;
  tenantId: string;
  actionId: string;
  actionTitle: string;
  status: BulkJobStatus;
  /** The job's parameters (never secrets: actions with secret parameters cannot run in bulk). */
  input: Record<string, unknown>;
  correlationId: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  /** Operator object id (runs with this operator's role and scope). */
  createdBy: string;
  createdByUpn?: string;
  conversation: BulkConversationRef;
  problems: BulkRowProblem[];
  itemCount: number;
  chunkCount: number;
  /** The policy asked for approval; start() then needs the approval's consent, kept for the workers. */
  approval?: { reason: string; consent?: BulkConsent };
  /** Final counts, written when the job ends (running counts come from the chunks). */
  counts?: BulkCounts;
}

export interface BulkLease {
  owner: string;
  expiresAt: string;
}

export interface BulkChunkDoc {
  id: string;
  jobId: string;
  tenantId: string;
  type: 'chunk';
  index: number;
  /** Item document ids, in line order. */
  items: string[];
  state: 'pending' | 'done';
  lease?: BulkLease;
  /** Outcomes of this chunk's finished items (written by the lease holder). */
  counts: { succeeded: number; failed: number; skipped: number; cancelled: number };
  /** Items finished per second are computed from these (first and last item end). */
  finishedAt?: string;
}

export interface BulkItemDoc {
  /** `item-<line>`: job + item is the key that makes an item run once. */
  id: string;
  jobId: string;
  tenantId: string;
  type: 'item';
  chunk: number;
  line: number;
  target: { id: string; label: string; display: string };
  /** The target as loaded and previewed when the job was created (what the operator confirmed). */
  snapshot: unknown;
  /** The row's own parameters, when the CSV gave some (else the job's). */
  input?: Record<string, unknown>;
  status: BulkItemStatus;
  /** Preview at creation: before → after. */
  preview: ChangeLine[];
  noop?: string;
  /** What happened (or why it gave up). */
  message?: string;
  changes?: ChangeLine[];
  audit?: Record<string, unknown>;
  /** Attempts that reached the tenant (throttled retries included). */
  attempts: number;
  worker?: string;
  startedAt?: string;
  finishedAt?: string;
}

export interface BulkJobStore {
  createJob(job: BulkJobDoc, chunks: BulkChunkDoc[], items: BulkItemDoc[]): Promise<void>;
  getJob(tenantId: string, jobId: string): Promise<Versioned<BulkJobDoc> | null>;
  replaceJob(job: BulkJobDoc, etag: string): Promise<Versioned<BulkJobDoc> | null>;
  /** Jobs in any tenant whose status is one of these (workers poll for 'running' and 'cancelling'). */
  jobsWithStatus(statuses: BulkJobStatus[]): Promise<BulkJobDoc[]>;
  chunks(jobId: string): Promise<Versioned<BulkChunkDoc>[]>;
  replaceChunk(chunk: BulkChunkDoc, etag: string): Promise<Versioned<BulkChunkDoc> | null>;
  /**
   * Replaces the chunk under its ETag and writes these items of it in one transactional batch (one
   * partition): the items are written only while the writer still holds the lease. Null when it lost it.
   */
  writeChunk(chunk: BulkChunkDoc, etag: string, items: BulkItemDoc[]): Promise<Versioned<BulkChunkDoc> | null>;
  items(jobId: string, chunk?: number): Promise<BulkItemDoc[]>;
}
