import type { Storage, StoreItems } from 'botbuilder';
import type { CosmosKeyValueStore } from '../store/repositories';

/**
 * Conversation and dialog state in Cosmos DB, so any bot instance can continue any conversation.
 * Concurrent turns of one conversation are rare (Teams serialises a user's messages); the last write wins.
 */
export class CosmosBotStorage implements Storage {
  constructor(private readonly store: CosmosKeyValueStore) {}

  async read(keys: string[]): Promise<StoreItems> {
    const found = await this.store.read(keys);
    const items: StoreItems = {};
    for (const [key, { value, etag }] of Object.entries(found)) items[key] = { ...value, eTag: etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(([key, item]) => {
        const { eTag, ...value } = (item ?? {}) as Record<string, unknown>;
        void eTag;
        return this.store.write(key, value);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((k) => this.store.delete(k)));
  }
}
