/**
 * The contract between the bulk runtime (jobs, chunks, leases, workers, pacing: actions/bulk/) and the chat
 * surface that starts and shows jobs (dialogs/, cards/, bot/). A job is one Cosmos document plus one
 * document per item; every item records its outcome, so a crash resumes where it stopped and nothing
 * runs twice.
 */

export type BulkJobStatus = 'queued' | 'running' | 'paused' | 'cancelling' | 'cancelled' | 'completed';
export type BulkItemStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped' | 'cancelled';

/** One row of bulk input: a target named by UPN or object id, plus optional per-row parameters (CSV columns). */
export interface BulkRow {
  /** 1-based line number in the CSV (or position in the chat list / query result), for per-row errors. */
  line: number;
  target: string;
  params?: Record<string, unknown>;
}

/** A row that cannot run, with a message that says what is wrong and how to fix it. */
export interface BulkRowProblem {
  line: number;
  target: string;
  reason: 'not-found' | 'out-of-scope' | 'invalid' | 'duplicate';
  message: string;
}

export interface BulkCounts {
  total: number;
  succeeded: number;
  failed: number;
  skipped: number;
  cancelled: number;
  /** Not finished yet (pending or running). */
  remaining: number;
}

/** Where the progress card lives, so any instance can update it in place. */
export interface BulkConversationRef {
  conversationId: string;
  serviceUrl: string;
  /** Set once the progress card was sent. */
  progressActivityId?: string;
  tenantId: string;
  operatorObjectId: string;
}

export interface BulkJobView {
  id: string;
  tenantId: string;
  actionId: string;
  actionTitle: string;
  status: BulkJobStatus;
  counts: BulkCounts;
  /** Items per second over the last minute; 0 before the first item ends. */
  rate: number;
  /** Seconds until done at the current rate; null when unknown. */
  etaSeconds: number | null;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  createdBy: string;
  conversation: BulkConversationRef;
  /** Problems found when the job was created (they never run, and are in the result CSV). */
  problems: BulkRowProblem[];
}

/** One line of the per-row result CSV. */
export interface BulkResultRow {
  line: number;
  target: string;
  outcome: BulkItemStatus | 'not-found' | 'out-of-scope' | 'invalid' | 'duplicate';
  error: string;
  before: string;
  after: string;
}

/** Told about job changes; the bot implements it by updating the progress card (at most once every 2 s). */
export interface BulkProgressPort {
  jobChanged(job: BulkJobView): Promise<void>;
}
