import { randomUUID } from 'node:crypto';
import { stableGuid } from '../seed/deterministic.random';
import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import type { SandboxTokenService } from './token.service';

/**
 * A Microsoft identity platform stand-in, enough for MSAL (and so @azure/identity) to sign in against
 * the sandbox exactly as it does against login.microsoftonline.com: OpenID discovery, instance
 * discovery, and the v2.0 token endpoint with client_credentials, password (ROPC) and refresh_token
 * grants. Errors use the AADSTS shape MSAL parses.
 */

export const EXCHANGE_AUDIENCE = 'https://outlook.office365.com';
export const EXCHANGE_APP_ROLE = 'Exchange.ManageAsApp';
const EXCHANGE_RESOURCE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
export const GRAPH_RESOURCE_APP_ID = '00000003-0000-0000-c000-000000000000';
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

/** Application permissions the sandbox app is deemed to hold (the sandbox grants every call). */
const APP_ROLES = [
  'User.ReadWrite.All',
  'Directory.ReadWrite.All',
  'Group.ReadWrite.All',
  'UserAuthenticationMethod.ReadWrite.All',
  'Organization.Read.All',
];
const DELEGATED_SCOPES = 'Directory.AccessAsUser.All User.ReadWrite.All Group.ReadWrite.All UserAuthenticationMethod.ReadWrite.All';

export interface IdentityRequest {
  method: string;
  segments: string[];
  query: URLSearchParams;
  /** Raw request body (form-encoded for the token endpoint). */
  body: string;
}

export interface IdentityResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface IdentityDeps {
  tenant: SandboxTenant;
  tokens: SandboxTokenService;
  /** The sandbox origin, e.g. https://127.0.0.1:3979. */
  origin: string;
  now: () => Date;
}

/** The object id the sandbox gives an app's service principal. */
export function servicePrincipalId(appId: string): string {
  return stableGuid('servicePrincipal', appId);
}

