import { createHash, randomUUID } from 'node:crypto';
import type { AssignedLicense } from '@microsoft/microsoft-graph-types';
import { badRequest, GraphHttpError } from '../http/graph-error';
import type { GraphRouter } from '../http/graph.router';
import type { GraphRequest, GraphResult } from '../http/http.types';
import { contextUrl, countCollection, entityResult, listCollection } from '../http/odata-query.helpers';
import type { UserRecord } from '../tenant/tenant.types';
import { authorize, type Operation } from './authorization.policy';
import {
  castSpec,
  DIRECTORY_OBJECT_SPEC,
  GROUP_SPEC,
  USER_SPEC,
  userView,
  type DirectoryObjectItem,
} from './directory-object.views';
import { bodyObject, checkPasswordComplexity, referencedId, requireUser } from './request-body.helpers';
import type { SandboxContext } from './sandbox-context';
import { graphDateTime } from '../tenant/graph-date';

/**
 * /users and the per-user navigation the bot relies on: CRUD with Entra's validation rules,
 * revokeSignInSessions, assignLicense/licenseDetails, manager, directReports and memberOf.
 */

type Validator = (value: unknown, name: string) => void;

const str: Validator = (v, name) => {
  if (v !== null && typeof v !== 'string') throw invalidValue(name);
};
const bool: Validator = (v, name) => {
  if (typeof v !== 'boolean') throw invalidValue(name);
};
const strArray = (max?: number): Validator => (v, name) => {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string') || (max !== undefined && v.length > max)) throw invalidValue(name);
};
const dateTime: Validator = (v, name) => {
  if (v !== null && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) throw invalidValue(name);
};

function invalidValue(name: string): GraphHttpError {
  return badRequest(`Invalid value specified for property '${name}' of resource 'User'.`);
}

/** Properties a client may write, with their checks. Anything else is read-only or unknown. */
const WRITABLE: Record<string, Validator> = {
  accountEnabled: bool,
  displayName: (v, n) => {
    if (typeof v !== 'string' || v.trim() === '' || v.length > 256) throw invalidValue(n);
  },
  givenName: str, surname: str, jobTitle: str, department: str, companyName: str, officeLocation: str,
  employeeId: str, employeeType: str, city: str, state: str, country: str, postalCode: str, streetAddress: str,
  mobilePhone: str, faxNumber: str, preferredLanguage: str, mail: str, ageGroup: str, aboutMe: str,
  employeeHireDate: dateTime, employeeLeaveDateTime: dateTime,
  businessPhones: strArray(1), otherMails: strArray(),
  showInAddressList: bool,
  mailNickname: (v, n) => {
    if (typeof v !== 'string' || !/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$/.test(v)) throw invalidValue(n);
  },
  userPrincipalName: (v, n) => {
    if (typeof v !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(v)) throw invalidValue(n);
  },
  usageLocation: (v, n) => {
    if (v !== null && (typeof v !== 'string' || !/^[A-Z]{2}$/.test(v))) throw invalidValue(n);
  },
  userType: (v, n) => {
    if (v !== 'Member' && v !== 'Guest') throw invalidValue(n);
  },
  passwordPolicies: (v, n) => {
    if (v === null) return;
    const allowed = new Set(['DisablePasswordExpiration', 'DisableStrongPassword', 'None']);
    if (typeof v !== 'string' || v.split(',').some((p) => !allowed.has(p.trim()))) throw invalidValue(n);
  },
  passwordProfile: (v, n) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalidValue(n);
    const allowed = new Set(['password', 'forceChangePasswordNextSignIn', 'forceChangePasswordNextSignInWithMfa', '@odata.type']);
    for (const [k, x] of Object.entries(v)) {
      if (!allowed.has(k)) throw unknownProperty(k);
      if (k.startsWith('force') && typeof x !== 'boolean') throw invalidValue(`passwordProfile.${k}`);
    }
  },
  onPremisesExtensionAttributes: (v, n) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalidValue(n);
    for (const [k, x] of Object.entries(v)) {
      if (!/^extensionAttribute([1-9]|1[0-5])$/.test(k)) throw unknownProperty(k);
      if (x !== null && (typeof x !== 'string' || x.length > 1024)) throw invalidValue(`onPremisesExtensionAttributes.${k}`);
    }
  },
};

