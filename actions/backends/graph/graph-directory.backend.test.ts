import os from 'node:os';
import path from 'node:path';
import { PageIterator, type Client } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import type { Agent } from 'undici';
import { startSandbox, type SandboxHandle } from '../../../sandbox/sandbox.server';
import { DEMO_IDENTITIES, SANDBOX_CLIENT_ID } from '../../../sandbox/seed/demo-identities.constants';
import { createGraphClient } from './graph-client.factory';
import { GraphDirectoryBackend } from './graph-directory.backend';
import { BackendError } from './graph-error';
import { createTenantCredential, createUserPasswordCredential } from './tenant-credential.factory';
import { createTrustingDispatcher } from './trusting-dispatcher.factory';

/**
 * The Graph backend end to end against the sandbox: HTTPS with the dev CA trusted per client, a
 * real client-credentials token from the sandbox authority via @azure/identity, and Graph calls
 * through @microsoft/microsoft-graph-client with its default middleware.
 */

const ADMIN_TOKEN = 'backend-test-admin-token';
const jane = DEMO_IDENTITIES.jane;

let sandbox: SandboxHandle;
let dispatcher: Agent;
let graph: Client;
let backend: GraphDirectoryBackend;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, adminToken: ADMIN_TOKEN, dataDir: path.join(os.tmpdir(), 'steward-sandbox-test-certs') });
  dispatcher = createTrustingDispatcher(sandbox.caPem);
  const credential = createTenantCredential({
    authorityHost: sandbox.url,
    tenantId: sandbox.tenantId,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    dispatcher,
  });
  graph = createGraphClient({ baseUrl: sandbox.url, credential, dispatcher });
  backend = new GraphDirectoryBackend(graph);
});

afterAll(async () => {
  await dispatcher?.close();
  await sandbox?.close();
});

beforeEach(() => {
  sandbox.reset();
  sandbox.setRateLimit(null);
});

test('signs in with client credentials and reads the organization', async () => {
  const org = await backend.getOrganization();
  expect(org).toEqual({ id: sandbox.tenantId, displayName: 'Contoso', verifiedDomains: ['contoso.com', 'contoso.onmicrosoft.com'] });
  const tokenCalls = sandbox.requestLog.all().filter((r) => r.caller === `app:${SANDBOX_CLIENT_ID}`);
  expect(tokenCalls.length).toBeGreaterThan(0);
});

test('finds jane by UPN (exact lookup) and by display-name prefix', async () => {
  const byUpn = await backend.findUsers('JANE@contoso.com', { top: 10 });
  expect(byUpn).toHaveLength(1);
  expect(byUpn[0]).toMatchObject({ id: jane.id, userPrincipalName: jane.upn, displayName: 'Jane Doe', accountEnabled: true, department: 'Sales' });

  const byName = await backend.findUsers('Jane', { top: 10 });
  expect(byName.map((u) => u.displayName)).toEqual(expect.arrayContaining(['Jane Doe', 'Jane Cooper', 'Jane Okafor', 'Janet Muller']));

  const byWord = await backend.findUsers('doe', { top: 10 }); // no prefix match → $search on words
  expect(byWord.map((u) => u.id)).toContain(jane.id);
  const searchCall = sandbox.requestLog.all().find((r) => r.query.includes('search'));
  expect(searchCall?.status).toBe(200);

  expect(await backend.findUsers('nobody@contoso.com', { top: 5 })).toEqual([]);
  expect(await backend.findUsers("o'neil", { top: 5 })).toEqual([]);
  expect(await backend.getUser('ghost@contoso.com')).toBeNull();
});

