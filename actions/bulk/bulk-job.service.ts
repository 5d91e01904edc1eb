import type { ActionContext, AnyAction, TargetOutcome, TargetPreview } from '../define-action';
import { redact, type ActionEngine, type AnyTarget, type BulkRowRunnable, type Caller } from '../engine';
import { isStewardError, StewardError } from '../errors';
import type { Logger } from '../logger.types';
import type { AuditStore, Versioned } from '../ports';
import type {
  BulkCaller,
  BulkConsent,
  BulkConversationRef,
  BulkCounts,
  BulkItemStatus,
  BulkJobCreated,
  BulkJobsApi,
  BulkJobView,
  BulkProgressPort,
  BulkResultRow,
  BulkRow,
  BulkRowProblem,
} from './bulk-job.types';
import type { BulkChunkDoc, BulkItemDoc, BulkJobDoc, BulkJobStore, BulkLease } from './bulk-store.types';
import { RequestPacer, type PacedResponse } from './request-pacer';

/**
 * Bulk jobs: create (rows resolved and checked by the engine, bad rows reported one by one), start,
 * pause, resume, cancel, read, and run one leased chunk (workers call runChunk; see bulk-worker.ts).
 *
 * Secrets: an action with secret parameters is refused for bulk (the engine's prepareBulk), because a
 * job's input is stored until it ends; nothing secret is ever written to the job or its items.
 * Exactly once: an item is marked 'running' before its request goes out; a worker that finds an item
 * 'running' (its worker died mid-call) re-reads the target and previews it, and a noop preview means the
 * change is already there: the item succeeds without a second write.
 */
export interface BulkJobServiceDeps {
  engine: ActionEngine;
  store: BulkJobStore;
  audit: AuditStore;
  clock: () => Date;
  newId: () => string;
  logger: Logger;
  /** Told when a job changes (the bot updates the progress card, at a bounded rate). */
  progress?: BulkProgressPort;
  /** Items per chunk (the leased unit; default 20 = one $batch). */
  chunkSize?: number;
  /** How long a chunk lease lasts without renewal (default 30 s); renewed every third of it. */
  leaseMs?: number;
  /** Pacer settings per tenant (tests and the bench). */
  pacer?: { initialWindow?: number; maxWindow?: number; maxThrottledRetries?: number };
  /** Identifies this process's leases. */
  workerId: string;
}

type StopReason = 'cancel' | 'pause' | 'lost';

const TERMINAL: ReadonlySet<BulkItemStatus> = new Set(['succeeded', 'failed', 'skipped', 'cancelled']);
const SAMPLE = 5;
/** How long one check of role, policy and session serves the chunks of a job in this process. */
const CONTEXT_REUSE_MS = 5_000;

type ItemTally = { succeeded: number; failed: number; skipped: number; cancelled: number };

/**
 * A worker's hold on one chunk: every write of the chunk (renewals, items marked running, outcomes) is
 * ETag-guarded and serialized here; once a write finds the ETag moved, the lease is lost for good.
 */
