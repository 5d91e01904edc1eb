import type { BulkResultRow } from '../../actions/bulk/bulk-job.types';
import { formatResultCsv } from '../../actions/bulk/result-csv.formatter';
import { buildBulkResultCard } from '../../cards/bulk-result.card';
import { footerOn } from './card-fixtures';
import { counts, JOB_ID, jobView, PROBLEMS } from './bulk-card-fixtures';
import { actionByTitle, findElements, renderCard, validateCard } from './validate-card';

/** The card at the end of a bulk job: what happened, why things failed, and the per-row CSV. */

function rows(succeeded: number, failed: number): BulkResultRow[] {
  const out: BulkResultRow[] = [];
  for (let i = 0; i < succeeded + failed; i++) {
    const line = i + 2;
    out.push(
      i < succeeded
        ? { line, target: `user${line}@contoso.com`, outcome: 'succeeded', error: '', before: 'Sign-in: allowed', after: 'Sign-in: blocked' }
        : { line, target: `user${line}@contoso.com`, outcome: 'failed', error: 'The tenant refused the change: Insufficient privileges to complete the operation.', before: 'Sign-in: allowed', after: '' },
    );
  }
  return out;
}

const finished = { startedAt: '2026-11-23T13:00:05.000Z', finishedAt: '2026-11-23T13:04:15.000Z' };

describe('buildBulkResultCard', () => {
  it('shows counts, timing, the first failures with their reasons and a download link', () => {
    const job = jobView({ status: 'completed', counts: counts({ total: 1000, succeeded: 975, failed: 25, remaining: 0 }), problems: PROBLEMS, ...finished });
    const card = buildBulkResultCard({
      job,
      rows: rows(975, 25),
      download: { url: 'https://steward.contoso.com/bulk/results/tok.csv', expiresAt: '2026-11-23T13:19:15.000Z', now: '2026-11-23T13:04:15.000Z' },
      footer: footerOn,
    });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('⚠ Block or unblock sign-in: done, with failures');
    expect(text).toContain('1,000 targets: 975 succeeded · 25 failed');
    expect(text).toContain('3 rows did not run: 1 invalid · 1 not found · 1 outside your scope.');
    expect(text).toContain('Started 13:00 UTC, finished 13:04 UTC: 4 min 10 s at 4.0 per second.');
    expect(text).toContain('Failures (the first 10 of 25; all are in the CSV)');
    expect(text).toContain('✗ Line 977 · user977@contoso.com — The tenant refused the change: Insufficient privileges to complete the operation.');
    expect(text).not.toContain('Line 987 ·');
    expect(text).toContain('The link works for 15 min (until 13:19 UTC)');
    expect(text).toContain(`Job ${JOB_ID}`);
    expect(actionByTitle(card, 'Download result CSV')).toMatchObject({ type: 'Action.OpenUrl', url: 'https://steward.contoso.com/bulk/results/tok.csv' });
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(25_000);
  });

  it('shows a small result CSV inside the card when there is no link', () => {
    const result = rows(2, 1);
    const card = buildBulkResultCard({ job: jobView({ status: 'completed', counts: counts({ total: 3, succeeded: 2, failed: 1 }), ...finished }), rows: result, csv: formatResultCsv(result) });
    expect(validateCard(card)).toEqual([]);
    const show = actionByTitle(card, 'Show result CSV');
    expect(show.type).toBe('Action.ShowCard');
    const lines = findElements(show.card, (n) => n.type === 'TextRun').map((r) => r.text);
    expect(lines).toEqual([
      'line,target,outcome,error,before,after',
      '2,user2@contoso.com,succeeded,,Sign-in: allowed,Sign-in: blocked',
      '3,user3@contoso.com,succeeded,,Sign-in: allowed,Sign-in: blocked',
      '4,user4@contoso.com,failed,The tenant refused the change: Insufficient privileges to complete the operation.,Sign-in: allowed,',
    ]);
    expect(renderCard(card)).toContain('Failures ✗ Line 4 · user4@contoso.com');
  });

  it('says when the CSV is too large to show and there is no link', () => {
    const result = rows(400, 0);
    const card = buildBulkResultCard({ job: jobView({ status: 'completed', counts: counts({ total: 400, succeeded: 400 }), ...finished }), rows: result, csv: formatResultCsv(result) });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('✓ Block or unblock sign-in: done');
    expect(text).toContain('400 targets: 400 succeeded');
    expect(text).toContain('The per-row result (400 rows) is too large to show here.');
    expect(text).not.toContain('Failures');
    expect(card.actions).toBeUndefined();
  });

  it('reports a cancelled job with what never ran, and a job where everything failed', () => {
    const cancelled = buildBulkResultCard({ job: jobView({ status: 'cancelled', counts: counts({ total: 1000, succeeded: 300, failed: 2, cancelled: 698, remaining: 0 }), ...finished }), rows: [] });
    expect(validateCard(cancelled)).toEqual([]);
    expect(renderCard(cancelled)).toContain('⏹ Block or unblock sign-in: cancelled 1,000 targets: 300 succeeded · 2 failed · 698 cancelled (never ran)');
    const failed = buildBulkResultCard({ job: jobView({ status: 'completed', counts: counts({ total: 2, failed: 2 }) }), rows: rows(0, 2) });
    expect(renderCard(failed)).toContain('✗ Block or unblock sign-in: failed');
  });
});
