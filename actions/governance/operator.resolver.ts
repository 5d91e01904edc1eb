import { StewardError } from '../errors';
import type { OperatorStore, TenantConnector } from '../ports';
import type { Operator } from './roles';

export interface OperatorResolverDeps {
  operators: OperatorStore;
  connector: TenantConnector;
  /** UPNs or object ids (lower case) that become Tenant Admins the first time they talk to Steward. */
  bootstrapAdmins: readonly string[];
  clock: () => Date;
}

/**
 * Finds the operator behind a chat turn. A tenant user who is not registered is refused, except the
 * bootstrap admins named in configuration, who are registered as Tenant Admins on first contact.
 */
export class OperatorResolver {
  constructor(private readonly deps: OperatorResolverDeps) {}

  async resolve(tenantId: string, objectId: string | undefined): Promise<Operator> {
    if (!objectId) {
      throw new StewardError('NOT_AN_OPERATOR', 'I could not tell who you are: this message carries no Microsoft Entra identity.', {
        hint: 'Chat with Steward from Microsoft Teams while signed in to your organisation.',
      });
    }
    const existing = await this.deps.operators.get(tenantId, objectId);
    if (existing) return existing;
    const bootstrapped = await this.bootstrap(tenantId, objectId);
    if (bootstrapped) return bootstrapped;
    throw new StewardError('NOT_AN_OPERATOR', 'You are not registered as a Steward operator in this tenant.', {
      hint: 'Ask a Tenant Admin to add you (for example: "add operator you@contoso.com as Helpdesk").',
    });
  }

  private async bootstrap(tenantId: string, objectId: string): Promise<Operator | null> {
    const admins = this.deps.bootstrapAdmins;
    if (admins.length === 0) return null;
    const directory = await this.deps.connector.directory(tenantId);
    const user = await directory.getUser(objectId);
    if (!user) return null;
    const names = [user.id.toLowerCase(), user.userPrincipalName.toLowerCase()];
    if (!names.some((n) => admins.includes(n))) return null;
    const operator: Operator = {
      tenantId,
      objectId: user.id,
      userPrincipalName: user.userPrincipalName,
      displayName: user.displayName,
      roles: ['TenantAdmin'],
      addedBy: 'STEWARD_ADMINS',
      addedAt: this.deps.clock().toISOString(),
    };
    await this.deps.operators.upsert(operator);
    return operator;
  }
}
