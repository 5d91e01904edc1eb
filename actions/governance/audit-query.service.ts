import type { Caller } from '../engine';
import { isStewardError, StewardError } from '../errors';
import type { Logger } from '../logger.types';
import type { AuditEntry, AuditFilter, AuditStore, OperatorStore, TenantConnector } from '../ports';
import type { Operator, Role } from './roles';

/**
 * Reading the audit log: who may, and what "audit jane@contoso.com", "audit by helpdesk@contoso.com",
 * "audit last 20" or a time range mean as a stored query. Chat, the card's Export button and the CSV
 * download all come through here, so the read rule and the meaning of a filter live in one place.
 */

/** Tenant Admins and Audit operators read the audit log; the rule moves to the permission service when it exists. */
export function mayReadAudit(roles: readonly Role[]): boolean {
  return roles.includes('TenantAdmin') || roles.includes('Audit');
}

/** A query as the operator stated it (chat text, card data). */
export interface AuditQueryRequest {
  /** The user the entries are about: UPN, object id or display name. */
  target?: string;
  /** The operator who acted: UPN, object id or display name. */
  operator?: string;
  /** ISO date or time, inclusive. */
  since?: string;
  /** ISO date (that whole day included) or time (exclusive). */
  until?: string;
  /** Only the last N days. */
  days?: number;
  /** How many entries, newest first. */
  limit?: number;
}

/** A query with every name resolved: what an export link stores. */
export interface ResolvedAuditQuery {
  filter: AuditFilter;
  limit: number;
  /** For card titles and the export's audit entry: "about Jane Doe (jane@contoso.com), by …". */
  description: string;
}

export interface AuditPage {
  reader: Operator;
  query: ResolvedAuditQuery;
  /** Newest first. */
  entries: AuditEntry[];
  /** More entries match beyond the limit. */
  more: boolean;
}

export interface AuditQueryServiceDeps {
  audit: AuditStore;
  /** Finds the operator behind a caller (the engine's OperatorResolver). */
  operators: { resolve(tenantId: string, objectId: string | undefined): Promise<Operator> };
  /** Registered operators, to show a UPN where an entry only kept the object id (early refusals). */
  operatorList?: Pick<OperatorStore, 'list'>;
  connector: TenantConnector;
  clock: () => Date;
  newId: () => string;
  logger: Logger;
  /** Who may read the audit log; default mayReadAudit on the operator's roles. */
  mayRead?: (operator: Operator) => boolean | Promise<boolean>;
}

export const AUDIT_DEFAULT_LIMIT = 20;
/** The most entries one chat query returns. */
export const AUDIT_MAX_LIMIT = 200;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const MAX_CANDIDATES = 10;

export class AuditQueryService {
  constructor(private readonly deps: AuditQueryServiceDeps) {}

  /** The reading operator, or ROLE_DENIED (audited as a refusal) for anyone else. */
  async authorize(caller: Caller, actionId = 'steward.audit', parameters: Record<string, unknown> = {}): Promise<Operator> {
    let upn: string | undefined;
    return this.audited(caller, actionId, parameters, async () => {
      const operator = await this.deps.operators.resolve(caller.tenantId, caller.operatorObjectId);
      upn = operator.userPrincipalName;
      await this.assertMayRead(operator);
      return operator;
    }, () => upn);
  }

  /** Whether this (already resolved) operator may still read the audit log: a download re-checks it. */
  async mayRead(operator: Operator): Promise<boolean> {
    return this.deps.mayRead ? this.deps.mayRead(operator) : mayReadAudit(operator.roles);
  }

  /** Entries matching the request, newest first. */
  async query(caller: Caller, request: AuditQueryRequest): Promise<AuditPage> {
    const parameters = requestParameters(request);
    const reader = await this.authorize(caller, 'steward.audit', parameters);
    const query = await this.audited(caller, 'steward.audit', parameters, () =>
      this.resolve(caller.tenantId, request, { defaultLimit: AUDIT_DEFAULT_LIMIT, maxLimit: AUDIT_MAX_LIMIT }),
    );
    const found = await this.read(caller.tenantId, query, query.limit + 1);
    return { reader, query, entries: found.slice(0, query.limit), more: found.length > query.limit };
  }

  /** Runs a resolved query (an export link's) as stored. */
  async read(tenantId: string, query: ResolvedAuditQuery, limit = query.limit): Promise<AuditEntry[]> {
    const entries = await this.deps.audit.query(tenantId, { ...query.filter, limit });
    return this.withOperatorUpns(tenantId, entries);
  }

  /** Refusals recorded before the operator was known carry only the object id; name them for the reader. */
  private async withOperatorUpns(tenantId: string, entries: AuditEntry[]): Promise<AuditEntry[]> {
    if (!this.deps.operatorList || entries.every((e) => e.operator.upn)) return entries;
    const operators = await this.deps.operatorList.list(tenantId).catch(() => []);
    const upns = new Map(operators.map((o) => [o.objectId, o.userPrincipalName]));
    return entries.map((e) => (e.operator.upn || !upns.has(e.operator.id) ? e : { ...e, operator: { ...e.operator, upn: upns.get(e.operator.id) } }));
  }

