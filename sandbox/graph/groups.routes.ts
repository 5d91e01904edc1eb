import { randomUUID } from 'node:crypto';
import { badRequest, GraphHttpError, notFound } from '../http/graph-error';
import type { GraphRouter } from '../http/graph.router';
import type { GraphRequest, GraphResult } from '../http/http.types';
import { countCollection, entityResult, listCollection } from '../http/odata-query.helpers';
import type { GroupRecord } from '../tenant/tenant.types';
import { authorize } from './authorization.policy';
import { castSpec, DIRECTORY_OBJECT_SPEC, GROUP_SPEC, USER_SPEC, groupView, type DirectoryObjectItem } from './directory-object.views';
import { bodyObject, referencedId } from './request-body.helpers';
import type { SandboxContext } from './sandbox-context';
import { graphDateTime } from '../tenant/graph-date';

/**
 * /groups: listing and reading with the usual query options, members and owners (with $ref
 * add/remove), creation, update and deletion. Mail-enabled security groups and distribution lists
 * are read-only here, as in Graph (they are managed in Exchange).
 */
export function registerGroupRoutes(router: GraphRouter, ctx: SandboxContext): void {
  const t = () => ctx.tenant;
  const requireGroup = (id: string): GroupRecord => {
    const group = t().getGroup(id);
    if (!group) throw notFound(id);
    return group;
  };

  router.add('GET', '/groups', (req) => listCollection(req, t().listGroups(), GROUP_SPEC));
  router.add('GET', '/groups/$count', (req) => countCollection(req, t().listGroups(), GROUP_SPEC));
  router.add('POST', '/groups', (req) => createGroup(ctx, req));
  router.add('GET', '/groups/{id}', (req) => entityResult(req, groupView(requireGroup(req.params.id)), GROUP_SPEC));
  router.add('PATCH', '/groups/{id}', (req) => {
    const group = requireGroup(req.params.id);
    authorize(t(), req.principal, 'writeGroup');
    const body = bodyObject(req);
    const writable = new Set(['displayName', 'description', 'mailNickname', 'visibility', 'allowExternalSenders', 'autoSubscribeNewMembers', 'hideFromAddressLists', 'hideFromOutlookClients']);
    for (const key of Object.keys(body)) {
      if (key.startsWith('@odata.') || key.endsWith('@odata.bind')) continue;
      if (!writable.has(key)) throw badRequest(`Property '${key}' is read-only or does not exist on type 'microsoft.graph.group'.`);
    }
    for (const [key, value] of Object.entries(body)) {
      if (writable.has(key)) (group.props as unknown as Record<string, unknown>)[key] = value;
    }
    bindMembers(ctx, group, body);
    return { status: 204 };
  });
  router.add('DELETE', '/groups/{id}', (req) => {
    const group = requireGroup(req.params.id);
    authorize(t(), req.principal, 'writeGroup');
    // Only Microsoft 365 groups go to the recycle bin; security groups are deleted for good.
    if (group.props.groupTypes?.includes('Unified')) t().softDeleteGroup(group, ctx.now());
    else {
      t().softDeleteGroup(group, ctx.now());
      t().purgeGroup(group.props.id);
    }
    return { status: 204 };
  });

  for (const nav of ['members', 'owners', 'transitiveMembers'] as const) {
    const items = (req: GraphRequest): DirectoryObjectItem[] => {
      const group = requireGroup(req.params.id);
      const ids = nav === 'owners' ? group.ownerIds : group.memberIds;
      return t().activeMembers(ids).map((user) => ({ kind: 'user', user }));
    };
    router.add('GET', `/groups/{id}/${nav}`, (req) => listCollection(req, items(req), DIRECTORY_OBJECT_SPEC));
    router.add('GET', `/groups/{id}/${nav}/$count`, (req) => countCollection(req, items(req), DIRECTORY_OBJECT_SPEC));
    router.add('GET', `/groups/{id}/${nav}/microsoft.graph.user`, (req) => {
      const group = requireGroup(req.params.id);
      const users = t().activeMembers(nav === 'owners' ? group.ownerIds : group.memberIds);
      return listCollection(req, users, castSpec(USER_SPEC, 'microsoft.graph.user', 'users'));
    });
  }

  for (const nav of ['members', 'owners'] as const) {
    router.add('POST', `/groups/{id}/${nav}/$ref`, (req) => {
      const group = requireGroup(req.params.id);
      authorize(t(), req.principal, 'writeGroup');
      assertWritableMembership(group);
      const userId = referencedId(bodyObject(req));
      const user = t().getUser(userId);
      if (!user) throw notFound(userId);
      const set = nav === 'owners' ? group.ownerIds : group.memberIds;
      if (set.has(user.props.id.toLowerCase())) {
        throw badRequest(`One or more added object references already exist for the following modified properties: '${nav}'.`);
      }
      set.add(user.props.id.toLowerCase());
      return { status: 204 };
    });
    router.add('DELETE', `/groups/{id}/${nav}/{memberId}/$ref`, (req) => {
      const group = requireGroup(req.params.id);
      authorize(t(), req.principal, 'writeGroup');
      assertWritableMembership(group);
      const set = nav === 'owners' ? group.ownerIds : group.memberIds;
      const key = req.params.memberId.toLowerCase();
      if (!set.has(key)) throw notFound(req.params.memberId);
      if (nav === 'owners' && group.props.groupTypes?.includes('Unified') && set.size === 1) {
        throw badRequest('The group must have at least one owner, hence this owner cannot be removed.');
      }
      set.delete(key);
      return { status: 204 };
    });
  }
}