function unknownProperty(name: string): GraphHttpError {
  return badRequest(
    `The property '${name}' does not exist on type 'Microsoft.DirectoryServices.User'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );
}

const READ_ONLY = new Set(['id', 'createdDateTime', 'proxyAddresses', 'assignedLicenses', 'licenseAssignmentStates', 'signInSessionsValidFromDateTime', 'lastPasswordChangeDateTime', 'deletedDateTime', 'creationType', 'externalUserState', 'imAddresses', 'securityIdentifier', 'onPremisesSyncEnabled']);

const REQUIRED_ON_CREATE = ['accountEnabled', 'displayName', 'mailNickname', 'userPrincipalName', 'passwordProfile'];

export function registerUserRoutes(router: GraphRouter, ctx: SandboxContext): void {
  const t = () => ctx.tenant;

  router.add('GET', '/users', (req) => {
    authorize(t(), req.principal, 'read');
    return listCollection(req, t().listUsers(), USER_SPEC);
  });
  router.add('GET', '/users/$count', (req) => countCollection(req, t().listUsers(), USER_SPEC));
  router.add('POST', '/users', (req) => createUser(ctx, req));

  router.add('GET', '/me', (req) => {
    if (req.principal.kind !== 'user') {
      throw badRequest('/me request is only valid with delegated authentication flow.', 'BadRequest');
    }
    return entityResult(req, userView(requireUser(t(), req.principal.userId)), USER_SPEC);
  });

  router.add('GET', '/users/{id}', (req) => {
    authorize(t(), req.principal, 'read');
    return entityResult(req, userView(requireUser(t(), req.params.id)), USER_SPEC);
  });
  router.add('PATCH', '/users/{id}', (req) => updateUser(ctx, req));
  router.add('DELETE', '/users/{id}', (req) => {
    const user = requireUser(t(), req.params.id);
    authorize(t(), req.principal, 'deleteUser', user);
    t().softDeleteUser(user, ctx.now());
    return { status: 204 };
  });

  router.add('POST', '/users/{id}/revokeSignInSessions', (req) => {
    const user = requireUser(t(), req.params.id);
    authorize(t(), req.principal, 'revokeSessions', user);
    user.props.signInSessionsValidFromDateTime = graphDateTime(ctx.now());
    return { status: 200, body: { '@odata.context': `${req.baseUrl}/${req.version}/$metadata#Edm.Boolean`, value: true } };
  });

  router.add('POST', '/users/{id}/assignLicense', (req) => assignLicense(ctx, req));
  router.add('GET', '/users/{id}/licenseDetails', (req) => {
    const user = requireUser(t(), req.params.id);
    authorize(t(), req.principal, 'read');
    const details = (user.props.assignedLicenses ?? []).map((l) => licenseDetails(ctx, user, l));
    return {
      status: 200,
      body: { '@odata.context': contextUrl(req, `users('${user.props.id}')/licenseDetails`, null), value: details },
    };
  });

  router.add('GET', '/users/{id}/manager', (req) => {
    const user = requireUser(t(), req.params.id);
    const manager = user.managerId ? t().getUser(user.managerId) : undefined;
    if (!manager) {
      throw new GraphHttpError(404, 'Request_ResourceNotFound', "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
    }
    return entityResult(req, { '@odata.type': '#microsoft.graph.user', ...userView(manager) }, { ...USER_SPEC, contextPath: 'directoryObjects' });
  });
  router.add('PUT', '/users/{id}/manager/$ref', (req) => {
    const user = requireUser(t(), req.params.id);
    authorize(t(), req.principal, 'updateUser', user);
    const managerId = referencedId(bodyObject(req));
    const manager = requireUser(t(), managerId);
    if (manager.props.id === user.props.id) throw badRequest('A user cannot be their own manager.');
    user.managerId = manager.props.id;
    return { status: 204 };
  });
  router.add('DELETE', '/users/{id}/manager/$ref', (req) => {
    const user = requireUser(t(), req.params.id);
    authorize(t(), req.principal, 'updateUser', user);
    if (!user.managerId) {
      throw new GraphHttpError(404, 'Request_ResourceNotFound', "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
    }
    user.managerId = null;
    return { status: 204 };
  });
  router.add('GET', '/users/{id}/directReports', (req) => {
    const user = requireUser(t(), req.params.id);
    const items: DirectoryObjectItem[] = t().directReports(user.props.id).map((u) => ({ kind: 'user', user: u }));
    return listCollection(req, items, DIRECTORY_OBJECT_SPEC);
  });

  for (const nav of ['memberOf', 'transitiveMemberOf']) {
    router.add('GET', `/users/{id}/${nav}`, (req) => listCollection(req, memberOfItems(ctx, req), DIRECTORY_OBJECT_SPEC));
    router.add('GET', `/users/{id}/${nav}/microsoft.graph.group`, (req) => {
      const user = requireUser(t(), req.params.id);
      return listCollection(req, t().groupsOfUser(user.props.id), castSpec(GROUP_SPEC, 'microsoft.graph.group', 'groups'));
    });
    router.add('GET', `/users/{id}/${nav}/$count`, (req) => countCollection(req, memberOfItems(ctx, req), DIRECTORY_OBJECT_SPEC));
  }
}

function memberOfItems(ctx: SandboxContext, req: GraphRequest): DirectoryObjectItem[] {
  const user = requireUser(ctx.tenant, req.params.id);
  const groups: DirectoryObjectItem[] = ctx.tenant.groupsOfUser(user.props.id).map((g) => ({ kind: 'group', group: g }));
  const roles: DirectoryObjectItem[] = user.roleTemplateIds
    .map((id) => ctx.tenant.directoryRoles.find((r) => r.roleTemplateId === id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined)
    .map((role) => ({ kind: 'role', role }));
  return [...groups, ...roles];
}

function checkWritable(body: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('@odata.')) continue;
    const validate = WRITABLE[key];
    if (validate) {
      validate(value, key);
      continue;
    }
    if (READ_ONLY.has(key)) throw badRequest(`Property '${key}' is read-only and cannot be set.`);
    throw unknownProperty(key);
  }
}

