import type { BulkJobView, BulkResultRow } from '../actions/bulk/bulk-job.types';
import type { AdaptiveCardJson, SessionFooterModel } from './card.types';
import { clockTime, count, formatDuration, formatRate } from './bulk-progress.card';
import { cardTemplate, expandCard, ownText, plainText } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * The end of a bulk job: counts, how long it took, a sample of the failures with their reasons, and the
 * per-row result CSV (target, outcome, error, before, after): a download link when the bot serves one,
 * otherwise the CSV itself behind "Show result CSV" when it is small enough for a card. The caller formats
 * the CSV (actions/bulk/result-csv.formatter.ts), so the card and the download hold the same bytes.
 */

export interface BulkResultCardModel {
  /** The job in its final state (completed or cancelled). */
  job: BulkJobView;
  /** Every result row (BulkJobs.resultRows), problems included. */
  rows: readonly BulkResultRow[];
  /** A signed link to the result CSV, when the bot serves one. */
  download?: { url: string; expiresAt: string; now: string };
  /** Without a link: the result CSV itself (formatResultCsv), shown in the card when small enough. */
  csv?: string;
  footer?: SessionFooterModel;
}

/** Failures listed one by one. */
const SHOWN_FAILURES = 10;
/** Largest CSV shown inside the card (Teams rejects messages over ~28 KB). */
const INLINE_CSV_BYTES = 8_000;
const MAX_TEXT = 240;

type Color = 'Good' | 'Warning' | 'Attention' | 'Default';

interface ResultView {
  header: string;
  headerColor: Color;
  counts: string;
  hasProblems: boolean;
  problems: string;
  timing: string;
  hasTiming: boolean;
  hasFailures: boolean;
  failuresHeading: string;
  failures: { where: string; error: string }[];
  hasDownload: boolean;
  url: string;
  validity: string;
  hasInline: boolean;
  csvLines: string[];
  hasCsvNote: boolean;
  csvNote: string;
  jobLine: string;
}

const PROBLEM_WORDS: Record<string, string> = {
  'not-found': 'not found',
  'out-of-scope': 'outside your scope',
  invalid: 'invalid',
  duplicate: 'repeated',
};

const RESULT_TEMPLATE = cardTemplate(
  [
    plainText('${header}', { size: 'Large', weight: 'Bolder', color: '${headerColor}' }),
    ownText('${counts}', { spacing: 'Small' }),
    { $when: '${hasProblems}', ...ownText('${problems}', { spacing: 'Small' }) },
    { $when: '${hasTiming}', ...ownText('${timing}', { size: 'Small', isSubtle: true, spacing: 'Small' }) },
    {
      $when: '${hasFailures}',
      type: 'Container',
      spacing: 'Large',
      items: [
        ownText('${failuresHeading}', { weight: 'Bolder' }),
        {
          $data: '${failures}',
          type: 'RichTextBlock',
          spacing: 'Small',
          inlines: [
            { type: 'TextRun', text: '✗ ', color: 'Attention', weight: 'Bolder' },
            { type: 'TextRun', text: '${where}', weight: 'Bolder' },
            { type: 'TextRun', text: ' — ', isSubtle: true },
            { type: 'TextRun', text: '${error}' },
          ],
        },
      ],
    },
    { $when: '${hasDownload}', ...ownText('${validity}', { size: 'Small', spacing: 'Medium' }) },
    { $when: '${hasCsvNote}', ...ownText('${csvNote}', { size: 'Small', isSubtle: true, spacing: 'Medium' }) },
    plainText('${jobLine}', { size: 'Small', isSubtle: true }, { spacing: 'Medium' }),
  ],
  [
    { $when: '${hasDownload}', type: 'Action.OpenUrl', title: 'Download result CSV', url: '${url}' },
    {
      $when: '${hasInline}',
      type: 'Action.ShowCard',
      title: 'Show result CSV',
      card: {
        type: 'AdaptiveCard',
        body: [{ $data: '${csvLines}', ...plainText('${$data}', { fontType: 'Monospace', size: 'Small' }, { spacing: 'None' }) }],
      },
    },
  ],
  true,
);

