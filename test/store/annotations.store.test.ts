import { openCosmos } from '../../store/cosmos.database';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../store/embedded-cosmos';
import { CosmosAnnotationStore } from '../../store/annotations.repository';

/** Tags and portal attributes against the real embedded Cosmos DB: concurrent edits never lose each other. */
let cosmos: EmbeddedCosmos;
let store: CosmosAnnotationStore;
let dispose: () => void;

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos({ port: 0, host: '127.0.0.1' });
  const opened = await openCosmos({ endpoint: cosmos.endpoint, key: cosmos.key, databaseId: 'annotations-test' });
  store = new CosmosAnnotationStore(opened.containers.userAnnotations, () => new Date('2026-01-01T00:00:00Z'));
  dispose = () => opened.client.dispose();
});
afterAll(async () => {
  dispose?.();
  await cosmos?.close();
});

describe('CosmosAnnotationStore', () => {
  it('answers null for a user with nothing stored, and creates the document on first write', async () => {
    expect(await store.get('tenant-a', 'u1')).toBeNull();
    const { before, after } = await store.update('tenant-a', 'u1', (d) => ({ ...d, tags: ['VIP'], updatedBy: 'op' }));
    expect(before.tags).toEqual([]);
    expect(after).toMatchObject({ id: 'u1', tenantId: 'tenant-a', tags: ['VIP'], attributes: {} });
    expect(await store.get('tenant-a', 'u1')).toMatchObject({ tags: ['VIP'] });
    expect(await store.get('tenant-b', 'u1')).toBeNull();
  });

  it('keeps both of two concurrent edits (ETag retry)', async () => {
    await Promise.all(
      ['A', 'B', 'C', 'D'].map((tag) => store.update('tenant-a', 'u2', (d) => ({ ...d, tags: [...d.tags, tag] }))),
    );
    expect((await store.get('tenant-a', 'u2'))!.tags.sort()).toEqual(['A', 'B', 'C', 'D']);
  });
});
