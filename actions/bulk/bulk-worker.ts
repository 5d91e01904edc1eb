import type { Logger } from '../logger.types';
import type { BulkJobService } from './bulk-job.service';
import type { BulkJobStore } from './bulk-store.types';

export interface BulkWorkerOptions {
  service: BulkJobService;
  store: BulkJobStore;
  logger: Logger;
  /** How often Cosmos is polled for runnable chunks (default 1 s). No change feed: polling works everywhere. */
  pollMs?: number;
  /** Chunks this process runs at once (default 4). */
  maxChunks?: number;
  clock?: () => Date;
}

/**
 * Polls for jobs that are running or being cancelled, and leases their pending chunks (ETag) up to
 * `maxChunks` at a time. A chunk whose lease ran out (its worker died) is pending with a stale lease,
 * so it is taken over here like any other. Every bot instance runs one; `npm run worker` runs one alone.
 */
export class BulkWorker {
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private readonly active = new Set<Promise<void>>();
  private stopped = false;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly options: BulkWorkerOptions) {}

  start(): void {
    this.stopped = false;
    this.unsubscribe = this.options.service.onRunnable(() => void this.poll());
    this.timer = setInterval(() => void this.poll(), this.options.pollMs ?? 1000);
    this.timer.unref?.();
    void this.poll();
  }

  /** Stops polling and waits for the chunks in hand (they finish their current items). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.active]);
  }

  get running(): number {
    return this.active.size;
  }

  /** One look for work; exported for tests that want a deterministic step. */
  async poll(): Promise<void> {
    if (this.polling || this.stopped) return;
    this.polling = true;
    const max = this.options.maxChunks ?? 4;
    try {
      if (this.active.size >= max) return;
      const jobs = await this.options.store.jobsWithStatus(['running', 'cancelling']);
      for (const job of jobs) {
        const chunks = await this.options.store.chunks(job.id);
        if (chunks.every((c) => c.doc.state === 'done')) {
          // Its last worker died between closing the last chunk and closing the job.
          await this.options.service.finishIfDone(job.tenantId, job.id);
          continue;
        }
        for (const chunk of chunks) {
          if (this.active.size >= max || this.stopped) return;
          const claimed = await this.options.service.claim(chunk);
          if (!claimed) continue;
          this.options.logger.debug({ jobId: job.id, chunk: chunk.doc.index, worker: this.options.service.workerId }, 'bulk chunk claimed');
          const run: Promise<void> = this.options.service
            .runChunk(job, claimed)
            .catch((e) => this.options.logger.error({ err: String(e), jobId: job.id, chunk: chunk.doc.index }, 'bulk chunk failed'))
            .finally(() => {
              this.active.delete(run);
              if (!this.stopped) void this.poll();
            });
          this.active.add(run);
        }
      }
    } catch (e) {
      this.options.logger.warn({ err: String(e) }, 'bulk poll failed');
    } finally {
      this.polling = false;
    }
  }
}
