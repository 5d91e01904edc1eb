import { randomBytes, randomUUID } from 'node:crypto';
import { badRequest, GraphHttpError } from '../http/graph-error';
import type { GraphRouter } from '../http/graph.router';
import type { GraphRequest, GraphResult } from '../http/http.types';
import { contextUrl } from '../http/odata-query.helpers';
import {
  PASSWORD_METHOD_ID,
  PHONE_METHOD_IDS,
  type AuthMethodCollection,
  type PhoneType,
  type PreferredSecondaryMethod,
  type StoredAuthMethod,
  type UserRecord,
} from '../tenant/tenant.types';
import { authorize } from './authorization.policy';
import { bodyObject, requireUser } from './request-body.helpers';
import type { SandboxContext } from './sandbox-context';
import { graphDateTime } from '../tenant/graph-date';

/**
 * /users/{id}/authentication: the aggregated `methods` view, the typed collections with Entra's
 * deletion rules (password never; mobile not while an alternate mobile exists; the default MFA
 * method not while other MFA methods remain), method registration for phone/email/TAP, and the
 * beta per-user MFA `requirements` and `signInPreferences`.
 */

const ODATA_TYPES: Record<AuthMethodCollection, string> = {
  phoneMethods: '#microsoft.graph.phoneAuthenticationMethod',
  microsoftAuthenticatorMethods: '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  fido2Methods: '#microsoft.graph.fido2AuthenticationMethod',
  softwareOathMethods: '#microsoft.graph.softwareOathAuthenticationMethod',
  emailMethods: '#microsoft.graph.emailAuthenticationMethod',
  windowsHelloForBusinessMethods: '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod',
  temporaryAccessPassMethods: '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
};

/** Collections that exist in Graph but that the seed never fills; they list empty. */
const EMPTY_COLLECTIONS = ['platformCredentialMethods', 'externalAuthenticationMethods', 'hardwareOathMethods'];

const STORED = Object.keys(ODATA_TYPES) as AuthMethodCollection[];
const ALL_COLLECTIONS = ['passwordMethods', ...STORED, ...EMPTY_COLLECTIONS].join('|');

/** Methods that can be a default second factor; deleting the default is refused while others of these remain. */
const MFA_COLLECTIONS = new Set<AuthMethodCollection>(['phoneMethods', 'microsoftAuthenticatorMethods', 'softwareOathMethods']);

/** Types without createdDateTime in Graph's model. */
const NO_CREATED = new Set<AuthMethodCollection>(['phoneMethods', 'emailMethods', 'softwareOathMethods']);

const PREFERRED_VALUES: PreferredSecondaryMethod[] = ['push', 'oath', 'voiceMobile', 'voiceAlternateMobile', 'voiceOffice', 'sms'];

