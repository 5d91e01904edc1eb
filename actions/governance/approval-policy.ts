import type { AnyAction } from '../define-action';
import type { ActionSelector, PolicyDecision, PolicyDoc, PolicyEffect, PolicyRule } from './approval.types';
import { rolesGrant, roleSchema, type Role } from './roles';

/**
 * The policy rules as pure functions: which rule applies to a role and an action, how several roles
 * combine, and the bulk threshold. No storage here, so the rules are easy to read and to test.
 */

export const POLICY_ID = 'approval-policy' as const;

/** Out of the box: destructive actions by Helpdesk operators need a Tenant Admin's approval. */
export const DEFAULT_RULES: readonly PolicyRule[] = [{ role: 'Helpdesk', actions: 'destructive', effect: 'approval' }];

export const EFFECTS: readonly PolicyEffect[] = ['run', 'approval', 'forbidden'];
const STRICTNESS: Record<PolicyEffect, number> = { run: 0, approval: 1, forbidden: 2 };

export function defaultPolicy(tenantId: string, expiryHours: number): PolicyDoc {
  return {
    id: POLICY_ID,
    tenantId,
    rules: DEFAULT_RULES.map((r) => ({ ...r })),
    bulkThreshold: null,
    expiryHours,
    approverRoles: ['TenantAdmin'],
  };
}

/** How specific a selector is for this action; -1 when it does not cover it. */
function selectorScore(selector: ActionSelector, action: Pick<AnyAction, 'id' | 'category' | 'destructive'>): number {
  const s = selector.trim().toLowerCase();
  if (s === action.id.toLowerCase()) return 3;
  if (s === `category:${action.category.toLowerCase()}`) return 2;
  if (s === 'destructive') return action.destructive ? 1 : -1;
  if (s === '*') return 0;
  return -1;
}

/** The most specific rule for one role: action id over category over "destructive" over "*"; a named role over "*". */
export function ruleFor(rules: readonly PolicyRule[], role: Role, action: Pick<AnyAction, 'id' | 'category' | 'destructive'>): PolicyRule | undefined {
  let best: { rule: PolicyRule; score: number } | undefined;
  for (const rule of rules) {
    if (rule.role !== '*' && rule.role !== role) continue;
    const s = selectorScore(rule.actions, action);
    if (s < 0) continue;
    const score = s * 2 + (rule.role === '*' ? 0 : 1);
    if (!best || score > best.score) best = { rule, score };
  }
  return best?.rule;
}

/**
 * The decision for an operator: each role that grants the action is looked at, and the most permissive
 * of them wins (a Tenant Admin who is also Helpdesk is not slowed down by the Helpdesk rule). A request
 * with more targets than the bulk threshold needs approval even when the rules say run.
 */
export function evaluatePolicy(
  policy: Pick<PolicyDoc, 'rules' | 'bulkThreshold'>,
  roles: readonly Role[],
  action: Pick<AnyAction, 'id' | 'title' | 'category' | 'destructive' | 'permission'>,
  targetCount: number,
): PolicyDecision {
  const granting = roles.filter((r) => rolesGrant([r], action.permission));
  const considered = granting.length > 0 ? granting : roles;
  let chosen: { effect: PolicyEffect; reason: string } | undefined;
  for (const role of considered) {
    const rule = ruleFor(policy.rules, role, action);
    const effect = rule?.effect ?? 'run';
    const what = rule && rule.actions.toLowerCase() === action.id.toLowerCase() ? action.title : rule ? describeSelector(rule.actions) : '';
    const reason = rule ? `rule "${rule.role === '*' ? 'Every role' : role} · ${what} → ${describeEffect(rule.effect)}"` : `${role}: no rule, runs directly`;
    if (!chosen || STRICTNESS[effect] < STRICTNESS[chosen.effect]) chosen = { effect, reason };
  }
  const decision = chosen ?? { effect: 'run' as const, reason: 'no rule, runs directly' };
  if (decision.effect === 'run' && policy.bulkThreshold !== null && targetCount > policy.bulkThreshold) {
    return { effect: 'approval', reason: `more than ${policy.bulkThreshold} targets in one request need approval (${targetCount} here)` };
  }
  return decision;
}

export function describeSelector(selector: ActionSelector): string {
  const s = selector.trim();
  if (s === '*') return 'every action';
  if (s.toLowerCase() === 'destructive') return 'destructive actions';
  if (s.toLowerCase().startsWith('category:')) return `${s.slice('category:'.length)} actions`;
  return s;
}

export function describeEffect(effect: PolicyEffect): string {
  return effect === 'run' ? 'runs directly' : effect === 'approval' ? 'needs approval' : 'forbidden';
}

/** Every selector a Tenant Admin may pick for the actions registered here. */
export function selectorChoices(actions: readonly Pick<AnyAction, 'id' | 'title' | 'category'>[]): { title: string; value: string }[] {
  const categories = [...new Set(actions.map((a) => a.category))].sort();
  return [
    { title: 'Every action', value: '*' },
    { title: 'Destructive actions', value: 'destructive' },
    ...categories.map((c) => ({ title: `${c} (category)`, value: `category:${c}` })),
    ...actions.map((a) => ({ title: `${a.title} (${a.id})`, value: a.id })),
  ];
}

/** Normalises a selector typed or picked by an admin; undefined when it names nothing known. */
export function normalizeSelector(selector: string, actions: readonly Pick<AnyAction, 'id' | 'category'>[]): ActionSelector | undefined {
  const s = selector.trim();
  if (s === '*') return '*';
  if (s.toLowerCase() === 'destructive') return 'destructive';
  if (s.toLowerCase().startsWith('category:')) {
    const name = s.slice('category:'.length).trim().toLowerCase();
    const found = actions.find((a) => a.category.toLowerCase() === name);
    return found ? `category:${found.category}` : undefined;
  }
  return actions.find((a) => a.id.toLowerCase() === s.toLowerCase())?.id;
}

export function parseRole(value: string): Role | '*' | undefined {
  if (value.trim() === '*') return '*';
  const found = roleSchema.options.find((r) => r.toLowerCase() === value.trim().toLowerCase());
  return found;
}

export function parseEffect(value: string): PolicyEffect | undefined {
  return EFFECTS.find((e) => e === value.trim().toLowerCase());
}
