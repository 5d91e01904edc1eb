import { csvRow } from '../governance/audit-csv.formatter';
import type { BulkResultRow } from './bulk-job.types';

/**
 * The per-row result of a bulk job as CSV, one row per input line (problems included), so the operator
 * can filter the failures, fix them and feed them back as a new file. Cells are escaped like the audit
 * export (RFC 4180 quoting, CRLF, and formula-looking cells prefixed with an apostrophe): targets and
 * error texts come from a file or a tenant an attacker may control.
 */

export const RESULT_CSV_COLUMNS = ['line', 'target', 'outcome', 'error', 'before', 'after'] as const;

/** The whole file: header row, then the rows in line order, CRLF after every row. */
export function formatResultCsv(rows: readonly BulkResultRow[]): string {
  const sorted = [...rows].sort((a, b) => a.line - b.line);
  return [csvRow(RESULT_CSV_COLUMNS), ...sorted.map((r) => csvRow([r.line, r.target, r.outcome, r.error, r.before, r.after]))]
    .map((line) => `${line}\r\n`)
    .join('');
}

/** File name for a job's result ("bulk-block-or-unblock-sign-in-2026-11-23.csv"). */
export function resultCsvFileName(actionTitle: string, finishedAt: string | undefined): string {
  const slug = actionTitle.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'job';
  return `bulk-${slug}${finishedAt ? `-${finishedAt.slice(0, 10)}` : ''}.csv`;
}
