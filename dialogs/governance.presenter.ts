import type { OperatorProfile } from '../actions/governance/operator-admin.service';
import type { PermissionSet } from '../actions/governance/permission-set.schema';
import type { Operator } from '../actions/governance/roles';
import type { VirtualTenantSummary } from '../actions/governance/virtual-tenant.service';
import type { GovernanceCardModel, GovernanceSectionModel, SessionFooterModel } from '../cards/card.types';

/** Governance results → card view models. Wording and layout only; the rules live in actions/governance/. */

const ROLE_LABELS: Record<string, string> = {
  TenantAdmin: 'Tenant Admin',
  Management: 'Management',
  Helpdesk: 'Helpdesk',
  Audit: 'Audit',
  Reader: 'Reader',
};

export function roleList(roles: readonly string[]): string {
  return roles.map((r) => ROLE_LABELS[r] ?? r).join(', ');
}

function operatorLine(o: Operator, scopeNames: ReadonlyMap<string, string>): string {
  const parts = [roleList(o.roles)];
  if (o.permissionSets?.length) parts.push(`sets: ${o.permissionSets.join(', ')}`);
  if (o.virtualTenants?.length && !o.roles.includes('TenantAdmin')) {
    parts.push(`virtual tenants: ${o.virtualTenants.map((id) => scopeNames.get(id) ?? `${id} (deleted)`).join(', ')}`);
  }
  return parts.join(' · ');
}

export function operatorsCardModel(operators: readonly Operator[], scopeNames: ReadonlyMap<string, string>, footer?: SessionFooterModel): GovernanceCardModel {
  return {
    title: `Steward operators (${operators.length})`,
    intro: 'Who may use Steward in this tenant, with their roles, permission sets and virtual tenants.',
    sections: [
      {
        heading: 'Operators',
        facts: operators.map((o) => ({ label: `${o.displayName} (${o.userPrincipalName})`, value: operatorLine(o, scopeNames) })),
        empty: 'No operators yet.',
      },
    ],
    footer,
  };
}

export function profileCardModel(profile: OperatorProfile, options: { notice?: string; footer?: SessionFooterModel } = {}): GovernanceCardModel {
  const o = profile.operator;
  const whole = o.roles.includes('TenantAdmin') ? 'The whole tenant (Tenant Admins are never limited).' : 'The whole tenant (no virtual tenant assigned).';
  const sections: GovernanceSectionModel[] = [
    { heading: 'Roles', items: [roleList(o.roles)] },
    {
      heading: 'Permission sets',
      items: [
        ...profile.sets.map((s) => `${s.name}: ${s.actions.join(', ')}`),
        ...profile.missingSets.map((n) => `${n} (no longer exists: grants nothing)`),
      ],
      empty: 'None.',
    },
    {
      heading: 'Acts on',
      items: [
        ...profile.virtualTenants.map((v) => `Virtual tenant ${v.name}: ${v.definition}`),
        ...profile.missingVirtualTenants.map((id) => `${id} (deleted: selects nobody)`),
      ],
      empty: whole,
    },
    {
      heading: `May run (${profile.actions.length})`,
      facts: profile.actions.map((a) => ({ label: a.action.title, value: `${a.action.id} · from ${a.reasons.join(', ')}` })),
      empty: o.roles.includes('Audit') ? 'No actions (the Audit role reads the audit log).' : 'No actions.',
    },
  ];
  return {
    title: `What ${o.displayName} can do`,
    intro: `${o.userPrincipalName}${o.addedBy ? ` · added by ${o.addedBy}` : ''}`,
    notice: options.notice,
    sections,
    footer: options.footer,
  };
}

export function permissionSetsCardModel(sets: readonly PermissionSet[], options: { notice?: string; footer?: SessionFooterModel } = {}): GovernanceCardModel {
  return {
    title: `Permission sets (${sets.length})`,
    intro: 'Custom roles: the actions an operator holding the set may run, by id or category wildcard ("user.*").',
    notice: options.notice,
    sections: sets.length
      ? sets.map((s) => ({ heading: s.name, items: [...(s.description ? [s.description] : []), `Actions: ${s.actions.join(', ')}`] }))
      : [{ heading: 'None yet', empty: 'Type "import permission sets" to add some.' }],
    footer: options.footer,
  };
}

export function virtualTenantsCardModel(list: readonly VirtualTenantSummary[], options: { notice?: string; title?: string; footer?: SessionFooterModel } = {}): GovernanceCardModel {
  return {
    title: options.title ?? `Virtual tenants (${list.length})`,
    intro: 'An operator with virtual tenants acts only on users inside at least one of them; with none, on the whole tenant.',
    notice: options.notice,
    sections: list.length
      ? list.map((v) => ({
          heading: v.virtualTenant.name,
          facts: [
            { label: 'Users where', value: v.definition },
            { label: 'Assigned to', value: v.assignedTo.length ? v.assignedTo.map((o) => o.userPrincipalName).join(', ') : 'nobody yet' },
          ],
        }))
      : [{ heading: 'None yet', empty: 'Type "create virtual tenant Italy Sales where country = Italy and department = Sales".' }],
    footer: options.footer,
  };
}
