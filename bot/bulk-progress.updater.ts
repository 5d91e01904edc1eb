import type { BulkConversationRef, BulkJobView, BulkProgressPort } from '../actions/bulk/bulk-job.types';
import type { Logger } from '../actions/logger.types';
import type { CardJson, ConversationAddress, Messenger } from '../actions/ports';
import { buildBulkProgressCard, isFinalStatus, percentOf } from '../cards/bulk-progress.card';

/**
 * Keeps a bulk job's ONE progress card current: the runtime reports every change, this replaces the card
 * in place (Messenger.update → the adapter's updateActivity, see proactive.messenger.ts) at most once
 * every `minIntervalMs` per job. Changes that arrive in between are coalesced: only the latest view is
 * sent when the interval is up, and the final state (completed / cancelled) is always sent, followed
 * once by the result card. Without an activity id yet (the first view, or another instance posted the
 * card) the card is sent as a new message and its id recorded, so later updates replace it.
 *
 * Failures to reach Teams are logged, never thrown: the job must not stop because a card could not be
 * updated, and the next view retries.
 */

/** The clock and timers the updater uses (injected so tests control time). */
export interface ProgressTimer {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BulkProgressUpdaterDeps {
  messenger: Messenger;
  logger: Logger;
  /** Records where a newly sent progress card lives (wire to BulkJobs.setProgressActivity). */
  recordActivity?(job: BulkJobView, activityId: string): Promise<void>;
  /** The card a job ends with (the result card); sent once, as a new message, after the final progress state. */
  resultCard?(job: BulkJobView): Promise<CardJson | null>;
  timer?: ProgressTimer;
  /** Least time between two updates of one job's card (default 2 s). */
  minIntervalMs?: number;
}

interface JobState {
  /** The newest view not sent yet. */
  latest?: BulkJobView;
  lastSentAt?: number;
  timer?: unknown;
  sending?: Promise<void>;
  activityId?: string;
  /** The channel gave no activity id for the card: intermediate states can't replace it, so only the final one is sent. */
  noUpdates?: boolean;
}

const DEFAULT_INTERVAL_MS = 2000;
/** Finished job ids remembered to ignore late reports (bounded). */
const FINISHED_MEMORY = 1000;

const realTimer: ProgressTimer = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class BulkProgressUpdater implements BulkProgressPort {
  private readonly jobs = new Map<string, JobState>();
  private readonly finished = new Set<string>();
  private readonly timer: ProgressTimer;
  private readonly interval: number;

  constructor(private readonly deps: BulkProgressUpdaterDeps) {
    this.timer = deps.timer ?? realTimer;
    this.interval = deps.minIntervalMs ?? DEFAULT_INTERVAL_MS;
  }

  /** Takes a new view of a job; returns at once (sending happens now or when the interval is up). */
  async jobChanged(job: BulkJobView): Promise<void> {
    if (this.finished.has(job.id)) return;
    let state = this.jobs.get(job.id);
    if (!state) {
      state = {};
      this.jobs.set(job.id, state);
    }
    // A late report must not replace a final state that is waiting to be sent.
    if (state.latest && isFinalStatus(state.latest.status) && !isFinalStatus(job.status)) return;
    state.latest = job;
    this.schedule(job.id, state);
  }

  /** Resolves once nothing is being sent (scheduled updates wait for their timer). */
  async idle(): Promise<void> {
    for (;;) {
      const sending = [...this.jobs.values()].map((s) => s.sending).filter((p): p is Promise<void> => p !== undefined);
      if (sending.length === 0) return;
      await Promise.all(sending);
    }
  }

  /** Stops pending timers (shutdown); views not sent yet are dropped. */
  dispose(): void {
    for (const state of this.jobs.values()) if (state.timer !== undefined) this.timer.clearTimeout(state.timer);
    this.jobs.clear();
  }

  private schedule(jobId: string, state: JobState): void {
    if (state.timer !== undefined || state.sending) return;
    const wait = state.lastSentAt === undefined ? 0 : state.lastSentAt + this.interval - this.timer.now();
    if (wait <= 0) {
      this.start(jobId, state);
      return;
    }
    state.timer = this.timer.setTimeout(() => {
      state.timer = undefined;
      if (!state.sending) this.start(jobId, state);
    }, wait);
  }

  /** Sends the latest view; when done, schedules the next one if another view arrived meanwhile. */
  private start(jobId: string, state: JobState): void {
    const run: Promise<void> = this.flush(state)
      .catch((e: unknown) => this.deps.logger.warn({ jobId, err: String(e) }, 'bulk progress update failed'))
      .finally(() => {
        state.sending = undefined;
        if (this.finished.has(jobId)) this.jobs.delete(jobId);
        else if (state.latest) this.schedule(jobId, state);
      });
    state.sending = run;
  }

  private async flush(state: JobState): Promise<void> {
    const job = state.latest;
    state.latest = undefined;
    if (!job) return;
    const final = isFinalStatus(job.status);
    if (state.noUpdates && !final) return;
    state.lastSentAt = this.timer.now();
    const address = addressOf(job.conversation);
    await this.showProgress(job, state, address);
    if (final) await this.finish(job, address);
  }

  private async showProgress(job: BulkJobView, state: JobState, address: ConversationAddress): Promise<void> {
    const card = buildBulkProgressCard({ job }) as CardJson;
    const activityId = state.activityId ?? job.conversation.progressActivityId;
    try {
      if (activityId && !state.noUpdates) {
        await this.deps.messenger.update(address, activityId, card);
        return;
      }
      const sent = await this.deps.messenger.send(address, card, { summary: summaryOf(job) });
      if (!sent.activityId) {
        state.noUpdates = true;
        this.deps.logger.warn({ jobId: job.id }, 'the channel gave no activity id: the bulk progress card will not be updated in place');
        return;
      }
      state.activityId = sent.activityId;
      await this.deps.recordActivity?.(job, sent.activityId);
    } catch (e) {
      this.deps.logger.warn({ jobId: job.id, status: job.status, err: String(e) }, 'could not update the bulk progress card');
    }
  }

  private async finish(job: BulkJobView, address: ConversationAddress): Promise<void> {
    this.finished.add(job.id);
    if (this.finished.size > FINISHED_MEMORY) this.finished.delete(this.finished.values().next().value as string);
    try {
      const card = await this.deps.resultCard?.(job);
      if (card) await this.deps.messenger.send(address, card, { summary: `${job.actionTitle}: ${job.status === 'cancelled' ? 'cancelled' : 'finished'}` });
    } catch (e) {
      this.deps.logger.warn({ jobId: job.id, err: String(e) }, 'could not send the bulk result card');
    }
  }
}

/** The stored reference, or a Teams personal-chat reference built from the job's conversation fields. */
export function addressOf(ref: BulkConversationRef): ConversationAddress {
  if (ref.address) return ref.address;
  return {
    channelId: 'msteams',
    serviceUrl: ref.serviceUrl,
    conversation: { id: ref.conversationId, tenantId: ref.tenantId, conversationType: 'personal', isGroup: false },
  };
}

function summaryOf(job: BulkJobView): string {
  const done = job.counts.total - job.counts.remaining;
  return `${job.actionTitle}: ${percentOf(done, job.counts.total)} done`;
}
