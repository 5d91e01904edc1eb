import type { Container } from '@azure/cosmos';
import type { Operator } from '../actions/governance/roles';
import type {
  AuditEntry,
  AuditStore,
  OperatorStore,
  PlanDoc,
  PlanStore,
  SessionDoc,
  SessionStore,
  Versioned,
} from '../actions/ports';
import { clean, isConflict, isNotFound, isPreconditionFailed } from './cosmos.database';

/** Point read that answers null for a missing document instead of throwing. */
async function readVersioned<T>(container: Container, id: string, partitionKey: string): Promise<Versioned<T> | null> {
  try {
    const { resource } = await container.item(id, partitionKey).read<Record<string, unknown>>();
    if (!resource) return null;
    return { doc: clean<T>(resource), etag: String(resource._etag) };
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

async function createVersioned<T extends { id: string }>(container: Container, doc: T): Promise<Versioned<T> | null> {
  try {
    const { resource } = await container.items.create<T>(doc);
    return { doc, etag: String((resource as unknown as { _etag: string })._etag) };
  } catch (e) {
    if (isConflict(e)) return null;
    throw e;
  }
}

async function replaceVersioned<T extends { id: string }>(container: Container, doc: T, partitionKey: string, etag: string): Promise<Versioned<T> | null> {
  try {
    const { resource } = await container
      .item(doc.id, partitionKey)
      .replace<T>(doc, { accessCondition: { type: 'IfMatch', condition: etag } });
    return { doc, etag: String((resource as unknown as { _etag: string })._etag) };
  } catch (e) {
    if (isPreconditionFailed(e) || isNotFound(e)) return null;
    throw e;
  }
}

export class CosmosOperatorStore implements OperatorStore {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, objectId: string): Promise<Operator | null> {
    return (await readVersioned<Operator & { id: string }>(this.container, objectId, tenantId))?.doc ?? null;
  }

  async upsert(operator: Operator): Promise<void> {
    await this.container.items.upsert({ id: operator.objectId, ...operator });
  }

  async list(tenantId: string): Promise<Operator[]> {
    const { resources } = await this.container.items
      .query<Record<string, unknown>>(
        { query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: tenantId }] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => clean<Operator>(r));
  }
}

export class CosmosSessionStore implements SessionStore {
  constructor(private readonly container: Container) {}

  get(tenantId: string): Promise<Versioned<SessionDoc> | null> {
    return readVersioned<SessionDoc>(this.container, tenantId, tenantId);
  }

  create(doc: SessionDoc): Promise<Versioned<SessionDoc> | null> {
    return createVersioned(this.container, doc);
  }

  replace(doc: SessionDoc, etag: string): Promise<Versioned<SessionDoc> | null> {
    return replaceVersioned(this.container, doc, doc.tenantId, etag);
  }
}

export class CosmosPlanStore implements PlanStore {
  constructor(private readonly container: Container) {}

  async create(plan: PlanDoc): Promise<void> {
    await this.container.items.create(plan);
  }

  get(tenantId: string, planId: string): Promise<Versioned<PlanDoc> | null> {
    return readVersioned<PlanDoc>(this.container, planId, tenantId);
  }

  replace(plan: PlanDoc, etag: string): Promise<Versioned<PlanDoc> | null> {
    return replaceVersioned(this.container, plan, plan.tenantId, etag);
  }
}

/** Append-only: entries are created, never replaced or deleted (a duplicate id is an error). */
export class CosmosAuditStore implements AuditStore {
  constructor(private readonly container: Container) {}

  static partitionKey(tenantId: string, time: string): string {
    return `${tenantId}:${time.slice(0, 7)}`;
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.container.items.create({ ...entry, pk: CosmosAuditStore.partitionKey(entry.tenantId, entry.time) });
  }

  async list(tenantId: string, options: { limit: number; correlationId?: string }): Promise<AuditEntry[]> {
    const filters = ['c.tenantId = @t'];
    const parameters = [{ name: '@t', value: tenantId as string | number }];
    if (options.correlationId) {
      filters.push('c.correlationId = @c');
      parameters.push({ name: '@c', value: options.correlationId });
    }
    const { resources } = await this.container.items
      .query<Record<string, unknown>>({ query: `SELECT * FROM c WHERE ${filters.join(' AND ')}`, parameters })
      .fetchAll();
    return resources
      .map((r) => {
        const { pk, ...entry } = clean<AuditEntry & { pk: string }>(r);
        void pk;
        return entry;
      })
      .sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0))
      .slice(0, options.limit);
  }
}

/**
 * Remembers activity ids so a message Teams delivers twice runs once. `claim` is atomic: the create
 * of the same id fails for the second caller.
 */
export class CosmosDedupStore {
  constructor(private readonly container: Container, private readonly clock: () => Date) {}

  async claim(key: string): Promise<boolean> {
    try {
      await this.container.items.create({ id: encodeKey(key), at: this.clock().toISOString() });
      return true;
    } catch (e) {
      if (isConflict(e)) return false;
      throw e;
    }
  }
}

/** A small key-value store with ETags, for the bot's conversation and dialog state. */
export class CosmosKeyValueStore {
  constructor(private readonly container: Container) {}

  async read(keys: string[]): Promise<Record<string, { value: Record<string, unknown>; etag: string }>> {
    const out: Record<string, { value: Record<string, unknown>; etag: string }> = {};
    await Promise.all(
      keys.map(async (key) => {
        const found = await readVersioned<{ id: string; value: Record<string, unknown> }>(this.container, encodeKey(key), encodeKey(key));
        if (found) out[key] = { value: found.doc.value, etag: found.etag };
      }),
    );
    return out;
  }

  async write(key: string, value: Record<string, unknown>): Promise<void> {
    await this.container.items.upsert({ id: encodeKey(key), value });
  }

  async delete(key: string): Promise<void> {
    try {
      await this.container.item(encodeKey(key), encodeKey(key)).delete();
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
}

/** Cosmos ids may not contain / \ ? #; bot state keys do. */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%/g, '~');
}