function checkUpnDomain(ctx: SandboxContext, upn: string, userType: unknown): void {
  const domain = upn.split('@')[1]?.toLowerCase() ?? '';
  const isGuest = userType === 'Guest' || upn.includes('#EXT#');
  if (!isGuest && !ctx.tenant.verifiedDomains.some((d) => d.toLowerCase() === domain)) {
    throw badRequest(
      'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
    );
  }
}

function duplicateUpn(): GraphHttpError {
  return badRequest('Another object with the same value for property userPrincipalName already exists.');
}

function createUser(ctx: SandboxContext, req: GraphRequest): GraphResult {
  const tenant = ctx.tenant;
  authorize(tenant, req.principal, 'createUser');
  const body = bodyObject(req);
  for (const name of REQUIRED_ON_CREATE) {
    if (body[name] === undefined || body[name] === null) {
      throw badRequest(`A value is required for property '${name}' of resource 'User'.`);
    }
  }
  checkWritable(body);
  const upn = body.userPrincipalName as string;
  checkUpnDomain(ctx, upn, body.userType);
  if (tenant.isUpnTaken(upn)) throw duplicateUpn();
  const profile = body.passwordProfile as Record<string, unknown>;
  checkPasswordComplexity(profile.password, body.passwordPolicies as string | undefined);

  const now = graphDateTime(ctx.now());
  const { passwordProfile: _ignored, ...rest } = body;
  const user: UserRecord = {
    props: {
      givenName: null, surname: null, mail: null, jobTitle: null, department: null, companyName: null,
      officeLocation: null, mobilePhone: null, businessPhones: [], preferredLanguage: null, usageLocation: null,
      country: null, city: null, state: null, postalCode: null, streetAddress: null, employeeId: null,
      employeeType: null, employeeHireDate: null, faxNumber: null, otherMails: [], passwordPolicies: null,
      creationType: null, onPremisesSyncEnabled: null, onPremisesImmutableId: null, onPremisesSamAccountName: null,
      onPremisesExtensionAttributes: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, null])),
      deletedDateTime: null,
      ...(rest as Partial<UserRecord['props']>),
      id: randomUUID(),
      userPrincipalName: upn,
      displayName: body.displayName as string,
      userType: (body.userType as string | undefined) ?? 'Member',
      proxyAddresses: body.mail ? [`SMTP:${body.mail as string}`] : [],
      assignedLicenses: [],
      createdDateTime: now,
      lastPasswordChangeDateTime: now,
      signInSessionsValidFromDateTime: now,
      passwordProfile: {
        password: null,
        forceChangePasswordNextSignIn: (profile.forceChangePasswordNextSignIn as boolean | undefined) ?? true,
        forceChangePasswordNextSignInWithMfa: (profile.forceChangePasswordNextSignInWithMfa as boolean | undefined) ?? false,
      },
    },
    password: profile.password as string,
    managerId: null,
    methods: [],
    preferredSecondary: null,
    systemPreferredEnabled: true,
    perUserMfaState: 'disabled',
    roleTemplateIds: [],
  };
  tenant.addUser(user);
  return { ...entityResult(req, userView(user), USER_SPEC), status: 201 };
}