test("lists jane's methods, deletes one by its typed collection, and it is gone", async () => {
  const methods = await backend.listAuthMethods(jane.id);
  expect(methods.map((m) => m.kind)).toEqual(
    expect.arrayContaining(['passwordMethods', 'microsoftAuthenticatorMethods', 'phoneMethods', 'fido2Methods']),
  );
  const phone = methods.find((m) => m.kind === 'phoneMethods')!;
  expect(phone).toMatchObject({ phoneType: 'mobile', label: 'Phone +1 425 555 0142 (mobile)' });
  expect(methods.find((m) => m.kind === 'microsoftAuthenticatorMethods')!.label).toBe('Microsoft Authenticator (iPhone 15 Pro)');

  // The Authenticator is her default second factor: refused while the phone remains.
  const authenticator = methods.find((m) => m.kind === 'microsoftAuthenticatorMethods')!;
  await expect(backend.deleteAuthMethod(jane.id, authenticator)).rejects.toMatchObject({ status: 400, code: 'badRequest' });

  await backend.deleteAuthMethod(jane.id, phone);
  const after = await backend.listAuthMethods(jane.id);
  expect(after.find((m) => m.id === phone.id)).toBeUndefined();
  await backend.deleteAuthMethod(jane.id, authenticator);

  const again = backend.deleteAuthMethod(jane.id, phone);
  await expect(again).rejects.toBeInstanceOf(BackendError);
  await expect(again).rejects.toMatchObject({ status: 404 });

  const password = after.find((m) => m.kind === 'passwordMethods')!;
  await expect(backend.deleteAuthMethod(jane.id, password)).rejects.toMatchObject({ status: 400 });

  expect(sandbox.requestLog.byTemplate('/v1.0/users/{id}/authentication/phoneMethods/{id}', 'DELETE').map((r) => r.status)).toEqual([204, 404]);
});

test('writes: block sign-in, reset password, revoke sessions', async () => {
  await backend.setAccountEnabled(jane.id, false);
  expect(sandbox.tenant.getUser(jane.id)!.props.accountEnabled).toBe(false);

  await expect(
    backend.resetPassword(jane.id, { password: 'weak', forceChangePasswordNextSignIn: true, forceChangePasswordNextSignInWithMfa: false }),
  ).rejects.toMatchObject({ status: 400, code: 'Request_BadRequest' });
  await backend.resetPassword(jane.id, { password: 'N3w!Passw0rd', forceChangePasswordNextSignIn: true, forceChangePasswordNextSignInWithMfa: false });
  const user = sandbox.tenant.getUser(jane.id)!;
  expect(user.password).toBe('N3w!Passw0rd');
  expect(user.props.passwordProfile?.forceChangePasswordNextSignIn).toBe(true);

  user.props.signInSessionsValidFromDateTime = '2020-01-01T00:00:00Z';
  await backend.revokeSignInSessions(jane.id);
  expect(Date.parse(user.props.signInSessionsValidFromDateTime!)).toBeGreaterThan(Date.now() - 60_000);

  const patch = sandbox.requestLog.byTemplate('/v1.0/users/{id}', 'PATCH').at(-1)!;
  expect(JSON.stringify(patch.body)).not.toContain('N3w!Passw0rd');
});

test('errors carry Graph code, status and request id', async () => {
  const err = (await backend.listAuthMethods('ghost@contoso.com').catch((e: unknown) => e)) as BackendError;
  expect(err).toBeInstanceOf(BackendError);
  expect(err).toMatchObject({ status: 404, code: 'Request_ResourceNotFound' });
  expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(sandbox.requestLog.all().some((r) => r.requestId === err.requestId)).toBe(true);
});

test('pages through every user with @odata.nextLink', async () => {
  const first = await graph.api('/users').select(['id', 'userPrincipalName']).top(50).get();
  const ids: string[] = [];
  const iterator = new PageIterator(graph, first, (u: User) => {
    ids.push(u.id!);
    return true;
  });
  await iterator.iterate();
  expect(ids.length).toBe(sandbox.tenant.userCount);
  expect(new Set(ids).size).toBe(ids.length);
  expect(sandbox.requestLog.byTemplate('/v1.0/users', 'GET').length).toBe(Math.ceil(ids.length / 50));
});

