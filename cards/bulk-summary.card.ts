import type { BulkJobCreated, BulkRowProblem, BulkSampleChange, BulkSource } from '../actions/bulk/bulk-job.types';
import type { AdaptiveCardJson, SessionFooterModel } from './card.types';
import { BULK_VERBS, bulkActionData, count } from './bulk-progress.card';
import { approvalRequestBlock, buttonTemplate, cardTemplate, changeLineTemplate, changeView, expandCard, ownText, plainText, plural, type ButtonView, type ChangeView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * What a bulk job will do, before it runs: how many targets, how many rows cannot run and why, a sample
 * of before → after, then Confirm (or Request approval when the policy wants one) and Cancel. The job
 * already exists (status queued); the buttons carry only its id and a verb.
 */

export interface BulkSummaryCardModel {
  /** What BulkJobsApi.create answered: the queued job, a sample, the summary, the policy's word. */
  created: BulkJobCreated;
  /** The action's `destructive` flag: the card warns and the Confirm button turns red. */
  destructive: boolean;
  source: BulkSource;
  /** Rows rejected before the job existed (CSV parsing); merged by line with the job's own problems. */
  rejected?: BulkRowProblem[];
  /** CSV columns that were not read. */
  ignoredColumns?: string[];
  footer?: SessionFooterModel;
}

/** Problems listed one by one; the rest are counted (all of them are in the result CSV). */
const SHOWN_PROBLEMS = 8;
const SHOWN_SAMPLE = 5;
/** Change lines per sampled target, and characters per value or message, so one row can't fill the card. */
const SHOWN_CHANGES = 12;
const MAX_VALUE = 120;
const MAX_TEXT = 300;
const MAX_CARD_BYTES = 24_000;

const REASON_WORDS: Record<BulkRowProblem['reason'], { glyph: string; one: string; many: string }> = {
  'not-found': { glyph: '✗', one: 'not found', many: 'not found' },
  'out-of-scope': { glyph: '⊘', one: 'outside your scope', many: 'outside your scope' },
  invalid: { glyph: '⚠', one: 'invalid row', many: 'invalid rows' },
  duplicate: { glyph: '↺', one: 'repeated row', many: 'repeated rows' },
};

interface SampleView {
  display: string;
  changes: ChangeView[];
  notes: string[];
}

interface SummaryView {
  title: string;
  destructive: boolean;
  warning: string;
  summary: string;
  source: string;
  headline: string;
  counts: string[];
  hasParameters: boolean;
  parameters: { title: string; value: string }[];
  hasSample: boolean;
  sampleHeading: string;
  sample: SampleView[];
  hasProblems: boolean;
  problemsHeading: string;
  problems: string[];
  hasIgnored: boolean;
  ignored: string;
  needsApproval: boolean;
  approvalNote: string;
  nothingToRun: boolean;
  nothingNote: string;
  buttons: ButtonView[];
}

const SUMMARY_TEMPLATE = cardTemplate(
  [
    plainText('${title}', { size: 'Large', weight: 'Bolder' }),
    {
      $when: '${destructive}',
      type: 'Container',
      style: 'attention',
      bleed: true,
      items: [ownText('${warning}', { weight: 'Bolder', color: 'Attention' })],
    },
    plainText('${summary}', {}, { spacing: 'Small' }),
    plainText('${source}', { size: 'Small', isSubtle: true }, { spacing: 'Small' }),
    ownText('${headline}', { size: 'Medium', weight: 'Bolder', spacing: 'Medium' }),
    { $data: '${counts}', ...ownText('${$data}', { spacing: 'None' }) },
    { $when: '${hasParameters}', type: 'FactSet', spacing: 'Medium', facts: [{ $data: '${parameters}', title: '${title}', value: '${value}' }] },
    {
      $when: '${hasSample}',
      type: 'Container',
      spacing: 'Large',
      items: [
        ownText('${sampleHeading}', { weight: 'Bolder' }),
        {
          $data: '${sample}',
          type: 'Container',
          separator: true,
          spacing: 'Small',
          items: [
            plainText('${display}', { weight: 'Bolder' }),
            { $data: '${changes}', ...changeLineTemplate },
            { $data: '${notes}', ...plainText('${$data}', { size: 'Small', color: 'Warning' }, { spacing: 'None' }) },
          ],
        },
      ],
    },
    {
      $when: '${hasProblems}',
      type: 'Container',
      style: 'emphasis',
      spacing: 'Large',
      items: [
        ownText('${problemsHeading}', { weight: 'Bolder' }),
        { $data: '${problems}', ...plainText('${$data}', { size: 'Small' }, { spacing: 'Small' }) },
      ],
    },
    { $when: '${hasIgnored}', ...plainText('${ignored}', { size: 'Small', isSubtle: true }, { spacing: 'Small' }) },
    { $when: '${nothingToRun}', ...ownText('${nothingNote}', { weight: 'Bolder', color: 'Attention', spacing: 'Medium' }) },
    approvalRequestBlock(),
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

/** Builds the summary card shown before a bulk job starts. */
export function buildBulkSummaryCard(model: BulkSummaryCardModel): AdaptiveCardJson {
  const footer = model.footer ? sessionFooter(model.footer) : undefined;
  let card = expandCard(SUMMARY_TEMPLATE, summaryView(model, SHOWN_SAMPLE, SHOWN_PROBLEMS), footer);
  // Long change lists or messages: fewer samples and problems until the card fits Teams' limit.
  for (const [samples, problems] of [[3, 5], [1, 3], [1, 1]] as const) {
    if (Buffer.byteLength(JSON.stringify(card)) <= MAX_CARD_BYTES) break;
    card = expandCard(SUMMARY_TEMPLATE, summaryView(model, samples, problems), footer);
  }
  return card;
}

function summaryView(model: BulkSummaryCardModel, shownSample: number, shownProblems: number): SummaryView {
  const { created: draft, source } = model;
  const { job } = draft;
  const targets = job.counts.total;
  const hiddenOutOfScope = source.outOfScopeUnlisted ?? 0;
  const lines = new Set(job.problems.map((p) => p.line));
  const problems = [...job.problems, ...(model.rejected ?? []).filter((p) => !lines.has(p.line))].sort((a, b) => a.line - b.line);
  const sample = draft.sample.slice(0, shownSample);
  const listed = problems.slice(0, shownProblems);
  const unlisted = problems.length - listed.length;
  const start = draft.approval
    ? { title: 'Request approval', style: 'positive' as const, data: bulkActionData(BULK_VERBS.requestApproval, job.id), associatedInputs: 'auto' as const }
    : { title: 'Confirm', style: model.destructive ? ('destructive' as const) : ('positive' as const), data: bulkActionData(BULK_VERBS.start, job.id), associatedInputs: 'none' as const };
  return {
    title: `${job.actionTitle} · bulk`,
    destructive: model.destructive,
    warning: '⚠ This change is destructive. Check the numbers and the sample below before you confirm.',
    summary: draft.summary,
    source: `Targets from ${sourceWords(source)}`,
    headline: targets === 0 ? 'No targets to run on' : `Will run on ${count(targets)} ${targets === 1 ? 'target' : 'targets'}`,
    counts: countLines(problems, hiddenOutOfScope),
    hasParameters: draft.parameters.length > 0,
    parameters: draft.parameters.map((p) => ({ title: p.label, value: p.value })),
    hasSample: sample.length > 0,
    sampleHeading: sample.length < targets ? `Preview of the first ${plural(sample.length, 'target')}` : 'Preview',
    sample: sample.map(sampleView),
    hasProblems: problems.length > 0,
    problemsHeading: `${count(problems.length)} ${problems.length === 1 ? 'row' : 'rows'} will not run`,
    problems: [
      ...listed.map((p) => `${REASON_WORDS[p.reason].glyph} ${truncate(p.message, MAX_TEXT)}`),
      ...(unlisted > 0 ? [`…and ${count(unlisted)} more. Every row and why is in the result CSV at the end.`] : []),
    ],
    hasIgnored: (model.ignoredColumns ?? []).length > 0,
    ignored: `Columns not read: ${(model.ignoredColumns ?? []).join(', ')}.`,
    needsApproval: Boolean(draft.approval) && targets > 0,
    approvalNote: draft.approval ? `🔒 This needs approval before it runs: ${draft.approval.reason}.` : '',
    nothingToRun: targets === 0,
    nothingNote: NOTHING_TO_RUN[source.kind],
    buttons: [...(targets > 0 ? [start] : []), { title: 'Cancel', style: null, data: bulkActionData(BULK_VERBS.discard, job.id), associatedInputs: 'none' }],
  };
}

function sampleView(s: BulkSampleChange): SampleView {
  const changes = s.changes.slice(0, SHOWN_CHANGES).map((c) => changeView({ label: truncate(c.label, MAX_VALUE), before: truncate(c.before, MAX_VALUE), after: truncate(c.after, MAX_VALUE) }));
  const more = s.changes.length - changes.length;
  return {
    display: truncate(s.target, MAX_VALUE),
    changes,
    notes: [...(more > 0 ? [`…and ${plural(more, 'more change')}`] : []), ...(s.noop ? [`– ${truncate(s.noop, MAX_TEXT)} (skipped)`] : [])],
  };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const NOTHING_TO_RUN: Record<BulkSource['kind'], string> = {
  csv: 'Nothing to run. Fix the rows above and drop the file again.',
  query: 'Nothing to run: no user you manage matches the query.',
  chat: 'Nothing to run: none of the users named can be changed.',
};

function sourceWords(source: BulkSource): string {
  if (source.kind === 'csv') return `the file ${source.description}`;
  if (source.kind === 'query') return `the query: ${source.description}`;
  return source.description;
}

/** "✗ 3 not found", "⊘ 5 outside your scope" (counts that are zero are left out). */
function countLines(problems: readonly BulkRowProblem[], hiddenOutOfScope: number): string[] {
  const lines: string[] = [];
  for (const reason of Object.keys(REASON_WORDS) as BulkRowProblem['reason'][]) {
    const n = problems.filter((p) => p.reason === reason).length + (reason === 'out-of-scope' ? hiddenOutOfScope : 0);
    if (n === 0) continue;
    const words = REASON_WORDS[reason];
    lines.push(`${words.glyph} ${count(n)} ${n === 1 ? words.one : words.many}`);
  }
  if (hiddenOutOfScope > 0) lines.push(`The query also matched ${plural(hiddenOutOfScope, 'user')} outside your scope; Steward leaves them out.`);
  return lines;
}
