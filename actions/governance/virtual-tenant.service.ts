import { StewardError } from '../errors';
import type { OperatorStore, TenantConnector, VirtualTenantStore } from '../ports';
import { assertTenantAdmin, type Actor, type GovernanceAudit } from './governance-audit';
import type { Operator } from './roles';
import { describeFilter } from './virtual-tenant.filter';
import {
  countConditions,
  MAX_CONDITIONS,
  scopeFilterSchema,
  virtualTenantKey,
  type VirtualTenant,
} from './virtual-tenant.schema';
import { groupNamesOf, parseScopeFilter, withGroups } from './virtual-tenant.syntax';
import { resolveSku, skuName, type SubscribedSku } from '../users/sku.resolver';

export interface VirtualTenantServiceDeps {
  store: VirtualTenantStore;
  operators: OperatorStore;
  connector: TenantConnector;
  audit: GovernanceAudit;
  clock: () => Date;
}

export interface VirtualTenantSummary {
  virtualTenant: VirtualTenant;
  /** The filter in the compact syntax. */
  definition: string;
  assignedTo: Operator[];
}

/** Per-field problems, for the form card. */
export type CreateResult = { ok: true; summary: VirtualTenantSummary } | { ok: false; problems: { name?: string; definition?: string } };

/**
 * Creates, lists and deletes virtual tenants (Tenant Admins only). A definition is parsed from the
 * compact syntax, its group names are resolved to object ids in the tenant, and the result is
 * validated with the stored schema. A virtual tenant still assigned to an operator cannot be deleted
 * (deleting it would silently widen or empty that operator's scope).
 */
export class VirtualTenantService {
  constructor(private readonly deps: VirtualTenantServiceDeps) {}

  async assertMayManage(actor: Actor): Promise<void> {
    await this.deps.audit.guarded(actor, 'steward.virtual-tenant-create', [], async () => assertTenantAdmin(actor.operator, 'manage virtual tenants'));
  }

  async list(actor: Actor): Promise<VirtualTenantSummary[]> {
    return this.deps.audit.guarded(actor, 'steward.virtual-tenants-list', [], async () => {
      assertTenantAdmin(actor.operator, 'manage virtual tenants');
      const tenantId = actor.caller.tenantId;
      const [all, operators] = await Promise.all([this.deps.store.list(tenantId), this.deps.operators.list(tenantId)]);
      return all
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((vt) => ({ virtualTenant: vt, definition: describeFilter(vt.filter), assignedTo: operators.filter((o) => o.virtualTenants?.includes(vt.id)) }));
    });
  }

