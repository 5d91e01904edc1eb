import type { z } from 'zod';
import type { ActionContext, AnyAction, Secret, TargetOutcome, TargetPreview } from './define-action';
import type { DirectoryUser } from './directory.types';
import { isStewardError, StewardError } from './errors';
import type { OperatorResolver } from './governance/operator.resolver';
import { rolesGrant, type Operator } from './governance/roles';
import type { ScopeGuard } from './governance/scope.guard';
import type { Logger } from './logger.types';
import type { AuditEntry, AuditStore, PlanDoc, PlanStore, PlanTarget, TenantConnector } from './ports';
import type { ActionRegistry } from './registry';
import type { ManagementSessionService, SessionView } from './session/management-session.service';

/** Who is asking, from where. Every entry point (chat, card click, approval, bulk) builds one. */
export interface Caller {
  tenantId: string;
  operatorObjectId: string | undefined;
  correlationId: string;
  entry: 'chat' | 'card';
}

export type InputCheck =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; missing: string[]; errors: Record<string, string> };

export type TargetResolution =
  | { kind: 'found'; user: DirectoryUser }
  | { kind: 'ambiguous'; text: string; candidates: DirectoryUser[] }
  | { kind: 'none'; text: string };

export interface PreparedTarget {
  user: DirectoryUser;
  scope: string;
  preview: TargetPreview;
}

export interface Prepared {
  plan: PlanDoc;
  action: AnyAction;
  operator: Operator;
  targets: PreparedTarget[];
  summary: string;
  parameters: { label: string; value: string }[];
  notices: string[];
  session: SessionView;
}

export interface ExecutedTarget {
  target: PlanTarget;
  outcome: TargetOutcome;
}

export interface Executed {
  plan: PlanDoc;
  action: AnyAction;
  outcome: 'succeeded' | 'partial' | 'failed';
  targets: ExecutedTarget[];
  /** Shown once in the operator's 1:1 chat, never stored. */
  secrets: Secret[];
  session: SessionView;
  durationMs: number;
}

export interface ActionEngineDeps {
  registry: ActionRegistry;
  operators: OperatorResolver;
  sessions: ManagementSessionService;
  connector: TenantConnector;
  scope: ScopeGuard;
  plans: PlanStore;
  audit: AuditStore;
  clock: () => Date;
  newId: () => string;
  randomBytes: (size: number) => Buffer;
  logger: Logger;
  /** How long a confirm card stays valid. */
  planTtlMs: number;
  /** Targets run at once within one request. */
  concurrency: number;
}

const REDACTED = '[redacted]';
const MAX_CANDIDATES = 10;

/**
 * The one path every management action takes: validate → authorize role → check scope → ensure
 * session → preview (stored as a plan) → on confirmation re-check everything → run → audit.
 * Entry points never call an action's run() themselves.
 */
export class ActionEngine {
  constructor(private readonly deps: ActionEngineDeps) {}

  get registry(): ActionRegistry {
    return this.deps.registry;
  }

  async operator(caller: Caller): Promise<Operator> {
    return this.deps.operators.resolve(caller.tenantId, caller.operatorObjectId);
  }

  /** Actions this operator may run, for help. */
  async allowedActions(caller: Caller): Promise<{ operator: Operator; actions: AnyAction[] }> {
    const operator = await this.operator(caller);
    const actions = this.deps.registry.list().filter((a) => rolesGrant(operator.roles, a.permission));
    return { operator, actions };
  }

  /** Refuses early (before any tenant read) when the operator's role does not allow the action. */
  async authorize(caller: Caller, actionId: string): Promise<{ operator: Operator; action: AnyAction }> {
    return this.audited(caller, actionId, [], {}, async () => {
      const action = this.deps.registry.get(actionId);
      const operator = await this.operator(caller);
      this.assertRole(operator, action);
      return { operator, action };
    });
  }

