import type { AnyAction } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import type { OperatorStore, PermissionSetStore, TenantConnector, VirtualTenantStore } from '../ports';
import { assertTenantAdmin, type Actor, type GovernanceAudit } from './governance-audit';
import { permissionSetKey, type PermissionSet } from './permission-set.schema';
import type { PermissionService } from './permission.service';
import type { Operator, Role } from './roles';
import { describeFilter } from './virtual-tenant.filter';
import { MAX_VIRTUAL_TENANTS_PER_OPERATOR, virtualTenantKey, type VirtualTenant } from './virtual-tenant.schema';

export interface OperatorAdminDeps {
  operators: OperatorStore;
  sets: PermissionSetStore;
  virtualTenants: VirtualTenantStore;
  connector: TenantConnector;
  permissions: PermissionService;
  audit: GovernanceAudit;
  clock: () => Date;
}

/** "what can bob do": everything that makes up an operator's grant, and its result. */
export interface OperatorProfile {
  operator: Operator;
  sets: PermissionSet[];
  missingSets: string[];
  /** Empty: the whole tenant. */
  virtualTenants: { name: string; definition: string }[];
  missingVirtualTenants: string[];
  actions: { action: AnyAction; reasons: string[] }[];
}

export interface AddOperatorRequest {
  /** UPN, mail, object id or display name of a tenant user. */
  user: string;
  /** Roles to hold; empty keeps an existing operator's roles (a new one gets Reader if sets are named). */
  roles: Role[];
  permissionSets: string[];
  virtualTenants: string[];
}

export interface AssignRequest {
  user: string;
  permissionSets: string[];
  virtualTenants: string[];
}

/**
 * Registers and changes Steward operators (Tenant Admins only): roles, permission sets and virtual
 * tenants. Every change and every refusal is audited. Guards: the last Tenant Admin cannot be removed
 * or demoted; Tenant Admins are never limited to virtual tenants; at most 50 virtual tenants each.
 */
export class OperatorAdminService {
  constructor(private readonly deps: OperatorAdminDeps) {}

  async list(actor: Actor): Promise<Operator[]> {
    return this.deps.audit.guarded(actor, 'steward.operators-list', [], async () => {
      assertTenantAdmin(actor.operator, 'list operators');
      const all = await this.deps.operators.list(actor.caller.tenantId);
      return all.sort((a, b) => a.displayName.localeCompare(b.displayName));
    });
  }

  async add(actor: Actor, request: AddOperatorRequest): Promise<{ operator: Operator; created: boolean; previous?: Operator }> {
    const targets = [{ display: request.user }];
    return this.deps.audit.guarded(actor, 'steward.operator-add', targets, async () => {
      assertTenantAdmin(actor.operator, 'add or change operators');
      const tenantId = actor.caller.tenantId;
      const user = await this.resolveUser(tenantId, request.user);
      const existing = await this.deps.operators.get(tenantId, user.id);
      if (!existing && request.roles.length === 0 && request.permissionSets.length === 0) {
        throw new StewardError('VALIDATION_FAILED', `Say which role ${user.displayName} gets.`, {
          hint: `For example: "add operator ${user.userPrincipalName} as Helpdesk" (roles: Tenant Admin, Management, Helpdesk, Audit, Reader), or name a permission set: "… with permission set Password desk".`,
        });
      }
      const roles: Role[] = request.roles.length > 0 ? [...new Set(request.roles)] : existing?.roles ?? ['Reader'];
      const sets = await this.canonicalSets(tenantId, request.permissionSets);
      const scopes = await this.canonicalVirtualTenants(tenantId, request.virtualTenants);
      const next: Operator = {
        tenantId,
        objectId: user.id,
        userPrincipalName: user.userPrincipalName,
        displayName: user.displayName,
        roles,
        permissionSets: union(existing?.permissionSets, sets.map((s) => s.name)),
        virtualTenants: union(existing?.virtualTenants, scopes.map((v) => v.id)),
        addedBy: existing?.addedBy ?? actor.operator.userPrincipalName,
        addedAt: existing?.addedAt ?? this.deps.clock().toISOString(),
      };
      await this.checkInvariants(tenantId, existing, next);
      await this.deps.operators.upsert(clean(next));
      await this.deps.audit.changed(actor, 'steward.operator-add', [{ id: user.id, display: user.userPrincipalName }], {
        created: !existing,
        roles: next.roles,
        previousRoles: existing?.roles,
        permissionSets: next.permissionSets ?? [],
        virtualTenants: scopes.map((v) => v.name),
      });
      return { operator: clean(next), created: !existing, previous: existing ?? undefined };
    });
  }

