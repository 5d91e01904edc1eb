import type { z } from 'zod';
import type { ActionContext, AnyAction, Secret, TargetKind, TargetOutcome, TargetPreview, TargetTypes, UndoRequest } from './define-action';
import type { DirectoryUser } from './directory.types';
import { isStewardError, StewardError } from './errors';
import type { ApprovalConsent, ApprovalPolicy, PolicyDecision } from './governance/approval.types';
import type { OperatorResolver } from './governance/operator.resolver';
import type { PermissionService } from './governance/permission.service';
import type { Operator } from './governance/roles';
import type { ScopeDecision, ScopeGuard } from './governance/scope.guard';
import type { Logger } from './logger.types';
import type { AnnotationStore, AuditEntry, AuditStore, PlanApproval, PlanDoc, PlanStore, PlanTarget, TenantConnector, VirtualTenantStore } from './ports';
import type { ActionRegistry } from './registry';
import type { ManagementSessionService, SessionView } from './session/management-session.service';
import { TARGET_KINDS, targetKind, type TargetKindHandler, type TargetKindRegistry, type TargetRef } from './targets/target-kinds';

export type { TargetRef } from './targets/target-kinds';

/** A target of any kind, as the engine passes it to preview() and run() (null for 'none'). */
export type AnyTarget = TargetTypes[TargetKind];

/** Who is asking, from where. Every entry point (chat, card click, approval, bulk) builds one. */
export interface Caller {
  tenantId: string;
  operatorObjectId: string | undefined;
  correlationId: string;
  /** approval: an approved request running with its requester's operator, scope and input. */
  entry: 'chat' | 'card' | 'approval';
}

export type InputCheck =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; missing: string[]; errors: Record<string, string> };

/** A user named in chat (resolveTarget: users only, as before targets had kinds). */
export type TargetResolution =
  | { kind: 'found'; user: DirectoryUser }
  | { kind: 'ambiguous'; text: string; candidates: DirectoryUser[] }
  | { kind: 'none'; text: string };

/** A target of the action's kind named in chat; `noun` words the dialog's cards ("Which group?", "3 groups match"). */
export type KindTargetResolution =
  | { kind: 'found'; target: TargetRef; noun: string }
  | { kind: 'ambiguous'; text: string; noun: string; plural: string; candidates: TargetRef[] }
  | { kind: 'none'; text: string; noun: string }
  /** Found, but the action says it is not one of its own (a distribution list for a Microsoft 365 group action). */
  | { kind: 'misfit'; text: string; noun: string; target: TargetRef; message: string; hint: string };

type RawResolution = { kind: 'found'; item: AnyTarget } | { kind: 'ambiguous'; items: AnyTarget[] } | { kind: 'none' };

export interface PreparedTarget {
  /** How the target is shown (every kind). */
  ref: TargetRef;
  /** The loaded target (null for 'none'). */
  target: AnyTarget;
  /** Set for user targets (kept for callers written before targets had kinds). */
  user?: DirectoryUser;
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
  /** Set when the tenant's policy requires an approval before this plan may run. */
  approval?: PolicyDecision;
}

/** A bulk row as the engine takes it: 1-based line, the target's UPN or object id, per-row parameters. */
export interface BulkRowRequest {
  line: number;
  target: string;
  params?: Record<string, unknown>;
}

export type BulkRowProblemReason = 'not-found' | 'out-of-scope' | 'invalid' | 'duplicate';

/** A row after prepareBulk: either runnable (target, scope, preview, own input when it has one) or a problem. */
export interface BulkRowRunnable {
  line: number;
  text: string;
  target: AnyTarget;
  ref: TargetRef;
  scope: string;
  input?: Record<string, unknown>;
  preview?: TargetPreview;
}
export type BulkRowPrepared = BulkRowRunnable | { line: number; text: string; problem: { reason: BulkRowProblemReason; message: string } };

export interface BulkPrepared {
  action: AnyAction;
  operator: Operator;
  /** The request's parsed parameters (rows may override them with their own input). */
  input: Record<string, unknown>;
  rows: BulkRowPrepared[];
  summary: string;
  parameters: { label: string; value: string }[];
  notices: string[];
  session: SessionView;
  approval?: PolicyDecision;
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
  /** Set when the run can be undone: the id of the stored undo (the result card's Undo button). */
  undoId?: string;
}

export interface ActionEngineDeps {
  registry: ActionRegistry;
  operators: OperatorResolver;
  sessions: ManagementSessionService;
  connector: TenantConnector;
  scope: ScopeGuard;
  /** Roles and permission sets: who may run which action (help, authorize, prepare, execute). */
  permissions: PermissionService;
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
  /** The tenant's run / needs approval / forbidden rules; absent: everything runs directly. */
  policy?: ApprovalPolicy;
  /** Target kind handlers (user, group, none); defaults to the built-in ones. */
  targetKinds?: TargetKindRegistry;
  /** Steward's own tags and portal attributes, handed to actions through their context. */
  annotations: AnnotationStore;
  /** Mailbox that sends temporary passwords by mail (config MAIL_SENDER). */
  mailSender?: string;
  /** Virtual tenants, handed to actions for their licence pools. */
  virtualTenants?: Pick<VirtualTenantStore, 'list'>;
}

