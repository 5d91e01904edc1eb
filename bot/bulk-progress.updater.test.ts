import type { CloudAdapter } from 'botbuilder';
import type { BulkJobView } from '../actions/bulk/bulk-job.types';
import type { Logger } from '../actions/logger.types';
import type { CardJson, ConversationAddress, Messenger } from '../actions/ports';
import { buildBulkProgressCard } from '../cards/bulk-progress.card';
import { counts, jobView } from '../test/cards/bulk-card-fixtures';
import { renderCard } from '../test/cards/validate-card';
import { BulkProgressUpdater, type ProgressTimer } from './bulk-progress.updater';
import { ProactiveMessenger } from './proactive.messenger';

/**
 * The progress card as the operator's chat sees it: one card, replaced in place, no more often than
 * every 2 s, ending on the job's final state, then the result card. Time is a fake clock; Teams is a fake
 * adapter behind the real ProactiveMessenger (continueConversationAsync → sendActivity / updateActivity).
 */

class FakeTimer implements ProgressTimer {
  time = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;
  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.fn();
    }
    this.time = end;
  }
}

interface ChatEvent {
  at: number;
  kind: 'send' | 'update';
  conversationId: string;
  activityId: string;
  card: CardJson;
}

/** A Teams conversation behind a fake CloudAdapter: records what the operator would see, when. */
function fakeTeams(timer: FakeTimer, options: { noIds?: boolean; failUpdates?: number } = {}) {
  const events: ChatEvent[] = [];
  let ids = 0;
  let failUpdates = options.failUpdates ?? 0;
  const adapter = {
    async continueConversationAsync(_appId: string, reference: { conversation: { id: string } }, logic: (context: unknown) => Promise<void>) {
      const context = {
        async sendActivity(activity: { attachments: { content: CardJson }[] }) {
          const id = options.noIds ? '' : `activity-${++ids}`;
          events.push({ at: timer.now(), kind: 'send', conversationId: reference.conversation.id, activityId: id, card: activity.attachments[0].content });
          return options.noIds ? undefined : { id };
        },
        async updateActivity(activity: { id: string; attachments: { content: CardJson }[] }) {
          if (failUpdates > 0) {
            failUpdates--;
            throw new Error('Connector 502');
          }
          events.push({ at: timer.now(), kind: 'update', conversationId: reference.conversation.id, activityId: activity.id, card: activity.attachments[0].content });
        },
      };
      await logic(context);
    },
  };
  return { adapter: adapter as unknown as CloudAdapter, events };
}

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const logger = {
    warnings,
    info: () => undefined,
    debug: () => undefined,
    error: () => undefined,
    warn: (_obj: object, msg?: string) => warnings.push(msg ?? ''),
    child: () => logger,
  };
  return logger;
}

function setup(options: { noIds?: boolean; failUpdates?: number; resultCard?: boolean } = {}) {
  const timer = new FakeTimer();
  const teams = fakeTeams(timer, options);
  const logger = recordingLogger();
  const messenger = new ProactiveMessenger({ logger });
  messenger.connect(teams.adapter);
  const recorded: string[] = [];
  const updater = new BulkProgressUpdater({
    messenger,
    logger,
    timer,
    recordActivity: async (job, activityId) => {
      recorded.push(`${job.id} → ${activityId}`);
    },
    ...(options.resultCard ? { resultCard: async (job: BulkJobView) => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `Result of ${job.actionTitle}` }] }) } : {}),
  });
  return { timer, events: teams.events, updater, recorded, logger };
}

/** A job moving from 0 to `total` in `steps` reports. */
function progress(step: number, steps: number, extra: Partial<BulkJobView> = {}): BulkJobView {
  const total = 1000;
  const succeeded = Math.round((total * step) / steps);
  return jobView({ counts: counts({ total, succeeded }), ...extra });
}

