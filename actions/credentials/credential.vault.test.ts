import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { Operator } from '../governance/roles';
import type { AuditEntry, CredentialDoc, CredentialKind, CredentialStore } from '../ports';
import { CredentialVault } from './credential.vault';
import { SecretCipher } from './secret.cipher';

/** The vault's rules, on an in-memory store: who may store, what is refused, what comes back out. */
class MemoryCredentialStore implements CredentialStore {
  readonly docs = new Map<string, CredentialDoc>();
  async get(tenantId: string, kind: CredentialKind) {
    return this.docs.get(`${tenantId}/${kind}`) ?? null;
  }
  async list(tenantId: string) {
    return [...this.docs.values()].filter((d) => d.tenantId === tenantId);
  }
  async put(doc: CredentialDoc) {
    this.docs.set(`${doc.tenantId}/${doc.kind}`, structuredClone(doc));
  }
  async delete(tenantId: string, kind: CredentialKind) {
    return this.docs.delete(`${tenantId}/${kind}`);
  }
}

const admin: Operator = { tenantId: 't1', objectId: 'a1', userPrincipalName: 'admin@contoso.com', displayName: 'Alex Admin', roles: ['TenantAdmin'] };
const manager: Operator = { ...admin, objectId: 'm1', userPrincipalName: 'megan@contoso.com', roles: ['Management'] };
const CLIENT_ID = '1c1e6890-4239-51b1-b569-7b1692313b3f';
const opts = { correlationId: 'c1' };

function vault(withKey = true) {
  const store = new MemoryCredentialStore();
  const audit: AuditEntry[] = [];
  let n = 0;
  let now = Date.parse('2026-11-23T10:00:00Z');
  const v = new CredentialVault({
    store,
    cipher: withKey ? new SecretCipher(randomBytes(32)) : undefined,
    audit: { append: async (e) => void audit.push(e), list: async () => audit, query: async () => audit },
    clock: () => new Date((now += 1000)),
    newId: () => `id-${n++}`,
    logger: pino({ level: 'silent' }),
  });
  return { v, store, audit };
}

it('stores encrypted, describes without the secret, and hands the connector the decrypted credential', async () => {
  const { v, store, audit } = vault();
  const info = await v.storeService('t1', admin, { clientId: CLIENT_ID.toUpperCase(), clientSecret: 'top~secret' }, opts);
  expect(info).toMatchObject({ kind: 'service', clientId: CLIENT_ID, storedBy: { upn: 'admin@contoso.com', displayName: 'Alex Admin' } });
  expect(JSON.stringify([...store.docs.values()])).not.toContain('top~secret');
  expect(JSON.stringify(await v.describe('t1'))).not.toContain('top~secret');
  expect(JSON.stringify(audit)).not.toContain('top~secret');
  expect(audit[0]).toMatchObject({ actionId: 'steward.credential-stored', parameters: { kind: 'service', clientId: CLIENT_ID, replaced: false } });
  const usable = await v.usable('t1');
  expect(usable).toMatchObject({ kind: 'service', clientId: CLIENT_ID, clientSecret: 'top~secret' });

  // Replacing changes the fingerprint (the connector builds a new backend and token cache).
  await v.storeService('t1', admin, { clientId: CLIENT_ID, clientSecret: 'newer~secret' }, opts);
  expect((await v.usable('t1'))!.fingerprint).not.toBe(usable!.fingerprint);
  expect(audit[1].parameters).toMatchObject({ replaced: true });
});

it('prefers the service credential over admin credentials, and falls back to none', async () => {
  const { v } = vault();
  await v.storeAdmin('t1', admin, { username: 'Admin@Contoso.com', password: 'pw' }, opts);
  expect(await v.usable('t1')).toMatchObject({ kind: 'admin', username: 'admin@contoso.com', password: 'pw' });
  await v.storeService('t1', admin, { clientId: CLIENT_ID, clientSecret: 's' }, opts);
  expect((await v.usable('t1'))!.kind).toBe('service');
  expect(await v.remove('t1', admin, 'service', opts)).toBe(true);
  expect(await v.remove('t1', admin, 'service', opts)).toBe(false);
  await v.remove('t1', admin, 'admin', opts);
  expect(await v.usable('t1')).toBeNull();
});

it('only Tenant Admins store or remove credentials', async () => {
  const { v, store } = vault();
  await expect(v.storeService('t1', manager, { clientId: CLIENT_ID, clientSecret: 's' }, opts)).rejects.toMatchObject({ code: 'ROLE_DENIED' });
  await expect(v.remove('t1', manager, 'service', opts)).rejects.toMatchObject({ code: 'ROLE_DENIED' });
  expect(store.docs.size).toBe(0);
});

it('without an encryption key it refuses to store, with a clear error', async () => {
  const { v, store } = vault(false);
  expect(v.canStore).toBe(false);
  await expect(v.storeService('t1', admin, { clientId: CLIENT_ID, clientSecret: 's' }, opts)).rejects.toMatchObject({
    code: 'CREDENTIAL_STORE_UNAVAILABLE',
    hint: expect.stringMatching(/STEWARD_ENCRYPTION_KEY/),
  });
  expect(store.docs.size).toBe(0);
});

it('rejects bad input per field, without echoing the secret', async () => {
  const { v } = vault();
  const error = await v.storeService('t1', admin, { clientId: 'not-a-guid', clientSecret: '  ' }, opts).catch((e) => e);
  expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
  expect(Object.keys(error.details.errors).sort()).toEqual(['clientId', 'clientSecret']);
  await expect(v.storeAdmin('t1', admin, { username: 'admin', password: '' }, opts)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
});