export function registerAuthMethodRoutes(router: GraphRouter, ctx: SandboxContext): void {
  const target = (req: GraphRequest, write: boolean): UserRecord => {
    const user = requireUser(ctx.tenant, req.params.id);
    authorize(ctx.tenant, req.principal, write ? 'writeAuthMethods' : 'readAuthMethods', user);
    return user;
  };

  router.add('GET', '/users/{id}/authentication/methods', (req) => {
    const user = target(req, false);
    return collectionResult(req, user, 'methods', allMethodViews(user));
  });
  router.add('GET', '/users/{id}/authentication/methods/{methodId}', (req) => {
    const user = target(req, false);
    const view = allMethodViews(user).find((m) => String(m.id).toLowerCase() === req.params.methodId.toLowerCase());
    if (!view) throw methodNotFound(req.params.methodId);
    return entityResult(req, user, 'methods', view);
  });

  router.add('GET', `/users/{id}/authentication/{collection:${ALL_COLLECTIONS}}`, (req) => {
    const user = target(req, false);
    return collectionResult(req, user, req.params.collection, methodViews(user, req.params.collection));
  });
  router.add('GET', `/users/{id}/authentication/{collection:${ALL_COLLECTIONS}}/{methodId}`, (req) => {
    const user = target(req, false);
    const view = methodViews(user, req.params.collection).find((m) => String(m.id).toLowerCase() === req.params.methodId.toLowerCase());
    if (!view) throw methodNotFound(req.params.methodId);
    return entityResult(req, user, req.params.collection, view);
  });
  router.add('DELETE', `/users/{id}/authentication/{collection:${ALL_COLLECTIONS}}/{methodId}`, (req) => {
    const user = target(req, true);
    deleteMethod(user, req.params.collection, req.params.methodId);
    return { status: 204 };
  });

  router.add('POST', '/users/{id}/authentication/phoneMethods', (req) => {
    const user = target(req, true);
    const body = bodyObject(req);
    const phoneType = body.phoneType;
    if (phoneType !== 'mobile' && phoneType !== 'alternateMobile' && phoneType !== 'office') {
      throw badRequest("Invalid value for 'phoneType': use mobile, alternateMobile or office.", 'invalidRequest');
    }
    const phoneNumber = checkPhoneNumber(body.phoneNumber);
    if (findPhone(user, phoneType)) throw badRequest(`A phone method of type '${phoneType}' is already registered.`, 'invalidRequest');
    if (phoneType === 'alternateMobile' && !findPhone(user, 'mobile')) {
      throw badRequest('An alternateMobile phone requires a mobile phone to be registered first.', 'invalidRequest');
    }
    const method = addMethod(ctx, user, 'phoneMethods', PHONE_METHOD_IDS[phoneType], {
      phoneNumber,
      phoneType,
      smsSignInState: phoneType === 'mobile' ? 'notAllowedByPolicy' : 'notSupported',
    });
    user.preferredSecondary ??= phoneType === 'mobile' ? 'sms' : phoneType === 'office' ? 'voiceOffice' : 'voiceAlternateMobile';
    return { ...entityResult(req, user, 'phoneMethods', methodView(method)), status: 201 };
  });
  router.add('PATCH', '/users/{id}/authentication/phoneMethods/{methodId}', (req) => {
    const user = target(req, true);
    const method = user.methods.find((m) => m.collection === 'phoneMethods' && m.id === req.params.methodId.toLowerCase());
    if (!method) throw methodNotFound(req.params.methodId);
    const body = bodyObject(req);
    if (body.phoneType !== undefined && body.phoneType !== method.props.phoneType) {
      throw badRequest('phoneType cannot be changed; delete the method and add a new one.', 'invalidRequest');
    }
    if (body.phoneNumber !== undefined) method.props.phoneNumber = checkPhoneNumber(body.phoneNumber);
    return { status: 204 };
  });

  router.add('POST', '/users/{id}/authentication/emailMethods', (req) => {
    const user = target(req, true);
    const email = bodyObject(req).emailAddress;
    if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      throw badRequest("Invalid value for 'emailAddress'.", 'invalidRequest');
    }
    if (user.methods.some((m) => m.collection === 'emailMethods')) {
      throw badRequest('An email method is already registered for this user.', 'invalidRequest');
    }
    const method = addMethod(ctx, user, 'emailMethods', randomUUID(), { emailAddress: email });
    return { ...entityResult(req, user, 'emailMethods', methodView(method)), status: 201 };
  });

  router.add('POST', '/users/{id}/authentication/temporaryAccessPassMethods', (req) => {
    const user = target(req, true);
    const body = bodyObject(req);
    if (user.methods.some((m) => m.collection === 'temporaryAccessPassMethods')) {
      throw badRequest('A Temporary Access Pass already exists for this user; delete it first.', 'invalidRequest');
    }
    const lifetime = body.lifetimeInMinutes ?? 60;
    if (typeof lifetime !== 'number' || !Number.isInteger(lifetime) || lifetime < 10 || lifetime > 43200) {
      throw badRequest("'lifetimeInMinutes' must be between 10 and 43200.", 'invalidRequest');
    }
    const start = typeof body.startDateTime === 'string' ? body.startDateTime : graphDateTime(ctx.now());
    const pass = randomBytes(9).toString('base64url').slice(0, 12);
    const method = addMethod(ctx, user, 'temporaryAccessPassMethods', randomUUID(), {
      startDateTime: start,
      lifetimeInMinutes: lifetime,
      isUsableOnce: body.isUsableOnce === true,
      isUsable: true,
      methodUsabilityReason: 'EnabledByPolicy',
      temporaryAccessPass: pass,
    });
    const result = entityResult(req, user, 'temporaryAccessPassMethods', methodView(method));
    // The pass is shown once, at creation; later reads return null.
    method.props.temporaryAccessPass = null;
    return { ...result, status: 201 };
  });

  router.add('GET', '/users/{id}/authentication/requirements', (req) => {
    const user = target(req, false);
    return { status: 200, body: { '@odata.context': contextUrl(req, `users('${user.props.id}')/authentication/requirements`, null), perUserMfaState: user.perUserMfaState } };
  }, { betaOnly: true });
  router.add('PATCH', '/users/{id}/authentication/requirements', (req) => {
    const user = target(req, true);
    const state = bodyObject(req).perUserMfaState;
    if (state !== 'disabled' && state !== 'enabled' && state !== 'enforced') {
      throw badRequest("Invalid value for 'perUserMfaState': use disabled, enabled or enforced.", 'invalidRequest');
    }
    user.perUserMfaState = state;
    return { status: 204 };
  }, { betaOnly: true });
  router.add('GET', '/users/{id}/authentication/signInPreferences', (req) => {
    const user = target(req, false);
    return {
      status: 200,
      body: {
        '@odata.context': contextUrl(req, `users('${user.props.id}')/authentication/signInPreferences`, null),
        isSystemPreferredAuthenticationMethodEnabled: user.systemPreferredEnabled,
        userPreferredMethodForSecondaryAuthentication: user.preferredSecondary,
        systemPreferredAuthenticationMethod: systemPreferred(user),
      },
    };
  }, { betaOnly: true });
  router.add('PATCH', '/users/{id}/authentication/signInPreferences', (req) => {
    const user = target(req, true);
    const body = bodyObject(req);
    if (body.isSystemPreferredAuthenticationMethodEnabled !== undefined) {
      if (typeof body.isSystemPreferredAuthenticationMethodEnabled !== 'boolean') {
        throw badRequest("Invalid value for 'isSystemPreferredAuthenticationMethodEnabled'.", 'invalidRequest');
      }
      user.systemPreferredEnabled = body.isSystemPreferredAuthenticationMethodEnabled;
    }
    const preferred = body.userPreferredMethodForSecondaryAuthentication;
    if (preferred !== undefined) {
      if (!PREFERRED_VALUES.includes(preferred as PreferredSecondaryMethod)) {
        throw badRequest(`Invalid value for 'userPreferredMethodForSecondaryAuthentication': use ${PREFERRED_VALUES.join(', ')}.`, 'invalidRequest');
      }
      if (backingMethods(user, preferred as PreferredSecondaryMethod).length === 0) {
        throw badRequest(`The user has no registered method that supports '${String(preferred)}'.`, 'invalidRequest');
      }
      user.preferredSecondary = preferred as PreferredSecondaryMethod;
    }
    return { status: 204 };
  }, { betaOnly: true });
}

