import { buildBulkProgressCard, BULK_VERBS, formatDuration, formatRate, percentOf } from '../../cards/bulk-progress.card';
import { footerOn } from './card-fixtures';
import { counts, JOB_ID, jobView, PROBLEMS } from './bulk-card-fixtures';
import { actionByTitle, findElements, renderCard, validateCard } from './validate-card';

/** The one progress card of a bulk job: what the operator reads and which buttons work in each state. */

const titles = (card: unknown) => findElements(card, (n) => n.type === 'Action.Submit').map((a) => a.title);

describe('buildBulkProgressCard', () => {
  it('shows done / failed / remaining, rate, time left and a bar while running, with Pause and Cancel', () => {
    const card = buildBulkProgressCard({ job: jobView(), footer: footerOn });
    expect(validateCard(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    const text = renderCard(card);
    expect(text).toContain('Block or unblock sign-in · bulk job');
    expect(text).toContain('▶ Running');
    expect(text).toContain('64 % · 640 of 1,000 done');
    expect(text).toContain('Succeeded 600 Failed 40 Remaining 360 Rate 12 per second Time left about 29 s');
    expect(text).toContain(`Job ${JOB_ID}`);
    expect(titles(card)).toEqual(['Pause', 'Cancel']);
    // The bar: succeeded, failed and remaining in proportion.
    const bar = findElements(card, (n) => n.type === 'Column');
    expect(bar.map((c) => [c.style, c.width])).toEqual([
      ['good', '600'],
      ['attention', '40'],
      ['emphasis', '360'],
    ]);
  });

  it('buttons carry only the verb and the job id', () => {
    const card = buildBulkProgressCard({ job: jobView() });
    expect(actionByTitle(card, 'Pause').data).toEqual({ steward: { verb: BULK_VERBS.pause }, bulk: { jobId: JOB_ID } });
    expect(actionByTitle(card, 'Cancel').data).toEqual({ steward: { verb: BULK_VERBS.cancel }, bulk: { jobId: JOB_ID } });
  });

  it('offers Resume when paused, and says nothing new starts', () => {
    const card = buildBulkProgressCard({ job: jobView({ status: 'paused' }) });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('⏸ Paused');
    expect(text).toContain('Time left paused');
    expect(text).toContain('Nothing new starts until you resume.');
    expect(titles(card)).toEqual(['Resume', 'Cancel']);
    expect(actionByTitle(card, 'Resume').data).toEqual({ steward: { verb: BULK_VERBS.resume }, bulk: { jobId: JOB_ID } });
  });

  it('shows the final state without buttons, and counts rows that never ran', () => {
    const job = jobView({
      status: 'completed',
      counts: counts({ succeeded: 990, failed: 10, remaining: 0 }),
      finishedAt: '2026-11-23T13:04:15.000Z',
      problems: PROBLEMS,
    });
    const card = buildBulkProgressCard({ job });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('⚠ Done, with failures');
    expect(text).toContain('100 % · 1,000 of 1,000 done');
    expect(text).toContain('Succeeded 990 Failed 10 Remaining 0');
    expect(text).not.toContain('Rate');
    expect(text).toContain('Finished at 13:04 UTC after 4 min 10 s. The result card has the per-row CSV.');
    expect(text).toContain('3 rows do not run (not found, out of scope, invalid or repeated); they are in the result CSV.');
    expect(card.actions).toBeUndefined();
  });

  it('shows a cancelled job with what was cancelled, and a clean success in green', () => {
    const cancelled = buildBulkProgressCard({ job: jobView({ status: 'cancelled', counts: counts({ succeeded: 300, cancelled: 700, remaining: 0 }) }) });
    expect(validateCard(cancelled)).toEqual([]);
    expect(renderCard(cancelled)).toContain('⏹ Cancelled');
    expect(renderCard(cancelled)).toContain('Cancelled 700');
    expect(cancelled.actions).toBeUndefined();
    const done = buildBulkProgressCard({ job: jobView({ status: 'completed', counts: counts({ total: 3, succeeded: 3 }) }) });
    expect(renderCard(done)).toContain('✓ Done');
    expect(findElements(done, (n) => n.type === 'Column').map((c) => c.style)).toEqual(['good']);
  });

  it('keeps one failure among thousands visible on the bar, and says when the time left is unknown', () => {
    const card = buildBulkProgressCard({ job: jobView({ counts: counts({ total: 5000, succeeded: 10, failed: 1 }), etaSeconds: null, rate: 0 }) });
    expect(findElements(card, (n) => n.type === 'Column').map((c) => [c.style, c.width])).toEqual([
      ['good', '2'],
      ['attention', '1'],
      ['emphasis', '998'],
    ]);
    expect(renderCard(card)).toContain('Rate — Time left estimating…');
    expect(renderCard(card)).toContain('0 % · 11 of 5,000 done');
  });
});

describe('bulk wording', () => {
  it('formats rates, durations and percentages the way a person says them', () => {
    expect([formatRate(25.3), formatRate(2.46), formatRate(0.5), formatRate(0)]).toEqual(['25 per second', '2.5 per second', '30 per minute', '—']);
    expect([formatDuration(45), formatDuration(250), formatDuration(1500), formatDuration(3900), formatDuration(7200)]).toEqual(['45 s', '4 min 10 s', '25 min', '1 h 5 min', '2 h']);
    expect([percentOf(999, 1000), percentOf(1000, 1000), percentOf(0, 0)]).toEqual(['99 %', '100 %', '0 %']);
  });
});
