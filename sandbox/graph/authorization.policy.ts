import { ROLE_TEMPLATE_IDS } from '../seed/seed.data';
import { forbidden } from '../http/graph-error';
import type { Principal } from '../http/http.types';
import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import type { UserRecord } from '../tenant/tenant.types';

/**
 * Who may do what, approximating Entra's built-in roles for delegated (signed-in admin) tokens.
 * App-only tokens from the sandbox app and the admin token may do everything, as an app with
 * granted application permissions would. This is what makes "admin credentials" sessions behave
 * differently for a Helpdesk Administrator than for a Global Administrator.
 */

export type Operation =
  | 'read'
  | 'readAuthMethods'
  | 'writeAuthMethods'
  | 'createUser'
  | 'updateUser'
  | 'deleteUser'
  | 'resetPassword'
  | 'revokeSessions'
  | 'assignLicense'
  | 'writeGroup'
  | 'restore';

const R = ROLE_TEMPLATE_IDS;

/** Roles that make a target "privileged": only Global / Privileged Authentication Administrators may reset them. */
const PRIVILEGED_TARGET_ROLES = new Set<string>([
  R.globalAdministrator,
  R.privilegedAuthenticationAdministrator,
  R.userAdministrator,
  R.authenticationAdministrator,
]);

const GRANTS: Record<string, { ops: ReadonlySet<Operation>; privilegedTargets: boolean }> = {
  [R.globalAdministrator]: { ops: new Set<Operation>(['read', 'readAuthMethods', 'writeAuthMethods', 'createUser', 'updateUser', 'deleteUser', 'resetPassword', 'revokeSessions', 'assignLicense', 'writeGroup', 'restore']), privilegedTargets: true },
  [R.privilegedAuthenticationAdministrator]: { ops: new Set<Operation>(['read', 'readAuthMethods', 'writeAuthMethods', 'resetPassword', 'revokeSessions']), privilegedTargets: true },
  [R.userAdministrator]: { ops: new Set<Operation>(['read', 'createUser', 'updateUser', 'deleteUser', 'resetPassword', 'revokeSessions', 'assignLicense', 'writeGroup', 'restore']), privilegedTargets: false },
  [R.authenticationAdministrator]: { ops: new Set<Operation>(['read', 'readAuthMethods', 'writeAuthMethods', 'resetPassword', 'revokeSessions']), privilegedTargets: false },
  [R.helpdeskAdministrator]: { ops: new Set<Operation>(['read', 'resetPassword', 'revokeSessions']), privilegedTargets: false },
  [R.globalReader]: { ops: new Set<Operation>(['read', 'readAuthMethods']), privilegedTargets: false },
};

/** Throws 403 Authorization_RequestDenied when the caller may not perform `op` (on `target`). */
export function authorize(tenant: SandboxTenant, principal: Principal, op: Operation, target?: UserRecord): void {
  if (principal.kind !== 'user') return;
  const caller = tenant.getUser(principal.userId);
  if (!caller) throw forbidden();
  // Everyone may read the directory and their own methods.
  if (op === 'read') return;
  if (op === 'readAuthMethods' && target && target.props.id === caller.props.id) return;
  const targetPrivileged = target?.roleTemplateIds.some((r) => PRIVILEGED_TARGET_ROLES.has(r)) ?? false;
  const allowed = caller.roleTemplateIds.some((role) => {
    const grant = GRANTS[role];
    if (!grant || !grant.ops.has(op)) return false;
    return !targetPrivileged || grant.privilegedTargets || op === 'readAuthMethods';
  });
  if (!allowed) throw forbidden();
}