  async remove(actor: Actor, userText: string): Promise<Operator> {
    return this.deps.audit.guarded(actor, 'steward.operator-remove', [{ display: userText }], async () => {
      assertTenantAdmin(actor.operator, 'remove operators');
      const tenantId = actor.caller.tenantId;
      const operator = await this.findOperator(tenantId, userText);
      if (operator.roles.includes('TenantAdmin') && (await this.tenantAdminCount(tenantId)) <= 1) {
        throw new StewardError('GOVERNANCE_CONFLICT', `${operator.displayName} is the only Tenant Admin: removing them would leave nobody to manage Steward.`, {
          hint: 'Add another Tenant Admin first.',
        });
      }
      await this.deps.operators.delete(tenantId, operator.objectId);
      await this.deps.audit.changed(actor, 'steward.operator-remove', [{ id: operator.objectId, display: operator.userPrincipalName }], {
        roles: operator.roles,
        permissionSets: operator.permissionSets ?? [],
        virtualTenants: operator.virtualTenants ?? [],
      });
      return operator;
    });
  }

  /** Gives (mode add) or takes away (mode remove) permission sets and virtual tenants. */
  async assign(actor: Actor, request: AssignRequest, mode: 'add' | 'remove'): Promise<Operator> {
    const actionId = mode === 'add' ? 'steward.operator-assign' : 'steward.operator-unassign';
    return this.deps.audit.guarded(actor, actionId, [{ display: request.user }], async () => {
      assertTenantAdmin(actor.operator, 'change operators');
      if (request.permissionSets.length === 0 && request.virtualTenants.length === 0) {
        throw new StewardError('VALIDATION_FAILED', 'Say which permission set or virtual tenant.', {
          hint: 'For example: "assign virtual tenant Italy Sales to bob@contoso.com" or "assign permission set Password desk to bob@contoso.com".',
        });
      }
      const tenantId = actor.caller.tenantId;
      const existing = await this.findOperator(tenantId, request.user);
      let next: Operator;
      let changed: { permissionSets: string[]; virtualTenants: string[] };
      if (mode === 'add') {
        const sets = await this.canonicalSets(tenantId, request.permissionSets);
        const scopes = await this.canonicalVirtualTenants(tenantId, request.virtualTenants);
        next = {
          ...existing,
          permissionSets: union(existing.permissionSets, sets.map((x) => x.name)),
          virtualTenants: union(existing.virtualTenants, scopes.map((v) => v.id)),
        };
        changed = { permissionSets: sets.map((x) => x.name), virtualTenants: scopes.map((v) => v.name) };
      } else {
        const heldSets = existing.permissionSets ?? [];
        const heldScopes = existing.virtualTenants ?? [];
        const setsGone = request.permissionSets.map((n) => heldSets.find((h) => h.toLowerCase() === n.trim().toLowerCase()) ?? n);
        const scopesGone = request.virtualTenants.map((n) => ({ name: n, id: virtualTenantKey(n) }));
        const notHeld = [
          ...setsGone.filter((n) => !heldSets.includes(n)).map((n) => `permission set "${n}"`),
          ...scopesGone.filter((v) => !heldScopes.includes(v.id)).map((v) => `virtual tenant "${v.name}"`),
        ];
        if (notHeld.length > 0) {
          throw new StewardError('VALIDATION_FAILED', `${existing.displayName} does not have ${notHeld.join(', ')}.`, {
            hint: `Type "what can ${existing.userPrincipalName} do" to see what they hold.`,
          });
        }
        next = {
          ...existing,
          permissionSets: heldSets.filter((n) => !setsGone.includes(n)),
          virtualTenants: heldScopes.filter((id) => !scopesGone.some((v) => v.id === id)),
        };
        changed = { permissionSets: setsGone, virtualTenants: scopesGone.map((v) => v.name) };
      }
      await this.checkInvariants(tenantId, existing, next);
      await this.deps.operators.upsert(clean(next));
      await this.deps.audit.changed(actor, actionId, [{ id: existing.objectId, display: existing.userPrincipalName }], changed);
      return clean(next);
    });
  }