/** Builds the result card of a finished (or cancelled) bulk job. */
export function buildBulkResultCard(model: BulkResultCardModel): AdaptiveCardJson {
  const { job } = model;
  const c = job.counts;
  const ran = c.succeeded + c.failed + c.skipped;
  const failures = model.rows.filter((r) => r.outcome === 'failed').sort((a, b) => a.line - b.line);
  const shown = failures.slice(0, SHOWN_FAILURES);
  const csv = model.download ? '' : (model.csv ?? '');
  const inline = csv !== '' && model.rows.length > 0 && Buffer.byteLength(csv) <= INLINE_CSV_BYTES;
  const header = headerOf(job);
  const view: ResultView = {
    header: `${header.glyph} ${job.actionTitle}: ${header.word}`,
    headerColor: header.color,
    counts: countsLine(job),
    ...problemsLine(job),
    ...timing(job, ran),
    hasFailures: shown.length > 0,
    failuresHeading: failures.length > shown.length ? `Failures (the first ${shown.length} of ${count(failures.length)}; all are in the CSV)` : 'Failures',
    failures: shown.map((r) => ({ where: `Line ${r.line} · ${truncate(r.target, 80)}`, error: truncate(r.error || 'failed', MAX_TEXT) })),
    hasDownload: Boolean(model.download),
    url: model.download?.url ?? '',
    validity: model.download ? validity(model.download) : '',
    hasInline: inline,
    csvLines: inline ? csv.split('\r\n').filter((l) => l !== '') : [],
    hasCsvNote: !model.download && !inline,
    csvNote: model.rows.length === 0 ? 'No rows to report.' : `The per-row result (${count(model.rows.length)} rows) is too large to show here.`,
    jobLine: `Job ${job.id}`,
  };
  return expandCard(RESULT_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}

function headerOf(job: BulkJobView): { glyph: string; word: string; color: Color } {
  const c = job.counts;
  if (job.status === 'cancelled') return { glyph: '⏹', word: 'cancelled', color: 'Warning' };
  if (c.failed === 0) return { glyph: '✓', word: 'done', color: 'Good' };
  if (c.succeeded === 0 && c.skipped === 0) return { glyph: '✗', word: 'failed', color: 'Attention' };
  return { glyph: '⚠', word: 'done, with failures', color: 'Warning' };
}

/** "1,000 targets: 990 succeeded · 10 failed" (zero counts left out). */
function countsLine(job: BulkJobView): string {
  const c = job.counts;
  const parts = [
    [c.succeeded, 'succeeded'],
    [c.failed, 'failed'],
    [c.skipped, 'skipped (nothing to change)'],
    [c.cancelled, 'cancelled (never ran)'],
    [c.remaining, 'not finished'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, word]) => `${count(n)} ${word}`);
  return `${count(c.total)} ${c.total === 1 ? 'target' : 'targets'}${said.length > 0 ? `: ${said.join(' · ')}` : ''}`;
}

function problemsLine(job: BulkJobView): { problems: string; hasProblems: boolean } {
  const byReason = new Map<string, number>();
  for (const p of job.problems) byReason.set(p.reason, (byReason.get(p.reason) ?? 0) + 1);
  const parts = [...byReason].map(([reason, n]) => `${count(n)} ${PROBLEM_WORDS[reason] ?? reason}`);
  const n = job.problems.length;
  return { problems: n === 0 ? '' : `${count(n)} ${n === 1 ? 'row' : 'rows'} did not run: ${parts.join(' · ')}.`, hasProblems: n > 0 };
}

function timing(job: BulkJobView, ran: number): { timing: string; hasTiming: boolean } {
  if (!job.startedAt || !job.finishedAt) return { timing: '', hasTiming: false };
  const seconds = (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000;
  if (!Number.isFinite(seconds)) return { timing: '', hasTiming: false };
  const rate = seconds > 0 ? ` at ${formatRate(ran / seconds)}` : '';
  return { timing: `Started ${clockTime(job.startedAt)}, finished ${clockTime(job.finishedAt)}: ${formatDuration(seconds)}${rate}.`, hasTiming: true };
}

function validity(download: { expiresAt: string; now: string }): string {
  const minutes = Math.max(1, Math.round((Date.parse(download.expiresAt) - Date.parse(download.now)) / 60_000));
  return `The CSV has one row per line of the input: target, outcome, error, before, after. The link works for ${minutes} min (until ${clockTime(download.expiresAt)}); anyone who has it can download the file until then, so do not forward it.`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
