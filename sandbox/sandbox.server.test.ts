import os from 'node:os';
import path from 'node:path';
import { Agent, fetch } from 'undici';
import { startSandbox, type SandboxHandle } from './sandbox.server';
import { buildContosoTenant } from './seed/contoso.seed';
import { stableGuid } from './seed/deterministic.random';
import { DELETED_DEMO_IDENTITIES, DEMO_IDENTITIES, SANDBOX_TENANT_ID } from './seed/demo-identities.constants';
import { SKU_IDS } from './seed/seed.data';
import { PHONE_METHOD_IDS, PASSWORD_METHOD_ID } from './tenant/tenant.types';

/**
 * The sandbox over real HTTPS, as any Graph client sees it: identity endpoints, auth, OData query
 * options, validation rules, authentication-method rules, groups, recycle bin, batching, throttling,
 * the request log and the seed's guarantees.
 */

const ADMIN = 'sandbox-test-admin-token';
const DATA_DIR = path.join(os.tmpdir(), 'steward-sandbox-test-certs');

let sandbox: SandboxHandle;
let agent: Agent;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, adminToken: ADMIN, dataDir: DATA_DIR });
  agent = new Agent({ connect: { ca: sandbox.caPem } });
});

afterAll(async () => {
  await agent?.close();
  await sandbox?.close();
});

beforeEach(() => {
  sandbox.reset();
  sandbox.setRateLimit(null);
});

interface CallOptions {
  token?: string | null;
  headers?: Record<string, string>;
  body?: unknown;
  form?: Record<string, string>;
}