  /** Roles, sets, virtual tenants and the resulting actions. Tenant Admins may ask about anyone; others about themselves. */
  async describe(actor: Actor, userText: string): Promise<OperatorProfile> {
    return this.deps.audit.guarded(actor, 'steward.operator-show', [{ display: userText }], async () => {
      const tenantId = actor.caller.tenantId;
      const user = await this.resolveUser(tenantId, userText, true);
      if (user.id !== actor.operator.objectId) assertTenantAdmin(actor.operator, 'look at other operators');
      const operator = await this.deps.operators.get(tenantId, user.id);
      if (!operator) {
        throw new StewardError('TARGET_NOT_FOUND', `${user.displayName} (${user.userPrincipalName}) is not a Steward operator, so they can do nothing with Steward.`, {
          hint: `Add them with "add operator ${user.userPrincipalName} as Helpdesk".`,
        });
      }
      const grant = await this.deps.permissions.grantOf(operator);
      const all = await this.deps.virtualTenants.list(tenantId);
      const byId = new Map(all.map((v) => [v.id, v]));
      const ids = operator.roles.includes('TenantAdmin') ? [] : operator.virtualTenants ?? [];
      const actions = (await this.deps.permissions.allowedActions(operator)).map((action) => ({ action, reasons: this.deps.permissions.reasons(grant, action) }));
      return {
        operator,
        sets: grant.sets,
        missingSets: grant.missingSets,
        virtualTenants: ids.flatMap((id) => {
          const vt = byId.get(id);
          return vt ? [{ name: vt.name, definition: describeFilter(vt.filter) }] : [];
        }),
        missingVirtualTenants: ids.filter((id) => !byId.has(id)),
        actions,
      };
    });
  }

