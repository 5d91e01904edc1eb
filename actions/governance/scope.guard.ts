import type { DirectoryUser } from '../directory.types';
import type { Operator } from './roles';

/** The scope decision for one target, named so the confirm card can say which scope allowed it. */
export interface ScopeDecision {
  allowed: boolean;
  scope: string;
}

/**
 * Decides whether an operator may act on a user. Virtual tenants plug in here; every entry point
 * reaches targets through the engine, so one guard covers chat, cards, approvals and bulk.
 */
export interface ScopeGuard {
  check(operator: Operator, user: DirectoryUser): Promise<ScopeDecision>;
}

/** Until virtual tenants exist every operator acts on the whole tenant. */
export class WholeTenantScope implements ScopeGuard {
  async check(): Promise<ScopeDecision> {
    return { allowed: true, scope: 'Whole tenant' };
  }
}
