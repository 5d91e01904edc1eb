import type { AnyAction } from '../define-action';
import { StewardError } from '../errors';
import type { Logger } from '../logger.types';
import type { AuditStore, ConversationAddress, PlanDoc } from '../ports';
import type { ActionRegistry } from '../registry';
import {
  defaultPolicy,
  describeEffect,
  describeSelector,
  evaluatePolicy,
  normalizeSelector,
  parseEffect,
  parseRole,
} from './approval-policy';
import type {
  ApprovalConsent,
  ApprovalPolicy,
  ApprovalStore,
  PolicyDecision,
  PolicyDoc,
  PolicyRule,
  PolicyStore,
} from './approval.types';
import { mayConfigureTenant, type Operator } from './roles';

export interface ApprovalPolicyServiceDeps {
  store: PolicyStore;
  approvals: ApprovalStore;
  registry: ActionRegistry;
  audit: AuditStore;
  clock: () => Date;
  newId: () => string;
  logger: Logger;
  /** Expiry of approval requests for a tenant that has not set one. */
  defaultExpiryHours: number;
}

const MAX_WRITE_ATTEMPTS = 5;
const MAX_RULES = 100;
/** Upper bounds that catch typos ("2000" hours) without limiting real use. */
const MAX_BULK_THRESHOLD = 10_000;
const MAX_EXPIRY_HOURS = 24 * 30;

/**
 * The tenant's approval policy: per role × action (or category) run / needs approval / forbidden, a
 * bulk threshold and the approvers. Stored as one Cosmos document per tenant; only Tenant Admins change
 * it, every change is audited. It is also the engine's ApprovalPolicy port.
 */
export class ApprovalPolicyService implements ApprovalPolicy {
  constructor(private readonly deps: ApprovalPolicyServiceDeps) {}

  async get(tenantId: string): Promise<PolicyDoc> {
    const stored = await this.deps.store.get(tenantId);
    return stored?.doc ?? defaultPolicy(tenantId, this.deps.defaultExpiryHours);
  }

  async decide(tenantId: string, operator: Operator, action: AnyAction, targetCount: number): Promise<PolicyDecision> {
    return evaluatePolicy(await this.get(tenantId), operator.roles, action, targetCount);
  }

  /** A consent counts only when the stored request for this plan was approved by someone other than the requester. */
  async confirmConsent(tenantId: string, plan: PlanDoc, consent: ApprovalConsent): Promise<boolean> {
    const stored = await this.deps.approvals.get(tenantId, consent.requestId);
    const request = stored?.doc;
    return Boolean(
      request &&
        request.planId === plan.id &&
        request.status === 'approved' &&
        request.decision?.verdict === 'approved' &&
        request.decision.by.id === consent.approver.id &&
        request.requester.id === plan.operatorId &&
        consent.approver.id !== plan.operatorId,
    );
  }

  isApprover(policy: PolicyDoc, operator: Operator): boolean {
    return operator.roles.some((r) => policy.approverRoles.includes(r));
  }

  /** Adds a rule, or replaces the rule for the same role and actions. */
  async setRule(
    tenantId: string,
    operator: Operator,
    input: { role: string; actions: string; effect: string },
    correlationId: string,
  ): Promise<PolicyDoc> {
    this.assertAdmin(operator);
    const rule = this.parseRule(input);
    const doc = await this.update(tenantId, operator, (p) => {
      const rules = p.rules.filter((r) => !(r.role === rule.role && r.actions === rule.actions));
      if (rules.length >= MAX_RULES) {
        throw new StewardError('VALIDATION_FAILED', `A policy holds at most ${MAX_RULES} rules.`, { hint: 'Remove rules you no longer need.' });
      }
      return { ...p, rules: [...rules, rule] };
    });
    await this.auditChange(tenantId, operator, correlationId, 'steward.policy-set-rule', { role: rule.role, actions: rule.actions, effect: rule.effect });
    return doc;
  }

  async removeRule(tenantId: string, operator: Operator, input: { role: string; actions: string }, correlationId: string): Promise<PolicyDoc> {
    this.assertAdmin(operator);
    const doc = await this.update(tenantId, operator, (p) => ({
      ...p,
      rules: p.rules.filter((r) => !(r.role === input.role && r.actions === input.actions)),
    }));
    await this.auditChange(tenantId, operator, correlationId, 'steward.policy-remove-rule', { role: input.role, actions: input.actions });
    return doc;
  }