  async create(actor: Actor, request: { name: string; definition: string }): Promise<CreateResult> {
    const name = request.name.trim().replace(/^["“']|["”']$/g, '').trim();
    return this.deps.audit.guarded(actor, 'steward.virtual-tenant-create', [{ display: name || '(no name)' }], async () => {
      assertTenantAdmin(actor.operator, 'manage virtual tenants');
      const tenantId = actor.caller.tenantId;
      const problems: { name?: string; definition?: string } = {};
      if (name === '') problems.name = 'Give the virtual tenant a name.';
      else if (name.length > 64) problems.name = 'Use at most 64 characters.';
      else if (await this.deps.store.get(tenantId, virtualTenantKey(name))) problems.name = `A virtual tenant named "${name}" already exists.`;
      const parsed = parseScopeFilter(request.definition);
      if (!parsed.ok) problems.definition = parsed.problem;
      let filter = parsed.ok ? parsed.filter : undefined;
      if (filter && countConditions(filter) > MAX_CONDITIONS) problems.definition = `Use at most ${MAX_CONDITIONS} conditions.`;
      if (filter && !problems.definition) {
        const resolved = await this.resolveGroups(tenantId, groupNamesOf(filter));
        if (resolved.problem) problems.definition = resolved.problem;
        else filter = withGroups(filter, resolved.groups);
      }
      if (filter && !problems.definition) {
        const valid = scopeFilterSchema.safeParse(filter);
        if (!valid.success) problems.definition = valid.error.issues.map((i) => i.message).join('; ');
      }
      if (problems.name || problems.definition || !filter) {
        const error = new StewardError('VALIDATION_FAILED', Object.values(problems).join(' '));
        await this.deps.audit.refused(actor, 'steward.virtual-tenant-create', [{ display: name || '(no name)' }], error, { definition: request.definition });
        return { ok: false, problems };
      }
      const doc: VirtualTenant = {
        id: virtualTenantKey(name),
        tenantId,
        name,
        filter,
        createdBy: actor.operator.userPrincipalName,
        createdAt: this.deps.clock().toISOString(),
      };
      if (!(await this.deps.store.create(doc))) {
        return { ok: false, problems: { name: `A virtual tenant named "${name}" already exists.` } };
      }
      const definition = describeFilter(filter);
      await this.deps.audit.changed(actor, 'steward.virtual-tenant-create', [{ id: doc.id, display: name }], { definition });
      return { ok: true, summary: { virtualTenant: doc, definition, assignedTo: [] } };
    });
  }

  async delete(actor: Actor, nameText: string): Promise<VirtualTenant> {
    const name = nameText.trim().replace(/^["“']|["”']$/g, '').trim();
    return this.deps.audit.guarded(actor, 'steward.virtual-tenant-delete', [{ display: name }], async () => {
      assertTenantAdmin(actor.operator, 'manage virtual tenants');
      const tenantId = actor.caller.tenantId;
      const vt = await this.deps.store.get(tenantId, virtualTenantKey(name));
      if (!vt) {
        const known = (await this.deps.store.list(tenantId)).map((v) => v.name);
        throw new StewardError('TARGET_NOT_FOUND', `No virtual tenant is named "${name}".`, {
          hint: known.length > 0 ? `Known virtual tenants: ${known.join(', ')}.` : 'There are no virtual tenants yet.',
        });
      }
      const holders = (await this.deps.operators.list(tenantId)).filter((o) => o.virtualTenants?.includes(vt.id));
      if (holders.length > 0) {
        throw new StewardError('GOVERNANCE_CONFLICT', `"${vt.name}" is still assigned to ${holders.map((o) => o.userPrincipalName).join(', ')}.`, {
          hint: `Unassign it first, e.g. "unassign virtual tenant ${vt.name} from ${holders[0].userPrincipalName}".`,
        });
      }
      await this.deps.store.delete(tenantId, vt.id);
      await this.deps.audit.changed(actor, 'steward.virtual-tenant-delete', [{ id: vt.id, display: vt.name }], { definition: describeFilter(vt.filter) });
      return vt;
    });
  }

  /**
   * Licence pools: gives a virtual tenant a quota for one SKU (Tenant Admins only); user.manage-licenses
   * refuses an assignment beyond it. The SKU is resolved in the tenant ("E5", "Microsoft 365 E5",
   * "SPE_E5") and stored by part number.
   */
  async setLicencePool(actor: Actor, request: { name: string; sku: string; quota: number }): Promise<{ virtualTenant: VirtualTenant; sku: string; skuPartNumber: string; quota: number }> {
    const name = request.name.trim().replace(/^["“']|["”']$/g, '').trim();
    return this.deps.audit.guarded(actor, 'steward.licence-pool-set', [{ display: name }], async () => {
      assertTenantAdmin(actor.operator, 'set licence pools');
      const tenantId = actor.caller.tenantId;
      if (!Number.isInteger(request.quota) || request.quota < 0 || request.quota > 1_000_000) {
        throw new StewardError('VALIDATION_FAILED', `"${request.quota}" is not a licence count.`, { hint: 'Use a whole number, e.g. "set licence pool E5 = 10 for virtual tenant Italy".' });
      }
      const vt = await this.deps.store.get(tenantId, virtualTenantKey(name));
      if (!vt) {
        const known = (await this.deps.store.list(tenantId)).map((v) => v.name);
        throw new StewardError('TARGET_NOT_FOUND', `No virtual tenant is named "${name}".`, {
          hint: known.length > 0 ? `Known virtual tenants: ${known.join(', ')}.` : 'Create one first, e.g. "create virtual tenant Italy where country = Italy".',
        });
      }
      const directory = await this.deps.connector.directory(tenantId);
      const sku = resolveSku(request.sku, await directory.graph.list<SubscribedSku>('/subscribedSkus'));
      const key = sku.skuPartNumber.toUpperCase();
      const updated: VirtualTenant = { ...vt, licencePools: { ...(vt.licencePools ?? {}), [key]: request.quota } };
      await this.deps.store.replace(updated);
      await this.deps.audit.changed(actor, 'steward.licence-pool-set', [{ id: vt.id, display: vt.name }], { sku: key, quota: request.quota, before: vt.licencePools?.[key] ?? null });
      return { virtualTenant: updated, sku: skuName(sku), skuPartNumber: key, quota: request.quota };
    });
  }

  /** Each typed group name must match exactly one group (by name, mail, mail nickname or id). */
  private async resolveGroups(
    tenantId: string,
    names: readonly string[],
  ): Promise<{ groups: Map<string, { id: string; displayName: string }>; problem?: string }> {
    const groups = new Map<string, { id: string; displayName: string }>();
    if (names.length === 0) return { groups };
    const directory = await this.deps.connector.directory(tenantId);
    for (const name of names) {
      const found = await directory.findGroups(name, { top: 5 });
      if (found.length === 0) return { groups, problem: `No group in the tenant is named "${name}".` };
      if (found.length > 1) return { groups, problem: `Several groups match "${name}": use the group's object id or mail address.` };
      groups.set(name, { id: found[0].id, displayName: found[0].displayName });
    }
    return { groups };
  }
}
