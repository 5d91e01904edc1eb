import type { AdaptiveCardJson, CardActionData, ConfirmCardModel, ConfirmTargetModel } from './card.types';
import {
  approvalRequestBlock,
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
 * The preview an operator confirms: exactly what will change, on whom, under which scope. The Confirm
 * button echoes plan id, action id and target keys so the server can refuse a card that no longer
 * matches the stored plan. Large target lists are collapsed so the card stays small (Teams rejects
 * messages over ~100 KB; we aim for under 25 KB even for bulk plans).
 */

/** Targets shown in full before the rest collapse into a summary. */
const DETAILED_TARGETS = 10;
/** Size budget for the card JSON; when exceeded, fewer targets are shown in full. */
const SIZE_BUDGET_BYTES = 24_000;
/** Names listed in the collapsed summary. */
const SUMMARY_NAMES = 15;

interface TargetView {
  display: string;
  hasDetail: boolean;
  detail: string;
  hasScope: boolean;
  scope: string;
  changes: ChangeView[];
  items: string[];
  warnings: string[];
  noChanges: boolean;
}

interface ConfirmView {
  title: string;
  destructive: boolean;
  warning: string;
  summary: string;
  notices: string[];
  hasParameters: boolean;
  parameters: { label: string; value: string }[];
  targetsHeading: string;
  targets: TargetView[];
  hasMore: boolean;
  moreTitle: string;
  moreLines: string[];
  moreWarnings: string[];
  needsApproval: boolean;
  approvalNote: string;
  buttons: ButtonView[];
}

const TARGET_TEMPLATE = {
  $data: '${targets}',
  type: 'Container',
  separator: true,
  spacing: 'Medium',
  items: [
    plainText('${display}', { weight: 'Bolder' }),
    { $when: '${hasDetail}', ...plainText('${detail}', { size: 'Small', isSubtle: true }, { spacing: 'None' }) },
    { $when: '${hasScope}', ...plainText('${scope}', { size: 'Small', isSubtle: true }, { spacing: 'None' }) },
    { $data: '${changes}', ...changeLineTemplate },
    { $data: '${items}', ...plainText('${$data}', {}, { spacing: 'None' }) },
    { $data: '${warnings}', ...plainText('${$data}', { color: 'Warning' }, { spacing: 'Small' }) },
    { $when: '${noChanges}', ...ownText('No changes for this target.', { size: 'Small', isSubtle: true, spacing: 'None' }) },
  ],
};

const CONFIRM_TEMPLATE = cardTemplate(
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
    { $data: '${notices}', ...plainText('${$data}', { size: 'Small', color: 'Accent' }, { spacing: 'Small' }) },
    {
      $when: '${hasParameters}',
      type: 'FactSet',
      spacing: 'Medium',
      facts: [{ $data: '${parameters}', title: '${label}', value: '${value}' }],
    },
    ownText('${targetsHeading}', { weight: 'Bolder', spacing: 'Large' }),
    TARGET_TEMPLATE,
    {
      $when: '${hasMore}',
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      style: 'emphasis',
      items: [
        ownText('${moreTitle}', { weight: 'Bolder' }),
        { $data: '${moreLines}', ...plainText('${$data}', { size: 'Small' }, { spacing: 'Small' }) },
        { $data: '${moreWarnings}', ...plainText('${$data}', { size: 'Small', color: 'Warning' }, { spacing: 'Small' }) },
      ],
    },
    approvalRequestBlock(),
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

/** Builds the confirm (preview) card. */
export function buildConfirmCard(model: ConfirmCardModel): AdaptiveCardJson {
  const footer = model.footer ? sessionFooter(model.footer) : undefined;
  let card: AdaptiveCardJson | undefined;
  // Fewer targets in full until the card fits (long item lists can make even 10 targets heavy).
  for (const detailed of [DETAILED_TARGETS, 5, 3, 1]) {
    card = expandCard(CONFIRM_TEMPLATE, confirmView(model, detailed), footer);
    if (JSON.stringify(card).length <= SIZE_BUDGET_BYTES) break;
  }
  return card as AdaptiveCardJson;
}

function confirmView(model: ConfirmCardModel, detailed: number): ConfirmView {
  const shown = model.targets.length > detailed + 1 ? model.targets.slice(0, detailed) : model.targets;
  const hidden = model.targets.slice(shown.length);
  const confirm: CardActionData = {
    steward: { verb: 'confirm', planId: model.planId, actionId: model.actionId, targets: [...model.targetKeys] },
  };
  const cancel: CardActionData = { steward: { verb: 'cancel', planId: model.planId, actionId: model.actionId } };
  const requestApproval: CardActionData = { steward: { ...confirm.steward, verb: 'approval.request' } };
  const parameters = model.parameters ?? [];
  return {
    title: model.title,
    destructive: model.destructive,
    warning: '⚠ This change is destructive. Check every target below before you confirm.',
    summary: model.summary,
    notices: (model.notices ?? []).map((n) => `ℹ ${n}`),
    hasParameters: parameters.length > 0,
    parameters: parameters.map((p) => ({ label: p.label, value: p.value })),
    targetsHeading: model.targets.length === 0 ? 'No targets' : `Will change ${plural(model.targets.length, 'target')}`,
    targets: shown.map(targetView),
    hasMore: hidden.length > 0,
    moreTitle: `…and ${hidden.length} more`,
    moreLines: hiddenSummary(hidden),
    moreWarnings: hiddenWarnings(hidden),
    needsApproval: Boolean(model.approval),
    approvalNote: model.approval ? `🔒 This needs approval before it runs: ${model.approval.reason}.` : '',
    buttons: [
      model.approval
        ? { title: 'Request approval', style: 'positive', data: requestApproval, associatedInputs: 'auto' }
        : { title: 'Confirm', style: model.destructive ? 'destructive' : 'positive', data: confirm, associatedInputs: 'none' },
      { title: 'Cancel', style: null, data: cancel, associatedInputs: 'none' },
    ],
  };
}

function targetView(target: ConfirmTargetModel): TargetView {
  const items = target.items ?? [];
  return {
    display: target.display,
    hasDetail: Boolean(target.detail),
    detail: target.detail ?? '',
    hasScope: Boolean(target.scope),
    scope: target.scope ? `Scope: ${target.scope}` : '',
    changes: target.changes.map(changeView),
    items: items.map((i) => `• ${i}`),
    warnings: (target.warnings ?? []).map((w) => `⚠ ${w}`),
    noChanges: target.changes.length === 0 && items.length === 0,
  };
}

/** What the collapsed targets have in common: who they are, and which changes (with counts). */
function hiddenSummary(hidden: readonly ConfirmTargetModel[]): string[] {
  if (hidden.length === 0) return [];
  const lines: string[] = [];
  const names = hidden.slice(0, SUMMARY_NAMES).map((t) => truncate(t.display, 60));
  const rest = hidden.length - names.length;
  lines.push(`${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}.`);

  const byLabel = new Map<string, { count: number; afters: Set<string> }>();
  for (const target of hidden) {
    for (const change of target.changes) {
      const entry = byLabel.get(change.label) ?? { count: 0, afters: new Set<string>() };
      entry.count++;
      entry.afters.add(change.after);
      byLabel.set(change.label, entry);
    }
  }
  for (const [label, { count, afters }] of byLabel) {
    const on = count === hidden.length ? `all ${hidden.length}` : `${count} of ${hidden.length}`;
    const after = afters.size === 1 ? ` → ${truncate(orEmpty([...afters][0]), 80)}` : ' changes';
    lines.push(`${truncate(label, 60)}${after} (${on})`);
  }
  const itemCount = hidden.reduce((n, t) => n + (t.items?.length ?? 0), 0);
  if (itemCount > 0) lines.push(`${plural(itemCount, 'more item')} affected.`);
  const scopes = new Set(hidden.map((t) => t.scope).filter((s): s is string => Boolean(s)));
  if (scopes.size > 0) lines.push(`Scope: ${[...scopes].slice(0, 5).map((s) => truncate(s, 60)).join(', ')}${scopes.size > 5 ? ', …' : ''}`);
  return lines;
}

/** Warnings of collapsed targets are never dropped silently: distinct texts, with counts. */
function hiddenWarnings(hidden: readonly ConfirmTargetModel[]): string[] {
  const counts = new Map<string, number>();
  for (const target of hidden) for (const w of target.warnings ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const lines = [...counts].slice(0, 5).map(([w, n]) => `⚠ ${truncate(w, 160)}${n > 1 ? ` (${n} targets)` : ''}`);
  if (counts.size > 5) lines.push(`⚠ ${plural(counts.size - 5, 'other warning')}.`);
  return lines;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function orEmpty(value: string | undefined): string {
  return value === undefined || value.trim() === '' ? '—' : value;
}