test('$search without ConsistencyLevel is refused; with it, it works', async () => {
  const refused = await graph.api('/users').search('"displayName:jan"').get().catch((e: unknown) => e);
  expect(refused).toMatchObject({ statusCode: 400, code: 'Request_UnsupportedQuery' });
  const ok = await graph.api('/users').search('"displayName:jan"').header('ConsistencyLevel', 'eventual').query({ $count: 'true' }).get();
  expect(ok['@odata.count']).toBeGreaterThanOrEqual(4);
});

test('survives a 429 storm: the RetryHandler honours Retry-After', async () => {
  await backend.getOrganization(); // token first, so the storm is only Graph calls
  sandbox.setRateLimit(5);
  sandbox.requestLog.clear();
  const started = Date.now();
  const results = await Promise.all(Array.from({ length: 10 }, () => backend.getUser(jane.upn)));
  expect(results.every((u) => u?.id === jane.id)).toBe(true);
  const statuses = sandbox.requestLog.all().map((r) => r.status);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  expect(statuses.filter((s) => s === 200).length).toBe(10);
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
});

test('$batch: sub-requests run in order with dependsOn, and are logged with templates', async () => {
  const res = await graph.api('/$batch').post({
    requests: [
      { id: '1', method: 'GET', url: `/users/${jane.upn}?$select=id,displayName` },
      { id: '2', method: 'PATCH', url: `/v1.0/users/${jane.id}`, headers: { 'Content-Type': 'application/json' }, body: { jobTitle: 'Senior Account Executive' }, dependsOn: ['1'] },
      { id: '3', method: 'GET', url: '/users/ghost@contoso.com' },
      { id: '4', method: 'GET', url: '/organization', dependsOn: ['3'] },
    ],
  });
  const byId = Object.fromEntries((res.responses as { id: string; status: number; body?: { displayName?: string } }[]).map((r) => [r.id, r]));
  expect(byId['1'].status).toBe(200);
  expect(byId['1'].body?.displayName).toBe('Jane Doe');
  expect(byId['2'].status).toBe(204);
  expect(byId['3'].status).toBe(404);
  expect(byId['4'].status).toBe(424);
  expect(sandbox.tenant.getUser(jane.id)!.props.jobTitle).toBe('Senior Account Executive');
  const templates = sandbox.requestLog.all().map((r) => `${r.method} ${r.pathTemplate}`);
  expect(templates).toEqual(expect.arrayContaining(['POST /v1.0/$batch', 'GET /v1.0/users/{id}', 'PATCH /v1.0/users/{id}']));
  expect(sandbox.requestLog.all().filter((r) => r.batchRequestId).length).toBe(3);
});

test('delegated sign-in (ROPC) applies Entra roles: a reader cannot write, an admin can', async () => {
  const session = async (upn: string, password: string) => {
    const credential = createUserPasswordCredential({
      authorityHost: sandbox.url,
      tenantId: sandbox.tenantId,
      clientId: sandbox.clientId,
      username: upn,
      password,
      dispatcher,
    });
    return new GraphDirectoryBackend(createGraphClient({ baseUrl: sandbox.url, credential, dispatcher }));
  };
  const reader = await session(DEMO_IDENTITIES.reader.upn, DEMO_IDENTITIES.reader.password);
  expect((await reader.getUser(jane.upn))?.id).toBe(jane.id);
  await expect(reader.setAccountEnabled(jane.id, false)).rejects.toMatchObject({ status: 403, code: 'Authorization_RequestDenied' });

  const admin = await session(DEMO_IDENTITIES.admin.upn, DEMO_IDENTITIES.admin.password);
  await admin.setAccountEnabled(jane.id, false);
  expect(sandbox.tenant.getUser(jane.id)!.props.accountEnabled).toBe(false);

  const wrong = await session(DEMO_IDENTITIES.admin.upn, 'not-the-password');
  const failure = (await wrong.getOrganization().catch((e: unknown) => e)) as BackendError;
  expect(failure).toMatchObject({ status: 0, code: 'CredentialFailed' });
  expect(failure.message).toContain('AADSTS50126');
});
