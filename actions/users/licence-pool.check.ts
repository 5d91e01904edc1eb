import type { ActionContext } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { evaluateFilter } from '../governance/virtual-tenant.filter';
import { skuName, type SubscribedSku } from './sku.resolver';

/** What a virtual tenant's filter may test, read for every holder of the SKU. */
const HOLDER_FIELDS = 'id,userPrincipalName,displayName,department,country,companyName,city,state,jobTitle,usageLocation,officeLocation,employeeType,userType';

/**
 * Licence pools: a Tenant Admin may give a virtual tenant a quota per SKU ("set licence pool E5 = 10 for
 * virtual tenant Italy"). Assigning the SKU to a user inside such a virtual tenant is refused when the
 * users of that virtual tenant who already hold it (the user aside) fill the pool. A user in several
 * pooled virtual tenants must fit in each. No pools (or no store in the context): nothing to check.
 */
export async function assertLicencePoolRoom(ctx: ActionContext, user: DirectoryUser, sku: SubscribedSku): Promise<void> {
  if (!ctx.virtualTenants) return;
  const key = sku.skuPartNumber.toUpperCase();
  const pooled = (await ctx.virtualTenants.list(ctx.tenantId)).filter((vt) => vt.licencePools?.[key] !== undefined);
  if (pooled.length === 0) return;
  const groupIdsOf = (u: DirectoryUser) => async () => new Set(await ctx.directory.groupIdsOfUser(u.id));
  const mine = [];
  for (const vt of pooled) if (await evaluateFilter(vt.filter, user, groupIdsOf(user))) mine.push(vt);
  if (mine.length === 0) return;
  const filter = encodeURIComponent(`assignedLicenses/any(x:x/skuId eq ${sku.skuId})`);
  const holders = await ctx.directory.graph.list<DirectoryUser>(`/users?$filter=${filter}&$count=true&$select=${HOLDER_FIELDS}&$top=999`, {
    headers: { ConsistencyLevel: 'eventual' },
    max: 100_000,
  });
  for (const vt of mine) {
    const quota = vt.licencePools![key];
    let used = 0;
    for (const holder of holders) {
      if (holder.id !== user.id && (await evaluateFilter(vt.filter, holder, groupIdsOf(holder)))) used += 1;
    }
    if (used + 1 > quota) {
      throw new StewardError('VALIDATION_FAILED', `The licence pool of virtual tenant ${vt.name} is full for ${skuName(sku)}: ${used} of ${quota} in use.`, {
        hint: `Free a ${skuName(sku)} licence in ${vt.name}, or ask a Tenant Admin to raise the pool (e.g. "set licence pool ${sku.skuPartNumber} = ${used + 1} for virtual tenant ${vt.name}").`,
        details: { virtualTenant: vt.name, sku: sku.skuPartNumber, quota, inUse: used },
      });
    }
  }
}