  /** A tenant user from a UPN, mail, id or name; `preferOperators` picks the registered one among namesakes. */
  private async resolveUser(tenantId: string, text: string, preferOperators = false): Promise<DirectoryUser> {
    const directory = await this.deps.connector.directory(tenantId);
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text.trim())) {
      const byId = await directory.getUser(text.trim());
      if (byId) return byId;
    }
    const users = await directory.findUsers(text, { top: 10 });
    const lowered = text.trim().toLowerCase();
    const exact = users.filter((u) => [u.userPrincipalName, u.mail ?? '', u.id, u.displayName].some((v) => v.toLowerCase() === lowered));
    let pool = exact.length > 0 ? exact : users;
    if (pool.length > 1 && preferOperators) {
      const registered = (await Promise.all(pool.map((u) => this.deps.operators.get(tenantId, u.id)))).map(Boolean);
      const ops = pool.filter((_, i) => registered[i]);
      if (ops.length > 0) pool = ops;
    }
    if (pool.length === 1) return pool[0];
    if (pool.length === 0) {
      throw new StewardError('TARGET_NOT_FOUND', `No user in this tenant matches "${text}".`, {
        hint: 'Use the user principal name, e.g. bob@contoso.com.',
      });
    }
    throw new StewardError('TARGET_AMBIGUOUS', `Several users match "${text}": ${pool.slice(0, 5).map((u) => u.userPrincipalName).join(', ')}${pool.length > 5 ? ', …' : ''}.`, {
      hint: 'Use the user principal name of the one you mean.',
    });
  }

  private async findOperator(tenantId: string, text: string): Promise<Operator> {
    const user = await this.resolveUser(tenantId, text, true);
    const operator = await this.deps.operators.get(tenantId, user.id);
    if (!operator) {
      throw new StewardError('TARGET_NOT_FOUND', `${user.displayName} (${user.userPrincipalName}) is not a Steward operator.`, {
        hint: 'Type "show operators" to see who is.',
      });
    }
    return operator;
  }

  /** Named sets as stored (canonical names); unknown names are refused with the known ones listed. */
  private async canonicalSets(tenantId: string, names: readonly string[]): Promise<PermissionSet[]> {
    if (names.length === 0) return [];
    const all = await this.deps.sets.list(tenantId);
    const byKey = new Map(all.map((x) => [x.id, x]));
    const unknown = names.filter((n) => !byKey.has(permissionSetKey(n)));
    if (unknown.length > 0) {
      throw new StewardError('VALIDATION_FAILED', `No permission set named ${unknown.map((n) => `"${n}"`).join(', ')}.`, {
        hint: all.length > 0 ? `Known permission sets: ${all.map((x) => x.name).join(', ')}.` : 'There are no permission sets yet: type "import permission sets" to create some.',
      });
    }
    return names.map((n) => byKey.get(permissionSetKey(n))!);
  }

  private async canonicalVirtualTenants(tenantId: string, names: readonly string[]): Promise<VirtualTenant[]> {
    if (names.length === 0) return [];
    const all = await this.deps.virtualTenants.list(tenantId);
    const byKey = new Map(all.map((v) => [v.id, v]));
    const unknown = names.filter((n) => !byKey.has(virtualTenantKey(n)));
    if (unknown.length > 0) {
      throw new StewardError('VALIDATION_FAILED', `No virtual tenant named ${unknown.map((n) => `"${n}"`).join(', ')}.`, {
        hint: all.length > 0 ? `Known virtual tenants: ${all.map((v) => v.name).join(', ')}.` : 'There are no virtual tenants yet: type "create virtual tenant" to define one.',
      });
    }
    return names.map((n) => byKey.get(virtualTenantKey(n))!);
  }

  private async checkInvariants(tenantId: string, before: Operator | null, after: Operator): Promise<void> {
    if (before?.roles.includes('TenantAdmin') && !after.roles.includes('TenantAdmin') && (await this.tenantAdminCount(tenantId)) <= 1) {
      throw new StewardError('GOVERNANCE_CONFLICT', `${after.displayName} is the only Tenant Admin: taking that role away would leave nobody to manage Steward.`, {
        hint: 'Add another Tenant Admin first.',
      });
    }
    const scopes = after.virtualTenants ?? [];
    if (scopes.length > 0 && after.roles.includes('TenantAdmin')) {
      throw new StewardError('GOVERNANCE_CONFLICT', `${after.displayName} is a Tenant Admin: Tenant Admins always manage the whole tenant, so a virtual tenant would not limit them.`, {
        hint: 'Give a virtual tenant to Management, Helpdesk or permission-set operators.',
      });
    }
    if (scopes.length > MAX_VIRTUAL_TENANTS_PER_OPERATOR) {
      throw new StewardError('GOVERNANCE_CONFLICT', `An operator may have at most ${MAX_VIRTUAL_TENANTS_PER_OPERATOR} virtual tenants; ${after.displayName} would have ${scopes.length}.`, {
        hint: 'Combine several into one virtual tenant with "or", or remove some first.',
      });
    }
  }

  private async tenantAdminCount(tenantId: string): Promise<number> {
    return (await this.deps.operators.list(tenantId)).filter((o) => o.roles.includes('TenantAdmin')).length;
  }
}

function union(a: readonly string[] | undefined, b: readonly string[]): string[] {
  const out = [...(a ?? [])];
  for (const v of b) if (!out.some((x) => x.toLowerCase() === v.toLowerCase())) out.push(v);
  return out;
}

/** Drops empty optional lists so stored documents stay minimal. */
function clean(operator: Operator): Operator {
  const out: Operator = { ...operator };
  if (!out.permissionSets?.length) delete out.permissionSets;
  if (!out.virtualTenants?.length) delete out.virtualTenants;
  return out;
}
