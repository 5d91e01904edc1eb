import type { Caller } from '../engine';
import { isStewardError, StewardError } from '../errors';
import type { Logger } from '../logger.types';
import type { AuditEntry, AuditStore } from '../ports';
import { mayConfigureTenant, type Operator } from './roles';

/** Who asks for a governance change: the turn's caller and the operator behind it. */
export interface Actor {
  caller: Caller;
  operator: Operator;
}

export interface GovernanceAuditDeps {
  audit: AuditStore;
  clock: () => Date;
  newId: () => string;
  logger: Logger;
}

/**
 * Audit entries for changes to who may do what: operators, their roles, permission sets and virtual
 * tenants (kind 'operator'), and refusals of such changes (kind 'refusal'). Shared by the governance
 * services so every change is written the same way.
 */
export class GovernanceAudit {
  constructor(private readonly deps: GovernanceAuditDeps) {}

  async changed(actor: Actor, actionId: string, targets: AuditEntry['targets'], parameters: Record<string, unknown>): Promise<void> {
    await this.deps.audit.append({ ...this.base(actor, actionId), kind: 'operator', targets, parameters, outcome: 'succeeded' });
  }

  /** Runs a governance step; a refusal (StewardError) is audited and rethrown. */
  async guarded<T>(actor: Actor, actionId: string, targets: AuditEntry['targets'], step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (e) {
      if (isStewardError(e)) await this.refused(actor, actionId, targets, e);
      throw e;
    }
  }

  async refused(actor: Actor, actionId: string, targets: AuditEntry['targets'], error: StewardError, parameters: Record<string, unknown> = {}): Promise<void> {
    await this.deps.audit
      .append({ ...this.base(actor, actionId), kind: 'refusal', targets, parameters, outcome: 'refused', error: { code: error.code, message: error.message } })
      .catch((err) => this.deps.logger.error({ err: String(err) }, 'audit write failed'));
  }

  private base(actor: Actor, actionId: string) {
    return {
      id: this.deps.newId(),
      tenantId: actor.caller.tenantId,
      time: this.deps.clock().toISOString(),
      correlationId: actor.caller.correlationId,
      operator: { id: actor.operator.objectId, upn: actor.operator.userPrincipalName },
      actionId,
      entry: actor.caller.entry,
    } satisfies Partial<AuditEntry>;
  }
}

/** Operators, permission sets and virtual tenants are managed by Tenant Admins only. */
export function assertTenantAdmin(operator: Operator, what: string): void {
  if (!mayConfigureTenant(operator.roles)) {
    throw new StewardError('ROLE_DENIED', `Only Tenant Admins may ${what}.`, {
      hint: 'Ask a Tenant Admin to make this change.',
    });
  }
}
