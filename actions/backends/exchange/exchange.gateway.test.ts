import os from 'node:os';
import path from 'node:path';
import type { Agent } from 'undici';
import { startSandbox, type SandboxHandle } from '../../../sandbox/sandbox.server';
import { DEMO_IDENTITIES, EXCHANGE_DEMO_ACCOUNTS } from '../../../sandbox/seed/demo-identities.constants';
import { createGraphClient } from '../graph/graph-client.factory';
import { GraphDirectoryBackend } from '../graph/graph-directory.backend';
import { BackendError } from '../graph/graph-error';
import { createTenantCredential } from '../graph/tenant-credential.factory';
import { createTrustingDispatcher } from '../graph/trusting-dispatcher.factory';
import { addRemove } from '../../exchange-gateway.types';
import { RestExchangeGateway } from './exchange.gateway';

/**
 * The Exchange client against the sandbox's Exchange admin API: HTTPS with the dev CA, a real
 * client-credentials token for https://outlook.office365.com from the sandbox authority, cmdlets
 * validated like Exchange does, throttling retried, and Exchange's errors in plain words.
 */

const ADMIN_TOKEN = 'exchange-gateway-test-admin-token';
const jane = DEMO_IDENTITIES.jane;

let sandbox: SandboxHandle;
let dispatcher: Agent;
let exchange: RestExchangeGateway;
let sleeps: number[];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, adminToken: ADMIN_TOKEN, dataDir: path.join(os.tmpdir(), 'steward-sandbox-test-certs') });
  dispatcher = createTrustingDispatcher(sandbox.caPem);
});