describe('BulkProgressUpdater', () => {
  it('sends the card once, then replaces it in place at most every 2 s, ending on the final state', async () => {
    const { timer, events, updater, recorded } = setup({ resultCard: true });
    const steps = 100;
    // A report every 150 ms for 15 s.
    for (let i = 0; i <= steps; i++) {
      const final = i === steps;
      await updater.jobChanged(progress(i, steps, final ? { status: 'completed', finishedAt: '2026-11-23T13:00:20.000Z' } : {}));
      await updater.idle();
      timer.advance(150);
      await updater.idle();
    }
    timer.advance(5000);
    await updater.idle();

    const progressEvents = events.filter((e) => JSON.stringify(e.card).includes('bulk job'));
    // One new message, every other change in place on that same activity.
    expect(progressEvents[0].kind).toBe('send');
    expect(progressEvents.slice(1).every((e) => e.kind === 'update' && e.activityId === 'activity-1')).toBe(true);
    expect(recorded).toEqual([`${jobView().id} → activity-1`]);
    // Bounded rate: 101 reports over 15 s became at most one card write per 2 s.
    const gaps = progressEvents.slice(1).map((e, i) => e.at - progressEvents[i].at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2000);
    expect(progressEvents.length).toBeLessThanOrEqual(Math.ceil(15_150 / 2000) + 1);
    // The last card is the final job view, then the result card follows as a new message.
    const last = progressEvents[progressEvents.length - 1];
    const finalJob = progress(steps, steps, { status: 'completed', finishedAt: '2026-11-23T13:00:20.000Z' });
    expect(last.card).toEqual(buildBulkProgressCard({ job: finalJob }));
    expect(renderCard(last.card)).toContain('✓ Done');
    expect(renderCard(last.card)).toContain('100 % · 1,000 of 1,000 done');
    expect(events[events.length - 1]).toMatchObject({ kind: 'send', card: { body: [{ text: 'Result of Block or unblock sign-in' }] } });
    expect(events.filter((e) => e.kind === 'send')).toHaveLength(2);
  });

  it('coalesces a burst: the latest view wins once the interval is up', async () => {
    const { timer, events, updater } = setup();
    await updater.jobChanged(progress(1, 10));
    await updater.idle();
    for (const step of [2, 3, 4, 5]) await updater.jobChanged(progress(step, 10));
    expect(events).toHaveLength(1);
    timer.advance(1999);
    await updater.idle();
    expect(events).toHaveLength(1);
    timer.advance(1);
    await updater.idle();
    expect(events).toHaveLength(2);
    expect(events[1].kind).toBe('update');
    expect(renderCard(events[1].card)).toContain('50 % · 500 of 1,000 done');
  });

  it('updates the card another instance posted, using the activity id stored in the job', async () => {
    const { events, updater, recorded } = setup();
    await updater.jobChanged(progress(3, 10, { status: 'paused', conversation: { ...jobView().conversation, progressActivityId: 'activity-from-other-instance' } }));
    await updater.idle();
    expect(events).toEqual([expect.objectContaining({ kind: 'update', activityId: 'activity-from-other-instance', conversationId: 'a:1ktMfOkUqtyhd4ub9GhZwaOd' })]);
    expect(renderCard(events[0].card)).toContain('⏸ Paused');
    expect(recorded).toEqual([]);
  });

  it('always sends the final state, even when it comes right after an update, and ignores late reports', async () => {
    const { timer, events, updater } = setup();
    await updater.jobChanged(progress(9, 10));
    await updater.idle();
    await updater.jobChanged(progress(10, 10, { status: 'cancelled', counts: counts({ succeeded: 900, cancelled: 100, remaining: 0 }) }));
    await updater.jobChanged(progress(9, 10)); // a stale report from a slow worker
    timer.advance(2000);
    await updater.idle();
    await updater.jobChanged(progress(9, 10));
    timer.advance(10_000);
    await updater.idle();
    expect(events.map((e) => e.kind)).toEqual(['send', 'update']);
    expect(events[1].at).toBe(2000);
    expect(renderCard(events[1].card)).toContain('⏹ Cancelled');
    expect(events[1].card.actions).toBeUndefined();
  });

  it('keeps jobs apart: each job has its own card and its own 2 s budget', async () => {
    const { events, updater } = setup();
    await updater.jobChanged(progress(1, 10, { id: 'job-a' }));
    await updater.jobChanged(progress(1, 10, { id: 'job-b', conversation: { ...jobView().conversation, conversationId: 'conv-b' } }));
    await updater.idle();
    expect(events.map((e) => [e.kind, e.conversationId])).toEqual([
      ['send', 'a:1ktMfOkUqtyhd4ub9GhZwaOd'],
      ['send', 'conv-b'],
    ]);
  });

  it('logs and retries with the next view when Teams refuses an update, without failing the job', async () => {
    const { timer, events, updater, logger } = setup({ failUpdates: 1 });
    await updater.jobChanged(progress(1, 10));
    await updater.idle();
    timer.advance(2000);
    await updater.jobChanged(progress(2, 10));
    await updater.idle();
    expect(logger.warnings).toEqual(['could not update the bulk progress card']);
    timer.advance(2000);
    await updater.jobChanged(progress(3, 10));
    await updater.idle();
    expect(events.map((e) => e.kind)).toEqual(['send', 'update']);
    expect(renderCard(events[1].card)).toContain('30 % · 300 of 1,000 done');
  });

  it('without activity ids (replies in the HTTP response) sends no stream of cards: only the final state', async () => {
    const { timer, events, updater } = setup({ noIds: true });
    for (let i = 1; i <= 5; i++) {
      await updater.jobChanged(progress(i, 5, i === 5 ? { status: 'completed' } : {}));
      await updater.idle();
      timer.advance(2000);
      await updater.idle();
    }
    expect(events.map((e) => e.kind)).toEqual(['send', 'send']);
    expect(renderCard(events[1].card)).toContain('✓ Done');
  });
});
