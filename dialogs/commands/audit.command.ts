import type { AuditQueryRequest } from '../../actions/governance/audit-query.service';
import { buildAuditCard, buildAuditExportCard } from '../../cards';
import type { CardActionData } from '../../cards/card.types';
import type { IntentDescriptor, ParamHint } from '../../nlu/recognizer';
import { auditCardModel } from '../audit.presenter';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom, type RecognitionLike } from '../dialog.services';
import type { CardVerbDefinition, CommandContext, CommandDefinition } from './command.types';

/**
 * `audit jane@contoso.com`, `audit last 20`, `audit by helpdesk@contoso.com`, `export audit …`, and the
 * card's Export CSV button. Who may read and what a filter means live in AuditQueryService; this only
 * reads the request from the text and sends the cards. Both answer only in a 1:1 chat: the log names
 * users, and the export link works for whoever holds it.
 */

const EMAIL = '([A-Za-z0-9._%+#-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})';
const DATE = '(\\d{4}-\\d{2}-\\d{2}(?:T[0-9:.]+Z?)?)';

/** The filters either command reads from its text. */
const AUDIT_PARAMS: ParamHint[] = [
  { name: 'limit', capture: /\b(?:last|latest|newest|recent|top|first)\s+(\d{1,5})\b(?!\s*(?:days?|d)\b)/i, as: 'number' },
  {
    name: 'days',
    capture: /\b(?:last|past|previous)\s+(\d{1,4})\s+days?\b/i,
    as: 'number',
    when: [
      { pattern: /\btoday\b/i, value: 1 },
      { pattern: /\b(?:this|last|past) week\b/i, value: 7 },
      { pattern: /\b(?:this|last|past) month\b/i, value: 30 },
    ],
  },
  { name: 'since', capture: new RegExp(`\\b(?:since|from|after)\\s+${DATE}`, 'i') },
  { name: 'until', capture: new RegExp(`\\b(?:until|till|to|before)\\s+${DATE}`, 'i') },
  {
    name: 'operator',
    extract: (text) => {
      const patterns = [
        new RegExp(`\\b(?:by|operator|performed by|done by|run by)\\s+${EMAIL}`, 'i'),
        new RegExp(`\\bwhat (?:did|has) ${EMAIL} (?:do|done|change|changed)\\b`, 'i'),
      ];
      for (const p of patterns) {
        const m = p.exec(text);
        if (m) return m[1];
      }
      return undefined;
    },
  },
];

export const AUDIT_INTENT: IntentDescriptor = {
  id: 'steward.audit',
  title: 'Audit log',
  category: 'Steward',
  targets: { kinds: ['email', 'name'] },
  params: AUDIT_PARAMS,
  phrases: [
    'audit jane@contoso.com',
    'audit log for jane@contoso.com',
    'show the audit log of jane@contoso.com',
    'audit history of {name}',
    'who changed jane@contoso.com',
    'audit {name}',
    'what happened to {name}',
    'audit last 20',
    'show the last 20 audit entries',
    'recent audit entries',
    'show the audit log',
    'audit trail',
    'audit by helpdesk@contoso.com',
    'what did helpdesk@contoso.com do',
    'actions performed by helpdesk@contoso.com',
    'audit entries since 2025-03-01',
    'audit log for the last 7 days',
  ],
};

export const AUDIT_EXPORT_INTENT: IntentDescriptor = {
  id: 'steward.audit-export',
  title: 'Export the audit log',
  category: 'Steward',
  targets: { kinds: ['email', 'name'] },
  params: AUDIT_PARAMS,
  phrases: [
    'export audit',
    'export the audit log',
    'export audit for jane@contoso.com',
    'export audit by helpdesk@contoso.com',
    'download the audit log as CSV',
    'audit log CSV',
    'get a CSV of the audit trail',
    'export audit entries since 2025-03-01',
    'export the last 500 audit entries',
    'save the audit log to a spreadsheet',
  ],
};

