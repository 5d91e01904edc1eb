import type { AuditEntry } from '../../actions/ports';
import { openCosmos } from '../../store/cosmos.database';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../store/embedded-cosmos';
import { CosmosAuditStore } from '../../store/repositories';

/** Audit queries against the real embedded Cosmos DB: month partitions newest first, filters, limits. */
let cosmos: EmbeddedCosmos;
let store: CosmosAuditStore;
let container: Awaited<ReturnType<typeof openCosmos>>['containers']['audit'];
let dispose: () => void;
const NOW = new Date('2025-03-15T12:00:00.000Z');

function entry(n: number, time: string, extra: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: `e${n}`,
    tenantId: 'tenant-a',
    time,
    correlationId: `c${n}`,
    kind: 'action',
    operator: { id: 'op-admin', upn: 'Admin@Contoso.com' },
    actionId: 'user.reset-mfa',
    targets: [{ id: 'id-jane', display: 'jane@contoso.com', outcome: 'succeeded' }],
    parameters: {},
    outcome: 'succeeded',
    entry: 'card',
    ...extra,
  };
}

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos({ port: 0, host: '127.0.0.1' });
  const opened = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'audit-store-test' });
  container = opened.containers.audit;
  dispose = () => opened.client.dispose();
  store = new CosmosAuditStore(container, { clock: () => NOW });
  const entries = [
    entry(1, '2024-12-30T10:00:00.000Z'),
    entry(2, '2025-01-05T10:00:00.000Z', { targets: [{ id: 'id-bob', display: 'bob@contoso.com' }] }),
    entry(3, '2025-02-01T00:00:00.000Z', { operator: { id: 'op-helpdesk', upn: 'helpdesk@contoso.com' } }),
    entry(4, '2025-02-20T08:00:00.000Z', { kind: 'refusal', outcome: 'refused', targets: [{ id: 'id-jane', display: 'id-jane' }], operator: { id: 'op-helpdesk' } }),
    entry(5, '2025-03-10T09:00:00.000Z', { kind: 'session', actionId: 'steward.session-on', targets: [] }),
    entry(6, '2025-03-14T09:00:00.000Z', { targets: [{ id: 'id-x', display: 'x@contoso.com' }, { id: 'id-jane', display: 'JANE@contoso.com' }] }),
    entry(7, '2025-03-14T10:00:00.000Z', { tenantId: 'tenant-b' }),
  ];
  for (const e of entries) await store.append(e);
});
afterAll(async () => {
  dispose?.();
  await cosmos?.close();
});

const ids = (entries: AuditEntry[]) => entries.map((e) => e.id);

it('stores each entry in its tenant-and-month partition', async () => {
  const { resources } = await container.items.query('SELECT c.id, c.pk FROM c ORDER BY c.time ASC').fetchAll();
  expect(resources.map((r) => r.pk)).toEqual([
    'tenant-a:2024-12',
    'tenant-a:2025-01',
    'tenant-a:2025-02',
    'tenant-a:2025-02',
    'tenant-a:2025-03',
    'tenant-a:2025-03',
    'tenant-b:2025-03',
  ]);
});

it('answers the last N newest first across months, only for the tenant', async () => {
  expect(ids(await store.query('tenant-a', { limit: 3 }))).toEqual(['e6', 'e5', 'e4']);
  expect(ids(await store.query('tenant-a', { limit: 100 }))).toEqual(['e6', 'e5', 'e4', 'e3', 'e2', 'e1']);
  expect(ids(await store.query('tenant-b', { limit: 100 }))).toEqual(['e7']);
  expect(await store.query('tenant-a', { limit: 0 })).toEqual([]);
});

it('finds entries about a target by object id or UPN, in any case', async () => {
  expect(ids(await store.query('tenant-a', { limit: 10, targets: ['jane@contoso.com'] }))).toEqual(['e6', 'e3', 'e1']);
  expect(ids(await store.query('tenant-a', { limit: 10, targets: ['ID-JANE'] }))).toEqual(['e6', 'e4', 'e3', 'e1']);
  expect(ids(await store.query('tenant-a', { limit: 10, targets: ['id-jane', 'jane@contoso.com'] }))).toEqual(['e6', 'e4', 'e3', 'e1']);
  expect(ids(await store.query('tenant-a', { limit: 10, targets: ['nobody@contoso.com'] }))).toEqual([]);
});

it('finds entries by operator, and combines filters', async () => {
  expect(ids(await store.query('tenant-a', { limit: 10, operators: ['HELPDESK@contoso.com'] }))).toEqual(['e3']);
  expect(ids(await store.query('tenant-a', { limit: 10, operators: ['op-helpdesk', 'helpdesk@contoso.com'] }))).toEqual(['e4', 'e3']);
  expect(ids(await store.query('tenant-a', { limit: 10, operators: ['admin@contoso.com'], targets: ['jane@contoso.com'] }))).toEqual(['e6', 'e1']);
});

it('reads a time range (since inclusive, until exclusive)', async () => {
  expect(ids(await store.query('tenant-a', { limit: 10, since: '2025-02-01T00:00:00.000Z', until: '2025-03-14T09:00:00.000Z' }))).toEqual(['e5', 'e4', 'e3']);
  expect(ids(await store.query('tenant-a', { limit: 10, until: '2025-01-06T00:00:00.000Z' }))).toEqual(['e2', 'e1']);
  expect(await store.query('tenant-a', { limit: 10, since: '2025-03-01T00:00:00.000Z', until: '2025-02-01T00:00:00.000Z' })).toEqual([]);
});

it('takes SQL-looking filter values as data', async () => {
  expect(await store.query('tenant-a', { limit: 10, targets: ["x' OR 1=1 --"] })).toEqual([]);
  expect(await store.query("tenant-a' OR c.tenantId != '", { limit: 10 })).toEqual([]);
});

it('reads at most lookbackMonths partitions without a start, and stops once it has enough', async () => {
  const short = new CosmosAuditStore(container, { clock: () => NOW, lookbackMonths: 2 });
  expect(ids(await short.query('tenant-a', { limit: 100 }))).toEqual(['e6', 'e5', 'e4', 'e3']);
  const spy = jest.spyOn(container.items, 'query');
  await store.query('tenant-a', { limit: 2 });
  expect(spy).toHaveBeenCalledTimes(1);
  spy.mockRestore();
});