beforeEach(() => {
  sandbox.reset();
  sleeps = [];
  const credential = createTenantCredential({
    authorityHost: sandbox.url,
    tenantId: sandbox.tenantId,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    dispatcher,
  });
  exchange = new RestExchangeGateway({
    baseUrl: sandbox.url,
    tenantId: sandbox.tenantId,
    credential,
    dispatcher,
    maxRetries: 3,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
});

afterAll(async () => {
  await sandbox.close();
  await dispatcher.close();
});

test('reads a mailbox with an app-only Exchange token; the request carries the cmdlet and the token audience is Exchange', async () => {
  const [mailbox] = await exchange.invoke('Get-Mailbox', { Identity: jane.upn });
  expect(mailbox).toMatchObject({ UserPrincipalName: jane.upn, RecipientTypeDetails: 'UserMailbox', ExternalDirectoryObjectId: jane.id });
  const call = sandbox.requestLog.all().filter((r) => r.cmdlet === 'Get-Mailbox').at(-1)!;
  expect(call).toMatchObject({ method: 'POST', pathTemplate: '/adminapi/beta/{tenant}/InvokeCommand', status: 200, caller: sandbox.clientId });
});

test('a Graph token is refused by the Exchange admin API', async () => {
  const credential = createTenantCredential({
    authorityHost: sandbox.url,
    tenantId: sandbox.tenantId,
    clientId: sandbox.clientId,
    clientSecret: sandbox.clientSecret,
    dispatcher,
  });
  const wrong = new RestExchangeGateway({ baseUrl: sandbox.url, tenantId: sandbox.tenantId, credential, dispatcher, scope: `${sandbox.url}/.default` });
  await expect(wrong.invoke('Get-Mailbox', { Identity: jane.upn })).rejects.toMatchObject({ status: 401 });
});

test('changes made through Set-Mailbox are read back, and addresses show up in Graph too', async () => {
  await exchange.invoke('Set-Mailbox', { Identity: jane.upn, EmailAddresses: addRemove({ add: ['smtp:jane.alias@contoso.com'] }) });
  const [mailbox] = await exchange.invoke<{ EmailAddresses: string[] }>('Get-Mailbox', { Identity: 'jane.alias@contoso.com' });
  expect(mailbox.EmailAddresses).toContain('smtp:jane.alias@contoso.com');
  expect(sandbox.tenant.getUser(jane.id)?.props.proxyAddresses).toContain('smtp:jane.alias@contoso.com');
});

test('pages large results with @odata.nextLink and $select', async () => {
  const small = new RestExchangeGateway({
    baseUrl: sandbox.url,
    tenantId: sandbox.tenantId,
    credential: createTenantCredential({ authorityHost: sandbox.url, tenantId: sandbox.tenantId, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, dispatcher }),
    dispatcher,
    pageSize: 50,
  });
  const all = await small.invoke<Record<string, unknown>>('Get-Mailbox', { ResultSize: 'Unlimited' }, { select: ['UserPrincipalName', 'RecipientTypeDetails'] });
  expect(all.length).toBeGreaterThan(100);
  expect(Object.keys(all[0]).sort()).toEqual(['RecipientTypeDetails', 'UserPrincipalName']);
  expect(all.some((m) => m.UserPrincipalName === EXCHANGE_DEMO_ACCOUNTS.ithelp.upn && m.RecipientTypeDetails === 'SharedMailbox')).toBe(true);
  const pages = sandbox.requestLog.all().filter((r) => r.cmdlet === 'Get-Mailbox');
  expect(pages.length).toBe(Math.ceil(all.length / 50));
});

test('a throttled answer is retried after Retry-After and the call then succeeds', async () => {
  sandbox.exchange.throttleNext(2, 2);
  const [mailbox] = await exchange.invoke('Get-Mailbox', { Identity: jane.upn });
  expect(mailbox).toMatchObject({ UserPrincipalName: jane.upn });
  expect(sleeps).toEqual([2000, 2000]);
  const statuses = sandbox.requestLog.all().filter((r) => r.cmdlet === 'Get-Mailbox').map((r) => r.status);
  expect(statuses).toEqual([429, 429, 200]);
});

test('endless throttling ends in a clear error after the bounded retries', async () => {
  sandbox.exchange.throttleNext(10, 1);
  const error = await exchange.invoke('Get-Mailbox', { Identity: jane.upn }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackendError);
  expect(error).toMatchObject({ code: 'TooManyRequests', status: 429 });
  expect((error as Error).message).toMatch(/too many requests.*4 attempts/i);
});

test("Exchange's own errors come back in plain words with the exception as the code", async () => {
  const missing = await exchange.invoke('Set-Mailbox', { Identity: 'nobody@contoso.com', AuditEnabled: true }).catch((e: unknown) => e);
  expect(missing).toMatchObject({ code: 'ManagementObjectNotFoundException', status: 404 });
  expect((missing as Error).message).toBe("Set-Mailbox: The operation couldn't be performed because object 'nobody@contoso.com' couldn't be found.");

  const badParam = await exchange.invoke('Set-Mailbox', { Identity: jane.upn, Colour: 'blue' }).catch((e: unknown) => e);
  expect(badParam).toMatchObject({ code: 'ParameterBindingException', status: 400 });
  expect((badParam as Error).message).toMatch(/parameter cannot be found that matches parameter name 'Colour'/);

  const badCmdlet = await exchange.invoke('Set-Mailboxx', { Identity: jane.upn }).catch((e: unknown) => e);
  expect(badCmdlet).toMatchObject({ code: 'CommandNotFoundException' });

  const badType = await exchange.invoke('Set-Mailbox', { Identity: jane.upn, AuditEnabled: 'perhaps' }).catch((e: unknown) => e);
  expect((badType as Error).message).toMatch(/Cannot convert value "perhaps" to type "System.Boolean"/);
  expect(sandbox.tenant.getUser(jane.id)).toBeDefined();
});

test('the directory backend carries the Exchange gateway it was built with', async () => {
  const credential = createTenantCredential({ authorityHost: sandbox.url, tenantId: sandbox.tenantId, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, dispatcher });
  const backend = new GraphDirectoryBackend(createGraphClient({ baseUrl: sandbox.url, credential, dispatcher }), { exchange });
  const [recipient] = await backend.exchange.invoke('Get-Recipient', { Identity: EXCHANGE_DEMO_ACCOUNTS.info.upn });
  expect(recipient).toMatchObject({ RecipientTypeDetails: 'SharedMailbox', DisplayName: 'Contoso Info' });
  const unconfigured = new GraphDirectoryBackend(createGraphClient({ baseUrl: sandbox.url, credential, dispatcher }));
  await expect(unconfigured.exchange.invoke('Get-Mailbox')).rejects.toMatchObject({ code: 'ExchangeNotConfigured' });
});

test('Send As grants: added, listed per trustee, a duplicate only warns, removal takes it away', async () => {
  const info = EXCHANGE_DEMO_ACCOUNTS.info.upn;
  const megan = DEMO_IDENTITIES.megan.upn;
  await exchange.invoke('Add-RecipientPermission', { Identity: info, Trustee: megan, AccessRights: ['SendAs'], Confirm: false });
  const again = await exchange.invokeWithWarnings('Add-RecipientPermission', { Identity: info, Trustee: megan, AccessRights: ['SendAs'], Confirm: false });
  expect(again.warnings.join(' ')).toMatch(/already present/);
  const granted = await exchange.invoke<{ Identity: string; Trustee: string; AccessRights: string[] }>('Get-RecipientPermission', { Trustee: megan });
  expect(granted).toEqual([expect.objectContaining({ Identity: 'info', Trustee: megan, AccessRights: ['SendAs'] })]);
  await exchange.invoke('Remove-RecipientPermission', { Identity: info, Trustee: megan, AccessRights: ['SendAs'], Confirm: false });
  expect(await exchange.invoke('Get-RecipientPermission', { Identity: info, Trustee: megan })).toEqual([]);
  const wrongRight = await exchange.invoke('Add-RecipientPermission', { Identity: info, Trustee: megan, AccessRights: ['FullAccess'] }).catch((e: unknown) => e);
  expect((wrongRight as Error).message).toMatch(/SendAs/);
});
