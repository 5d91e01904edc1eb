import type { DirectoryUser } from '../directory.types';
import { WHOLE_TENANT, type ScopeDecision } from '../governance/scope.guard';
import type { ScopeEnv } from './target-kinds';

const OWNER_SELECT = 'id,userPrincipalName,displayName,mail,accountEnabled,department,jobTitle,country,companyName,usageLocation,userType,city,state,officeLocation,employeeType';

/**
 * Objects without attributes a virtual tenant could select on (groups, app registrations) are in a
 * scoped operator's scope when at least one of their owners is; tenant-wide operators act on any.
 * `ownersPath` answers null when the owners cannot be read (a deleted object): then only tenant-wide.
 */
export async function scopeByOwners<T>(env: ScopeEnv, items: readonly T[], ownersPath: (item: T) => string | null): Promise<ScopeDecision[]> {
  if (await env.guard.wholeTenant(env.operator)) return items.map(() => ({ allowed: true, scope: WHOLE_TENANT }));
  return Promise.all(
    items.map(async (item) => {
      const path = ownersPath(item);
      const owners = path ? await env.directory.graph.list<DirectoryUser>(`${path}/microsoft.graph.user?$select=${OWNER_SELECT}`, { max: 100 }) : [];
      const decisions = await env.guard.checkAll(env.operator, owners);
      const i = decisions.findIndex((d) => d.allowed);
      if (i >= 0) return { allowed: true, scope: `${decisions[i].scope} (owner ${owners[i].userPrincipalName})` };
      return { allowed: false, scope: owners.length === 0 ? 'it has no owner inside your scope' : 'none of its owners is in your scope' };
    }),
  );
}