  /**
   * Turns names into the object ids and UPNs the entries carry. A UPN or object id is used as typed
   * as well, so the history of a user deleted since is still found; a display name must match one user.
   */
  async resolve(tenantId: string, request: AuditQueryRequest, limits: { defaultLimit: number; maxLimit: number }): Promise<ResolvedAuditQuery> {
    const filter: AuditFilter = {};
    const described: string[] = [];
    if (request.target?.trim()) {
      const who = await this.resolveUser(tenantId, request.target);
      filter.targets = who.keys;
      described.push(`about ${who.label}`);
    }
    if (request.operator?.trim()) {
      const who = await this.resolveUser(tenantId, request.operator);
      filter.operators = who.keys;
      described.push(`by ${who.label}`);
    }
    const now = this.deps.clock();
    const since = request.days !== undefined ? this.daysAgo(now, request.days) : parseTime(request.since, 'since');
    const until = parseTime(request.until, 'until');
    if (since) {
      filter.since = since.toISOString();
      described.push(request.days !== undefined ? `in the last ${request.days} ${request.days === 1 ? 'day' : 'days'}` : `since ${shortTime(since)}`);
    }
    if (until) {
      filter.until = until.toISOString();
      const day = request.until?.trim() ?? '';
      described.push(DATE_ONLY.test(day) ? `until ${day}` : `before ${shortTime(until)}`);
    }
    const requested = request.limit === undefined || !Number.isFinite(request.limit) ? limits.defaultLimit : Math.floor(request.limit);
    if (requested < 1) {
      throw new StewardError('VALIDATION_FAILED', 'Ask for at least one audit entry.', { hint: 'For example: "audit last 20".' });
    }
    return { filter, limit: Math.min(requested, limits.maxLimit), description: described.join(', ') };
  }

  private daysAgo(now: Date, days: number): Date {
    if (!Number.isFinite(days) || days <= 0) {
      throw new StewardError('VALIDATION_FAILED', 'The number of days must be a positive number.', { hint: 'For example: "audit last 7 days".' });
    }
    return new Date(now.getTime() - days * DAY_MS);
  }

  private async resolveUser(tenantId: string, text: string): Promise<{ keys: string[]; label: string }> {
    const typed = text.trim();
    if (GUID.test(typed) || typed.includes('@')) {
      const user = await this.deps.connector
        .directory(tenantId)
        .then((d) => d.getUser(typed))
        .catch((e) => {
          this.deps.logger.debug({ err: String(e) }, 'audit: directory lookup failed; using the identifier as typed');
          return null;
        });
      const keys = unique([typed, ...(user ? [user.id, user.userPrincipalName] : [])]);
      return { keys, label: user ? `${user.displayName} (${user.userPrincipalName})` : typed };
    }
    const directory = await this.deps.connector.directory(tenantId);
    const users = await directory.findUsers(typed, { top: MAX_CANDIDATES });
    const exact = users.filter((u) => u.displayName.toLowerCase() === typed.toLowerCase());
    const user = exact.length === 1 ? exact[0] : users.length === 1 ? users[0] : undefined;
    if (user) return { keys: unique([user.id, user.userPrincipalName]), label: `${user.displayName} (${user.userPrincipalName})` };
    if (users.length === 0) {
      throw new StewardError('TARGET_NOT_FOUND', `No user matches "${typed}".`, {
        hint: 'Use the user principal name (e.g. jane@contoso.com) or the object id; both also find users deleted since.',
      });
    }
    const shown = (exact.length > 1 ? exact : users).slice(0, 5).map((u) => u.userPrincipalName);
    throw new StewardError('TARGET_AMBIGUOUS', `${users.length} users match "${typed}".`, {
      hint: `Name one by user principal name, e.g. ${shown.join(', ')}.`,
    });
  }

  private async assertMayRead(operator: Operator): Promise<void> {
    if (!(await this.mayRead(operator))) {
      throw new StewardError('ROLE_DENIED', `Your role (${operator.roles.join(', ')}) may not read the audit log.`, {
        hint: 'Tenant Admins and operators with the Audit role can. Ask a Tenant Admin for the Audit role.',
      });
    }
  }

  /** Runs a step and records a refusal when it is refused, as the engine does for actions. */
  private async audited<T>(
    caller: Caller,
    actionId: string,
    parameters: Record<string, unknown>,
    step: () => Promise<T>,
    operatorUpn: () => string | undefined = () => undefined,
  ): Promise<T> {
    try {
      return await step();
    } catch (e) {
      if (isStewardError(e)) {
        await this.deps.audit
          .append({
            id: this.deps.newId(),
            tenantId: caller.tenantId,
            time: this.deps.clock().toISOString(),
            correlationId: caller.correlationId,
            kind: 'refusal',
            operator: { id: caller.operatorObjectId ?? 'unknown', upn: operatorUpn() },
            actionId,
            targets: [],
            parameters,
            outcome: 'refused',
            error: { code: e.code, message: e.message },
            entry: caller.entry,
          })
          .catch((err) => this.deps.logger.error({ err: String(err) }, 'audit write failed'));
      }
      throw e;
    }
  }
}

/** The request as audit parameters (it holds names and dates, never secrets). */
export function requestParameters(request: AuditQueryRequest): Record<string, unknown> {
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined && v !== ''));
}

function parseTime(value: string | undefined, which: 'since' | 'until'): Date | undefined {
  if (!value?.trim()) return undefined;
  const text = value.trim();
  const ms = Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(ms)) {
    throw new StewardError('VALIDATION_FAILED', `"${text}" is not a date Steward understands.`, {
      hint: 'Write dates as YYYY-MM-DD, e.g. "audit since 2025-03-01".',
    });
  }
  // "until 2025-03-01" includes that day.
  return new Date(which === 'until' && DATE_ONLY.test(text) ? ms + DAY_MS : ms);
}

function shortTime(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.toLowerCase()))];
}
