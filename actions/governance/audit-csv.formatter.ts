import type { AuditEntry } from '../ports';

/**
 * Audit entries as CSV (RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma,
 * quote or line break, quotes doubled). Exports are opened in spreadsheets, and audit fields carry text
 * an attacker can choose (a display name, a UPN typed in chat, a tenant's error message), so a cell that
 * a spreadsheet would read as a formula is neutralised with a leading apostrophe (OWASP "CSV injection").
 */

export const AUDIT_CSV_COLUMNS = [
  'time',
  'correlationId',
  'kind',
  'operator',
  'action',
  'targets',
  'outcome',
  'errorCode',
  'message',
] as const;

/** Characters that make Excel, LibreOffice or Google Sheets evaluate a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-neutralised, then quoted when needed. */
export function csvCell(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | undefined | null)[]): string {
  return values.map(csvCell).join(',');
}

/** The row of one entry, in AUDIT_CSV_COLUMNS order. */
export function auditCsvValues(entry: AuditEntry): string[] {
  const messages = entry.targets.map((t) => t.message).filter((m): m is string => Boolean(m));
  return [
    entry.time,
    entry.correlationId,
    entry.kind,
    entry.operator.upn ?? entry.operator.id,
    entry.actionId,
    entry.targets.map((t) => (t.outcome ? `${t.display} (${t.outcome})` : t.display)).join('; '),
    entry.outcome,
    entry.error?.code ?? '',
    entry.error?.message ?? messages.join('; '),
  ];
}

/** The whole file: header row, then one row per entry, CRLF after every row. */
export function formatAuditCsv(entries: readonly AuditEntry[]): string {
  return [csvRow(AUDIT_CSV_COLUMNS), ...entries.map((e) => csvRow(auditCsvValues(e)))].map((line) => `${line}\r\n`).join('');
}
