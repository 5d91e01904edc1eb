import { StewardError } from '../errors';
import type { PermissionSetStore } from '../ports';
import type { ActionRegistry } from '../registry';
import { assertTenantAdmin, type Actor, type GovernanceAudit } from './governance-audit';
import { formatPermissionSets, parsePermissionSets, permissionSetKey, type PermissionSet } from './permission-set.schema';

export interface PermissionSetServiceDeps {
  store: PermissionSetStore;
  registry: ActionRegistry;
  audit: GovernanceAudit;
  clock: () => Date;
}

export type ImportResult =
  | { ok: true; created: string[]; updated: string[] }
  | { ok: false; problems: string[] };

/**
 * Lists, exports and imports a tenant's permission sets (Tenant Admins only). An import is all or
 * nothing: any problem (bad JSON, unknown field, unknown action id, duplicate name) stores nothing and
 * is answered with every problem found. Sets in the file replace sets of the same name; others stay.
 */
export class PermissionSetService {
  constructor(private readonly deps: PermissionSetServiceDeps) {}

  async list(actor: Actor): Promise<PermissionSet[]> {
    return this.deps.audit.guarded(actor, 'steward.permission-sets-list', [], async () => {
      assertTenantAdmin(actor.operator, 'manage permission sets');
      return this.sorted(actor.caller.tenantId);
    });
  }

  async exportJson(actor: Actor): Promise<{ json: string; count: number }> {
    return this.deps.audit.guarded(actor, 'steward.permission-sets-export', [], async () => {
      assertTenantAdmin(actor.operator, 'export permission sets');
      const sets = await this.sorted(actor.caller.tenantId);
      return { json: formatPermissionSets(sets), count: sets.length };
    });
  }

  /** Refuses non-admins before they see the import form. */
  async assertMayImport(actor: Actor): Promise<void> {
    await this.deps.audit.guarded(actor, 'steward.permission-sets-import', [], async () => assertTenantAdmin(actor.operator, 'import permission sets'));
  }

  async importJson(actor: Actor, text: string): Promise<ImportResult> {
    return this.deps.audit.guarded(actor, 'steward.permission-sets-import', [], async () => {
      assertTenantAdmin(actor.operator, 'import permission sets');
      const tenantId = actor.caller.tenantId;
      const parsed = parsePermissionSets(text, this.deps.registry.list().map((a) => a.id));
      if (!parsed.ok) {
        const error = new StewardError('VALIDATION_FAILED', `The permission sets were not imported: ${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}.`);
        await this.deps.audit.refused(actor, 'steward.permission-sets-import', [], error, { problems: parsed.problems.slice(0, 20) });
        return { ok: false, problems: parsed.problems };
      }
      const existing = new Set((await this.deps.store.list(tenantId)).map((s) => s.id));
      const now = this.deps.clock().toISOString();
      const docs: PermissionSet[] = parsed.sets.map((s) => ({
        ...s,
        id: permissionSetKey(s.name),
        tenantId,
        updatedAt: now,
        updatedBy: actor.operator.userPrincipalName,
      }));
      await this.deps.store.upsertMany(docs);
      const created = docs.filter((d) => !existing.has(d.id)).map((d) => d.name);
      const updated = docs.filter((d) => existing.has(d.id)).map((d) => d.name);
      await this.deps.audit.changed(
        actor,
        'steward.permission-sets-import',
        docs.map((d) => ({ id: d.id, display: d.name })),
        { created, updated, permissionSets: docs.map((d) => ({ name: d.name, actions: d.actions })) },
      );
      return { ok: true, created, updated };
    });
  }

  private async sorted(tenantId: string): Promise<PermissionSet[]> {
    return (await this.deps.store.list(tenantId)).sort((a, b) => a.name.localeCompare(b.name));
  }
}