class ChunkLease {
  private current: Versioned<BulkChunkDoc> | null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: BulkJobStore,
    claimed: Versioned<BulkChunkDoc>,
  ) {
    this.current = claimed;
  }

  get lost(): boolean {
    return this.current === null;
  }

  /** False when the lease is (or was already) lost: nothing was written. */
  write(change: (chunk: BulkChunkDoc) => BulkChunkDoc, items: BulkItemDoc[] = []): Promise<boolean> {
    const run = this.chain.then(async () => {
      if (!this.current) return false;
      this.current = await this.store.writeChunk(change(this.current.doc), this.current.etag, items);
      return this.current !== null;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }
}

export class BulkJobService implements BulkJobsApi {
  private readonly pacers = new Map<string, RequestPacer>();
  private readonly contexts = new Map<string, { at: number; env: { action: AnyAction; ctx: ActionContext } }>();
  private readonly wakers = new Set<() => void>();

  constructor(private readonly deps: BulkJobServiceDeps) {}

  private get chunkSize(): number {
    return this.deps.chunkSize ?? 20;
  }

  get leaseMs(): number {
    return this.deps.leaseMs ?? 30_000;
  }

  get workerId(): string {
    return this.deps.workerId;
  }

  /** This process's worker asks to be told when a job becomes runnable, so it need not wait for its next poll. */
  onRunnable(wake: () => void): () => void {
    this.wakers.add(wake);
    return () => this.wakers.delete(wake);
  }

  /** A throttled answer seen outside the pacer (the Exchange client retries on its own): the tenant's pacer slows down too. */
  noteThrottled(tenantId: string, waitMs: number): void {
    this.pacers.get(tenantId)?.slowDown(waitMs);
  }

  /** The pacer of a tenant in this process (one budget per tenant, shared by every job of it). */
  pacerFor(tenantId: string, ctx: ActionContext): RequestPacer {
    let pacer = this.pacers.get(tenantId);
    if (!pacer) {
      pacer = new RequestPacer({ graph: ctx.directory.graph, ...this.deps.pacer });
      this.pacers.set(tenantId, pacer);
    }
    return pacer;
  }

  async create(
    caller: BulkCaller,
    request: { actionId: string; params: Record<string, unknown>; rows: BulkRow[]; conversation: BulkConversationRef; problems?: BulkRowProblem[] },
  ): Promise<BulkJobCreated> {
    if (request.rows.length === 0 && (request.problems ?? []).length === 0) {
      throw new StewardError('VALIDATION_FAILED', 'The bulk request names no targets.', { hint: 'Give a CSV with a UPN or ObjectId column, a list of users, or a query.' });
    }
    const prepared = await this.deps.engine.prepareBulk(caller as Caller, { actionId: request.actionId, params: request.params, rows: request.rows });
    const now = this.deps.clock().toISOString();
    const jobId = this.deps.newId();
    // Rows the surface refused before (CSV parsing) and rows the engine refused, in line order.
    const problems: BulkRowProblem[] = [
      ...(request.problems ?? []),
      ...prepared.rows.flatMap((r) => ('problem' in r ? [{ line: r.line, target: r.text, ...r.problem }] : [])),
    ].sort((a, b) => a.line - b.line);
    const runnable = prepared.rows.filter((r): r is BulkRowRunnable => 'target' in r);
    const items: BulkItemDoc[] = runnable.map((r, i) => ({
      id: `item-${r.line}`,
      jobId,
      tenantId: caller.tenantId,
      type: 'item',
      chunk: Math.floor(i / this.chunkSize),
      line: r.line,
      target: { id: r.ref.id, label: r.ref.label, display: r.ref.display },
      snapshot: r.target,
      ...(r.input ? { input: r.input } : {}),
      status: 'pending',
      preview: r.preview?.changes ?? [],
      ...(r.preview?.noop ? { noop: r.preview.noop } : {}),
      attempts: 0,
    }));
    const chunks: BulkChunkDoc[] = [];
    for (let i = 0; i * this.chunkSize < items.length; i++) {
      chunks.push({
        id: `chunk-${i}`,
        jobId,
        tenantId: caller.tenantId,
        type: 'chunk',
        index: i,
        items: items.slice(i * this.chunkSize, (i + 1) * this.chunkSize).map((x) => x.id),
        state: 'pending',
        counts: { succeeded: 0, failed: 0, skipped: 0, cancelled: 0 },
      });
    }
    const job: BulkJobDoc = {
      id: jobId,
      tenantId: caller.tenantId,
      actionId: prepared.action.id,
      actionTitle: prepared.action.title,
      status: 'queued',
      input: redact(prepared.action, prepared.input),
      correlationId: caller.correlationId,
      createdAt: now,
      createdBy: prepared.operator.objectId,
      ...(prepared.operator.userPrincipalName ? { createdByUpn: prepared.operator.userPrincipalName } : {}),
      conversation: request.conversation,
      problems,
      itemCount: items.length,
      chunkCount: chunks.length,
      ...(prepared.approval ? { approval: { reason: prepared.approval.reason } } : {}),
    };
    await this.deps.store.createJob(job, chunks, items);
    return {
      job: this.view(job, chunks),
      sample: runnable.slice(0, SAMPLE).map((r) => ({
        target: r.ref.label,
        changes: r.preview?.changes ?? [],
        ...(r.preview?.noop ? { noop: r.preview.noop } : {}),
      })),
      summary: prepared.summary,
      parameters: prepared.parameters,
      ...(prepared.approval ? { approval: { reason: prepared.approval.reason } } : {}),
    };
  }

  async start(caller: BulkCaller, jobId: string, options: { consent?: BulkConsent } = {}): Promise<BulkJobView> {
    const stored = await this.owned(caller, jobId);
    const job = stored.doc;
    if (job.status !== 'queued') throw this.wrongState(job, 'started');
    // Role, policy (with the approval's consent when it needs one) and session, as execute() checks them.
    await this.deps.engine.bulkContext(this.jobCaller(job), {
      actionId: job.actionId,
      targetCount: Math.max(1, job.itemCount),
      jobId: job.id,
      ...(options.consent ? { consent: options.consent } : {}),
    });
    const now = this.deps.clock().toISOString();
    const next: BulkJobDoc = {
      ...job,
      status: job.itemCount === 0 ? 'completed' : 'running',
      startedAt: now,
      ...(job.itemCount === 0 ? { finishedAt: now, counts: zeroCounts() } : {}),
      ...(job.approval && options.consent ? { approval: { ...job.approval, consent: options.consent } } : {}),
    };
    return this.transition(stored, next);
  }

  async pause(caller: BulkCaller, jobId: string): Promise<BulkJobView> {
    const stored = await this.owned(caller, jobId);
    if (stored.doc.status !== 'running') throw this.wrongState(stored.doc, 'paused');
    return this.transition(stored, { ...stored.doc, status: 'paused' });
  }

  async resume(caller: BulkCaller, jobId: string): Promise<BulkJobView> {
    const stored = await this.owned(caller, jobId);
    if (stored.doc.status !== 'paused') throw this.wrongState(stored.doc, 'resumed');
    return this.transition(stored, { ...stored.doc, status: 'running' });
  }

  async cancel(caller: BulkCaller, jobId: string): Promise<BulkJobView> {
    const stored = await this.owned(caller, jobId);
    if (!['queued', 'running', 'paused'].includes(stored.doc.status)) throw this.wrongState(stored.doc, 'cancelled');
    const view = await this.transition(stored, { ...stored.doc, status: 'cancelling' });
    // Chunks nobody holds are closed here at once; a worker holding one stops it within a lease renewal.
    await this.sweep(stored.doc.tenantId, jobId);
    return (await this.get(stored.doc.tenantId, jobId)) ?? view;
  }

  async get(tenantId: string, jobId: string): Promise<BulkJobView | null> {
    const stored = await this.deps.store.getJob(tenantId, jobId);
    if (!stored) return null;
    const chunks = await this.deps.store.chunks(jobId);
    return this.view(stored.doc, chunks.map((c) => c.doc));
  }

  async resultRows(tenantId: string, jobId: string): Promise<BulkResultRow[]> {
    const stored = await this.deps.store.getJob(tenantId, jobId);
    if (!stored) throw new StewardError('VALIDATION_FAILED', 'This bulk job is not known.', { hint: 'Check the job id.' });
    const items = await this.deps.store.items(jobId);
    const rows: BulkResultRow[] = [
      ...stored.doc.problems.map((p) => ({ line: p.line, target: p.target, outcome: p.reason, error: p.message, before: '', after: '' })),
      ...items.map((i) => {
        const changes = i.changes ?? i.preview;
        return {
          line: i.line,
          target: i.target.label,
          outcome: i.status,
          error: i.status === 'succeeded' ? '' : (i.message ?? (i.status === 'pending' ? 'Not run yet.' : '')),
          before: changes.map((c) => `${c.label}: ${c.before}`).join('; '),
          after: changes.map((c) => `${c.label}: ${c.after}`).join('; '),
        } satisfies BulkResultRow;
      }),
    ];
    return rows.sort((a, b) => a.line - b.line);
  }

  async setProgressActivity(tenantId: string, jobId: string, activityId: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await this.deps.store.getJob(tenantId, jobId);
      if (!stored) return;
      const next = { ...stored.doc, conversation: { ...stored.doc.conversation, progressActivityId: activityId } };
      if (await this.deps.store.replaceJob(next, stored.etag)) return;
    }
  }

  /**
   * Claims a chunk of a job (lease by ETag), when it is pending and nobody holds a live lease on it.
   * Null when another worker got it first.
   */
  async claim(chunk: Versioned<BulkChunkDoc>): Promise<Versioned<BulkChunkDoc> | null> {
    const now = this.deps.clock().getTime();
    if (chunk.doc.state !== 'pending') return null;
    if (chunk.doc.lease && Date.parse(chunk.doc.lease.expiresAt) > now) return null;
    return this.deps.store.replaceChunk({ ...chunk.doc, lease: { owner: this.deps.workerId, expiresAt: new Date(now + this.leaseMs).toISOString() } }, chunk.etag);
  }

  /**
   * Runs a claimed chunk to its end (or until pause, cancel or a lost lease), renewing the lease
   * meanwhile. Items are marked 'running' and, later, their outcomes recorded, each time in one
   * transactional batch with the chunk's ETag-guarded lease: a worker that lost its lease writes nothing
   * and sends nothing more.
   */
  async runChunk(job: BulkJobDoc, claimed: Versioned<BulkChunkDoc>): Promise<void> {
    const lease = new ChunkLease(this.deps.store, claimed);
    const items = await this.deps.store.items(job.id, claimed.doc.index);
    // Finished items, kept current as items end, so each lease renewal also moves the progress counts.
    const tally = countItems(items);
    const flag: { stop?: StopReason } = { stop: job.status === 'cancelling' ? 'cancel' : job.status === 'running' ? undefined : 'pause' };
    const renew = async () => {
      const status = (await this.deps.store.getJob(job.tenantId, job.id).catch(() => null))?.doc.status;
      if (status === 'cancelling' || status === 'cancelled') flag.stop = 'cancel';
      else if (status === 'paused' && flag.stop !== 'cancel') flag.stop = 'pause';
      if (!(await lease.write((c) => ({ ...c, counts: { ...tally }, lease: this.freshLease() })).catch(() => true))) flag.stop = 'lost';
    };
    const timer = setInterval(() => void renew(), Math.max(200, Math.floor(this.leaseMs / 3)));
    const started = this.deps.clock();
    let settled: BulkItemDoc[];
    try {
      settled = await this.runItems(job, items, () => flag.stop, lease, tally);
    } finally {
      clearInterval(timer);
    }
    if (lease.lost) return;
    const byId = new Map(settled.map((i) => [i.id, i]));
    const merged = items.map((i) => byId.get(i.id) ?? i);
    const done = merged.every((i) => TERMINAL.has(i.status));
    const finishedAt = this.deps.clock().toISOString();
    const saved = await lease.write((c) => {
      const next: BulkChunkDoc = { ...c, state: done ? 'done' : 'pending', counts: countItems(merged), ...(done ? { finishedAt } : {}) };
      delete next.lease;
      return next;
    }, settled);
    if (!saved) return;
    if (done) await this.auditChunk(job, claimed.doc, merged, started);
    await this.finishIfDone(job.tenantId, job.id);
  }

  private freshLease(): BulkLease {
    return { owner: this.deps.workerId, expiresAt: new Date(this.deps.clock().getTime() + this.leaseMs).toISOString() };
  }

  /**
   * Closes a job whose chunks are all done; notifies the progress port either way, except that a job
   * found already ended is not reported again: only the writer that ended it (the ETag winner, in
   * whichever instance) reports the final state, so the result card is sent once.
   */
  async finishIfDone(tenantId: string, jobId: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await this.deps.store.getJob(tenantId, jobId);
      if (!stored) return;
      const chunks = (await this.deps.store.chunks(jobId)).map((c) => c.doc);
      const job = stored.doc;
      if (job.status === 'completed' || job.status === 'cancelled') return;
      if (!(job.status === 'running' || job.status === 'cancelling') || chunks.some((c) => c.state !== 'done')) {
        await this.notify(this.view(job, chunks));
        return;
      }
      const counts = countsOf(job.itemCount, countItems(await this.deps.store.items(jobId)));
      const next: BulkJobDoc = { ...job, status: job.status === 'cancelling' ? 'cancelled' : 'completed', finishedAt: this.deps.clock().toISOString(), counts };
      const saved = await this.deps.store.replaceJob(next, stored.etag);
      if (saved) {
        await this.notify(this.view(next, chunks));
        return;
      }
    }
  }

  /** A cancelled job: every chunk nobody holds has its unstarted items cancelled, without reaching the tenant. */
  async sweep(tenantId: string, jobId: string): Promise<void> {
    const stored = await this.deps.store.getJob(tenantId, jobId);
    if (!stored || stored.doc.status !== 'cancelling') return;
    for (const chunk of await this.deps.store.chunks(jobId)) {
      const claimed = await this.claim(chunk);
      if (claimed) await this.runChunk(stored.doc, claimed);
    }
    await this.finishIfDone(tenantId, jobId);
  }

  /**
   * The chunk's open items, run: answers the items whose state changed and must be recorded (the
   * caller writes them with the chunk). Items marked 'running' are recorded here, before any call.
   */
  private async runItems(
    job: BulkJobDoc,
    items: BulkItemDoc[],
    stop: () => StopReason | undefined,
    lease: ChunkLease,
    tally: ItemTally,
  ): Promise<BulkItemDoc[]> {
    const open = items.filter((i) => !TERMINAL.has(i.status));
    const settled: BulkItemDoc[] = [];
    const now = () => this.deps.clock().toISOString();
    const settle = (item: BulkItemDoc) => {
      settled.push(item);
      if (item.status in tally) tally[item.status as keyof ItemTally] += 1;
    };
    const cancelled = (item: BulkItemDoc) => settle({ ...item, status: 'cancelled', message: 'Cancelled before it ran.', finishedAt: now() });
    if (open.length === 0) return settled;
    // Items left 'running' by a worker that died are looked at first (below), even when cancelling.
    if (stop() === 'cancel' && open.every((i) => i.status === 'pending')) {
      open.forEach(cancelled);
      return settled;
    }
    if (stop() && stop() !== 'cancel') return settled;
    let env: { action: AnyAction; ctx: ActionContext };
    try {
      env = await this.contextFor(job);
    } catch (e) {
      // The operator lost the right, the policy now forbids it, or the session cannot be turned on.
      const message = isStewardError(e) ? e.message : this.deps.engine.failureText(e);
      open.forEach((i) => settle({ ...i, status: 'failed', message, finishedAt: now() }));
      return settled;
    }
    const { action, ctx } = env;
    const pacer = this.pacerFor(job.tenantId, ctx);
    const decisions = await this.deps.engine.bulkScope(ctx, action.id, open.map((i) => i.snapshot as AnyTarget));
    // First every item is looked at: settled without a call, or ready to run.
    const ready: { item: BulkItemDoc; target: AnyTarget; input: Record<string, unknown> }[] = [];
    await mapBounded(open, 8, async (item, index) => {
      const input = item.input ?? job.input;
      let target = item.snapshot as AnyTarget;
      if (!decisions[index].allowed) {
        return settle({ ...item, status: 'failed', message: `${item.target.label} is no longer in the users you manage (${decisions[index].scope}).`, finishedAt: now() });
      }
      if (item.status === 'running') {
        // Its worker stopped mid-call: the change may have been made. Look before writing again.
        // Reads go through the pacer too: a throttled read is retried, never taken for a missing target.
        let fresh: AnyTarget | null;
        let preview: TargetPreview | null;
        try {
          fresh = await pacer.run(() => this.deps.engine.bulkReload(ctx, action.id, item.target.id));
          preview = fresh ? await pacer.run(() => action.preview(ctx, fresh, input)) : null;
        } catch (e) {
          return settle({ ...item, status: 'failed', message: `Could not check whether the change was already made: ${this.deps.engine.failureText(e)}`, finishedAt: now() });
        }
        if (!fresh) return settle({ ...item, status: 'failed', message: `${item.target.label} no longer exists.`, finishedAt: now() });
        if (preview?.noop) {
          return settle({ ...item, status: 'succeeded', message: 'Already applied (checked after a worker stopped during the call): not written again.', changes: item.preview, finishedAt: now() });
        }
        target = fresh;
      }
      const stopping = stop();
      if (stopping === 'cancel') return cancelled(item);
      if (stopping) return;
      ready.push({ item: { ...item, status: 'running', worker: this.deps.workerId, startedAt: now() }, target, input });
    });
    if (ready.length === 0) return settled;
    // Then they are recorded as running, under the lease, in one write; only then do the calls go out.
    if (!(await lease.write((c) => ({ ...c, lease: this.freshLease() }), ready.map((r) => r.item)))) return settled;
    await Promise.all(
      ready.map(async ({ item: running, target, input }) => {
        const result = await this.execute(ctx, action, pacer, target, input, () => stop() !== undefined);
        if ('stopped' in result) {
          const reason = stop();
          if (reason === 'cancel') return cancelled(running);
          if (reason === 'pause') return settle({ ...running, status: 'pending' });
          return; // lease lost: the new holder re-checks this item
        }
        const { outcome, attempts } = result;
        settle({
          ...running,
          status: outcome.outcome,
          message: outcome.message,
          ...(outcome.changes ? { changes: outcome.changes } : {}),
          ...(outcome.audit ? { audit: outcome.audit } : {}),
          attempts: running.attempts + attempts,
          finishedAt: now(),
        });
      }),
    );
    return settled;
  }

  /**
   * The job operator's context: role, policy and session re-checked through the engine, at most every
   * few seconds per job in this process (each chunk would otherwise pay for the same reads).
   */
  private async contextFor(job: BulkJobDoc): Promise<{ action: AnyAction; ctx: ActionContext }> {
    const now = this.deps.clock().getTime();
    const cached = this.contexts.get(job.id);
    if (cached && now - cached.at < CONTEXT_REUSE_MS) return cached.env;
    const env = await this.deps.engine.bulkContext(this.jobCaller(job), {
      actionId: job.actionId,
      targetCount: Math.max(1, job.itemCount),
      jobId: job.id,
      ...(job.approval?.consent ? { consent: job.approval.consent, approvalVerified: true } : {}),
    });
    this.contexts.set(job.id, { at: now, env });
    for (const [id, c] of this.contexts) if (now - c.at > CONTEXT_REUSE_MS * 10) this.contexts.delete(id);
    return env;
  }

  /** One target: its Graph plan through the pacer's batches when the action declares one, else run(). */
  private async execute(
    ctx: ActionContext,
    action: AnyAction,
    pacer: RequestPacer,
    target: AnyTarget,
    input: Record<string, unknown>,
    cancelled: () => boolean,
  ): Promise<{ outcome: TargetOutcome; attempts: number } | { stopped: true }> {
    if (!action.plan) {
      if (cancelled()) return { stopped: true };
      let ran = false;
      const outcome = await this.deps.engine.bulkRun(ctx, action, target, input, (run) =>
        pacer.run(async () => {
          ran = true;
          return run();
        }, cancelled),
      );
      return ran ? { outcome, attempts: 1 } : { stopped: true };
    }
    let plan;
    try {
      plan = await action.plan(ctx, target, input);
    } catch (e) {
      return { outcome: { outcome: 'failed', message: this.deps.engine.failureText(e) }, attempts: 0 };
    }
    let attempts = 0;
    for (const request of plan.requests) {
      const response: PacedResponse = await pacer.send(request, cancelled);
      if (response.cancelled) {
        if (attempts === 0) return { stopped: true };
        return { outcome: { outcome: 'failed', message: 'Stopped part way: some of its changes were made, the rest were not sent.' }, attempts };
      }
      attempts += response.attempts;
      if (response.gaveUp) return { outcome: { outcome: 'failed', message: response.gaveUp }, attempts };
      if (response.status >= 400) return { outcome: { outcome: 'failed', message: `The tenant refused the change: ${errorMessage(response)}` }, attempts };
    }
    return { outcome: plan.done, attempts };
  }

  /** One audit entry per chunk (≤ 20 targets, each with its outcome); its id makes a takeover's rewrite a no-op. */
  private async auditChunk(job: BulkJobDoc, chunk: BulkChunkDoc, items: BulkItemDoc[], started: Date): Promise<void> {
    const action = this.deps.engine.registry.has(job.actionId) ? this.deps.engine.registry.get(job.actionId) : undefined;
    const failed = items.filter((i) => i.status === 'failed').length;
    const finished = this.deps.clock();
    await this.deps.audit
      .append({
        id: `bulk-${job.id}-${chunk.index}`,
        tenantId: job.tenantId,
        time: finished.toISOString(),
        correlationId: job.correlationId,
        kind: 'action',
        operator: { id: job.createdBy, ...(job.createdByUpn ? { upn: job.createdByUpn } : {}) },
        actionId: job.actionId,
        targets: items.map((i) => ({
          id: i.target.id,
          display: i.target.label,
          outcome: i.status,
          ...(i.message ? { message: i.message } : {}),
          ...(i.audit ? { details: i.audit } : {}),
        })),
        parameters: action ? redact(action, job.input) : {},
        outcome: failed === 0 ? 'succeeded' : failed === items.length ? 'failed' : 'partial',
        timings: { startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime() },
        entry: 'system',
        bulk: { jobId: job.id, chunk: chunk.index },
      })
      .catch((e) => {
        if ((e as { code?: unknown })?.code !== 409) this.deps.logger.error({ err: String(e), jobId: job.id }, 'bulk audit write failed');
      });
  }

  private jobCaller(job: BulkJobDoc): Caller {
    return { tenantId: job.tenantId, operatorObjectId: job.createdBy, correlationId: job.correlationId, entry: 'card' };
  }

  /** The job, when the caller created it (or is a Tenant Admin). */
  private async owned(caller: BulkCaller, jobId: string): Promise<Versioned<BulkJobDoc>> {
    const stored = await this.deps.store.getJob(caller.tenantId, jobId);
    const operator = await this.deps.engine.operator(caller as Caller);
    if (!stored || (stored.doc.createdBy !== operator.objectId && !operator.roles.includes('TenantAdmin'))) {
      throw new StewardError('PLAN_NOT_FOUND', 'This bulk job is not known, or it is not yours.', { hint: 'Use the buttons on the job card Steward sent you.' });
    }
    return stored;
  }

  private wrongState(job: BulkJobDoc, wanted: string): StewardError {
    return new StewardError('PLAN_USED', `This bulk job is ${job.status}: it cannot be ${wanted} now.`, { hint: 'The job card shows where it stands.' });
  }

  private async transition(stored: Versioned<BulkJobDoc>, next: BulkJobDoc): Promise<BulkJobView> {
    const saved = await this.deps.store.replaceJob(next, stored.etag);
    if (!saved) {
      throw new StewardError('PLAN_USED', 'This bulk job changed in the meantime.', { hint: 'Look at the job card again, then retry.' });
    }
    const view = this.view(next, (await this.deps.store.chunks(next.id)).map((c) => c.doc));
    if (next.status === 'running') this.wakers.forEach((wake) => wake());
    await this.notify(view);
    return view;
  }

  private async notify(view: BulkJobView): Promise<void> {
    await this.deps.progress?.jobChanged(view).catch((e) => this.deps.logger.warn({ err: String(e), jobId: view.id }, 'bulk progress update failed'));
  }

  /** The job as cards show it: counts from the chunks (exact once the job ended), rate over the last minute. */
  view(job: BulkJobDoc, chunks: BulkChunkDoc[]): BulkJobView {
    const sums = chunks.reduce(
      (a, c) => ({ succeeded: a.succeeded + c.counts.succeeded, failed: a.failed + c.counts.failed, skipped: a.skipped + c.counts.skipped, cancelled: a.cancelled + c.counts.cancelled }),
      { succeeded: 0, failed: 0, skipped: 0, cancelled: 0 },
    );
    const counts = job.counts ?? countsOf(job.itemCount, sums);
    const now = this.deps.clock().getTime();
    const since = Math.max(now - 60_000, job.startedAt ? Date.parse(job.startedAt) : now);
    const recent = chunks.filter((c) => c.finishedAt && Date.parse(c.finishedAt) >= since).reduce((n, c) => n + c.items.length, 0);
    const seconds = (now - since) / 1000;
    const rate = seconds > 0 && recent > 0 ? recent / seconds : 0;
    return {
      id: job.id,
      tenantId: job.tenantId,
      actionId: job.actionId,
      actionTitle: job.actionTitle,
      status: job.status,
      counts,
      rate: Math.round(rate * 10) / 10,
      etaSeconds: rate > 0 && counts.remaining > 0 ? Math.ceil(counts.remaining / rate) : counts.remaining === 0 ? 0 : null,
      createdAt: job.createdAt,
      ...(job.startedAt ? { startedAt: job.startedAt } : {}),
      ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
      createdBy: job.createdBy,
      conversation: job.conversation,
      problems: job.problems,
    };
  }
}

function zeroCounts(): BulkCounts {
  return { total: 0, succeeded: 0, failed: 0, skipped: 0, cancelled: 0, remaining: 0 };
}

function countItems(items: BulkItemDoc[]): { succeeded: number; failed: number; skipped: number; cancelled: number } {
  const c = { succeeded: 0, failed: 0, skipped: 0, cancelled: 0 };
  for (const i of items) if (i.status in c) c[i.status as keyof typeof c] += 1;
  return c;
}

function countsOf(total: number, c: { succeeded: number; failed: number; skipped: number; cancelled: number }): BulkCounts {
  return { total, ...c, remaining: Math.max(0, total - c.succeeded - c.failed - c.skipped - c.cancelled) };
}

function errorMessage(response: PacedResponse): string {
  const error = (response.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (error?.message) return error.code ? `${error.message} (${error.code})` : error.message;
  return `the tenant answered ${response.status}.`;
}

async function mapBounded<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