function methodNotFound(id: string): GraphHttpError {
  return new GraphHttpError(404, 'itemNotFound', `The authentication method '${id}' was not found for this user.`);
}

function checkPhoneNumber(value: unknown): string {
  if (typeof value !== 'string' || !/^\+\d{1,4} [\d ]{4,20}(x\d{1,8})?$/.test(value.trim())) {
    throw badRequest("Invalid value for 'phoneNumber': use the format '+{country code} {number}x{extension}', e.g. '+1 2065555555'.", 'invalidRequest');
  }
  return value.trim();
}

function findPhone(user: UserRecord, type: PhoneType): StoredAuthMethod | undefined {
  return user.methods.find((m) => m.collection === 'phoneMethods' && m.id === PHONE_METHOD_IDS[type]);
}

function addMethod(
  ctx: SandboxContext,
  user: UserRecord,
  collection: AuthMethodCollection,
  id: string,
  props: Record<string, unknown>,
): StoredAuthMethod {
  const method: StoredAuthMethod = { id: id.toLowerCase(), collection, createdDateTime: graphDateTime(ctx.now()), props };
  user.methods.push(method);
  return method;
}

function passwordView(user: UserRecord): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.passwordAuthenticationMethod',
    id: PASSWORD_METHOD_ID,
    password: null,
    createdDateTime: user.props.lastPasswordChangeDateTime ?? user.props.createdDateTime,
  };
}