  checkInput(actionId: string, params: Record<string, unknown>): InputCheck {
    const action = this.deps.registry.get(actionId);
    const parsed = action.input.safeParse(params);
    if (parsed.success) {
      const errors = action.check?.(parsed.data) ?? {};
      if (Object.keys(errors).length === 0) return { ok: true, value: parsed.data as Record<string, unknown> };
      return { ok: false, missing: [], errors };
    }
    const missing: string[] = [];
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (issue.code === 'invalid_type' && issue.received === 'undefined') missing.push(key);
      else errors[key] = issue.message;
    }
    return { ok: false, missing, errors };
  }

  /** Finds the user a chat line names: UPN, mail or display name. Read-only; needs no session. */
  async resolveTarget(caller: Caller, text: string): Promise<TargetResolution> {
    const directory = await this.deps.connector.directory(caller.tenantId);
    const users = await directory.findUsers(text, { top: MAX_CANDIDATES });
    const lowered = text.trim().toLowerCase();
    const exact = users.filter(
      (u) =>
        u.userPrincipalName.toLowerCase() === lowered ||
        (u.mail ?? '').toLowerCase() === lowered ||
        u.id.toLowerCase() === lowered ||
        u.displayName.toLowerCase() === lowered,
    );
    if (exact.length === 1) return { kind: 'found', user: exact[0] };
    if (users.length === 1) return { kind: 'found', user: users[0] };
    if (users.length === 0) return { kind: 'none', text };
    return { kind: 'ambiguous', text, candidates: exact.length > 1 ? exact : users };
  }

  /**
   * Checks everything, previews each target and stores the plan the confirm card points at.
   * Nothing in the tenant changes here.
   */
  async prepare(
    caller: Caller,
    request: { actionId: string; targetIds: string[]; params: Record<string, unknown> },
  ): Promise<Prepared> {
    return this.audited(caller, request.actionId, request.targetIds.map((id) => ({ id, display: id })), request.params, async () => {
      const action = this.deps.registry.get(request.actionId);
      const operator = await this.operator(caller);
      this.assertRole(operator, action);
      const input = this.parseInput(action, request.params);
      if (request.targetIds.length === 0) {
        throw new StewardError('VALIDATION_FAILED', `"${action.title}" needs at least one user.`, {
          hint: 'Name the user by UPN, e.g. "jane@contoso.com".',
        });
      }
      if (request.targetIds.length > 1 && !action.bulk) {
        throw new StewardError('VALIDATION_FAILED', `"${action.title}" works on one user at a time.`, {
          hint: 'Run it once per user.',
        });
      }
      const { view, notice } = await this.deps.sessions.ensureForAction(caller.tenantId, operator, caller.correlationId);
      const ctx = await this.context(caller, operator);
      const users = await this.loadTargets(ctx, request.targetIds);
      const scopes = await this.assertScope(operator, users);
      const previews = await mapBounded(users, this.deps.concurrency, (u) => action.preview(ctx, u, input));
      const now = this.deps.clock();
      const plan: PlanDoc = {
        id: this.deps.newId(),
        tenantId: caller.tenantId,
        operatorId: operator.objectId,
        actionId: action.id,
        targets: users.map((u) => ({ id: u.id, display: u.displayName, upn: u.userPrincipalName })),
        input,
        correlationId: caller.correlationId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + this.deps.planTtlMs).toISOString(),
        status: 'pending',
      };
      await this.deps.plans.create(plan);
      return {
        plan,
        action,
        operator,
        targets: users.map((user, i) => ({ user, scope: scopes[i], preview: previews[i] })),
        summary: action.summarize(input, users),
        parameters: action.describeInput?.(input) ?? [],
        notices: notice ? [notice] : [],
        session: view,
      };
    });
  }

  /**
   * Runs a confirmed plan. The card's echo of action and targets must match the stored plan (card
   * payloads come from a client and are never trusted); the plan runs at most once.
   */
  async execute(
    caller: Caller,
    request: { planId: string; actionId?: string; targetIds?: string[] },
  ): Promise<Executed> {
    const started = this.deps.clock();
    return this.audited(
      caller,
      request.actionId ?? 'unknown',
      (request.targetIds ?? []).map((id) => ({ id, display: id })),
      {},
      async () => {
        const operator = await this.operator(caller);
        const plan = await this.claimPlan(caller, operator, request);
        const action = this.deps.registry.get(plan.actionId);
        this.assertRole(operator, action);
        const input = this.parseInput(action, plan.input);
        await this.deps.sessions.ensureForAction(caller.tenantId, operator, caller.correlationId);
        const ctx = await this.context(caller, operator);
        const users = await this.loadTargets(ctx, plan.targets.map((t) => t.id));
        await this.assertScope(operator, users);
        const outcomes = await mapBounded(users, this.deps.concurrency, (u) => this.runOne(ctx, action, u, input));
        const session = await this.deps.sessions.touch(caller.tenantId, operator);
        const targets = plan.targets.map((target, i) => ({ target, outcome: outcomes[i] }));
        const failed = outcomes.filter((o) => o.outcome === 'failed').length;
        const outcome: Executed['outcome'] = failed === 0 ? 'succeeded' : failed === outcomes.length ? 'failed' : 'partial';
        const finished = this.deps.clock();
        await this.deps.plans
          .get(caller.tenantId, plan.id)
          .then((p) => (p ? this.deps.plans.replace({ ...p.doc, status: 'done' }, p.etag) : null));
        await this.deps.audit.append({
          ...this.auditBase(caller, operator, action.id),
          kind: 'action',
          targets: targets.map((t) => ({
            id: t.target.id,
            display: t.target.upn,
            outcome: t.outcome.outcome,
            message: t.outcome.message,
            details: t.outcome.audit,
          })),
          parameters: redact(action, plan.input),
          outcome,
          timings: { startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime() },
        });
        return {
          plan,
          action,
          outcome,
          targets,
          secrets: outcomes.flatMap((o) => o.secrets ?? []),
          session,
          durationMs: finished.getTime() - started.getTime(),
        } satisfies Executed;
      },
    );
  }

  /** Cancels a pending plan so its Confirm button can no longer run it. */
  async cancel(caller: Caller, request: { planId?: string; actionId?: string }): Promise<void> {
    const operator = await this.operator(caller);
    if (request.planId) {
      const stored = await this.deps.plans.get(caller.tenantId, request.planId);
      if (stored && stored.doc.status === 'pending' && stored.doc.operatorId === operator.objectId) {
        await this.deps.plans.replace({ ...stored.doc, status: 'cancelled' }, stored.etag);
      }
    }
    await this.deps.audit.append({
      ...this.auditBase(caller, operator, request.actionId ?? 'unknown'),
      kind: 'cancel',
      targets: [],
      parameters: {},
      outcome: 'cancelled',
    });
  }

  private async runOne(ctx: ActionContext, action: AnyAction, user: DirectoryUser, input: z.infer<z.AnyZodObject>): Promise<TargetOutcome> {
    try {
      return await action.run(ctx, user, input);
    } catch (e) {
      ctx.logger.warn({ actionId: action.id, target: user.id, err: errorText(e) }, 'action failed for a target');
      return { outcome: 'failed', message: friendlyFailure(e) };
    }
  }

  private async claimPlan(
    caller: Caller,
    operator: Operator,
    request: { planId: string; actionId?: string; targetIds?: string[] },
  ): Promise<PlanDoc> {
    const stored = await this.deps.plans.get(caller.tenantId, request.planId);
    if (!stored) {
      throw new StewardError('PLAN_NOT_FOUND', 'This confirmation is not known: nothing was changed.', {
        hint: 'Ask again to get a fresh confirmation card.',
      });
    }
    const plan = stored.doc;
    const echoedTargets = request.targetIds ? [...request.targetIds].sort() : undefined;
    const planTargets = plan.targets.map((t) => t.id).sort();
    const mismatch =
      plan.operatorId !== operator.objectId ||
      (request.actionId !== undefined && request.actionId !== plan.actionId) ||
      (echoedTargets !== undefined && JSON.stringify(echoedTargets) !== JSON.stringify(planTargets));
    if (mismatch) {
      throw new StewardError('PLAN_MISMATCH', 'This confirmation does not match what was previewed, so nothing was changed.', {
        hint: 'Ask again and confirm from the card Steward sends you.',
        details: { planId: plan.id },
      });
    }
    if (plan.status === 'cancelled') {
      throw new StewardError('PLAN_USED', 'This request was cancelled: nothing was changed.', { hint: 'Ask again to start over.' });
    }
    if (plan.status !== 'pending') {
      throw new StewardError('PLAN_USED', 'This confirmation was already used: the action ran once and will not run again.', {
        hint: 'Ask again if you want to repeat it.',
      });
    }
    if (Date.parse(plan.expiresAt) <= this.deps.clock().getTime()) {
      throw new StewardError('PLAN_EXPIRED', 'This confirmation has expired: nothing was changed.', {
        hint: 'Ask again to get a fresh preview.',
      });
    }
    const claimed = await this.deps.plans.replace({ ...plan, status: 'running' }, stored.etag);
    if (!claimed) {
      throw new StewardError('PLAN_USED', 'This confirmation is already being run.', {
        hint: 'Wait for its result card.',
      });
    }
    return claimed.doc;
  }

  private assertRole(operator: Operator, action: AnyAction): void {
    if (!rolesGrant(operator.roles, action.permission)) {
      throw new StewardError('ROLE_DENIED', `Your role (${operator.roles.join(', ')}) may not run "${action.title}".`, {
        hint: 'Type "help" to see what you may do, or ask a Tenant Admin for a role that allows it.',
      });
    }
  }

  private parseInput(action: AnyAction, params: Record<string, unknown>): Record<string, unknown> {
    const parsed = action.input.safeParse(params);
    if (!parsed.success) {
      const what = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
      throw new StewardError('VALIDATION_FAILED', `The input for "${action.title}" is not valid (${what}).`, {
        hint: 'Correct the values and try again.',
      });
    }
    const problems = Object.entries(action.check?.(parsed.data) ?? {});
    if (problems.length > 0) {
      throw new StewardError('VALIDATION_FAILED', `The input for "${action.title}" is not valid (${problems.map(([k, m]) => `${k}: ${m}`).join('; ')}).`, {
        hint: 'Correct the values and try again.',
      });
    }
    return parsed.data as Record<string, unknown>;
  }

  private async loadTargets(ctx: ActionContext, ids: string[]): Promise<DirectoryUser[]> {
    const unique = [...new Set(ids)];
    const users = await mapBounded(unique, this.deps.concurrency, (id) => ctx.directory.getUser(id));
    const missing = unique.filter((_, i) => !users[i]);
    if (missing.length > 0) {
      throw new StewardError('TARGET_NOT_FOUND', `No user matches ${missing.map((m) => `"${m}"`).join(', ')}.`, {
        hint: 'Check the spelling, or use the user principal name (e.g. jane@contoso.com).',
        details: { missing },
      });
    }
    return users as DirectoryUser[];
  }

  private async assertScope(operator: Operator, users: DirectoryUser[]): Promise<string[]> {
    const decisions = await Promise.all(users.map((u) => this.deps.scope.check(operator, u)));
    const denied = users.filter((_, i) => !decisions[i].allowed);
    if (denied.length > 0) {
      throw new StewardError('SCOPE_DENIED', `${denied.map((u) => u.userPrincipalName).join(', ')} ${denied.length === 1 ? 'is' : 'are'} outside the users you manage.`, {
        hint: 'Ask a Tenant Admin to widen your virtual tenant, or ask an operator who manages them.',
      });
    }
    return decisions.map((d) => d.scope);
  }

  private async context(caller: Caller, operator: Operator): Promise<ActionContext> {
    return {
      tenantId: caller.tenantId,
      operator,
      correlationId: caller.correlationId,
      directory: await this.deps.connector.directory(caller.tenantId),
      now: this.deps.clock,
      randomBytes: this.deps.randomBytes,
      logger: this.deps.logger.child({ correlationId: caller.correlationId }),
    };
  }

  private auditBase(caller: Caller, operator: Operator | undefined, actionId: string) {
    return {
      id: this.deps.newId(),
      tenantId: caller.tenantId,
      time: this.deps.clock().toISOString(),
      correlationId: caller.correlationId,
      operator: { id: operator?.objectId ?? caller.operatorObjectId ?? 'unknown', upn: operator?.userPrincipalName },
      actionId,
      entry: caller.entry,
    } satisfies Partial<AuditEntry>;
  }

  /** Runs a step and writes a refusal audit entry when it is refused. */
  private async audited<T>(
    caller: Caller,
    actionId: string,
    targets: AuditEntry['targets'],
    params: Record<string, unknown>,
    step: () => Promise<T>,
  ): Promise<T> {
    try {
      return await step();
    } catch (e) {
      if (isStewardError(e)) {
        const action = this.deps.registry.has(actionId) ? this.deps.registry.get(actionId) : undefined;
        await this.deps.audit
          .append({
            ...this.auditBase(caller, undefined, actionId),
            kind: 'refusal',
            targets,
            parameters: action ? redact(action, params) : {},
            outcome: 'refused',
            error: { code: e.code, message: e.message },
          })
          .catch((err) => this.deps.logger.error({ err: errorText(err) }, 'audit write failed'));
      }
      throw e;
    }
  }
}

/** Replaces secret parameters by a marker so audit and logs never hold them. */
export function redact(action: AnyAction, params: Record<string, unknown>): Record<string, unknown> {
  const secret = new Set(action.secretParams ?? []);
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, secret.has(k) && v !== undefined ? REDACTED : v]));
}

async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Backend errors carry Graph's message, which is meant for admins: pass it on, plainly. */
function friendlyFailure(e: unknown): string {
  if (isStewardError(e)) return e.message;
  if (e instanceof Error && e.message) return `The tenant refused the change: ${e.message}`;
  return 'The tenant refused the change for an unknown reason.';
}