function assertWritableMembership(group: GroupRecord): void {
  const unified = group.props.groupTypes?.includes('Unified') ?? false;
  if (!unified && group.props.mailEnabled) {
    throw badRequest('Cannot Update a mail-enabled security groups and or distribution list.');
  }
}

/** members@odata.bind / owners@odata.bind on create or update. */
function bindMembers(ctx: SandboxContext, group: GroupRecord, body: Record<string, unknown>): void {
  for (const nav of ['members', 'owners'] as const) {
    const refs = body[`${nav}@odata.bind`];
    if (refs === undefined) continue;
    if (!Array.isArray(refs)) throw badRequest(`Invalid value for '${nav}@odata.bind'.`);
    for (const ref of refs) {
      const id = referencedId({ '@odata.id': ref });
      const user = ctx.tenant.getUser(id);
      if (!user) throw notFound(id);
      (nav === 'owners' ? group.ownerIds : group.memberIds).add(user.props.id.toLowerCase());
    }
  }
}

function createGroup(ctx: SandboxContext, req: GraphRequest): GraphResult {
  authorize(ctx.tenant, req.principal, 'writeGroup');
  const body = bodyObject(req);
  for (const name of ['displayName', 'mailEnabled', 'mailNickname', 'securityEnabled']) {
    if (body[name] === undefined || body[name] === null) {
      throw badRequest(`A value is required for property '${name}' of resource 'Group'.`);
    }
  }
  const groupTypes = Array.isArray(body.groupTypes) ? (body.groupTypes as string[]) : [];
  const unified = groupTypes.includes('Unified');
  if (body.mailEnabled === true && !unified) {
    throw new GraphHttpError(400, 'Request_BadRequest', 'Creating mail-enabled security groups or distribution lists is not supported in Graph; use Exchange.');
  }
  const nick = String(body.mailNickname);
  if (ctx.tenant.listGroups().some((g) => g.props.mailNickname?.toLowerCase() === nick.toLowerCase() && unified)) {
    throw badRequest('Another object with the same value for property mailNickname already exists.');
  }
  const now = graphDateTime(ctx.now());
  const mail = unified ? `${nick}@${ctx.tenant.organization.defaultDomain}` : null;
  const group: GroupRecord = {
    props: {
      id: randomUUID(),
      displayName: String(body.displayName),
      description: typeof body.description === 'string' ? body.description : null,
      mailNickname: nick,
      mail,
      mailEnabled: body.mailEnabled === true,
      securityEnabled: body.securityEnabled === true,
      groupTypes,
      visibility: unified ? (typeof body.visibility === 'string' ? body.visibility : 'Public') : null,
      isAssignableToRole: body.isAssignableToRole === true,
      membershipRule: null,
      membershipRuleProcessingState: null,
      onPremisesSyncEnabled: null,
      proxyAddresses: mail ? [`SMTP:${mail}`] : [],
      resourceProvisioningOptions: [],
      resourceBehaviorOptions: [],
      securityIdentifier: null,
      createdDateTime: now,
      renewedDateTime: now,
      deletedDateTime: null,
    },
    memberIds: new Set(),
    ownerIds: new Set(),
  };
  bindMembers(ctx, group, body);
  ctx.tenant.addGroup(group);
  return { ...entityResult(req, groupView(group), GROUP_SPEC), status: 201 };
}