function methodView(method: StoredAuthMethod): Record<string, unknown> {
  return {
    '@odata.type': ODATA_TYPES[method.collection],
    id: method.id,
    ...(NO_CREATED.has(method.collection) ? {} : { createdDateTime: method.createdDateTime }),
    ...method.props,
  };
}

function allMethodViews(user: UserRecord): Record<string, unknown>[] {
  const views = user.methods.map(methodView);
  return user.password === null ? views : [passwordView(user), ...views];
}

function methodViews(user: UserRecord, collection: string): Record<string, unknown>[] {
  if (collection === 'passwordMethods') return user.password === null ? [] : [passwordView(user)];
  return user.methods.filter((m) => m.collection === collection).map(methodView);
}

function collectionResult(req: GraphRequest, user: UserRecord, collection: string, views: Record<string, unknown>[]): GraphResult {
  return {
    status: 200,
    body: { '@odata.context': contextUrl(req, `users('${user.props.id}')/authentication/${collection}`, null), value: views },
  };
}

function entityResult(req: GraphRequest, user: UserRecord, collection: string, view: Record<string, unknown>): GraphResult {
  return {
    status: 200,
    body: { '@odata.context': contextUrl(req, `users('${user.props.id}')/authentication/${collection}`, null, true), ...view },
  };
}

/** The registered methods that can serve a given default second-factor preference. */
function backingMethods(user: UserRecord, preferred: PreferredSecondaryMethod): StoredAuthMethod[] {
  switch (preferred) {
    case 'push':
      return user.methods.filter((m) => m.collection === 'microsoftAuthenticatorMethods');
    case 'oath':
      return user.methods.filter((m) => m.collection === 'softwareOathMethods');
    case 'sms':
    case 'voiceMobile':
      return user.methods.filter((m) => m.id === PHONE_METHOD_IDS.mobile);
    case 'voiceAlternateMobile':
      return user.methods.filter((m) => m.id === PHONE_METHOD_IDS.alternateMobile);
    case 'voiceOffice':
      return user.methods.filter((m) => m.id === PHONE_METHOD_IDS.office);
  }
}

/** Is this method the user's default second factor (the last one backing the preference)? */
function isDefaultMethod(user: UserRecord, method: StoredAuthMethod): boolean {
  if (!user.preferredSecondary) return false;
  const backing = backingMethods(user, user.preferredSecondary);
  return backing.length === 1 && backing[0] === method;
}

function systemPreferred(user: UserRecord): string | null {
  const has = (c: AuthMethodCollection) => user.methods.some((m) => m.collection === c);
  if (has('fido2Methods')) return 'Fido2';
  if (has('microsoftAuthenticatorMethods')) return 'Push';
  if (has('softwareOathMethods')) return 'Oath';
  if (findPhone(user, 'mobile')) return 'Sms';
  return null;
}

function deleteMethod(user: UserRecord, collection: string, methodId: string): void {
  if (collection === 'passwordMethods') {
    throw badRequest('The password authentication method cannot be deleted. Reset the password instead.', 'badRequest');
  }
  const id = methodId.toLowerCase();
  const index = user.methods.findIndex((m) => m.collection === collection && m.id === id);
  if (index < 0) throw methodNotFound(methodId);
  const method = user.methods[index];

  if (method.id === PHONE_METHOD_IDS.mobile && findPhone(user, 'alternateMobile')) {
    throw badRequest(
      'Cannot delete the mobile phone method while an alternateMobile phone method is registered. Update the mobile number, or delete the alternateMobile phone first.',
      'badRequest',
    );
  }
  if (isDefaultMethod(user, method)) {
    const others = user.methods.filter((m) => m !== method && MFA_COLLECTIONS.has(m.collection));
    if (others.length > 0) {
      throw badRequest('Cannot delete default method with other methods configured. Please change default method before deletion.', 'badRequest');
    }
    user.preferredSecondary = null;
  }
  user.methods.splice(index, 1);
}