async function call(method: string, url: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? ADMIN : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${sandbox.url}${url}`, { method, headers, body, dispatcher: agent });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

const jane = DEMO_IDENTITIES.jane;
const miriam = DEMO_IDENTITIES.miriam;

describe('identity authority', () => {
  test('serves OpenID discovery and issues client-credential tokens Graph accepts', async () => {
    const config = await call('GET', `/${SANDBOX_TENANT_ID}/v2.0/.well-known/openid-configuration`, { token: null });
    expect(config.status).toBe(200);
    expect(config.json.token_endpoint).toBe(`${sandbox.url}/${SANDBOX_TENANT_ID}/oauth2/v2.0/token`);
    expect(config.json.issuer).toBe(`${sandbox.url}/${SANDBOX_TENANT_ID}/v2.0`);

    const token = await call('POST', `/${SANDBOX_TENANT_ID}/oauth2/v2.0/token`, {
      token: null,
      form: { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret, scope: `${sandbox.url}/.default` },
    });
    expect(token.status).toBe(200);
    expect(token.json).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
    const me = await call('GET', `/v1.0/users/${jane.upn}`, { token: token.json.access_token });
    expect(me.status).toBe(200);
    expect(me.json.id).toBe(jane.id);
  });

  test('refuses bad secrets, unknown tenants and scopes without /.default', async () => {
    const badSecret = await call('POST', `/${SANDBOX_TENANT_ID}/oauth2/v2.0/token`, {
      token: null,
      form: { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: 'nope', scope: 'https://graph.microsoft.com/.default' },
    });
    expect(badSecret.status).toBe(401);
    expect(badSecret.json).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });

    const badTenant = await call('POST', '/fabrikam.com/oauth2/v2.0/token', { token: null, form: { grant_type: 'client_credentials' } });
    expect(badTenant.status).toBe(400);
    expect(badTenant.json.error_codes).toEqual([90002]);

    const badScope = await call('POST', '/contoso.com/oauth2/v2.0/token', {
      token: null,
      form: { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret, scope: 'User.Read' },
    });
    expect(badScope.status).toBe(400);
    expect(badScope.json.error_codes).toEqual([1002012]);
  });

  test('ROPC checks the password and refuses disabled users', async () => {
    const form = (username: string, password: string) => ({
      grant_type: 'password', client_id: sandbox.clientId, username, password, scope: `${sandbox.url}/.default openid profile offline_access`,
    });
    const ok = await call('POST', '/organizations/oauth2/v2.0/token', { token: null, form: form(DEMO_IDENTITIES.admin.upn, DEMO_IDENTITIES.admin.password) });
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveProperty('id_token');
    expect(ok.json).toHaveProperty('refresh_token');
    const wrong = await call('POST', '/organizations/oauth2/v2.0/token', { token: null, form: form(DEMO_IDENTITIES.admin.upn, 'x') });
    expect(wrong.json.error_codes).toEqual([50126]);
    const disabled = await call('POST', '/organizations/oauth2/v2.0/token', { token: null, form: form(DEMO_IDENTITIES.camera.upn, DEMO_IDENTITIES.camera.password) });
    expect(disabled.json.error_codes).toEqual([50057]);
  });
});

describe('authentication and the Graph envelope', () => {
  test('401 without or with a bad token, in Graph error format', async () => {
    for (const token of [null, 'not-a-jwt', 'a.b.c']) {
      const res = await call('GET', '/v1.0/users', { token, headers: { 'client-request-id': 'my-correlation' } });
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe('InvalidAuthenticationToken');
      expect(res.json.error.innerError).toMatchObject({ 'client-request-id': 'my-correlation' });
      expect(res.json.error.innerError['request-id']).toBe(res.headers.get('request-id'));
      expect(res.headers.get('client-request-id')).toBe('my-correlation');
    }
  });

  test('unknown segments, wrong methods, HEAD and bad JSON', async () => {
    const unknown = await call('GET', '/v1.0/usres');
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toMatchObject({ code: 'BadRequest', message: "Resource not found for the segment 'usres'." });
    expect((await call('PUT', '/v1.0/users')).status).toBe(405);
    expect((await call('DELETE', `/v1.0/users/${jane.id}/authentication/methods/${PASSWORD_METHOD_ID}`)).status).toBe(405);
    const head = await call('HEAD', `/v1.0/users/${jane.id}`);
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    const res = await fetch(`${sandbox.url}/v1.0/users/${jane.id}`, {
      method: 'PATCH', dispatcher: agent, headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: '{oops',
    });
    expect(res.status).toBe(400);
    expect((await call('GET', '/v2.0/users')).status).toBe(400);
  });
});

describe('users', () => {
  test('get by id or UPN, 404 in Graph format for unknown users', async () => {
    const byUpn = await call('GET', `/v1.0/users/${jane.upn.toUpperCase()}?$select=id,displayName,accountEnabled`);
    expect(byUpn.json).toEqual({
      '@odata.context': `${sandbox.url}/v1.0/$metadata#users(id,displayName,accountEnabled)/$entity`,
      id: jane.id, displayName: 'Jane Doe', accountEnabled: true,
    });
    const missing = await call('GET', '/v1.0/users/x@contoso.com');
    expect(missing.status).toBe(404);
    expect(missing.json.error).toMatchObject({
      code: 'Request_ResourceNotFound',
      message: "Resource 'x@contoso.com' does not exist or one of its queried reference-property objects are not present.",
    });
    expect((await call('GET', '/beta/users/' + jane.id)).status).toBe(200);
  });

  test('$filter: eq, startswith, and/or, booleans, lambdas; unsupported properties and advanced operators', async () => {
    const list = async (q: string, headers?: Record<string, string>) => call('GET', `/v1.0/users?${q}`, { headers });
    const names = (r: { json: { value: { displayName: string }[] } }) => r.json.value.map((u) => u.displayName);

    expect(names(await list(`$filter=${encodeURIComponent("userPrincipalName eq 'JANE@contoso.com'")}`))).toEqual(['Jane Doe']);
    const janes = await list(`$filter=${encodeURIComponent("startswith(displayName,'jane') and department eq 'Sales'")}`);
    expect(names(janes)).toEqual(['Jane Doe']);
    const either = await list(`$filter=${encodeURIComponent("mail eq 'megan@contoso.com' or mail eq 'adele@contoso.com'")}`);
    expect(names(either).sort()).toEqual(['Adele Vance', 'Megan Bowen']);
    const disabled = await list(`$filter=accountEnabled eq false&$select=userPrincipalName&$top=999`);
    expect(disabled.json.value.map((u: { userPrincipalName: string }) => u.userPrincipalName)).toEqual(expect.arrayContaining(['camera@contoso.com', 'room12@contoso.com']));
    const guests = await list(`$filter=${encodeURIComponent("userType eq 'Guest'")}&$select=userPrincipalName,mail`);
    expect(guests.json.value.length).toBeGreaterThanOrEqual(5);
    expect(guests.json.value.every((u: { userPrincipalName: string }) => u.userPrincipalName.includes('#EXT#'))).toBe(true);
    const e5 = await list(`$filter=${encodeURIComponent(`assignedLicenses/any(x:x/skuId eq ${SKU_IDS.E5})`)}&$count=true&$top=999`, { ConsistencyLevel: 'eventual' });
    expect(e5.json['@odata.count']).toBe(sandbox.tenant.consumedUnits(SKU_IDS.E5));

    const unsupported = await list(`$filter=${encodeURIComponent("favouriteColour eq 'blue'")}`);
    expect(unsupported.status).toBe(400);
    expect(unsupported.json.error.code).toBe('Request_UnsupportedQuery');
    const ne = `$filter=${encodeURIComponent("department ne 'Sales'")}`;
    expect((await list(ne)).status).toBe(400);
    expect((await list(`${ne}&$count=true`, { ConsistencyLevel: 'eventual' })).status).toBe(200);
    expect((await list(`$filter=${encodeURIComponent('startswith(displayName,')}`)).status).toBe(400);
  });

  test('$search needs ConsistencyLevel: eventual and ORs clauses', async () => {
    const q = `$search=${encodeURIComponent('"displayName:jan" OR "userPrincipalName:megan"')}&$select=displayName`;
    const refused = await call('GET', `/v1.0/users?${q}`);
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('Request_UnsupportedQuery');
    const ok = await call('GET', `/v1.0/users?${q}&$count=true`, { headers: { ConsistencyLevel: 'eventual' } });
    expect(ok.status).toBe(200);
    const found = ok.json.value.map((u: { displayName: string }) => u.displayName);
    expect(found).toEqual(expect.arrayContaining(['Jane Doe', 'Jane Cooper', 'Janet Muller', 'Megan Bowen']));
    expect(ok.json['@odata.count']).toBe(found.length);
  });

  test('$select, $top bounds, paging with absolute nextLink, $count', async () => {
    expect((await call('GET', '/v1.0/users?$select=shoeSize')).status).toBe(400);
    expect((await call('GET', '/v1.0/users?$top=1000')).status).toBe(400);
    const first = await call('GET', '/v1.0/users?$top=100&$select=id');
    expect(first.json.value).toHaveLength(100);
    let next: string | undefined = first.json['@odata.nextLink'];
    expect(next?.startsWith(`${sandbox.url}/v1.0/users?`)).toBe(true);
    let total = first.json.value.length;
    while (next) {
      const page = await call('GET', next.slice(sandbox.url.length));
      total += page.json.value.length;
      next = page.json['@odata.nextLink'];
    }
    expect(total).toBe(sandbox.tenant.userCount);
    expect(total).toBeGreaterThanOrEqual(200);
    expect((await call('GET', '/v1.0/users/$count')).status).toBe(400);
    const count = await call('GET', '/v1.0/users/$count', { headers: { ConsistencyLevel: 'eventual' } });
    expect(Number(count.text)).toBe(total);
  });

  test('create: required properties, verified domain, duplicate UPN, password complexity', async () => {
    const base = {
      accountEnabled: true, displayName: 'New Hire', mailNickname: 'newhire', userPrincipalName: 'new.hire@contoso.com',
      passwordProfile: { password: 'Welcome!2024x', forceChangePasswordNextSignIn: true },
    };
    const missing = await call('POST', '/v1.0/users', { body: { ...base, mailNickname: undefined } });
    expect(missing.status).toBe(400);
    expect(missing.json.error.message).toBe("A value is required for property 'mailNickname' of resource 'User'.");
    expect((await call('POST', '/v1.0/users', { body: { ...base, userPrincipalName: 'x@fabrikam.com' } })).status).toBe(400);
    expect((await call('POST', '/v1.0/users', { body: { ...base, passwordProfile: { password: 'short' } } })).json.error.message).toContain('password complexity');
    const dup = await call('POST', '/v1.0/users', { body: { ...base, userPrincipalName: jane.upn } });
    expect(dup.status).toBe(400);
    expect(dup.json.error).toMatchObject({ code: 'Request_BadRequest', message: 'Another object with the same value for property userPrincipalName already exists.' });
    const created = await call('POST', '/v1.0/users', { body: base });
    expect(created.status).toBe(201);
    expect(created.json.userPrincipalName).toBe('new.hire@contoso.com');
    expect(sandbox.tenant.getUser('new.hire@contoso.com')?.password).toBe('Welcome!2024x');
  });

  test('update: 204, unknown/read-only properties refused, password rules and flags recorded', async () => {
    expect((await call('PATCH', `/v1.0/users/${jane.id}`, { body: { jobTitle: 'Lead', usageLocation: 'GB' } })).status).toBe(204);
    expect(sandbox.tenant.getUser(jane.id)!.props).toMatchObject({ jobTitle: 'Lead', usageLocation: 'GB' });
    const unknown = await call('PATCH', `/v1.0/users/${jane.id}`, { body: { favouriteColour: 'blue' } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.code).toBe('Request_BadRequest');
    expect((await call('PATCH', `/v1.0/users/${jane.id}`, { body: { id: 'x' } })).status).toBe(400);
    expect((await call('PATCH', `/v1.0/users/${jane.id}`, { body: { usageLocation: 'Germany' } })).status).toBe(400);
    expect((await call('PATCH', `/v1.0/users/${jane.id}`, { body: { passwordProfile: { password: 'password' } } })).status).toBe(400);
    const reset = await call('PATCH', `/v1.0/users/${jane.id}`, {
      body: { passwordProfile: { password: 'Str0ng!Pass', forceChangePasswordNextSignIn: false, forceChangePasswordNextSignInWithMfa: true } },
    });
    expect(reset.status).toBe(204);
    const user = sandbox.tenant.getUser(jane.id)!;
    expect(user.password).toBe('Str0ng!Pass');
    expect(user.props.passwordProfile).toMatchObject({ forceChangePasswordNextSignIn: false, forceChangePasswordNextSignInWithMfa: true });
    expect(Date.parse(user.props.lastPasswordChangeDateTime!)).toBeGreaterThan(Date.now() - 60_000);
    const rename = await call('PATCH', `/v1.0/users/${jane.id}`, { body: { userPrincipalName: 'jane.doe@contoso.com' } });
    expect(rename.status).toBe(204);
    expect((await call('GET', '/v1.0/users/jane.doe@contoso.com')).json.id).toBe(jane.id);
    expect((await call('GET', `/v1.0/users/${jane.upn}`)).status).toBe(404);
  });

  test('delete goes to the recycle bin; restore and purge', async () => {
    expect((await call('DELETE', `/v1.0/users/${DEMO_IDENTITIES.pradeep.upn}`)).status).toBe(204);
    expect((await call('GET', `/v1.0/users/${DEMO_IDENTITIES.pradeep.upn}`)).status).toBe(404);
    const bin = await call('GET', '/v1.0/directory/deletedItems/microsoft.graph.user?$select=id,displayName,userPrincipalName,mail');
    const ids = bin.json.value.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([DEMO_IDENTITIES.pradeep.id, DELETED_DEMO_IDENTITIES.lidia.id, DELETED_DEMO_IDENTITIES.henrietta.id]));
    const lidia = bin.json.value.find((u: { id: string }) => u.id === DELETED_DEMO_IDENTITIES.lidia.id);
    expect(lidia.mail).toBe('lidia@contoso.com');
    expect(lidia.userPrincipalName).toBe(`${DELETED_DEMO_IDENTITIES.lidia.id.replace(/-/g, '')}lidia@contoso.com`);
    const byMail = await call('GET', `/v1.0/directory/deletedItems/microsoft.graph.user?$filter=${encodeURIComponent("mail eq 'lidia@contoso.com'")}`);
    expect(byMail.json.value).toHaveLength(1);

    const restored = await call('POST', `/v1.0/directory/deletedItems/${DELETED_DEMO_IDENTITIES.lidia.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.json.userPrincipalName).toBe('lidia@contoso.com');
    expect((await call('GET', '/v1.0/users/lidia@contoso.com')).status).toBe(200);
    expect((await call('DELETE', `/v1.0/directory/deletedItems/${DELETED_DEMO_IDENTITIES.henrietta.id}`)).status).toBe(204);
    expect((await call('GET', `/v1.0/directory/deletedItems/${DELETED_DEMO_IDENTITIES.henrietta.id}`)).status).toBe(404);
    const groups = await call('GET', '/v1.0/directory/deletedItems/microsoft.graph.group?$select=displayName');
    expect(groups.json.value.map((g: { displayName: string }) => g.displayName)).toContain('Project Phoenix');
  });

  test('restore checks its body; purge of an unknown id is a 404', async () => {
    const id = DELETED_DEMO_IDENTITIES.lidia.id;
    const unknown = await call('POST', `/beta/directory/deletedItems/${id}/restore`, { body: { colour: 'blue' } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.code).toBe('Request_BadRequest');
    const badDomain = await call('POST', `/beta/directory/deletedItems/${id}/restore`, { body: { newUserPrincipalName: 'lidia@fabrikam.com' } });
    expect(badDomain.status).toBe(400);
    const restored = await call('POST', `/beta/directory/deletedItems/${id}/restore`, {
      body: { newUserPrincipalName: 'lidia.h@contoso.com', autoReconcileProxyConflict: true },
    });
    expect(restored.status).toBe(200);
    expect(restored.json.userPrincipalName).toBe('lidia.h@contoso.com');
    const purge = await call('DELETE', `/v1.0/directory/deletedItems/${id}`);
    expect(purge.status).toBe(404);
    expect(purge.json.error.code).toBe('Request_ResourceNotFound');
  });

  test('revokeSignInSessions, manager, directReports, memberOf with roles', async () => {
    const revoke = await call('POST', `/v1.0/users/${jane.id}/revokeSignInSessions`);
    expect(revoke.status).toBe(200);
    expect(revoke.json.value).toBe(true);
    const manager = await call('GET', `/v1.0/users/${jane.upn}/manager`);
    expect(manager.json['@odata.type']).toBe('#microsoft.graph.user');
    const reports = await call('GET', `/v1.0/users/${manager.json.id}/directReports?$select=displayName`);
    expect(reports.json.value.map((u: { displayName: string }) => u.displayName)).toContain('Jane Doe');
    const ceo = sandbox.tenant.getUser('grace.whitfield@contoso.com')!;
    expect((await call('GET', `/v1.0/users/${ceo.props.id}/manager`)).status).toBe(404);
    expect((await call('PUT', `/v1.0/users/${DEMO_IDENTITIES.lynne.id}/manager/$ref`, { body: { '@odata.id': `https://graph.microsoft.com/v1.0/users/${DEMO_IDENTITIES.grady.id}` } })).status).toBe(204);
    expect(sandbox.tenant.getUser(DEMO_IDENTITIES.lynne.id)!.managerId).toBe(DEMO_IDENTITIES.grady.id);

    const memberOf = await call('GET', `/v1.0/users/${DEMO_IDENTITIES.admin.id}/memberOf`);
    const types = memberOf.json.value.map((o: { '@odata.type': string; displayName: string }) => `${o['@odata.type']}:${o.displayName}`);
    expect(types).toEqual(expect.arrayContaining(['#microsoft.graph.directoryRole:Global Administrator', '#microsoft.graph.group:All Company']));
    const groupsOnly = await call('GET', `/v1.0/users/${DEMO_IDENTITIES.admin.id}/memberOf/microsoft.graph.group?$select=displayName`);
    expect(groupsOnly.json.value.every((g: { displayName: string }) => g.displayName !== 'Global Administrator')).toBe(true);
  });

  test('licences: subscribedSkus agree with assignments; assignLicense and licenseDetails', async () => {
    const skus = await call('GET', '/v1.0/subscribedSkus');
    const e3 = skus.json.value.find((s: { skuPartNumber: string }) => s.skuPartNumber === 'ENTERPRISEPACK');
    expect(e3.consumedUnits).toBe(sandbox.tenant.consumedUnits(SKU_IDS.E3));
    expect(e3.consumedUnits).toBeLessThanOrEqual(e3.prepaidUnits.enabled);
    expect(skus.json.value.map((s: { skuPartNumber: string }) => s.skuPartNumber)).toEqual(['ENTERPRISEPACK', 'SPE_E5', 'EMS', 'POWER_BI_PRO']);

    const sway = e3.servicePlans.find((p: { servicePlanName: string }) => p.servicePlanName === 'SWAY').servicePlanId;
    const megan = DEMO_IDENTITIES.megan.id;
    const assigned = await call('POST', `/v1.0/users/${megan}/assignLicense`, {
      body: { addLicenses: [{ skuId: SKU_IDS.E5, disabledPlans: [sway] }], removeLicenses: [SKU_IDS.E3] },
    });
    expect(assigned.status).toBe(200);
    const details = await call('GET', `/v1.0/users/${megan}/licenseDetails`);
    const e5 = details.json.value.find((d: { skuPartNumber: string }) => d.skuPartNumber === 'SPE_E5');
    expect(e5.servicePlans.find((p: { servicePlanId: string }) => p.servicePlanId === sway).provisioningStatus).toBe('Disabled');
    expect(details.json.value.some((d: { skuPartNumber: string }) => d.skuPartNumber === 'ENTERPRISEPACK')).toBe(false);
    expect((await call('POST', `/v1.0/users/${megan}/assignLicense`, { body: { addLicenses: [] } })).status).toBe(400);
    expect((await call('POST', `/v1.0/users/${megan}/assignLicense`, { body: { addLicenses: [], removeLicenses: [SKU_IDS.POWER_BI_PRO] } })).status).toBe(400);
  });
});

