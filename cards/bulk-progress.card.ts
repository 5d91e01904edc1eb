import type { BulkCounts, BulkJobStatus, BulkJobView } from '../actions/bulk/bulk-job.types';
import type { AdaptiveCardJson, CardActionData, SessionFooterModel } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, ownText, plainText, type ButtonView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * The ONE card a running bulk job shows, replaced in place as the job moves (bot/bulk-progress.updater.ts):
 * done / failed / remaining, rate, ETA and a bar. Its buttons carry only the job id and a verb; the
 * server loads the job and re-checks who clicked, so a forged or stale card can do nothing it shouldn't.
 */

/** Verbs of the bulk cards' buttons (summary, progress). */
export const BULK_VERBS = {
  start: 'bulk.start',
  discard: 'bulk.discard',
  requestApproval: 'bulk.request-approval',
  pause: 'bulk.pause',
  resume: 'bulk.resume',
  cancel: 'bulk.cancel',
} as const;
export type BulkVerb = (typeof BULK_VERBS)[keyof typeof BULK_VERBS];

/** What a bulk button posts: a verb and the job id, nothing else. */
export interface BulkActionData extends CardActionData {
  bulk: { jobId: string };
}

export function bulkActionData(verb: BulkVerb, jobId: string): BulkActionData {
  return { steward: { verb }, bulk: { jobId } };
}

export interface BulkProgressCardModel {
  job: BulkJobView;
  footer?: SessionFooterModel;
}

type Color = 'Good' | 'Warning' | 'Attention' | 'Accent' | 'Default';

const STATUS: Record<BulkJobStatus, { glyph: string; word: string; color: Color }> = {
  queued: { glyph: '…', word: 'Waiting to start', color: 'Default' },
  running: { glyph: '▶', word: 'Running', color: 'Accent' },
  paused: { glyph: '⏸', word: 'Paused', color: 'Warning' },
  cancelling: { glyph: '⏹', word: 'Cancelling', color: 'Warning' },
  cancelled: { glyph: '⏹', word: 'Cancelled', color: 'Warning' },
  completed: { glyph: '✓', word: 'Done', color: 'Good' },
};

/** Statuses after which nothing changes any more. */
export function isFinalStatus(status: BulkJobStatus): boolean {
  return status === 'completed' || status === 'cancelled';
}

interface SegmentView {
  width: string;
  style: 'good' | 'attention' | 'warning' | 'emphasis';
}

interface ProgressView {
  title: string;
  status: string;
  statusColor: Color;
  percent: string;
  segments: SegmentView[];
  facts: { title: string; value: string }[];
  note: string;
  hasNote: boolean;
  problems: string;
  hasProblems: boolean;
  jobLine: string;
  buttons: ButtonView[];
}

