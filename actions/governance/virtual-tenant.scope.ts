import type { DirectoryUser } from '../directory.types';
import type { TenantConnector, VirtualTenantStore } from '../ports';
import { WHOLE_TENANT, type ScopeDecision, type ScopeGuard } from './scope.guard';
import type { Operator } from './roles';
import { evaluateFilter } from './virtual-tenant.filter';
import type { VirtualTenant } from './virtual-tenant.schema';

export interface VirtualTenantScopeDeps {
  store: VirtualTenantStore;
  connector: TenantConnector;
}

/**
 * Scopes from virtual tenants. An operator with no virtual tenant acts on the whole tenant; with
 * some, only on users inside at least one of them, and the decision names the first one that allowed
 * the user. Tenant Admins always act on the whole tenant. Fails closed: a virtual tenant that no longer
 * exists selects nobody (it never falls back to "whole tenant").
 */
export class VirtualTenantScope implements ScopeGuard {
  constructor(private readonly deps: VirtualTenantScopeDeps) {}

  async check(operator: Operator, user: DirectoryUser): Promise<ScopeDecision> {
    return (await this.checkAll(operator, [user]))[0];
  }

  async wholeTenant(operator: Operator): Promise<boolean> {
    return operator.roles.includes('TenantAdmin') || (operator.virtualTenants ?? []).length === 0;
  }

  async checkAll(operator: Operator, users: readonly DirectoryUser[]): Promise<ScopeDecision[]> {
    if (await this.wholeTenant(operator)) return users.map(() => ({ allowed: true, scope: WHOLE_TENANT }));
    const scopes = await this.scopesOf(operator.tenantId, operator.virtualTenants ?? []);
    const outside = `outside your virtual tenant${scopes.length === 1 ? '' : 's'}${scopes.length > 0 ? ` (${scopes.map((s) => s.name).join(', ')})` : ''}`;
    let directory: Promise<{ groupIdsOfUser(id: string): Promise<string[]> }> | undefined;
    const groupsOf = (user: DirectoryUser) => async () => {
      directory ??= this.deps.connector.directory(operator.tenantId);
      return new Set(await (await directory).groupIdsOfUser(user.id));
    };
    return Promise.all(
      users.map(async (user) => {
        const groups = memo(groupsOf(user));
        for (const vt of scopes) {
          if (await evaluateFilter(vt.filter, user, groups)) return { allowed: true, scope: `Virtual tenant: ${vt.name}` };
        }
        return { allowed: false, scope: outside };
      }),
    );
  }

  private async scopesOf(tenantId: string, ids: readonly string[]): Promise<VirtualTenant[]> {
    if (ids.length === 1) {
      const one = await this.deps.store.get(tenantId, ids[0]);
      return one ? [one] : [];
    }
    const byId = new Map((await this.deps.store.list(tenantId)).map((vt) => [vt.id, vt]));
    return ids.map((id) => byId.get(id)).filter((vt): vt is VirtualTenant => vt !== undefined);
  }
}

function memo<T>(fn: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= fn());
}
