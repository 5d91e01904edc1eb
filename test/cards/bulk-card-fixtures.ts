import type { BulkCounts, BulkJobView, BulkRowProblem } from '../../actions/bulk/bulk-job.types';

/** A realistic bulk job (Contoso, block sign-in for a department) for the bulk card and updater tests. */

export const JOB_ID = '5d0c2f8e-1a7b-4c3d-9e6f-2b8a4c1d7e90';

export function counts(extra: Partial<BulkCounts> = {}): BulkCounts {
  const base = { succeeded: 0, failed: 0, skipped: 0, cancelled: 0, ...extra };
  const total = extra.total ?? 1000;
  const remaining = extra.remaining ?? total - base.succeeded - base.failed - base.skipped - base.cancelled;
  return { ...base, total, remaining };
}

export const PROBLEMS: BulkRowProblem[] = [
  { line: 4, target: 'jane', reason: 'invalid', message: 'Line 4: "jane" is neither a user principal name (name@contoso.com) nor an object id (a GUID). Correct it, or delete the row.' },
  { line: 9, target: 'nobody@contoso.com', reason: 'not-found', message: 'Line 9: no user nobody@contoso.com in the directory.' },
  { line: 12, target: 'ceo@contoso.com', reason: 'out-of-scope', message: 'Line 12: ceo@contoso.com is outside the users you manage.' },
];

export function jobView(extra: Partial<BulkJobView> = {}): BulkJobView {
  return {
    id: JOB_ID,
    tenantId: 'contoso-tenant',
    actionId: 'user.set-sign-in-status',
    actionTitle: 'Block or unblock sign-in',
    status: 'running',
    counts: counts({ succeeded: 600, failed: 40 }),
    rate: 12.4,
    etaSeconds: 29,
    createdAt: '2026-11-23T13:00:00.000Z',
    startedAt: '2026-11-23T13:00:05.000Z',
    createdBy: 'helpdesk@contoso.com',
    conversation: {
      conversationId: 'a:1ktMfOkUqtyhd4ub9GhZwaOd',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      tenantId: 'contoso-tenant',
      operatorObjectId: 'op-1',
    },
    problems: [],
    ...extra,
  };
}