/** What the text asks for; an operator named with "by" is not also a target. */
export function auditRequestFrom(recognition: RecognitionLike): AuditQueryRequest {
  const p = recognition.params;
  const operator = typeof p.operator === 'string' ? p.operator : undefined;
  const targets = recognition.targets.filter((t) => t.toLowerCase() !== operator?.toLowerCase());
  return clean({
    target: targets[0],
    operator,
    since: typeof p.since === 'string' ? p.since : undefined,
    until: typeof p.until === 'string' ? p.until : undefined,
    days: typeof p.days === 'number' ? p.days : undefined,
    limit: typeof p.limit === 'number' ? p.limit : undefined,
  });
}

/** The Export button's request; card data comes from the client, so only known fields of the right type pass. */
function auditRequestFromCard(data: CardActionData): AuditQueryRequest {
  const raw = (data.audit && typeof data.audit === 'object' ? data.audit : {}) as Record<string, unknown>;
  const text = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : undefined);
  const num = (k: string) => (typeof raw[k] === 'number' ? (raw[k] as number) : undefined);
  return clean({ target: text('target'), operator: text('operator'), since: text('since'), until: text('until'), days: num('days'), limit: num('limit') });
}

function clean(request: AuditQueryRequest): AuditQueryRequest {
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as AuditQueryRequest;
}

const PRIVATE_ONLY = 'The audit log is shown only in a 1:1 chat with me, because it names users and its export link works for whoever holds it. Open a chat with Steward and ask there.';

async function sendAudit({ turn, info, services }: CommandContext, request: AuditQueryRequest): Promise<void> {
  if (!info.personal) {
    await turn.sendActivity(PRIVATE_ONLY);
    return;
  }
  try {
    const page = await services.auditQuery.query(info.caller, request);
    const session = await services.sessions.status(info.caller.tenantId);
    const registry = services.engine.registry;
    const titleOf = (id: string) => (registry.has(id) ? registry.get(id).title : undefined);
    const card = buildAuditCard(auditCardModel(page, request, titleOf, footerFrom(session, services.clock())));
    await turn.sendActivity(cardActivity(card, 'Audit log'));
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

async function sendExport({ turn, info, services }: CommandContext, request: AuditQueryRequest): Promise<void> {
  if (!info.personal) {
    await turn.sendActivity(PRIVATE_ONLY);
    return;
  }
  try {
    const link = await services.auditExport.createLink(info.caller, request);
    const session = await services.sessions.status(info.caller.tenantId);
    const now = services.clock();
    const card = buildAuditExportCard({
      description: link.description,
      url: link.url,
      expiresAt: link.expiresAt.toISOString(),
      now: now.toISOString(),
      maxRows: link.maxRows,
      footer: footerFrom(session, now),
    });
    await turn.sendActivity(cardActivity(card, 'Audit export ready'));
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

export const auditCommand: CommandDefinition = {
  intent: AUDIT_INTENT,
  run: (ctx, recognition) => sendAudit(ctx, auditRequestFrom(recognition)),
};

export const auditExportCommand: CommandDefinition = {
  intent: AUDIT_EXPORT_INTENT,
  run: (ctx, recognition) => sendExport(ctx, auditRequestFrom(recognition)),
};

export const auditVerbs: CardVerbDefinition[] = [{ verb: 'audit-export', run: (ctx, data) => sendExport(ctx, auditRequestFromCard(data)) }];

export const AUDIT_HELP_LINES = [
  { example: 'audit jane@contoso.com', description: 'What was done to a user, newest first (Tenant Admin and Audit roles).' },
  { example: 'audit last 20', description: 'The latest audit entries; also "audit by helpdesk@contoso.com", "audit last 7 days".' },
  { example: 'export audit', description: 'A CSV of the audit log (same filters), as a short-lived download link.' },
];
