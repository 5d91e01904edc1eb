import type { AuditEntry } from '../ports';
import { csvCell, formatAuditCsv } from './audit-csv.formatter';

/** RFC 4180 output and CSV (formula) injection protection of the audit export. */
describe('csvCell', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('jane@contoso.com')).toBe('jane@contoso.com');
    expect(csvCell('Doe, Jane')).toBe('"Doe, Jane"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ])('neutralises a formula: %j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('does not touch those characters inside a cell', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('jane+test@contoso.com')).toBe('jane+test@contoso.com');
  });
});

describe('formatAuditCsv', () => {
  const entry: AuditEntry = {
    id: 'e1',
    tenantId: 't',
    time: '2025-03-10T09:00:00.000Z',
    correlationId: 'corr-1',
    kind: 'action',
    operator: { id: 'op', upn: 'admin@contoso.com' },
    actionId: 'user.reset-mfa',
    targets: [{ id: 'u1', display: '=evil@contoso.com', outcome: 'succeeded', message: 'Removed 2 MFA methods, "all" of them' }],
    parameters: { password: '[redacted]' },
    outcome: 'succeeded',
    entry: 'card',
  };

  it('writes a header row and one CRLF-terminated row per entry', () => {
    const csv = formatAuditCsv([entry, { ...entry, id: 'e2', kind: 'refusal', outcome: 'refused', targets: [], error: { code: 'ROLE_DENIED', message: 'No, sorry' } }]);
    const lines = csv.split('\r\n');
    expect(lines).toEqual([
      'time,correlationId,kind,operator,action,targets,outcome,errorCode,message',
      `2025-03-10T09:00:00.000Z,corr-1,action,admin@contoso.com,user.reset-mfa,'=evil@contoso.com (succeeded),succeeded,,"Removed 2 MFA methods, ""all"" of them"`,
      '2025-03-10T09:00:00.000Z,corr-1,refusal,admin@contoso.com,user.reset-mfa,,refused,ROLE_DENIED,"No, sorry"',
      '',
    ]);
  });

  it('writes only the header for no entries', () => {
    expect(formatAuditCsv([])).toBe('time,correlationId,kind,operator,action,targets,outcome,errorCode,message\r\n');
  });
});
