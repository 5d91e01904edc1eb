import pino from 'pino';
import type { DirectoryBackend } from '../../actions/directory.types';
import type { Operator } from '../../actions/governance/roles';
import { ManagementSessionService } from '../../actions/session/management-session.service';
import { openCosmos } from '../../store/cosmos.database';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../store/embedded-cosmos';
import { CosmosAuditStore, CosmosSessionStore } from '../../store/repositories';

/** The session document against the real embedded Cosmos DB: ETag races, expiry, audit. */
let cosmos: EmbeddedCosmos;
let containers: Awaited<ReturnType<typeof openCosmos>>['containers'];
let dispose: () => void;

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos({ port: 0, host: '127.0.0.1' });
  const opened = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'session-test' });
  containers = opened.containers;
  dispose = () => opened.client.dispose();
});
afterAll(async () => {
  dispose?.();
  await cosmos?.close();
});

const operator = (id: string, roles: Operator['roles'] = ['Management']): Operator => ({
  tenantId: 'tenant-a',
  objectId: id,
  userPrincipalName: `${id}@contoso.com`,
  displayName: id,
  roles,
});

function service(options: { tenantCheck?: () => Promise<void>; now: () => Date }) {
  let checks = 0;
  const directory = {
    getOrganization: async () => {
      checks++;
      await (options.tenantCheck?.() ?? new Promise((r) => setTimeout(r, 50)));
      return { id: 'tenant-a', displayName: 'Contoso', verifiedDomains: ['contoso.com'] };
    },
  } as unknown as DirectoryBackend;
  let n = 0;
  const svc = new ManagementSessionService({
    store: new CosmosSessionStore(containers.sessions),
    connector: { directory: async () => directory },
    audit: new CosmosAuditStore(containers.audit),
    clock: options.now,
    newId: () => `id-${Date.now()}-${n++}-${Math.random()}`,
    logger: pino({ level: 'silent' }),
    sessionMs: 2 * 3_600_000,
    defaultAutoEnable: true,
    defaultAdvanced: true,
  });
  return { svc, checks: () => checks };
}

it('two operators racing to turn the session on end with one session', async () => {
  const { svc, checks } = service({ now: () => new Date() });
  const [a, b] = await Promise.all([
    svc.turnOn('tenant-a', operator('alice'), { correlationId: 'c1' }),
    svc.turnOn('tenant-a', operator('bob'), { correlationId: 'c2' }),
  ]);
  expect(a.state).toBe('on');
  expect(b.state).toBe('on');
  expect(a.enabledBy).toBe(b.enabledBy);
  expect(a.expiresAt).toBe(b.expiresAt);
  expect(checks()).toBe(1);
  const { resources } = await containers.sessions.items.readAll().fetchAll();
  expect(resources.filter((r) => r.tenantId === 'tenant-a')).toHaveLength(1);
});

it('expires two hours after the last management action, sliding with each action', async () => {
  let now = new Date('2026-01-01T10:00:00Z');
  const { svc } = service({ now: () => now });
  const tenant = 'tenant-a';
  await svc.turnOff(tenant, operator('alice'), { correlationId: 'x' });
  await svc.turnOn(tenant, operator('alice'), { correlationId: 'x' });
  now = new Date('2026-01-01T11:30:00Z');
  await svc.touch(tenant, operator('alice'));
  now = new Date('2026-01-01T13:29:00Z');
  expect((await svc.status(tenant)).state).toBe('on');
  now = new Date('2026-01-01T13:30:01Z');
  const view = await svc.status(tenant);
  expect(view.state).toBe('off');
  expect(view.reason).toMatch(/expired/);
});

it('a failed credential check leaves the session off and says why', async () => {
  const { svc } = service({ now: () => new Date(), tenantCheck: async () => Promise.reject(new Error('AADSTS7000215: invalid client secret')) });
  await svc.turnOff('tenant-a', operator('alice'), { correlationId: 'x' });
  await expect(svc.turnOn('tenant-a', operator('alice'), { correlationId: 'x' })).rejects.toMatchObject({ code: 'SESSION_DENIED' });
  expect((await svc.status('tenant-a')).state).toBe('off');
});

it('a Helpdesk operator may not turn the session on by hand', async () => {
  const { svc } = service({ now: () => new Date() });
  await expect(svc.turnOn('tenant-b', operator('hd', ['Helpdesk']), { correlationId: 'x' })).rejects.toMatchObject({ code: 'SESSION_DENIED' });
});
