import type { AnyAction } from '../define-action';
import { StewardError } from '../errors';
import type { PermissionSetStore } from '../ports';
import type { ActionRegistry } from '../registry';
import { patternMatches, permissionSetKey, type PermissionSet } from './permission-set.schema';
import { rolesGrant, type Operator } from './roles';

/** What an operator holds: built-in roles plus the permission sets that still exist. */
export interface Grant {
  operator: Operator;
  sets: PermissionSet[];
  /** Set names on the operator that no longer exist (they grant nothing). */
  missingSets: string[];
}

export interface PermissionServiceDeps {
  sets: PermissionSetStore;
  registry: ActionRegistry;
}

/**
 * The one answer to "may this operator run this action?", used by help, the engine's authorize /
 * prepare / execute and "what can bob do": the union of the roles' permission tiers and the actions
 * the operator's permission sets name (by id or category wildcard). Roles keep their built-in meaning;
 * the Audit and Reader roles grant no action.
 */
export class PermissionService {
  constructor(private readonly deps: PermissionServiceDeps) {}

  async grantOf(operator: Operator): Promise<Grant> {
    const names = operator.permissionSets ?? [];
    if (names.length === 0) return { operator, sets: [], missingSets: [] };
    const byKey = new Map((await this.deps.sets.list(operator.tenantId)).map((s) => [s.id, s]));
    const sets: PermissionSet[] = [];
    const missingSets: string[] = [];
    for (const name of names) {
      const set = byKey.get(permissionSetKey(name));
      if (set) sets.push(set);
      else missingSets.push(name);
    }
    return { operator, sets, missingSets };
  }

  /** Why the grant allows the action ("role Helpdesk", "permission set Password desk"); empty when it does not. */
  reasons(grant: Grant, action: AnyAction): string[] {
    const byRole = grant.operator.roles.filter((r) => rolesGrant([r], action.permission)).map((r) => `role ${r}`);
    const bySet = grant.sets.filter((s) => s.actions.some((p) => patternMatches(p, action.id))).map((s) => `permission set ${s.name}`);
    return [...byRole, ...bySet];
  }

  allows(grant: Grant, action: AnyAction): boolean {
    return this.reasons(grant, action).length > 0;
  }

  async allowedActions(operator: Operator): Promise<AnyAction[]> {
    const grant = await this.grantOf(operator);
    return this.deps.registry.list().filter((a) => this.allows(grant, a));
  }

  async mayRun(operator: Operator, action: AnyAction): Promise<boolean> {
    return this.allows(await this.grantOf(operator), action);
  }

  /** Throws ROLE_DENIED when neither a role nor a permission set allows the action. */
  async assertMayRun(operator: Operator, action: AnyAction): Promise<void> {
    const grant = await this.grantOf(operator);
    if (this.allows(grant, action)) return;
    const sets = grant.sets.map((s) => s.name);
    const held = `Your role${operator.roles.length === 1 ? '' : 's'} (${operator.roles.join(', ')})${sets.length > 0 ? ` and permission set${sets.length === 1 ? '' : 's'} (${sets.join(', ')})` : ''}`;
    throw new StewardError('ROLE_DENIED', `${held} may not run "${action.title}".`, {
      hint: 'Type "help" to see what you may do, or ask a Tenant Admin for a role or permission set that allows it.',
      details: { actionId: action.id },
    });
  }
}