/** Handles identity endpoints; null when the path is not one of them. */
export function handleIdentityRequest(deps: IdentityDeps, req: IdentityRequest): IdentityResponse | null {
  const s = req.segments;
  const lower = s.map((x) => x.toLowerCase());
  if (lower.length >= 3 && lower[1] === 'discovery' && lower[2] === 'instance') return instanceDiscovery(deps, req);
  if (lower.length === 4 && lower[1] === 'v2.0' && lower[2] === '.well-known' && lower[3] === 'openid-configuration') {
    return withTenant(deps, s[0], (tenantSegment) => ({ status: 200, body: openIdConfiguration(deps, tenantSegment, 'v2.0') }));
  }
  if (lower.length === 3 && lower[1] === '.well-known' && lower[2] === 'openid-configuration') {
    return withTenant(deps, s[0], (tenantSegment) => ({ status: 200, body: openIdConfiguration(deps, tenantSegment, 'v1') }));
  }
  if (lower.length === 4 && lower[1] === 'discovery' && lower[2] === 'v2.0' && lower[3] === 'keys') {
    return { status: 200, body: { keys: [] } };
  }
  const isV2Token = lower.length === 4 && lower[1] === 'oauth2' && lower[2] === 'v2.0' && lower[3] === 'token';
  const isV1Token = lower.length === 3 && lower[1] === 'oauth2' && lower[2] === 'token';
  if (isV2Token || isV1Token) {
    if (req.method !== 'POST') {
      return aadError(deps, 405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.');
    }
    return withTenant(deps, s[0], () => tokenEndpoint(deps, new URLSearchParams(req.body), isV1Token));
  }
  return null;
}

function withTenant(deps: IdentityDeps, segment: string, next: (tenantSegment: string) => IdentityResponse): IdentityResponse {
  const key = segment.toLowerCase();
  const org = deps.tenant.organization;
  const known = [org.id, org.defaultDomain, org.initialDomain, 'common', 'organizations'].map((k) => k.toLowerCase());
  if (!known.includes(key)) {
    return aadError(
      deps,
      400,
      'invalid_tenant',
      90002,
      `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    );
  }
  return next(segment);
}

function openIdConfiguration(deps: IdentityDeps, tenantSegment: string, version: 'v1' | 'v2.0'): Record<string, unknown> {
  const base = `${deps.origin}/${tenantSegment}`;
  const tid = deps.tenant.tenantId;
  const v2 = version === 'v2.0';
  return {
    token_endpoint: v2 ? `${base}/oauth2/v2.0/token` : `${base}/oauth2/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${deps.origin}/${tenantSegment}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256', 'HS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: v2 ? `${deps.origin}/${tid}/v2.0` : `${deps.origin}/${tid}/`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${deps.origin}/oidc/userinfo`,
    authorization_endpoint: v2 ? `${base}/oauth2/v2.0/authorize` : `${base}/oauth2/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'name', 'tid', 'ver', 'oid', 'preferred_username'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'NA',
    cloud_instance_name: new URL(deps.origin).host,
    cloud_graph_host_name: new URL(deps.origin).host,
    msgraph_host: new URL(deps.origin).host,
    rbac_url: deps.origin,
  };
}

function instanceDiscovery(deps: IdentityDeps, req: IdentityRequest): IdentityResponse {
  const host = new URL(deps.origin).host;
  const authorizationEndpoint = req.query.get('authorization_endpoint') ?? `${deps.origin}/common/oauth2/v2.0/authorize`;
  return {
    status: 200,
    body: {
      tenant_discovery_endpoint: `${deps.origin}/${deps.tenant.tenantId}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      authorization_endpoint: authorizationEndpoint,
    },
  };
}

function tokenEndpoint(deps: IdentityDeps, form: URLSearchParams, v1: boolean): IdentityResponse {
  const grantType = form.get('grant_type');
  const clientId = form.get('client_id');
  if (!clientId) return aadError(deps, 400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
  const app = deps.tenant.getApp(clientId);
  if (!app) {
    return aadError(
      deps,
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${deps.tenant.organization.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
    );
  }
  const secret = form.get('client_secret');
  if (form.has('client_assertion')) {
    return aadError(deps, 400, 'invalid_client', 700027, 'Client assertions are not supported by the sandbox; use a client secret.');
  }
  if (secret !== null && secret !== app.secret) {
    return aadError(
      deps,
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.appId}'.`,
    );
  }
  const audience = resolveAudience(form, v1);
  if (!audience.ok) return aadError(deps, 400, 'invalid_scope', 70011, audience.message);

  switch (grantType) {
    case 'client_credentials': {
      if (secret === null) {
        return aadError(deps, 401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
      }
      if (!v1 && !audience.isDefault) {
        return aadError(
          deps,
          400,
          'invalid_scope',
          1002012,
          `The provided value for scope ${form.get('scope')} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
        );
      }
      const issued = deps.tokens.issue({
        aud: audience.aud,
        iss: `${deps.origin}/${deps.tenant.tenantId}/`,
        tid: deps.tenant.tenantId,
        appid: app.appId,
        oid: servicePrincipalId(app.appId),
        sub: servicePrincipalId(app.appId),
        idtyp: 'app',
        use: 'access',
        // Exchange Online tokens carry the Exchange role the app was granted; Graph tokens Graph's.
        roles: audience.aud === EXCHANGE_AUDIENCE ? [EXCHANGE_APP_ROLE] : APP_ROLES,
      });
      return tokenResponse(issued.token, issued.expiresIn, {});
    }
    case 'password': {
      const username = form.get('username') ?? '';
      const user = deps.tenant.getUser(username);
      if (!user || user.password === null) {
        return aadError(
          deps,
          400,
          'invalid_grant',
          50034,
          `The user account {EUII Hidden} does not exist in the ${deps.tenant.tenantId} directory. To sign into this application, the account must be added to the directory.`,
        );
      }
      if (user.password !== form.get('password')) {
        return aadError(deps, 400, 'invalid_grant', 50126, 'Error validating credentials due to invalid username or password.');
      }
      if (user.props.accountEnabled === false) {
        return aadError(deps, 400, 'invalid_grant', 50057, 'The user account is disabled.');
      }
      if (user.props.passwordProfile?.forceChangePasswordNextSignIn) {
        return aadError(deps, 400, 'invalid_grant', 50055, 'The password is expired.');
      }
      return userTokens(deps, app.appId, user.props.id, audience.aud, audience.scp);
    }
    case 'refresh_token': {
      const verified = deps.tokens.verify(form.get('refresh_token') ?? '', 'refresh');
      if (!verified.ok) {
        return aadError(deps, 400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid (refresh token).');
      }
      const user = deps.tenant.getUser(verified.claims.oid);
      if (!user || user.props.accountEnabled === false) {
        return aadError(deps, 400, 'invalid_grant', 50057, 'The user account is disabled or no longer exists.');
      }
      const validFrom = Date.parse(user.props.signInSessionsValidFromDateTime ?? '');
      if (!Number.isNaN(validFrom) && verified.claims.iat * 1000 < validFrom) {
        return aadError(deps, 400, 'invalid_grant', 50173, 'The provided grant has expired due to it being revoked, a fresh auth token is needed.');
      }
      return userTokens(deps, app.appId, user.props.id, audience.aud, audience.scp);
    }
    default:
      return aadError(
        deps,
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${grantType ?? ''}'. The sandbox supports client_credentials, password and refresh_token.`,
      );
  }
}

function userTokens(deps: IdentityDeps, appId: string, userId: string, aud: string, scp: string): IdentityResponse {
  const user = deps.tenant.getUser(userId)!;
  const tid = deps.tenant.tenantId;
  const common = {
    tid,
    appid: appId,
    oid: user.props.id,
    sub: user.props.id,
    idtyp: 'user' as const,
    upn: user.props.userPrincipalName,
    preferred_username: user.props.userPrincipalName,
    name: user.props.displayName,
  };
  const access = deps.tokens.issue({ ...common, aud, iss: `${deps.origin}/${tid}/`, use: 'access', scp });
  const refresh = deps.tokens.issue({ ...common, aud: appId, iss: `${deps.origin}/${tid}/v2.0`, use: 'refresh' }, 90 * 86_400);
  const id = deps.tokens.issue({ ...common, aud: appId, iss: `${deps.origin}/${tid}/v2.0`, use: 'id', ver: '2.0' });
  const clientInfo = Buffer.from(JSON.stringify({ uid: user.props.id, utid: tid })).toString('base64url');
  return tokenResponse(access.token, access.expiresIn, {
    scope: `${scp.split(' ').map((s) => (aud === GRAPH_AUDIENCE ? `${aud}/${s}` : s)).join(' ')} openid profile offline_access`,
    refresh_token: refresh.token,
    id_token: id.token,
    client_info: clientInfo,
  });
}

function tokenResponse(accessToken: string, expiresIn: number, extra: Record<string, string>): IdentityResponse {
  return {
    status: 200,
    headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' },
    body: { token_type: 'Bearer', expires_in: expiresIn, ext_expires_in: expiresIn, access_token: accessToken, ...extra },
  };
}

/**
 * Works out the token audience from `scope` (v2) or `resource` (v1): "https://graph.microsoft.com/.default"
 * → aud https://graph.microsoft.com; "https://127.0.0.1:3979/.default" → that origin; "User.Read" → Graph.
 */
function resolveAudience(
  form: URLSearchParams,
  v1: boolean,
): { ok: true; aud: string; scp: string; isDefault: boolean } | { ok: false; message: string } {
  if (v1) {
    const resource = form.get('resource') ?? GRAPH_AUDIENCE;
    return { ok: true, aud: normaliseAudience(resource), scp: DELEGATED_SCOPES, isDefault: true };
  }
  const scopes = (form.get('scope') ?? '').split(/\s+/).filter((s) => s && !OIDC_SCOPES.has(s.toLowerCase()));
  if (scopes.length === 0) {
    return { ok: false, message: "The request body must contain the following parameter: 'scope' with a resource scope (e.g. https://graph.microsoft.com/.default)." };
  }
  const first = scopes[0];
  if (first.endsWith('/.default')) {
    return { ok: true, aud: normaliseAudience(first.slice(0, -'/.default'.length)), scp: DELEGATED_SCOPES, isDefault: true };
  }
  const slash = first.lastIndexOf('/');
  if (/^https?:\/\//i.test(first) && slash > 'https://'.length) {
    const aud = normaliseAudience(first.slice(0, slash));
    return { ok: true, aud, scp: scopes.map((s) => s.slice(s.lastIndexOf('/') + 1)).join(' '), isDefault: false };
  }
  return { ok: true, aud: GRAPH_AUDIENCE, scp: scopes.join(' '), isDefault: false };
}

function normaliseAudience(resource: string): string {
  const trimmed = resource.replace(/\/+$/, '');
  if (trimmed === EXCHANGE_RESOURCE_APP_ID) return EXCHANGE_AUDIENCE;
  return trimmed === GRAPH_RESOURCE_APP_ID ? GRAPH_AUDIENCE : trimmed;
}

function aadError(deps: IdentityDeps, status: number, error: string, code: number, description: string): IdentityResponse {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const now = deps.now();
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${now.toISOString().replace('T', ' ').slice(0, 19)}Z`,
      error_codes: [code],
      timestamp: `${now.toISOString().replace('T', ' ').slice(0, 19)}Z`,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${deps.origin}/error?code=${code}`,
    },
  };
}
