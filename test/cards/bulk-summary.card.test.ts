import type { BulkJobCreated, BulkSampleChange } from '../../actions/bulk/bulk-job.types';
import { BULK_VERBS } from '../../cards/bulk-progress.card';
import { buildBulkSummaryCard } from '../../cards/bulk-summary.card';
import { footerOn } from './card-fixtures';
import { counts, JOB_ID, jobView, PROBLEMS } from './bulk-card-fixtures';
import { actionByTitle, elementById, findElements, renderCard, validateCard } from './validate-card';

/** The card before a bulk job runs: numbers, why some rows will not run, a sample, Confirm / Cancel. */

function sample(n: number, extra: Partial<BulkSampleChange> = {}): BulkSampleChange {
  return {
    target: `user${n}@contoso.com`,
    changes: [
      { label: 'Sign-in', before: 'allowed', after: 'blocked' },
      { label: 'Sessions', before: 'active', after: 'revoked' },
    ],
    ...extra,
  };
}

function created(extra: Partial<BulkJobCreated> = {}): BulkJobCreated {
  return {
    job: jobView({ status: 'queued', counts: counts({ total: 211 }), problems: PROBLEMS, rate: 0, etaSeconds: null }),
    summary: 'Block sign-in for 211 users and sign them out everywhere.',
    parameters: [{ label: 'Revoke sessions', value: 'yes' }],
    sample: [1, 2, 3, 4, 5, 6].map((n) => sample(n)),
    ...extra,
  };
}

const titles = (card: unknown) => findElements(card, (n) => n.type === 'Action.Submit').map((a) => a.title);

