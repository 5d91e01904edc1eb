import { badRequest, notFound } from '../http/graph-error';
import type { GraphRouter } from '../http/graph.router';
import type { GraphRequest } from '../http/http.types';
import { contextUrl, entityResult, listCollection, project } from '../http/odata-query.helpers';
import { authorize } from './authorization.policy';
import {
  castSpec,
  DIRECTORY_OBJECT_SPEC,
  directoryRoleId,
  directoryRoleView,
  GROUP_SPEC,
  groupView,
  USER_SPEC,
  userView,
  type DirectoryObjectItem,
} from './directory-object.views';
import { bodyObject } from './request-body.helpers';
import type { SandboxContext } from './sandbox-context';

/**
 * The recycle bin (/directory/deletedItems: list by type, get, restore, purge) and the activated
 * directory roles with their members, which is how an admin tool learns who is privileged.
 */
export function registerDirectoryRoutes(router: GraphRouter, ctx: SandboxContext): void {
  const t = () => ctx.tenant;
  const deletedUserSpec = castSpec(USER_SPEC, 'microsoft.graph.user', 'directory/deletedItems/microsoft.graph.user');
  const deletedGroupSpec = castSpec(GROUP_SPEC, 'microsoft.graph.group', 'directory/deletedItems/microsoft.graph.group');

  router.add('GET', '/directory/deletedItems/microsoft.graph.user', (req) => listCollection(req, t().listDeletedUsers(), deletedUserSpec));
  router.add('GET', '/directory/deletedItems/microsoft.graph.group', (req) => listCollection(req, t().listDeletedGroups(), deletedGroupSpec));
  router.add('GET', '/directory/deletedItems/{id}', (req) => {
    const user = t().getDeletedUser(req.params.id);
    if (user) return entityResult(req, { '@odata.type': '#microsoft.graph.user', ...userView(user) }, { ...USER_SPEC, contextPath: 'directory/deletedItems' });
    const group = t().getDeletedGroup(req.params.id);
    if (group) return entityResult(req, { '@odata.type': '#microsoft.graph.group', ...groupView(group) }, { ...GROUP_SPEC, contextPath: 'directory/deletedItems' });
    throw notFound(req.params.id);
  });
  router.add('POST', '/directory/deletedItems/{id}/restore', (req) => restore(ctx, req));
  router.add('DELETE', '/directory/deletedItems/{id}', (req) => {
    authorize(t(), req.principal, 'restore');
    if (!t().purgeUser(req.params.id) && !t().purgeGroup(req.params.id)) throw notFound(req.params.id);
    return { status: 204 };
  });

  router.add('GET', '/directoryRoles', (req) => {
    const used = new Set(t().listUsers().flatMap((u) => u.roleTemplateIds));
    const roles: DirectoryObjectItem[] = t()
      .directoryRoles.filter((r) => used.has(r.roleTemplateId))
      .map((role) => ({ kind: 'role', role }));
    return listCollection(req, roles, { ...DIRECTORY_OBJECT_SPEC, contextPath: 'directoryRoles' });
  });
  router.add('GET', '/directoryRoles/{id}/members', (req) => {
    const key = req.params.id.toLowerCase();
    const role = t().directoryRoles.find((r) => directoryRoleId(r.roleTemplateId) === key || r.roleTemplateId === key);
    if (!role) throw notFound(req.params.id);
    const members: DirectoryObjectItem[] = t()
      .listUsers()
      .filter((u) => u.roleTemplateIds.includes(role.roleTemplateId))
      .map((user) => ({ kind: 'user', user }));
    return listCollection(req, members, DIRECTORY_OBJECT_SPEC);
  });
  router.add('GET', '/directoryRoles/{id}', (req) => {
    const key = req.params.id.toLowerCase();
    const role = t().directoryRoles.find((r) => directoryRoleId(r.roleTemplateId) === key || r.roleTemplateId === key);
    if (!role) throw notFound(req.params.id);
    return { status: 200, body: { '@odata.context': contextUrl(req, 'directoryRoles', null, true), ...directoryRoleView(role) } };
  });
}

/**
 * Restores a deleted user or group. The beta body may carry newUserPrincipalName and
 * autoReconcileProxyConflict; without a new UPN, a clash with an active user is a 400.
 */
function restore(ctx: SandboxContext, req: GraphRequest) {
  const tenant = ctx.tenant;
  authorize(tenant, req.principal, 'restore');
  const user = tenant.getDeletedUser(req.params.id);
  if (user) {
    const body = req.body && typeof req.body === 'object' ? bodyObject(req) : {};
    checkRestoreBody(ctx, req, body);
    const requested = typeof body.newUserPrincipalName === 'string' ? body.newUserPrincipalName : tenant.originalUpn(user);
    if (tenant.isUpnTaken(requested)) {
      throw badRequest(
        `Another object with the same value for property userPrincipalName already exists. Restore with a newUserPrincipalName (beta) or rename '${requested}' first.`,
      );
    }
    tenant.restoreUser(user, requested);
    return {
      status: 200,
      body: {
        '@odata.context': contextUrl(req, 'directoryObjects', null, true),
        '@odata.type': '#microsoft.graph.user',
        ...project(userView(user), [...USER_SPEC.defaultSelect]),
      },
    };
  }
  const group = tenant.getDeletedGroup(req.params.id);
  if (group) {
    tenant.restoreGroup(group);
    return {
      status: 200,
      body: { '@odata.context': contextUrl(req, 'directoryObjects', null, true), '@odata.type': '#microsoft.graph.group', ...groupView(group) },
    };
  }
  throw notFound(req.params.id);
}

/**
 * The restore body: beta's newUserPrincipalName (a UPN on a verified domain) and
 * autoReconcileProxyConflict (a boolean); v1.0 knows only autoReconcileProxyConflict.
 */
function checkRestoreBody(ctx: SandboxContext, req: GraphRequest, body: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(body)) {
    if (key === 'autoReconcileProxyConflict') {
      if (typeof value !== 'boolean') throw badRequest("Invalid value specified for property 'autoReconcileProxyConflict'.");
    } else if (key === 'newUserPrincipalName' && req.version === 'beta') {
      if (typeof value !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(value)) throw badRequest("Invalid value specified for property 'newUserPrincipalName'.");
      const domain = value.split('@')[1].toLowerCase();
      if (!ctx.tenant.verifiedDomains.some((d) => d.toLowerCase() === domain)) {
        throw badRequest('The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.');
      }
    } else {
      throw badRequest(`The property '${key}' does not exist on type 'microsoft.graph.restore'. Make sure to only use property names that are defined by the type.`);
    }
  }
}
