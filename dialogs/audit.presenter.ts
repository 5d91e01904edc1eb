import type { AuditPage, AuditQueryRequest } from '../actions/governance/audit-query.service';
import type { AuditEntry } from '../actions/ports';
import type { AuditCardModel, AuditRowModel, CardActionData, SessionFooterModel } from '../cards/card.types';

/** Audit pages → card view models. Wording only: what a row means is decided in actions/. */

/** Titles of Steward's own audited steps (actions have titles in the catalog). */
const STEWARD_TITLES: Record<string, string> = {
  'steward.session-on': 'Turn on management session',
  'steward.session-auto-on': 'Management session auto-enabled',
  'steward.session-off': 'Turn off management session',
  'steward.session-auto-enable': 'Change auto-enable',
  'steward.audit': 'Read the audit log',
  'steward.audit-export': 'Export the audit log',
};

export function auditRow(entry: AuditEntry, titleOf: (actionId: string) => string | undefined): AuditRowModel {
  const kindPrefix = entry.kind === 'cancel' ? 'Cancel: ' : '';
  return {
    time: entry.time,
    operator: entry.operator.upn ?? entry.operator.id,
    action: `${kindPrefix}${titleOf(entry.actionId) ?? STEWARD_TITLES[entry.actionId] ?? entry.actionId}`,
    targets: entry.targets.map((t) => t.display).join(', '),
    outcome: entry.outcome,
    errorCode: entry.error?.code,
    message: entry.error?.message ?? entry.targets.map((t) => t.message).filter(Boolean).join('; '),
    correlationId: entry.correlationId,
  };
}

/** The Export CSV button repeats the query with absolute times, so a later click exports the same window. */
export function auditExportData(page: AuditPage, request: AuditQueryRequest): CardActionData {
  const audit: AuditQueryRequest = {
    target: request.target,
    operator: request.operator,
    since: page.query.filter.since,
    until: page.query.filter.until,
  };
  return { steward: { verb: 'audit-export' }, audit: JSON.parse(JSON.stringify(audit)) as Record<string, unknown> };
}

export function auditCardModel(
  page: AuditPage,
  request: AuditQueryRequest,
  titleOf: (actionId: string) => string | undefined,
  footer: SessionFooterModel,
): AuditCardModel {
  return {
    description: page.query.description,
    rows: page.entries.map((e) => auditRow(e, titleOf)),
    more: page.more,
    exportData: auditExportData(page, request),
    footer,
  };
}
