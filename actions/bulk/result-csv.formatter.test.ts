import type { BulkResultRow } from './bulk-job.types';
import { parseBulkCsv } from './csv-input.parser';
import { formatResultCsv, resultCsvFileName } from './result-csv.formatter';
import { setSignInStatusAction } from '../users/set-sign-in-status.action';

/** The result file an operator downloads: what happened to each line, safe to open in a spreadsheet. */

const row = (line: number, extra: Partial<BulkResultRow>): BulkResultRow => ({
  line,
  target: `user${line}@contoso.com`,
  outcome: 'succeeded',
  error: '',
  before: '',
  after: '',
  ...extra,
});

describe('formatResultCsv', () => {
  it('writes a header and one row per line in line order, quoting what needs it', () => {
    const csv = formatResultCsv([
      row(3, { outcome: 'failed', error: 'The tenant refused the change: "Insufficient privileges", code 403.' }),
      row(2, { before: 'Sign-in: allowed', after: 'Sign-in: blocked\nSessions: revoked' }),
      row(4, { target: 'jane', outcome: 'invalid', error: 'Line 4: "jane" is neither a user principal name nor an object id.' }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'line,target,outcome,error,before,after',
      '2,user2@contoso.com,succeeded,,Sign-in: allowed,"Sign-in: blocked\nSessions: revoked"',
      '3,user3@contoso.com,failed,"The tenant refused the change: ""Insufficient privileges"", code 403.",,',
      '4,jane,invalid,"Line 4: ""jane"" is neither a user principal name nor an object id.",,',
      '',
    ]);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const csv = formatResultCsv([
      row(2, { target: '=HYPERLINK("http://evil.example","x")', outcome: 'not-found', error: '+1 is not a user', before: '-5', after: '@SUM(A1)' }),
    ]);
    expect(csv.split('\r\n')[1]).toBe(`2,"'=HYPERLINK(""http://evil.example"",""x"")",not-found,'+1 is not a user,'-5,'@SUM(A1)`);
  });

  it('can be fed back as input: the failed rows of a result file parse as a new job', () => {
    const csv = formatResultCsv([row(2, { outcome: 'failed', error: 'Throttled, gave up after 5 tries' }), row(3, {})]);
    const again = parseBulkCsv(csv, setSignInStatusAction, { baseParams: { blocked: true } });
    expect(again.rows.map((r) => r.target)).toEqual(['user2@contoso.com', 'user3@contoso.com']);
    expect(again.ignoredColumns).toEqual(['line', 'outcome', 'error', 'before', 'after']);
  });
});

describe('resultCsvFileName', () => {
  it('names the file after the action and the day it finished', () => {
    expect(resultCsvFileName('Block or unblock sign-in', '2026-11-23T13:10:00.000Z')).toBe('bulk-block-or-unblock-sign-in-2026-11-23.csv');
    expect(resultCsvFileName('***', undefined)).toBe('bulk-job.csv');
  });
});