describe('buildBulkSummaryCard', () => {
  it('shows N targets, the rows that will not run and why, and a sample of before → after', () => {
    const card = buildBulkSummaryCard({ created: created(), destructive: false, source: { kind: 'csv', description: 'block-list.csv (214 rows)' }, ignoredColumns: ['DisplayName'], footer: footerOn });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('Block or unblock sign-in · bulk');
    expect(text).toContain('Block sign-in for 211 users and sign them out everywhere.');
    expect(text).toContain('Targets from the file block-list.csv (214 rows)');
    expect(text).toContain('Will run on 211 targets');
    expect(text).toContain('✗ 1 not found ⊘ 1 outside your scope ⚠ 1 invalid row');
    expect(text).toContain('Revoke sessions yes');
    expect(text).toContain('Preview of the first 5 targets');
    expect(text).toContain('user1@contoso.com Sign-in: allowed → blocked Sessions: active → revoked');
    expect(text).not.toContain('user6@');
    expect(text).toContain('3 rows will not run');
    expect(text).toContain('⚠ Line 4: "jane" is neither a user principal name (name@contoso.com) nor an object id (a GUID). Correct it, or delete the row.');
    expect(text).toContain('✗ Line 9: no user nobody@contoso.com in the directory.');
    expect(text).toContain('Columns not read: DisplayName.');
    expect(text).toContain('Management ON · 1 h 52 min left');
    expect(titles(card)).toEqual(['Confirm', 'Cancel']);
    expect(actionByTitle(card, 'Confirm').data).toEqual({ steward: { verb: BULK_VERBS.start }, bulk: { jobId: JOB_ID } });
    expect(actionByTitle(card, 'Cancel').data).toEqual({ steward: { verb: BULK_VERBS.discard }, bulk: { jobId: JOB_ID } });
    expect(actionByTitle(card, 'Confirm').style).toBe('positive');
  });

  it('counts query matches outside the scope without naming them', () => {
    const card = buildBulkSummaryCard({
      created: created({ job: jobView({ status: 'queued', counts: counts({ total: 42 }), problems: [] }) }),
      destructive: false,
      source: { kind: 'query', description: 'All users whose department is “Sales” and country is “Italy”', outOfScopeUnlisted: 7 },
    });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('Targets from the query: All users whose department is “Sales” and country is “Italy”');
    expect(text).toContain('Will run on 42 targets ⊘ 7 outside your scope');
    expect(text).toContain('The query also matched 7 users outside your scope; Steward leaves them out.');
    expect(text).not.toContain('will not run');
  });

  it('asks for a justification and offers Request approval instead of Confirm when the policy wants one', () => {
    const card = buildBulkSummaryCard({ created: created({ approval: { reason: 'bulk changes over 100 targets need approval' } }), destructive: false, source: { kind: 'csv', description: 'block-list.csv' } });
    expect(validateCard(card)).toEqual([]);
    expect(renderCard(card)).toContain('🔒 This needs approval before it runs: bulk changes over 100 targets need approval.');
    expect(elementById(card, 'justification').isRequired).toBe(true);
    expect(titles(card)).toEqual(['Request approval', 'Cancel']);
    expect(actionByTitle(card, 'Request approval').data).toEqual({ steward: { verb: BULK_VERBS.requestApproval }, bulk: { jobId: JOB_ID } });
  });

  it('warns on destructive actions and shows sampled rows that would not change', () => {
    const card = buildBulkSummaryCard({
      created: created({ sample: [sample(1, { changes: [], noop: 'Sign-in is already blocked' }), sample(2)] }),
      destructive: true,
      source: { kind: 'chat', description: '3 users named in your message' },
    });
    const text = renderCard(card);
    expect(text).toContain('⚠ This change is destructive.');
    expect(text).toContain('– Sign-in is already blocked (skipped)');
    expect(actionByTitle(card, 'Confirm').style).toBe('destructive');
  });

  it('merges rows rejected while reading the file with the job\'s own problems, by line', () => {
    const rejected = [
      { line: 2, target: 'x', reason: 'invalid' as const, message: 'Line 2: blocked: "maybe" is not yes or no. Write true or false.' },
      { line: 9, target: 'nobody@contoso.com', reason: 'not-found' as const, message: 'a second report of line 9' },
    ];
    const text = renderCard(buildBulkSummaryCard({ created: created(), destructive: false, source: { kind: 'csv', description: 'f.csv' }, rejected }));
    expect(text).toContain('✗ 1 not found ⊘ 1 outside your scope ⚠ 2 invalid rows');
    expect(text).toContain('4 rows will not run ⚠ Line 2: blocked: "maybe" is not yes or no.');
    expect(text).not.toContain('a second report');
  });

  it('offers only Cancel when nothing can run', () => {
    const card = buildBulkSummaryCard({ created: created({ job: jobView({ status: 'queued', counts: counts({ total: 0 }), problems: PROBLEMS }), sample: [] }), destructive: false, source: { kind: 'csv', description: 'block-list.csv' } });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('No targets to run on');
    expect(text).toContain('Nothing to run. Fix the rows above and drop the file again.');
    expect(titles(card)).toEqual(['Cancel']);
  });

  it("stays under Teams' size limit with thousands of long problems, pointing to the CSV", () => {
    const problems = Array.from({ length: 3000 }, (_, i) => ({ line: i + 2, target: `u${i}@contoso.com`, reason: 'not-found' as const, message: `Line ${i + 2}: ${'x'.repeat(300)}` }));
    const long = [1, 2, 3, 4, 5].map((n) => sample(n, { changes: Array.from({ length: 40 }, (_, k) => ({ label: `Property ${k}`, before: 'b'.repeat(200), after: 'a'.repeat(200) })) }));
    const card = buildBulkSummaryCard({ created: created({ job: jobView({ status: 'queued', counts: counts({ total: 10 }), problems }), sample: long }), destructive: false, source: { kind: 'csv', description: 'big.csv' } });
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(25_000);
    const text = renderCard(card);
    expect(text).toContain('✗ 3,000 not found');
    expect(text).toContain('3,000 rows will not run');
    expect(text).toMatch(/…and 2,99\d more\. Every row and why is in the result CSV at the end\./);
    expect(text).toContain('…and 28 more changes');
  });
});