function updateUser(ctx: SandboxContext, req: GraphRequest): GraphResult {
  const tenant = ctx.tenant;
  const user = requireUser(tenant, req.params.id);
  const body = bodyObject(req);
  const keys = Object.keys(body).filter((k) => !k.startsWith('@odata.'));
  const op: Operation = keys.every((k) => k === 'passwordProfile') ? 'resetPassword' : 'updateUser';
  authorize(tenant, req.principal, op, user);
  checkWritable(body);

  if (typeof body.userPrincipalName === 'string' && body.userPrincipalName.toLowerCase() !== user.props.userPrincipalName.toLowerCase()) {
    checkUpnDomain(ctx, body.userPrincipalName, body.userType ?? user.props.userType);
    if (tenant.isUpnTaken(body.userPrincipalName)) throw duplicateUpn();
  }
  const profile = body.passwordProfile as Record<string, unknown> | undefined;
  if (profile && profile.password !== undefined) {
    if (user.password === null) throw badRequest('Cannot set a password for a user whose credentials are managed by another tenant.');
    checkPasswordComplexity(profile.password, (body.passwordPolicies as string | undefined) ?? user.props.passwordPolicies);
  }

  const now = graphDateTime(ctx.now());
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('@odata.') || key === 'passwordProfile' || key === 'userPrincipalName') continue;
    if (key === 'onPremisesExtensionAttributes') {
      user.props.onPremisesExtensionAttributes = { ...user.props.onPremisesExtensionAttributes, ...(value as object) };
      continue;
    }
    (user.props as unknown as Record<string, unknown>)[key] = value;
  }
  if (typeof body.userPrincipalName === 'string' && body.userPrincipalName !== user.props.userPrincipalName) {
    tenant.renameUser(user, body.userPrincipalName);
  }
  if (profile) {
    const current = user.props.passwordProfile ?? {};
    if (typeof profile.password === 'string') {
      user.password = profile.password;
      user.props.lastPasswordChangeDateTime = now;
      // An admin reset ends existing sessions: refresh tokens issued before now stop working.
      user.props.signInSessionsValidFromDateTime = now;
    }
    user.props.passwordProfile = {
      password: null,
      forceChangePasswordNextSignIn:
        (profile.forceChangePasswordNextSignIn as boolean | undefined) ??
        (typeof profile.password === 'string' ? true : current.forceChangePasswordNextSignIn ?? false),
      forceChangePasswordNextSignInWithMfa:
        (profile.forceChangePasswordNextSignInWithMfa as boolean | undefined) ?? current.forceChangePasswordNextSignInWithMfa ?? false,
    };
  }
  return { status: 204 };
}

function assignLicense(ctx: SandboxContext, req: GraphRequest): GraphResult {
  const tenant = ctx.tenant;
  const user = requireUser(tenant, req.params.id);
  authorize(tenant, req.principal, 'assignLicense', user);
  const body = bodyObject(req);
  const add = body.addLicenses;
  const remove = body.removeLicenses;
  if (!Array.isArray(add)) throw badRequest("Invalid value specified for property 'addLicenses' of resource 'User'.");
  if (!Array.isArray(remove)) throw badRequest("Invalid value specified for property 'removeLicenses' of resource 'User'.");
  if (add.length > 0 && !user.props.usageLocation) {
    throw badRequest('License assignment cannot be done for user with invalid usage location.');
  }
  const current = new Map((user.props.assignedLicenses ?? []).map((l) => [l.skuId!, l]));
  for (const skuId of remove) {
    if (typeof skuId !== 'string' || !current.has(skuId.toLowerCase())) {
      throw badRequest(`User does not have a corresponding license ${String(skuId)}.`);
    }
    current.delete(skuId.toLowerCase());
  }
  for (const entry of add as AssignedLicense[]) {
    const skuId = typeof entry?.skuId === 'string' ? entry.skuId.toLowerCase() : '';
    const sku = tenant.getSku(skuId);
    if (!sku) throw badRequest(`License ${skuId || String(entry?.skuId)} does not correspond to a valid company License.`);
    const disabled = (entry.disabledPlans ?? []).map((p) => String(p).toLowerCase());
    for (const planId of disabled) {
      if (!sku.servicePlans.some((p) => p.servicePlanId === planId)) {
        throw badRequest(`Service plan ${planId} is not part of license ${sku.skuPartNumber}.`);
      }
    }
    if (!current.has(skuId) && tenant.consumedUnits(skuId) >= sku.prepaidEnabled) {
      throw badRequest(`Subscription ${sku.skuPartNumber} does not have any available licenses.`);
    }
    current.set(skuId, { skuId, disabledPlans: disabled });
  }
  user.props.assignedLicenses = [...current.values()];
  return entityResult(req, userView(user), USER_SPEC);
}

function licenseDetails(ctx: SandboxContext, user: UserRecord, licence: AssignedLicense): Record<string, unknown> {
  const sku = ctx.tenant.getSku(licence.skuId!);
  const disabled = new Set(licence.disabledPlans ?? []);
  return {
    id: createHash('sha256').update(`${user.props.id}:${licence.skuId}`).digest('base64url').slice(0, 43),
    skuId: licence.skuId,
    skuPartNumber: sku?.skuPartNumber ?? null,
    servicePlans: (sku?.servicePlans ?? []).map((p) => ({
      servicePlanId: p.servicePlanId,
      servicePlanName: p.servicePlanName,
      provisioningStatus: disabled.has(p.servicePlanId) ? 'Disabled' : 'Success',
      appliesTo: p.appliesTo,
    })),
  };
}