const PROGRESS_TEMPLATE = cardTemplate(
  [
    plainText('${title}', { size: 'Medium', weight: 'Bolder' }),
    plainText('${status}', { weight: 'Bolder', color: '${statusColor}' }, { spacing: 'Small' }),
    {
      type: 'ColumnSet',
      spacing: 'Medium',
      columns: [{ $data: '${segments}', type: 'Column', width: '${width}', style: '${style}', minHeight: '10px', items: [] }],
    },
    ownText('${percent}', { size: 'Small', spacing: 'Small' }),
    { type: 'FactSet', spacing: 'Medium', facts: [{ $data: '${facts}', title: '${title}', value: '${value}' }] },
    { $when: '${hasNote}', ...ownText('${note}', { size: 'Small', spacing: 'Medium' }) },
    { $when: '${hasProblems}', ...ownText('${problems}', { size: 'Small', isSubtle: true, spacing: 'Small' }) },
    plainText('${jobLine}', { size: 'Small', isSubtle: true }, { spacing: 'Medium' }),
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  false,
);

/** Builds the progress card of a job, in any status (the final state included). */
export function buildBulkProgressCard(model: BulkProgressCardModel): AdaptiveCardJson {
  const { job } = model;
  const c = job.counts;
  const done = c.total - c.remaining;
  const status = STATUS[job.status];
  const failedOrDone = job.status === 'completed' && c.failed > 0 ? { glyph: '⚠', word: 'Done, with failures', color: 'Warning' as Color } : status;
  const view: ProgressView = {
    title: `${job.actionTitle} · bulk job`,
    status: `${failedOrDone.glyph} ${failedOrDone.word}`,
    statusColor: failedOrDone.color,
    percent: c.total === 0 ? 'No targets.' : `${percentOf(done, c.total)} · ${count(done)} of ${count(c.total)} done`,
    segments: segments(c),
    facts: [
      { title: 'Succeeded', value: count(c.succeeded) },
      { title: 'Failed', value: count(c.failed) },
      ...(c.skipped > 0 ? [{ title: 'Skipped', value: count(c.skipped) }] : []),
      ...(c.cancelled > 0 ? [{ title: 'Cancelled', value: count(c.cancelled) }] : []),
      { title: 'Remaining', value: count(c.remaining) },
      ...(isFinalStatus(job.status) ? [] : [{ title: 'Rate', value: formatRate(job.rate) }, { title: 'Time left', value: formatEta(job) }]),
    ],
    ...noteOf(job),
    ...problemsLine(job),
    jobLine: `Job ${job.id}`,
    buttons: buttonsFor(job),
  };
  return expandCard(PROGRESS_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}

/** Bar segments in the order done → remaining; empty ones are left out (a zero-width column is invalid). */
function segments(c: BulkCounts): SegmentView[] {
  const parts: [number, SegmentView['style']][] = [
    [c.succeeded, 'good'],
    [c.failed, 'attention'],
    [c.skipped + c.cancelled, 'warning'],
    [c.remaining, 'emphasis'],
  ];
  const total = parts.reduce((n, [v]) => n + v, 0);
  if (total === 0) return [{ width: '1', style: 'emphasis' }];
  // Weights in per mille, at least 1 so a single failure among thousands still shows.
  return parts.filter(([v]) => v > 0).map(([v, style]) => ({ width: String(Math.max(1, Math.round((v * 1000) / total))), style }));
}

function noteOf(job: BulkJobView): { note: string; hasNote: boolean } {
  const notes: Partial<Record<BulkJobStatus, string>> = {
    queued: 'The job starts as soon as a worker picks it up.',
    paused: 'Nothing new starts until you resume. Items that were already running finished.',
    cancelling: 'Stopping: items already sent to the tenant finish, nothing new starts.',
    cancelled: `Cancelled${job.finishedAt ? ` at ${clockTime(job.finishedAt)}` : ''}. Items that had not started were not run. The result card has the per-row CSV.`,
    completed: `Finished${job.finishedAt ? ` at ${clockTime(job.finishedAt)}` : ''}${elapsed(job)}. The result card has the per-row CSV.`,
  };
  const note = notes[job.status] ?? '';
  return { note, hasNote: note !== '' };
}

function problemsLine(job: BulkJobView): { problems: string; hasProblems: boolean } {
  const n = job.problems.length;
  return {
    problems: n === 0 ? '' : `${count(n)} ${n === 1 ? 'row does' : 'rows do'} not run (not found, out of scope, invalid or repeated); ${n === 1 ? 'it is' : 'they are'} in the result CSV.`,
    hasProblems: n > 0,
  };
}

function buttonsFor(job: BulkJobView): ButtonView[] {
  const button = (title: string, verb: BulkVerb, style: ButtonView['style'] = null): ButtonView => ({
    title,
    style,
    data: bulkActionData(verb, job.id),
    associatedInputs: 'none',
  });
  switch (job.status) {
    case 'queued':
      return [button('Cancel', BULK_VERBS.cancel, 'destructive')];
    case 'running':
      return [button('Pause', BULK_VERBS.pause), button('Cancel', BULK_VERBS.cancel, 'destructive')];
    case 'paused':
      return [button('Resume', BULK_VERBS.resume, 'positive'), button('Cancel', BULK_VERBS.cancel, 'destructive')];
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Wording shared by the bulk cards

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** "64 %", never "100 %" before the last item is done. */
export function percentOf(part: number, total: number): string {
  if (total <= 0) return '0 %';
  const p = Math.floor((part * 100) / total);
  return `${part < total ? Math.min(p, 99) : 100} %`;
}

/** Items per second as a person reads it: "12 per second", "2.5 per second", "40 per minute". */
export function formatRate(rate: number): string {
  if (!Number.isFinite(rate) || rate <= 0) return '—';
  if (rate >= 10) return `${Math.round(rate)} per second`;
  if (rate >= 1) return `${rate.toFixed(1)} per second`;
  return `${Math.max(1, Math.round(rate * 60))} per minute`;
}

/** "45 s", "12 min", "1 h 5 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (s < 600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  if (minutes < 60) return `${minutes} min`;
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function formatEta(job: BulkJobView): string {
  if (job.status === 'paused') return 'paused';
  if (job.etaSeconds === null || !Number.isFinite(job.etaSeconds)) return 'estimating…';
  return `about ${formatDuration(job.etaSeconds)}`;
}

/** "13:05 UTC". */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(11, 16)} UTC`;
}

function elapsed(job: BulkJobView): string {
  if (!job.startedAt || !job.finishedAt) return '';
  const seconds = (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000;
  return Number.isFinite(seconds) ? ` after ${formatDuration(seconds)}` : '';
}
