import type { DirectoryUser } from '../directory.types';
import type { Operator } from './roles';

/** The scope decision for one target, named so the confirm card can say which scope allowed it. */
export interface ScopeDecision {
  allowed: boolean;
  /** Allowed: the scope that allowed it ("Whole tenant", "Virtual tenant: Italy Sales"); denied: what it is outside of. */
  scope: string;
}

/**
 * Decides whether an operator may act on a user. Virtual tenants plug in here; every entry point
 * reaches targets through the engine, so one guard covers chat, cards, approvals and bulk.
 */
export interface ScopeGuard {
  check(operator: Operator, user: DirectoryUser): Promise<ScopeDecision>;
  /** One decision per user, in order (a guard may load the operator's scopes once for all of them). */
  checkAll(operator: Operator, users: readonly DirectoryUser[]): Promise<ScopeDecision[]>;
  /** True when nothing limits the operator (any group, any new object); group scope asks this first. */
  wholeTenant(operator: Operator): Promise<boolean>;
}

export const WHOLE_TENANT = 'Whole tenant';

/** Every operator acts on the whole tenant (no virtual tenants configured). */
export class WholeTenantScope implements ScopeGuard {
  async check(): Promise<ScopeDecision> {
    return { allowed: true, scope: WHOLE_TENANT };
  }

  async checkAll(_operator: Operator, users: readonly DirectoryUser[]): Promise<ScopeDecision[]> {
    return users.map(() => ({ allowed: true, scope: WHOLE_TENANT }));
  }

  async wholeTenant(): Promise<boolean> {
    return true;
  }
}
