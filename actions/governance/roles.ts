import { z } from 'zod';

/**
 * Built-in roles and the static permission map. Actions declare a permission tier; roles grant tiers.
 * Permission sets (custom roles that grant actions by id or category, permission-set.schema.ts) add to
 * this per operator without changing any action; permission.service.ts combines both.
 */
export const roleSchema = z.enum(['TenantAdmin', 'Management', 'Helpdesk', 'Audit', 'Reader']);
export type Role = z.infer<typeof roleSchema>;

/** What an action needs: helpdesk-level actions, management actions, or tenant administration. */
export const permissionSchema = z.enum(['helpdesk', 'management', 'admin']);
export type Permission = z.infer<typeof permissionSchema>;

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  TenantAdmin: ['helpdesk', 'management', 'admin'],
  Management: ['helpdesk', 'management'],
  Helpdesk: ['helpdesk'],
  Audit: [],
  Reader: [],
};

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => GRANTS[r].includes(permission));
}

/** Roles allowed to turn the management session on or off by hand. */
export function mayManageSession(roles: readonly Role[]): boolean {
  return roles.includes('TenantAdmin') || roles.includes('Management');
}

export function mayConfigureTenant(roles: readonly Role[]): boolean {
  return roles.includes('TenantAdmin');
}

export const operatorSchema = z.object({
  tenantId: z.string(),
  objectId: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema).min(1),
  /** Names of permission sets held (custom roles); the grant is the union of roles and sets. */
  permissionSets: z.array(z.string()).optional(),
  /** Ids of the virtual tenants the operator is limited to (at most 50); none = the whole tenant. */
  virtualTenants: z.array(z.string()).max(50).optional(),
  addedBy: z.string().optional(),
  addedAt: z.string().optional(),
});
export type Operator = z.infer<typeof operatorSchema>;