const REDACTED = '[redacted]';
/** How long a result card's Undo button stays usable. */
const UNDO_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_CANDIDATES = 10;
/** Users fetched for a name before out-of-scope ones are dropped, so a scoped operator still gets a full list. */
const SEARCH_POOL = 30;

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
    const actions = await this.deps.permissions.allowedActions(operator);
    return { operator, actions };
  }

  /** Refuses early (before any tenant read) when the operator's role does not allow the action. */
  async authorize(caller: Caller, actionId: string): Promise<{ operator: Operator; action: AnyAction }> {
    return this.audited(caller, actionId, [], {}, async () => {
      const action = this.deps.registry.get(actionId);
      const operator = await this.operator(caller);
      await this.assertPermitted(operator, action);
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

  /** The handler of an action's target kind (users for an unknown action id). */
  targetKindOf(actionId: string): TargetKindHandler<TargetKind> {
    const kind: TargetKind = this.deps.registry.has(actionId) ? this.deps.registry.get(actionId).target : 'user';
    return targetKind(this.deps.targetKinds ?? TARGET_KINDS, kind);
  }

  /**
   * Finds the target a chat line names (a user by UPN, mail or display name; a group by name or mail),
   * by the action's target kind. Read-only; needs no session.
   * Only targets inside the operator's scope are ever offered: a name that matches in- and out-of-scope
   * ones resolves among the in-scope ones; naming an out-of-scope one exactly is refused (SCOPE_DENIED).
   */
  async resolveTargetOfKind(caller: Caller, text: string, actionId: string): Promise<KindTargetResolution> {
    const kind = this.targetKindOf(actionId);
    const raw = await this.resolveWith(caller, text, actionId, kind);
    if (raw.kind === 'found') {
      const misfit = this.registry.has(actionId) ? this.registry.get(actionId).fits?.(raw.item as never) : undefined;
      if (misfit) return { kind: 'misfit', text, noun: kind.noun, target: kind.ref(raw.item), ...misfit };
      return { kind: 'found', target: kind.ref(raw.item), noun: kind.noun };
    }
    if (raw.kind === 'none') return { kind: 'none', text, noun: kind.noun };
    return { kind: 'ambiguous', text, noun: kind.noun, plural: kind.plural, candidates: raw.items.map((t) => kind.ref(t)) };
  }

  /** The user a chat line names (UPN, mail or display name), with the same scope rules. */
  async resolveTarget(caller: Caller, text: string, actionId = 'unknown'): Promise<TargetResolution> {
    const raw = await this.resolveWith(caller, text, actionId, targetKind(this.deps.targetKinds ?? TARGET_KINDS, 'user'));
    if (raw.kind === 'found') return { kind: 'found', user: raw.item as DirectoryUser };
    if (raw.kind === 'none') return { kind: 'none', text };
    return { kind: 'ambiguous', text, candidates: raw.items as DirectoryUser[] };
  }

  private async resolveWith(caller: Caller, text: string, actionId: string, kind: TargetKindHandler<TargetKind>): Promise<RawResolution> {
    return this.audited(caller, actionId, [{ display: text }], {}, async () => {
      const operator = await this.operator(caller);
      const directory = await this.deps.connector.directory(caller.tenantId);
      const found = await kind.find(directory, text, SEARCH_POOL);
      const lowered = text.trim().toLowerCase();
      const exact = found.filter((t) => kind.matches(t, lowered));
      const decisions = await kind.scope({ operator, guard: this.deps.scope, directory }, found);
      const idOf = (t: AnyTarget) => kind.ref(t).id;
      const inScope = new Set(found.filter((_, i) => decisions[i].allowed).map(idOf));
      const allowed = (list: AnyTarget[]) => list.filter((t) => inScope.has(idOf(t)));
      if (exact.length === 1 && !inScope.has(idOf(exact[0]))) throw this.outOfScope(kind, exact, [decisions[found.indexOf(exact[0])]]);
      if (found.length > 0 && inScope.size === 0) {
        throw new StewardError('SCOPE_DENIED', `"${text}" matches only ${kind.plural} outside the ${kind.plural} you manage. Nothing was changed.`, {
          hint: 'Check the name, or ask a Tenant Admin to widen your virtual tenants.',
        });
      }
      if (found.length === 0) return { kind: 'none' };
      if (exact.length === 1) return { kind: 'found', item: exact[0] };
      const exactAllowed = allowed(exact);
      const pool = exactAllowed.length > 0 ? exactAllowed : allowed(found);
      if (pool.length === 1) return { kind: 'found', item: pool[0] };
      return { kind: 'ambiguous', items: pool.slice(0, MAX_CANDIDATES) };
    });
  }

  /** The users among these that the caller's operator may act on (for pickers and search results). */
  async filterInScope(caller: Caller, users: readonly DirectoryUser[]): Promise<DirectoryUser[]> {
    const operator = await this.operator(caller);
    const decisions = await this.deps.scope.checkAll(operator, users);
    return users.filter((_, i) => decisions[i].allowed);
  }

  /**
   * Checks everything, previews each target and stores the plan the confirm card points at.
   * Nothing in the tenant changes here.
   */
  async prepare(
    caller: Caller,
    request: {
      actionId: string;
      targetIds: string[];
      params: Record<string, unknown>;
      /** Undo: each target's own input (wins over params). */
      targetInputs?: Record<string, Record<string, unknown>>;
      undoOf?: PlanDoc['undoOf'];
    },
  ): Promise<Prepared> {
    return this.audited(caller, request.actionId, request.targetIds.map((id) => ({ id, display: id })), request.params, async () => {
      const action = this.deps.registry.get(request.actionId);
      const operator = await this.operator(caller);
      await this.assertPermitted(operator, action);
      const input = this.parseInput(action, request.params);
      const kind = this.targetKindOf(action.id);
      if (kind.named && request.targetIds.length === 0) {
        throw new StewardError('VALIDATION_FAILED', `"${action.title}" needs at least one ${kind.noun}.`, {
          hint: `Name the ${kind.noun}, e.g. "${kind.example}".`,
        });
      }
      if (!kind.named && request.targetIds.length > 0) {
        throw new StewardError('VALIDATION_FAILED', `"${action.title}" creates its object: it takes no target.`, {
          hint: 'Give the details on the form instead.',
        });
      }
      if (request.targetIds.length > 1 && !action.bulk && !request.undoOf) {
        throw new StewardError('VALIDATION_FAILED', `"${action.title}" works on one ${kind.noun} at a time.`, {
          hint: `Run it once per ${kind.noun}.`,
        });
      }
      const policy = await this.checkPolicy(caller, operator, action, Math.max(1, new Set(request.targetIds).size));
      const { view, notice } = await this.deps.sessions.ensureForAction(caller.tenantId, operator, caller.correlationId);
      const ctx = await this.context(caller, operator);
      const users = await this.loadTargets(ctx, kind, request.targetIds);
      const scopes = await this.assertScope(ctx, kind, operator, users);
      const refs = users.map((u) => kind.ref(u));
      const targetInputs = request.targetInputs
        ? Object.fromEntries(refs.map((r) => [r.id, this.parseInput(action, request.targetInputs?.[r.id] ?? request.params)]))
        : undefined;
      const inputOf = (i: number) => targetInputs?.[refs[i].id] ?? input;
      const previews = await mapBounded(users.map((u, i) => ({ u, i })), this.deps.concurrency, ({ u, i }) => action.preview(ctx, u, inputOf(i)));
      const now = this.deps.clock();
      const distinct = new Set(Object.values(targetInputs ?? {}).map((v) => JSON.stringify(v)));
      const summary = !request.undoOf
        ? action.summarize(input, users)
        : distinct.size > 1
          ? `Undo: put ${refs.map((r) => r.label).join(', ')} back as they were before (each its own previous state).`
          : `Undo: ${action.summarize(targetInputs ? inputOf(0) : input, users)}`;
      const parameters = action.describeInput?.(input) ?? [];
      const plan: PlanDoc = {
        id: this.deps.newId(),
        tenantId: caller.tenantId,
        operatorId: operator.objectId,
        actionId: action.id,
        targets: refs.map((r) => ({ id: r.id, display: r.display, upn: r.label, ...(kind.kind === 'user' ? {} : { kind: kind.kind }) })),
        input,
        correlationId: caller.correlationId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + this.deps.planTtlMs).toISOString(),
        status: 'pending',
        ...(policy.effect === 'approval' ? { approval: { reason: policy.reason, summary, parameters } } : {}),
        ...(targetInputs ? { targetInputs } : {}),
        ...(request.undoOf ? { undoOf: request.undoOf } : {}),
      };
      await this.deps.plans.create(plan);
      return {
        plan,
        action,
        operator,
        targets: users.map((target, i) => ({
          ref: refs[i],
          target,
          ...(kind.kind === 'user' ? { user: target as DirectoryUser } : {}),
          scope: scopes[i],
          preview: previews[i],
        })),
        summary,
        parameters,
        notices: notice ? [notice] : [],
        session: view,
        ...(policy.effect === 'approval' ? { approval: policy } : {}),
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
    options: { consent?: ApprovalConsent } = {},
  ): Promise<Executed> {
    const started = this.deps.clock();
    return this.audited(
      caller,
      request.actionId ?? 'unknown',
      (request.targetIds ?? []).map((id) => ({ id, display: id })),
      {},
      async () => {
        const operator = await this.operator(caller);
        const plan = await this.claimPlan(caller, operator, request, options.consent);
        const action = this.deps.registry.get(plan.actionId);
        await this.assertPermitted(operator, action);
        const input = this.parseInput(action, plan.input);
        await this.deps.sessions.ensureForAction(caller.tenantId, operator, caller.correlationId);
        const ctx = await this.context(caller, operator);
        const kind = this.targetKindOf(action.id);
        const users = await this.loadTargets(ctx, kind, kind.named ? plan.targets.map((t) => t.id) : []);
        await this.assertScope(ctx, kind, operator, users);
        const inputs = plan.targets.map((t) => (plan.targetInputs?.[t.id] ? this.parseInput(action, plan.targetInputs[t.id]) : input));
        if (plan.undoOf) await this.claimUndo(caller, operator, plan.undoOf.undoId);
        const undoable = plan.undoOf ? undefined : action.undo;
        const runs = await mapBounded(users.map((u, i) => ({ u, i })), this.deps.concurrency, async ({ u, i }) => {
          const captured = undoable ? await undoable.capture(ctx, u, inputs[i]).catch(() => undefined) : undefined;
          const outcome = await this.runOne(ctx, action, u, inputs[i]);
          const restore = undoable && captured !== undefined && outcome.outcome === 'succeeded' ? undoable.restore(captured, inputs[i], outcome) : null;
          return { outcome, restore };
        });
        const outcomes = runs.map((r) => r.outcome);
        const session = await this.deps.sessions.touch(caller.tenantId, operator);
        const targets = plan.targets.map((target, i) => ({ target, outcome: outcomes[i] }));
        const undoId = await this.offerUndo(plan, caller.correlationId, runs.map((r, i) => ({ target: plan.targets[i], restore: r.restore })));
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
          ...(plan.undoOf ? { undoOf: plan.undoOf.correlationId } : {}),
          ...(options.consent
            ? {
                approval: {
                  requestId: options.consent.requestId,
                  event: 'ran' as const,
                  requester: { id: operator.objectId, upn: operator.userPrincipalName },
                  approver: options.consent.approver,
                  justification: options.consent.justification,
                  comment: options.consent.comment,
                },
              }
            : {}),
        });
        return {
          plan,
          action,
          outcome,
          targets,
          secrets: outcomes.flatMap((o) => o.secrets ?? []),
          session,
          durationMs: finished.getTime() - started.getTime(),
          ...(undoId ? { undoId } : {}),
        } satisfies Executed;
      },
    );
  }

  /**
   * The Undo button: previews the stored undo as a fresh plan (role, scope, session and policy checked
   * again, like any request). The undo itself is used up only when that plan runs.
   */
  async prepareUndo(caller: Caller, request: { undoId: string; targetIds?: string[] }): Promise<Prepared> {
    const stored = request.undoId ? await this.deps.plans.get(caller.tenantId, request.undoId) : null;
    const operator = await this.operator(caller);
    const undo = stored?.doc;
    const echoed = request.targetIds ? new Set(request.targetIds) : undefined;
    if (undo && echoed && undo.targets.some((t) => !echoed.has(t.id))) {
      return this.audited(caller, undo.actionId, [], {}, () =>
        Promise.reject(new StewardError('PLAN_MISMATCH', 'This undo does not match the result it was shown on, so nothing was changed.', { hint: 'Use the Undo button Steward sent you.' })),
      );
    }
    if (!undo || undo.status !== 'undo-offered' || undo.operatorId !== operator.objectId || !undo.undoOf) {
      const known = undo && undo.undoOf && undo.operatorId === operator.objectId;
      const error = known
        ? new StewardError('PLAN_USED', 'This change was already undone: an undo runs once.', { hint: 'Ask again if you want to change it back.' })
        : new StewardError('PLAN_NOT_FOUND', 'This undo is not known: nothing was changed.', { hint: 'Ask for the change you want instead.' });
      return this.audited(caller, undo?.actionId ?? 'unknown', [], {}, () => Promise.reject(error));
    }
    if (Date.parse(undo.expiresAt) <= this.deps.clock().getTime()) {
      return this.audited(caller, undo.actionId, [], {}, () =>
        Promise.reject(new StewardError('PLAN_EXPIRED', 'This undo has expired: nothing was changed.', { hint: 'Ask for the change you want instead.' })),
      );
    }
    return this.prepare(caller, {
      actionId: undo.actionId,
      targetIds: undo.targets.map((t) => t.id),
      params: undo.input,
      targetInputs: undo.targetInputs,
      undoOf: undo.undoOf,
    });
  }

  /** Stores the undo of a run (targets that succeeded and can be restored); its id, or undefined. */
  private async offerUndo(plan: PlanDoc, correlationId: string, runs: { target: PlanTarget; restore: UndoRequest | null }[]): Promise<string | undefined> {
    const restorable = runs.filter((r): r is { target: PlanTarget; restore: UndoRequest } => r.restore !== null);
    if (restorable.length === 0) return undefined;
    // One undo runs one action: targets whose undo is another action (rare) are left out.
    const actionId = restorable[0].restore.actionId;
    // Secrets are never stored: an undo that would need one is not offered.
    const secret = this.deps.registry.has(actionId) ? new Set(this.deps.registry.get(actionId).secretParams ?? []) : undefined;
    if (!secret) return undefined;
    const same = restorable.filter((r) => r.restore.actionId === actionId && Object.keys(r.restore.params).every((k) => !secret.has(k)));
    if (same.length === 0) return undefined;
    const now = this.deps.clock();
    const undo: PlanDoc = {
      id: this.deps.newId(),
      tenantId: plan.tenantId,
      operatorId: plan.operatorId,
      actionId,
      targets: same.map((r) => r.target),
      input: same[0].restore.params,
      targetInputs: Object.fromEntries(same.map((r) => [r.target.id, r.restore.params])),
      correlationId: plan.correlationId,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + UNDO_TTL_MS).toISOString(),
      status: 'undo-offered',
      undoOf: { planId: plan.id, correlationId, undoId: '' },
    };
    undo.undoOf = { planId: plan.id, correlationId, undoId: undo.id };
    try {
      await this.deps.plans.create(undo);
      return undo.id;
    } catch (e) {
      this.deps.logger.warn({ err: errorText(e) }, 'undo could not be stored');
      return undefined;
    }
  }

  /** Uses up an offered undo (at most once), just before its plan runs. */
  private async claimUndo(caller: Caller, operator: Operator, undoId: string): Promise<void> {
    const stored = await this.deps.plans.get(caller.tenantId, undoId);
    const claimed =
      stored && stored.doc.status === 'undo-offered' && stored.doc.operatorId === operator.objectId
        ? await this.deps.plans.replace({ ...stored.doc, status: 'done' }, stored.etag)
        : null;
    if (!claimed) {
      throw new StewardError('PLAN_USED', 'This change was already undone: an undo runs once.', { hint: 'Ask again if you want to change it back.' });
    }
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

  private async runOne(ctx: ActionContext, action: AnyAction, user: AnyTarget, input: z.infer<z.AnyZodObject>): Promise<TargetOutcome> {
    try {
      return await action.run(ctx, user, input);
    } catch (e) {
      ctx.logger.warn({ actionId: action.id, target: user?.id ?? 'new', err: errorText(e) }, 'action failed for a target');
      return { outcome: 'failed', message: friendlyFailure(e) };
    }
  }

  /**
   * Bulk jobs (actions/bulk/): the checks of prepare() for many rows, where a bad row is reported on its
   * own (not found, out of scope, invalid input, duplicate) instead of refusing the whole request.
   * Role, policy and session are checked once; nothing in the tenant changes here.
   */
  async prepareBulk(caller: Caller, request: { actionId: string; params: Record<string, unknown>; rows: BulkRowRequest[] }): Promise<BulkPrepared> {
    return this.audited(caller, request.actionId, [], request.params, async () => {
      const action = this.deps.registry.get(request.actionId);
      const operator = await this.operator(caller);
      await this.assertPermitted(operator, action);
      const kind = this.targetKindOf(action.id);
      if (!action.bulk || !kind.named) {
        throw new StewardError('VALIDATION_FAILED', `"${action.title}" cannot run as a bulk job: it works on one ${kind.noun} at a time.`, {
          hint: `Run it once per ${kind.noun}.`,
        });
      }
      if ((action.secretParams ?? []).length > 0) {
        throw new StewardError('VALIDATION_FAILED', `"${action.title}" takes a secret (${action.secretParams!.join(', ')}), which a bulk job would have to store: it cannot run in bulk.`, {
          hint: `Run it from chat for each ${kind.noun}: the secret is then shown once and never stored.`,
        });
      }
      const hasRowParams = request.rows.some((r) => r.params && Object.keys(r.params).length > 0);
      const input = hasRowParams ? (this.checkInput(action.id, request.params).ok ? this.parseInput(action, request.params) : request.params) : this.parseInput(action, request.params);
      const policy = await this.checkPolicy(caller, operator, action, Math.max(1, request.rows.length));
      const { view, notice } = await this.deps.sessions.ensureForAction(caller.tenantId, operator, caller.correlationId);
      const ctx = await this.context(caller, operator);
      const texts = [...new Set(request.rows.map((r) => r.target.trim()))];
      const loaded = await mapBounded(texts, Math.max(this.deps.concurrency, 8), (t) => (t ? kind.load(ctx.directory, t).catch(() => null) : Promise.resolve(null)));
      const byText = new Map(texts.map((t, i) => [t, loaded[i]]));
      const found = [...new Map(loaded.filter((t): t is NonNullable<AnyTarget> => t !== null).map((t) => [kind.ref(t).id, t])).values()];
      const decisions = await kind.scope({ operator, guard: this.deps.scope, directory: ctx.directory }, found);
      const scopeOf = new Map(found.map((t, i) => [kind.ref(t).id, decisions[i]]));
      const seen = new Set<string>();
      const rows: BulkRowPrepared[] = [];
      for (const row of request.rows) {
        const text = row.target.trim();
        const target = byText.get(text) ?? null;
        const problem = (reason: BulkRowProblemReason, message: string) => rows.push({ line: row.line, text: row.target, problem: { reason, message } });
        if (!text) {
          problem('invalid', `Line ${row.line} names no ${kind.noun}: give a UPN or an object id.`);
          continue;
        }
        if (!target) {
          problem('not-found', `No ${kind.noun} matches "${text}". Check the spelling, or use the UPN or object id (e.g. ${kind.example}).`);
          continue;
        }
        const ref = kind.ref(target);
        const decision = scopeOf.get(ref.id);
        if (!decision?.allowed) {
          problem('out-of-scope', `${ref.label} is outside the ${kind.plural} you manage${decision?.scope ? ` (${decision.scope})` : ''}: it is left out.`);
          continue;
        }
        if (seen.has(ref.id)) {
          problem('duplicate', `${ref.label} is already on an earlier line: it runs once.`);
          continue;
        }
        let rowInput: Record<string, unknown> | undefined;
        if (row.params && Object.keys(row.params).length > 0) {
          const check = this.checkInput(action.id, { ...request.params, ...row.params });
          if (!check.ok) {
            const what = [...check.missing.map((m) => `${m}: missing`), ...Object.entries(check.errors).map(([k, m]) => `${k}: ${m}`)].join('; ');
            problem('invalid', `Line ${row.line} (${ref.label}): ${what}. Correct the value in that row.`);
            continue;
          }
          rowInput = check.value;
        } else if (hasRowParams && !this.checkInput(action.id, request.params).ok) {
          problem('invalid', `Line ${row.line} (${ref.label}) gives no parameters and the request has no defaults for them.`);
          continue;
        }
        seen.add(ref.id);
        rows.push({ line: row.line, text: row.target, target, ref, scope: decision.scope, ...(rowInput ? { input: rowInput } : {}) });
      }
      const runnable = rows.filter((r): r is BulkRowRunnable => 'target' in r);
      const previews = await mapBounded(runnable, Math.max(this.deps.concurrency, 8), (r) =>
        action.preview(ctx, r.target, r.input ?? input).catch((e: unknown) => ({ changes: [], warnings: [friendlyFailure(e)] }) as TargetPreview),
      );
      runnable.forEach((r, i) => (r.preview = previews[i]));
      return {
        action,
        operator,
        input,
        rows,
        summary: runnable.length > 0 ? action.summarize(input, runnable.map((r) => r.target)) : action.title,
        parameters: action.describeInput?.(input) ?? [],
        notices: notice ? [notice] : [],
        session: view,
        ...(policy.effect === 'approval' ? { approval: policy } : {}),
      };
    });
  }

  /**
   * Bulk jobs: the context one chunk of a job runs in, for the job's operator. Role and session are
   * checked again (as execute() does); the policy too, so a forbidden rule added since stops the job,
   * and a job that needs approval runs only with the approval's consent for it (its id is the plan id).
   */
  async bulkContext(
    caller: Caller,
    request: { actionId: string; targetCount: number; jobId: string; consent?: ApprovalConsent; approvalVerified?: boolean },
  ): Promise<{ action: AnyAction; operator: Operator; ctx: ActionContext }> {
    return this.audited(caller, request.actionId, [], {}, async () => {
      const action = this.deps.registry.get(request.actionId);
      const operator = await this.operator(caller);
      await this.assertPermitted(operator, action);
      const policy = await this.checkPolicy(caller, operator, action, request.targetCount);
      if (policy.effect === 'approval' && !request.approvalVerified) {
        const asPlan = { id: request.jobId, operatorId: operator.objectId } as PlanDoc;
        if (!request.consent || !(await this.deps.policy?.confirmConsent(caller.tenantId, asPlan, request.consent))) {
          throw new StewardError('APPROVAL_REQUIRED', `"${action.title}" on ${request.targetCount} targets needs approval before it runs (${policy.reason}). Nothing was changed.`, {
            hint: 'Request approval from the summary card.',
          });
        }
      }
      await this.deps.sessions.ensureForAction(caller.tenantId, operator, caller.correlationId);
      return { action, operator, ctx: await this.context(caller, operator) };
    });
  }

  /** Bulk jobs: one scope decision per target, for the operator (targets are re-checked before they run). */
  async bulkScope(ctx: ActionContext, actionId: string, targets: AnyTarget[]): Promise<ScopeDecision[]> {
    const kind = this.targetKindOf(actionId);
    return kind.scope({ operator: ctx.operator, guard: this.deps.scope, directory: ctx.directory }, targets);
  }

  /** Bulk jobs: the target as it is now (a takeover re-checks an item with a fresh preview). */
  async bulkReload(ctx: ActionContext, actionId: string, id: string): Promise<AnyTarget | null> {
    return this.targetKindOf(actionId).load(ctx.directory, id);
  }

  /**
   * Bulk jobs: runs one target through run() inside `gate` (the bulk pacer, which retries throttled
   * calls), with the engine's failure wording: a throw is a failed outcome.
   */
  async bulkRun(
    ctx: ActionContext,
    action: AnyAction,
    target: AnyTarget,
    input: Record<string, unknown>,
    gate: (run: () => Promise<TargetOutcome>) => Promise<TargetOutcome> = (run) => run(),
  ): Promise<TargetOutcome> {
    try {
      return await gate(() => action.run(ctx, target, input));
    } catch (e) {
      ctx.logger.warn({ actionId: action.id, target: target?.id ?? 'new', err: errorText(e) }, 'bulk item failed');
      return { outcome: 'failed', message: friendlyFailure(e) };
    }
  }

  /** Bulk jobs: the engine's wording of a failed request (what the operator reads in the result CSV). */
  failureText(e: unknown): string {
    return friendlyFailure(e);
  }

  /** Bulk jobs: the management session's expiry moves on as chunks run. */
  async touchSession(tenantId: string, operator: Operator): Promise<void> {
    await this.deps.sessions.touch(tenantId, operator);
  }

  /**
   * Holds a previewed plan for an approval request: from now on only that request's approval can run
   * it (its Confirm button no longer can). Refused like a confirmation when the plan is stale or forbidden.
   */
  async holdForApproval(
    caller: Caller,
    request: { planId: string; actionId?: string; targetIds?: string[] },
    requestId: string,
  ): Promise<{ plan: PlanDoc; operator: Operator; action: AnyAction; approval: PlanApproval }> {
    return this.audited(caller, request.actionId ?? 'unknown', (request.targetIds ?? []).map((id) => ({ id, display: id })), {}, async () => {
      const operator = await this.operator(caller);
      const stored = await this.loadPlan(caller, operator, request);
      const plan = stored.doc;
      if (plan.status === 'awaiting-approval') {
        throw new StewardError('APPROVAL_PENDING', 'Approval was already requested for this preview.', {
          hint: 'Type "my requests" to see where it stands.',
        });
      }
      this.assertPlanUsable(plan);
      const action = this.deps.registry.get(plan.actionId);
      await this.assertPermitted(operator, action);
      const policy = await this.checkPolicy(caller, operator, action, plan.targets.length);
      const approval: PlanApproval = {
        reason: plan.approval?.reason ?? policy.reason,
        summary: plan.approval?.summary ?? `${action.title}: ${plan.targets.map((t) => t.upn).join(', ')}`,
        parameters: plan.approval?.parameters ?? [],
        requestId,
      };
      const held = await this.deps.plans.replace({ ...plan, status: 'awaiting-approval', approval }, stored.etag);
      if (!held) {
        throw new StewardError('PLAN_USED', 'This confirmation was used in the meantime.', { hint: 'Ask again to start over.' });
      }
      return { plan: held.doc, operator, action, approval };
    });
  }

  private async claimPlan(
    caller: Caller,
    operator: Operator,
    request: { planId: string; actionId?: string; targetIds?: string[] },
    consent?: ApprovalConsent,
  ): Promise<PlanDoc> {
    const stored = await this.loadPlan(caller, operator, request);
    const plan = stored.doc;
    if (plan.status === 'awaiting-approval' && !consent) {
      throw new StewardError('APPROVAL_PENDING', 'This request is waiting for approval: it runs when an approver approves it.', {
        hint: 'Type "my requests" to see where it stands.',
      });
    }
    if (consent) {
      const matches = plan.status === 'awaiting-approval' && plan.approval?.requestId === consent.requestId;
      if (!matches || !(await this.deps.policy?.confirmConsent(caller.tenantId, plan, consent))) {
        throw new StewardError('PLAN_MISMATCH', 'This approval does not match the request it was given for, so nothing was changed.', {
          hint: 'Ask the requester to request approval again.',
          details: { planId: plan.id },
        });
      }
    } else {
      this.assertPlanUsable(plan);
    }
    const action = this.deps.registry.get(plan.actionId);
    const policy = await this.checkPolicy(caller, operator, action, plan.targets.length);
    if (policy.effect === 'approval' && !consent) {
      throw new StewardError('APPROVAL_REQUIRED', `"${action.title}" needs approval before it runs (${policy.reason}). Nothing was changed.`, {
        hint: 'Ask again: the confirmation card will offer "Request approval", with a justification.',
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

  /** Run / needs approval / forbidden for this operator; forbidden is refused here, for every entry point. */
  private async checkPolicy(caller: Caller, operator: Operator, action: AnyAction, targetCount: number): Promise<PolicyDecision> {
    if (!this.deps.policy) return { effect: 'run', reason: 'no policy' };
    const decision = await this.deps.policy.decide(caller.tenantId, operator, action, targetCount);
    if (decision.effect === 'forbidden') {
      throw new StewardError('POLICY_FORBIDDEN', `Your tenant's policy does not allow you to run "${action.title}" (${decision.reason}). Nothing was changed.`, {
        hint: 'Ask a Tenant Admin to run it, or to change the approval policy (type "approval policy").',
        details: { actionId: action.id },
      });
    }
    return decision;
  }

  /** Pending and not expired: a confirmation that may still run. */
  private assertPlanUsable(plan: PlanDoc): void {
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
  }

  /** The stored plan, refused when it is unknown or does not match what the card echoed. */
  private async loadPlan(
    caller: Caller,
    operator: Operator,
    request: { planId: string; actionId?: string; targetIds?: string[] },
  ): Promise<{ doc: PlanDoc; etag: string }> {
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
    return stored;
  }

  /** Roles and permission sets (PermissionService); ROLE_DENIED when neither allows the action. */
  private async assertPermitted(operator: Operator, action: AnyAction): Promise<void> {
    await this.deps.permissions.assertMayRun(operator, action);
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

  /** The targets by id; an unnamed kind ('none') runs once with a null target. */
  private async loadTargets(ctx: ActionContext, kind: TargetKindHandler<TargetKind>, ids: string[]): Promise<AnyTarget[]> {
    if (!kind.named) return [null];
    const unique = [...new Set(ids)];
    const found = await mapBounded(unique, this.deps.concurrency, (id) => kind.load(ctx.directory, id));
    const missing = unique.filter((_, i) => !found[i]);
    if (missing.length > 0) {
      throw new StewardError('TARGET_NOT_FOUND', `No ${kind.noun} matches ${missing.map((m) => `"${m}"`).join(', ')}.`, {
        hint: `Check the spelling, or name the ${kind.noun} exactly (e.g. ${kind.example}).`,
        details: { missing },
      });
    }
    return found;
  }

  /** Every target must be inside the operator's scope; answers the scope that allowed each (for the confirm card). */
  private async assertScope(ctx: ActionContext, kind: TargetKindHandler<TargetKind>, operator: Operator, targets: AnyTarget[]): Promise<string[]> {
    const decisions = await kind.scope({ operator, guard: this.deps.scope, directory: ctx.directory }, targets);
    const denied = targets.map((t, i) => ({ t, d: decisions[i] })).filter((x) => !x.d.allowed);
    if (denied.length > 0) throw this.outOfScope(kind, denied.map((x) => x.t), denied.map((x) => x.d));
    return decisions.map((d) => d.scope);
  }

  private outOfScope(kind: TargetKindHandler<TargetKind>, targets: AnyTarget[], decisions: ScopeDecision[]): StewardError {
    const names = targets.map((t) => kind.ref(t).label).join(', ');
    const where = decisions[0]?.scope ? ` (${decisions[0].scope})` : '';
    return new StewardError('SCOPE_DENIED', `${names} ${targets.length === 1 ? 'is' : 'are'} outside the ${kind.plural} you manage${where}. Nothing was changed.`, {
      hint: 'Remove them from the request, ask a Tenant Admin to widen your virtual tenants, or ask an operator who manages them.',
      details: { outOfScope: targets.map((t) => kind.ref(t).id) },
    });
  }

  /** Users named in an action's input, resolved exactly and checked against the operator's scope. */
  private async resolveInputUsers(directory: ActionContext['directory'], operator: Operator, texts: readonly string[]): Promise<DirectoryUser[]> {
    const kind = targetKind(this.deps.targetKinds ?? TARGET_KINDS, 'user');
    const wanted = [...new Set(texts.map((t) => t.trim()).filter(Boolean))];
    const users = await mapBounded(wanted, this.deps.concurrency, (t) => directory.getUser(t));
    const missing = wanted.filter((_, i) => !users[i]);
    if (missing.length > 0) {
      throw new StewardError('TARGET_NOT_FOUND', `No user matches ${missing.map((m) => `"${m}"`).join(', ')}.`, {
        hint: 'Use user principal names, e.g. jane@contoso.com. Nothing was changed.',
        details: { missing },
      });
    }
    const unique = [...new Map((users as DirectoryUser[]).map((u) => [u.id, u])).values()];
    const decisions = await this.deps.scope.checkAll(operator, unique);
    const denied = unique.filter((_, i) => !decisions[i].allowed);
    if (denied.length > 0) throw this.outOfScope(kind, denied, decisions.filter((d) => !d.allowed));
    return unique;
  }

  private async context(caller: Caller, operator: Operator): Promise<ActionContext> {
    const directory = await this.deps.connector.directory(caller.tenantId);
    return {
      tenantId: caller.tenantId,
      operator,
      correlationId: caller.correlationId,
      directory,
      resolveUsers: (texts) => this.resolveInputUsers(directory, operator, texts),
      now: this.deps.clock,
      randomBytes: this.deps.randomBytes,
      logger: this.deps.logger.child({ correlationId: caller.correlationId }),
      annotations: this.deps.annotations,
      ...(this.deps.mailSender ? { mailSender: this.deps.mailSender } : {}),
      ...(this.deps.virtualTenants ? { virtualTenants: this.deps.virtualTenants } : {}),
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
