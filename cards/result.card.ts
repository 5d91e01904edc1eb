import type { AdaptiveCardJson, ResultCardModel, ResultTargetModel } from './card.types';
import {
  buttonTemplate,
  cardTemplate,
  changeLineTemplate,
  changeView,
  expandCard,
  ownText,
  plainText,
  plural,
  type ButtonView,
  type ChangeView,
} from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * What happened, per target. Failures come first and are never collapsed, so one failure can't hide
 * behind (or hide) the others; only long runs of successes are summarised. Secrets (temporary
 * passwords) appear here and nowhere else, once, in the operator's 1:1 chat.
 */

/** Above this many targets, successes beyond the first few are summarised. */
const DETAILED_RESULTS = 25;

type Color = 'Good' | 'Warning' | 'Attention' | 'Default';

interface ResultTargetView {
  glyph: string;
  color: Color;
  display: string;
  message: string;
  changes: ChangeView[];
}

interface ResultView {
  header: string;
  headerColor: Color;
  summary: string;
  counts: string;
  targets: ResultTargetView[];
  hasMore: boolean;
  more: string;
  hasSecrets: boolean;
  secrets: { label: string; value: string }[];
  secretNote: string;
  correlation: string;
  buttons: ButtonView[];
}

const OUTCOME_STYLE: Record<ResultTargetModel['outcome'], { glyph: string; color: Color; word: string }> = {
  failed: { glyph: '✗', color: 'Attention', word: 'failed' },
  skipped: { glyph: '–', color: 'Default', word: 'skipped' },
  succeeded: { glyph: '✓', color: 'Good', word: 'succeeded' },
};

const HEADER_STYLE: Record<ResultCardModel['outcome'], { glyph: string; color: Color }> = {
  succeeded: { glyph: '✓', color: 'Good' },
  partial: { glyph: '⚠', color: 'Warning' },
  failed: { glyph: '✗', color: 'Attention' },
};

const RESULT_TEMPLATE = cardTemplate(
  [
    plainText('${header}', { size: 'Large', weight: 'Bolder', color: '${headerColor}' }),
    plainText('${summary}', {}, { spacing: 'Small' }),
    ownText('${counts}', { size: 'Small', isSubtle: true, spacing: 'Small' }),
    {
      $data: '${targets}',
      type: 'Container',
      separator: true,
      spacing: 'Small',
      items: [
        {
          type: 'RichTextBlock',
          inlines: [
            { type: 'TextRun', text: '${glyph} ', color: '${color}', weight: 'Bolder' },
            { type: 'TextRun', text: '${display}', weight: 'Bolder' },
            { type: 'TextRun', text: ' — ', isSubtle: true },
            { type: 'TextRun', text: '${message}', color: '${color}' },
          ],
        },
        { $data: '${changes}', ...changeLineTemplate },
      ],
    },
    { $when: '${hasMore}', ...plainText('${more}', { isSubtle: true }, { separator: true, spacing: 'Small' }) },
    {
      $when: '${hasSecrets}',
      type: 'Container',
      style: 'emphasis',
      spacing: 'Large',
      items: [
        {
          $data: '${secrets}',
          type: 'Container',
          items: [
            plainText('${label}', { weight: 'Bolder' }),
            plainText('${value}', { fontType: 'Monospace', size: 'Large' }, { spacing: 'Small' }),
          ],
        },
        ownText('${secretNote}', { size: 'Small', isSubtle: true, spacing: 'Medium' }),
      ],
    },
    plainText('${correlation}', { size: 'Small', isSubtle: true }, { spacing: 'Medium' }),
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

/** Builds the result card of a run. */
export function buildResultCard(model: ResultCardModel): AdaptiveCardJson {
  const header = HEADER_STYLE[model.outcome];
  const order: ResultTargetModel['outcome'][] = ['failed', 'skipped', 'succeeded'];
  const sorted = order.flatMap((o) => model.targets.filter((t) => t.outcome === o));
  const notSucceeded = sorted.filter((t) => t.outcome !== 'succeeded');
  const succeeded = sorted.filter((t) => t.outcome === 'succeeded');
  // Failures and skips always in full; successes fill the remaining room.
  const room = model.targets.length > DETAILED_RESULTS ? Math.max(5, DETAILED_RESULTS - notSucceeded.length) : succeeded.length;
  const shownSucceeded = succeeded.length > room + 1 ? succeeded.slice(0, room) : succeeded;
  const hiddenSucceeded = succeeded.slice(shownSucceeded.length);
  const secrets = model.secrets ?? [];

  const view: ResultView = {
    header: `${header.glyph} ${model.title}`,
    headerColor: header.color,
    summary: model.summary,
    counts: countsLine(model.targets),
    targets: [...notSucceeded, ...shownSucceeded].map(targetView),
    hasMore: hiddenSucceeded.length > 0,
    more: `✓ …and ${hiddenSucceeded.length} more succeeded: ${namesList(hiddenSucceeded)}`,
    hasSecrets: secrets.length > 0,
    secrets: secrets.map((s) => ({ label: s.label, value: s.value })),
    secretNote: 'Shown only to you, once; not stored. Copy it now and share it over a secure channel.',
    correlation: `Correlation ID: ${model.correlationId}`,
    // Undo only when the run stored one (reversible action, at least one target changed).
    buttons: model.undo ? [{ title: 'Undo', style: null, data: model.undo, associatedInputs: 'none' }] : [],
  };
  return expandCard(RESULT_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}

function targetView(target: ResultTargetModel): ResultTargetView {
  const style = OUTCOME_STYLE[target.outcome];
  return {
    glyph: style.glyph,
    color: style.color,
    display: target.display,
    message: target.message || style.word,
    changes: (target.changes ?? []).map(changeView),
  };
}

/** "2 succeeded · 1 failed" (zero counts left out). */
function countsLine(targets: readonly ResultTargetModel[]): string {
  if (targets.length === 0) return 'No targets.';
  const parts = (['succeeded', 'failed', 'skipped'] as const)
    .map((o) => ({ o, n: targets.filter((t) => t.outcome === o).length }))
    .filter(({ n }) => n > 0)
    .map(({ o, n }) => `${n} ${o}`);
  return `${plural(targets.length, 'target')}: ${parts.join(' · ')}`;
}

function namesList(targets: readonly ResultTargetModel[]): string {
  const max = 20;
  const names = targets.slice(0, max).map((t) => (t.display.length > 60 ? `${t.display.slice(0, 59)}…` : t.display));
  return `${names.join(', ')}${targets.length > max ? `, and ${targets.length - max} others` : ''}.`;
}
