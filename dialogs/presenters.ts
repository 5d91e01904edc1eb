import type { Executed, Prepared } from '../actions/engine';
import type { ConfirmCardModel, ResultCardModel } from '../cards/card.types';
import { footerFrom } from './dialog.services';

/** Engine results → card view models. No business rules: only wording and layout choices. */
export function confirmModel(prepared: Prepared, now: Date): ConfirmCardModel {
  return {
    planId: prepared.plan.id,
    actionId: prepared.action.id,
    title: prepared.action.title,
    summary: prepared.summary,
    destructive: prepared.action.destructive,
    notices: prepared.notices,
    parameters: prepared.parameters,
    targets: prepared.targets.map((t) => ({
      display: t.ref.display,
      detail: t.ref.detail,
      scope: t.scope,
      changes: t.preview.changes,
      items: t.preview.items,
      warnings: [...(t.preview.noop ? [t.preview.noop] : []), ...(t.preview.warnings ?? [])],
    })),
    targetKeys: prepared.plan.targets.map((t) => t.id),
    ...(prepared.approval ? { approval: { reason: prepared.approval.reason } } : {}),
    footer: footerFrom(prepared.session, now),
  };
}

export function resultModel(
  executed: Executed,
  options: { personal: boolean; correlationId: string; now: Date },
): ResultCardModel {
  const counts = { succeeded: 0, failed: 0, skipped: 0 };
  for (const t of executed.targets) counts[t.outcome.outcome]++;
  const parts = [
    counts.succeeded ? `${counts.succeeded} done` : '',
    counts.skipped ? `${counts.skipped} unchanged` : '',
    counts.failed ? `${counts.failed} failed` : '',
  ].filter(Boolean);
  return {
    title: `${executed.action.title}: ${executed.outcome === 'succeeded' ? 'done' : executed.outcome === 'partial' ? 'partly done' : 'failed'}`,
    outcome: executed.outcome,
    summary: `${parts.join(', ')} (${(executed.durationMs / 1000).toFixed(1)} s).`,
    targets: executed.targets.map((t) => ({
      display: t.target.upn && t.target.upn !== t.target.display && t.target.kind !== 'none' ? `${t.target.display} (${t.target.upn})` : t.target.display,
      outcome: t.outcome.outcome,
      message: t.outcome.message,
      changes: t.outcome.changes,
    })),
    secrets: options.personal && executed.secrets.length > 0 ? executed.secrets : undefined,
    correlationId: options.correlationId,
    footer: footerFrom(executed.session, options.now),
    ...(executed.undoId
      ? { undo: { steward: { verb: 'undo', planId: executed.undoId, actionId: executed.action.id, targets: executed.plan.targets.map((t) => t.id) } } }
      : {}),
  };
}
