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
  /**
   * The full conversation reference the chat turn captured (bot/ fills it), so any instance can continue
   * the conversation exactly as the turn could. Absent: a Teams personal-chat reference is built from
   * conversationId, serviceUrl and tenantId.
   */
  address?: Record<string, unknown>;
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

// ---------------------------------------------------------------------------------------------
// Chat surface (dialogs/bulk, cards/bulk-*): how the operator named the targets.

/** How the operator named the targets; words the summary card. */
export interface BulkSource {
  kind: 'chat' | 'csv' | 'query';
  /** "users.csv (214 rows)", "All users whose department is “Sales” and country is “Italy”", "3 users named in the message". */
  description: string;
  /**
   * Query input: users the query matched that the operator may not act on. Only counted, never listed
   * (a scoped operator must not learn who is outside the scope).
   */
  outOfScopeUnlisted?: number;
}

/** Who asks (the engine's Caller without importing the engine here). */
export interface BulkCaller {
  tenantId: string;
  operatorObjectId: string | undefined;
  correlationId: string;
  entry: 'chat' | 'card' | 'approval';
}

/** A target's before → after, as the summary card shows a sample of them. */
export interface BulkSampleChange {
  target: string;
  changes: { label: string; before: string; after: string }[];
  noop?: string;
}

/** What create() answers: the queued job (not started), its problems, a sample preview and the policy's word. */
export interface BulkJobCreated {
  job: BulkJobView;
  /** Up to 5 runnable targets with their before → after. */
  sample: BulkSampleChange[];
  /** The action's one-sentence summary for the runnable targets. */
  summary: string;
  /** Parameter lines for the card (secrets never: actions with secret parameters are refused for bulk). */
  parameters: { label: string; value: string }[];
  /** Set when the tenant's policy asks for an approval before this job may start. */
  approval?: { reason: string };
}

/** An approver's consent (see actions/governance/approval.types.ts ApprovalConsent). */
export interface BulkConsent {
  requestId: string;
  approver: { id: string; upn?: string };
  justification: string;
  comment?: string;
}

/**
 * The runtime's API for the chat surface (implemented by actions/bulk/bulk-job.service.ts). Every call
 * re-checks the caller: only the job's creator (or a Tenant Admin) may start, pause, resume or cancel it.
 * Errors are StewardErrors with a message for the operator.
 */
export interface BulkJobsApi {
  create(
    caller: BulkCaller,
    request: {
      actionId: string;
      params: Record<string, unknown>;
      rows: BulkRow[];
      conversation: BulkConversationRef;
      /**
       * Rows the chat surface rejected before the job existed (CSV rows with a bad target or bad values,
       * csv-input.parser.ts): they never run, and belong in the job's problems and its result CSV.
       */
      problems?: BulkRowProblem[];
    },
  ): Promise<BulkJobCreated>;
  /** After Confirm; with `consent` after an approval (required when create() answered `approval`). */
  start(caller: BulkCaller, jobId: string, options?: { consent?: BulkConsent }): Promise<BulkJobView>;
  pause(caller: BulkCaller, jobId: string): Promise<BulkJobView>;
  resume(caller: BulkCaller, jobId: string): Promise<BulkJobView>;
  /** Unstarted items end as 'cancelled'; items already sent keep their real outcome. */
  cancel(caller: BulkCaller, jobId: string): Promise<BulkJobView>;
  get(tenantId: string, jobId: string): Promise<BulkJobView | null>;
  /** Every row: problems first found at create, then each item's outcome with before / after. */
  resultRows(tenantId: string, jobId: string): Promise<BulkResultRow[]>;
  /** Records where the progress card lives once the surface has sent it. */
  setProgressActivity(tenantId: string, jobId: string, activityId: string): Promise<void>;
}