describe('authentication methods', () => {
  const methodsOf = async (id: string) => (await call('GET', `/v1.0/users/${id}/authentication/methods`)).json.value as { '@odata.type': string; id: string }[];

  test('lists typed methods with the well-known ids', async () => {
    const methods = await methodsOf(jane.id);
    expect(methods[0]).toMatchObject({ '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: PASSWORD_METHOD_ID });
    expect(methods.map((m) => m['@odata.type'])).toEqual(expect.arrayContaining([
      '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
      '#microsoft.graph.phoneAuthenticationMethod',
      '#microsoft.graph.fido2AuthenticationMethod',
    ]));
    const phones = await call('GET', `/v1.0/users/${jane.upn}/authentication/phoneMethods`);
    expect(phones.json.value).toEqual([expect.objectContaining({ id: PHONE_METHOD_IDS.mobile, phoneType: 'mobile', phoneNumber: '+1 425 555 0142' })]);
    const one = await call('GET', `/v1.0/users/${jane.id}/authentication/phoneMethods/${PHONE_METHOD_IDS.mobile}`);
    expect(one.json.phoneType).toBe('mobile');
  });

  test("enforces Entra's deletion rules", async () => {
    const m = `/v1.0/users/${miriam.id}/authentication`;
    const pwd = await call('DELETE', `${m}/passwordMethods/${PASSWORD_METHOD_ID}`);
    expect(pwd.status).toBe(400);
    const mobile = await call('DELETE', `${m}/phoneMethods/${PHONE_METHOD_IDS.mobile}`);
    expect(mobile.status).toBe(400);
    expect(mobile.json.error.message).toContain('alternateMobile');
    const authenticatorId = sandbox.tenant.getUser(miriam.id)!.methods.find((x) => x.collection === 'microsoftAuthenticatorMethods')!.id;
    const byDefault = await call('DELETE', `${m}/microsoftAuthenticatorMethods/${authenticatorId}`);
    expect(byDefault.status).toBe(400);
    expect(byDefault.json.error.message).toBe('Cannot delete default method with other methods configured. Please change default method before deletion.');
    expect((await call('DELETE', `${m}/fido2Methods/${authenticatorId}`)).status).toBe(404);

    // Non-default methods first (alternate mobile before mobile), then the default.
    for (const [collection, id] of [
      ['phoneMethods', PHONE_METHOD_IDS.alternateMobile],
      ['phoneMethods', PHONE_METHOD_IDS.mobile],
      ['softwareOathMethods', sandbox.tenant.getUser(miriam.id)!.methods.find((x) => x.collection === 'softwareOathMethods')!.id],
      ['microsoftAuthenticatorMethods', authenticatorId],
    ]) {
      expect((await call('DELETE', `${m}/${collection}/${id}`)).status).toBe(204);
    }
    const left = (await methodsOf(miriam.id)).map((x) => x['@odata.type']);
    expect(left).toEqual(['#microsoft.graph.passwordAuthenticationMethod', '#microsoft.graph.emailAuthenticationMethod']);
    expect(sandbox.requestLog.byTemplate('/v1.0/users/{id}/authentication/phoneMethods/{id}', 'DELETE').map((r) => r.status)).toEqual([400, 204, 204]);
  });

  test('registers phone and email methods; beta sign-in preferences and MFA requirements', async () => {
    const user = DEMO_IDENTITIES.johanna.id;
    expect((await call('POST', `/v1.0/users/${user}/authentication/phoneMethods`, { body: { phoneNumber: '+1 2065550123', phoneType: 'mobile' } })).status).toBe(400);
    const office = await call('POST', `/v1.0/users/${user}/authentication/phoneMethods`, { body: { phoneNumber: '+1 2065550123', phoneType: 'office' } });
    expect(office.status).toBe(201);
    expect(office.json.id).toBe(PHONE_METHOD_IDS.office);
    expect((await call('POST', `/v1.0/users/${user}/authentication/emailMethods`, { body: { emailAddress: 'j@example.com' } })).status).toBe(201);

    expect((await call('GET', `/v1.0/users/${user}/authentication/signInPreferences`)).status).toBe(400);
    const prefs = await call('GET', `/beta/users/${user}/authentication/signInPreferences`);
    expect(prefs.json.userPreferredMethodForSecondaryAuthentication).toBe('sms');
    expect((await call('PATCH', `/beta/users/${user}/authentication/signInPreferences`, { body: { userPreferredMethodForSecondaryAuthentication: 'push' } })).status).toBe(400);
    expect((await call('PATCH', `/beta/users/${user}/authentication/signInPreferences`, { body: { userPreferredMethodForSecondaryAuthentication: 'voiceOffice' } })).status).toBe(204);
    expect((await call('PATCH', `/beta/users/${user}/authentication/requirements`, { body: { perUserMfaState: 'enforced' } })).status).toBe(204);
    expect((await call('GET', `/beta/users/${user}/authentication/requirements`)).json.perUserMfaState).toBe('enforced');
  });
});

describe('groups', () => {
  test('lists with lambda filters, members and owners; $ref rules', async () => {
    const unified = await call('GET', `/v1.0/groups?$filter=${encodeURIComponent("groupTypes/any(c:c eq 'Unified')")}&$select=displayName,mail`);
    expect(unified.json.value.map((g: { mail: string }) => g.mail)).toContain('retail@contoso.com');
    const all = await call('GET', '/v1.0/groups?$top=999&$select=id,displayName,mail');
    expect(all.json.value.length).toBeGreaterThanOrEqual(20);
    const retail = all.json.value.find((g: { mail: string }) => g.mail === 'retail@contoso.com');
    const members = await call('GET', `/v1.0/groups/${retail.id}/members?$select=id,displayName`);
    expect(members.json.value.every((m: { '@odata.type': string }) => m['@odata.type'] === '#microsoft.graph.user')).toBe(true);
    const owners = await call('GET', `/v1.0/groups/${retail.id}/owners`);
    expect(owners.json.value.map((o: { id: string }) => o.id)).toContain(DEMO_IDENTITIES.lynne.id);

    const add = { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${DEMO_IDENTITIES.diego.id}` };
    expect((await call('POST', `/v1.0/groups/${retail.id}/members/$ref`, { body: add })).status).toBe(204);
    const again = await call('POST', `/v1.0/groups/${retail.id}/members/$ref`, { body: add });
    expect(again.status).toBe(400);
    expect(again.json.error.message).toContain('already exist');
    expect((await call('DELETE', `/v1.0/groups/${retail.id}/members/${DEMO_IDENTITIES.diego.id}/$ref`)).status).toBe(204);
    expect((await call('DELETE', `/v1.0/groups/${retail.id}/members/${DEMO_IDENTITIES.diego.id}/$ref`)).status).toBe(404);

    const dl = all.json.value.find((g: { mail: string }) => g.mail === 'nw-sales@contoso.com');
    const dlAdd = await call('POST', `/v1.0/groups/${dl.id}/members/$ref`, { body: add });
    expect(dlAdd.status).toBe(400);
    expect(dlAdd.json.error.message).toContain('distribution list');
    const printers = all.json.value.find((g: { displayName: string }) => g.displayName === 'SG-Printers');
    expect(printers.mail).toBeNull();
  });
});

describe('batching, throttling and the request log', () => {
  test('$batch validation', async () => {
    const tooMany = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/organization' }));
    expect((await call('POST', '/v1.0/$batch', { body: { requests: tooMany } })).status).toBe(400);
    const dup = [{ id: 'a', method: 'GET', url: '/organization' }, { id: 'A', method: 'GET', url: '/organization' }];
    expect((await call('POST', '/v1.0/$batch', { body: { requests: dup } })).status).toBe(400);
    const noType = await call('POST', '/v1.0/$batch', { body: { requests: [{ id: '1', method: 'PATCH', url: `/users/${jane.id}`, body: { jobTitle: 'x' } }] } });
    expect(noType.json.responses[0].status).toBe(400);
  });

  test('429 with Retry-After and TooManyRequests above the rate; the limit changes at run time', async () => {
    sandbox.setRateLimit(2);
    const statuses: number[] = [];
    let throttled: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 5; i++) {
      const res = await call('GET', '/v1.0/organization');
      statuses.push(res.status);
      if (res.status === 429) throttled = res;
    }
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    expect(throttled?.headers.get('retry-after')).toBe('1');
    expect(throttled?.json.error.code).toBe('TooManyRequests');
    sandbox.setRateLimit(null);
    expect((await call('GET', '/v1.0/organization')).status).toBe(200);
  });

  test('records requests with id templates; /_sandbox needs the admin token', async () => {
    sandbox.requestLog.clear();
    await call('GET', `/v1.0/users/${jane.upn}/authentication/phoneMethods/${PHONE_METHOD_IDS.mobile}`);
    await call('GET', `/beta/users/${jane.id}`);
    await call('GET', '/v1.0/nonsense/abc@contoso.com');
    expect(sandbox.requestLog.all().map((r) => r.pathTemplate)).toEqual([
      '/v1.0/users/{id}/authentication/phoneMethods/{id}',
      '/beta/users/{id}',
      '/v1.0/nonsense/{id}',
    ]);
    expect((await call('GET', '/_sandbox/requests', { token: null })).status).toBe(401);
    const viaHttp = await call('GET', '/_sandbox/requests');
    expect(viaHttp.json.value).toHaveLength(3);
    expect(viaHttp.json.value[0]).toMatchObject({ method: 'GET', status: 200, caller: 'admin' });
    expect((await call('DELETE', '/_sandbox/requests')).status).toBe(204);
    expect(sandbox.requestLog.size).toBe(0);
    expect((await call('PUT', '/_sandbox/rate-limit', { body: { requestsPerSecond: 100 } })).status).toBe(204);
  });
});

describe('seed and certificates', () => {
  test('demo identities exist with their published ids; the dev-set addresses exist', () => {
    const t = sandbox.tenant;
    for (const d of Object.values(DEMO_IDENTITIES)) {
      expect(stableGuid('user', d.upn)).toBe(d.id);
      expect(t.getUser(d.upn)?.props.id).toBe(d.id);
      expect(t.getUser(d.id)?.props.displayName).toBe(d.displayName);
    }
    for (const d of Object.values(DELETED_DEMO_IDENTITIES)) {
      expect(stableGuid('user', d.upn)).toBe(d.id);
      expect(t.getDeletedUser(d.id)).toBeDefined();
    }
    expect(t.listUsers().filter((u) => u.props.displayName.startsWith('Jane')).length).toBeGreaterThanOrEqual(3);
    expect(t.getUser(DEMO_IDENTITIES.jane.id)!.methods.map((m) => m.collection)).toEqual(
      expect.arrayContaining(['microsoftAuthenticatorMethods', 'phoneMethods', 'fido2Methods']),
    );
    const mails = new Set(t.listGroups().map((g) => g.props.mail));
    expect(mails.has('retail@contoso.com') && mails.has('nw-sales@contoso.com')).toBe(true);
  });

  test('the seed is deterministic', () => {
    const snapshot = () => {
      const t = buildContosoTenant();
      return JSON.stringify({
        users: t.listUsers().map((u) => [u.props, u.methods, u.managerId, u.preferredSecondary]),
        groups: t.listGroups().map((g) => [g.props, [...g.memberIds], [...g.ownerIds]]),
      });
    };
    expect(snapshot()).toBe(snapshot());
  });

  test('a second start reuses the cached certificates', async () => {
    const again = await startSandbox({ port: 0, adminToken: ADMIN, dataDir: DATA_DIR });
    try {
      expect(again.caPem).toBe(sandbox.caPem);
      expect(again.url).not.toBe(sandbox.url);
      const org = await fetch(`${again.url}/v1.0/organization`, { dispatcher: agent, headers: { authorization: `Bearer ${ADMIN}` } });
      expect(org.status).toBe(200);
      await org.text();
    } finally {
      await again.close();
    }
  });
});