  async updateSettings(
    tenantId: string,
    operator: Operator,
    input: { bulkThreshold: number | null; expiryHours: number },
    correlationId: string,
  ): Promise<PolicyDoc> {
    this.assertAdmin(operator);
    const { bulkThreshold, expiryHours } = input;
    if (bulkThreshold !== null && (!Number.isInteger(bulkThreshold) || bulkThreshold < 1 || bulkThreshold > MAX_BULK_THRESHOLD)) {
      throw new StewardError('VALIDATION_FAILED', `The bulk threshold must be a whole number from 1 to ${MAX_BULK_THRESHOLD}, or empty for none.`, {
        hint: 'For example 20: a request with more than 20 users needs approval.',
      });
    }
    if (!Number.isFinite(expiryHours) || expiryHours <= 0 || expiryHours > MAX_EXPIRY_HOURS) {
      throw new StewardError('VALIDATION_FAILED', `Requests must expire after more than 0 and at most ${MAX_EXPIRY_HOURS} hours.`, {
        hint: 'The default is 24 hours.',
      });
    }
    const doc = await this.update(tenantId, operator, (p) => ({ ...p, bulkThreshold, expiryHours }));
    await this.auditChange(tenantId, operator, correlationId, 'steward.policy-settings', { bulkThreshold, expiryHours });
    return doc;
  }

  /** Posts approval cards to a channel (address given) or back to the approvers' personal chats (null). */
  async setChannel(
    tenantId: string,
    operator: Operator,
    channel: { address: ConversationAddress; name: string } | null,
    correlationId: string,
  ): Promise<PolicyDoc> {
    this.assertAdmin(operator);
    const now = this.deps.clock().toISOString();
    const doc = await this.update(tenantId, operator, (p) => {
      const next: PolicyDoc = { ...p };
      if (channel) next.channel = { address: channel.address, name: channel.name, setBy: operator.objectId, setAt: now };
      else delete next.channel;
      return next;
    });
    await this.auditChange(tenantId, operator, correlationId, 'steward.policy-approvers', { channel: channel?.name ?? null });
    return doc;
  }

  /** One line per rule, for cards and help. */
  describeRule(rule: PolicyRule): string {
    const action = this.deps.registry.has(rule.actions) ? this.deps.registry.get(rule.actions) : undefined;
    const what = action ? `${action.title} (${action.id})` : describeSelector(rule.actions);
    return `${rule.role === '*' ? 'Every role' : rule.role} · ${what} → ${describeEffect(rule.effect)}`;
  }

  private parseRule(input: { role: string; actions: string; effect: string }): PolicyRule {
    const role = parseRole(input.role);
    const actions = normalizeSelector(input.actions, this.deps.registry.list());
    const effect = parseEffect(input.effect);
    const problems = [
      role ? '' : `unknown role "${input.role}"`,
      actions ? '' : `unknown action or category "${input.actions}"`,
      effect ? '' : `unknown effect "${input.effect}" (run, approval or forbidden)`,
    ].filter(Boolean);
    if (problems.length > 0 || !role || !actions || !effect) {
      throw new StewardError('VALIDATION_FAILED', `That rule is not valid: ${problems.join('; ')}.`, {
        hint: 'Pick a role, an action or category, and what should happen, on the policy card.',
      });
    }
    return { role, actions, effect };
  }

  private assertAdmin(operator: Operator): void {
    if (!mayConfigureTenant(operator.roles)) {
      throw new StewardError('ROLE_DENIED', 'Only Tenant Admins may change the approval policy.', {
        hint: 'Ask a Tenant Admin; type "approval policy" to see the current rules.',
      });
    }
  }

  private async update(tenantId: string, operator: Operator, change: (doc: PolicyDoc) => PolicyDoc): Promise<PolicyDoc> {
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const current = await this.deps.store.get(tenantId);
      const base = current?.doc ?? defaultPolicy(tenantId, this.deps.defaultExpiryHours);
      const next: PolicyDoc = { ...change(base), updatedAt: this.deps.clock().toISOString(), updatedBy: operator.objectId };
      const written = current ? await this.deps.store.replace(next, current.etag) : await this.deps.store.create(next);
      if (written) return written.doc;
    }
    throw new StewardError('INTERNAL', 'The policy is being changed by someone else right now.', { hint: 'Try again in a few seconds.' });
  }

  private async auditChange(tenantId: string, operator: Operator, correlationId: string, actionId: string, parameters: Record<string, unknown>): Promise<void> {
    await this.deps.audit.append({
      id: this.deps.newId(),
      tenantId,
      time: this.deps.clock().toISOString(),
      correlationId,
      kind: 'policy',
      operator: { id: operator.objectId, upn: operator.userPrincipalName },
      actionId,
      targets: [],
      parameters,
      outcome: 'succeeded',
      entry: 'chat',
    });
  }
}
