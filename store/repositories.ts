import type { Container } from '@azure/cosmos';
import type { Operator } from '../actions/governance/roles';
import type {
  AuditEntry,
  AuditQuery,
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
export async function readVersioned<T>(container: Container, id: string, partitionKey: string): Promise<Versioned<T> | null> {
  try {
    const { resource } = await container.item(id, partitionKey).read<Record<string, unknown>>();
    if (!resource) return null;
    return { doc: clean<T>(resource), etag: String(resource._etag) };
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

export async function createVersioned<T extends { id: string }>(container: Container, doc: T): Promise<Versioned<T> | null> {
  try {
    const { resource } = await container.items.create<T>(doc);
    return { doc, etag: String((resource as unknown as { _etag: string })._etag) };
  } catch (e) {
    if (isConflict(e)) return null;
    throw e;
  }
}

export async function replaceVersioned<T extends { id: string }>(container: Container, doc: T, partitionKey: string, etag: string): Promise<Versioned<T> | null> {
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

  async delete(tenantId: string, objectId: string): Promise<boolean> {
    try {
      await this.container.item(objectId, tenantId).delete();
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
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

export interface CosmosAuditStoreOptions {
  /** "Now", for the newest month partition a query reads (default: the system clock). */
  clock?: () => Date;
  /** How many month partitions a query without `since` reads at most (default 24). */
  lookbackMonths?: number;
}

/** An entry written by another instance whose clock runs a little ahead still lands in the window. */
const AUDIT_CLOCK_SKEW_MS = 60 * 60_000;
/** Values per IN list: filters name one user (object id and UPN), never a crowd. */
const AUDIT_MAX_VALUES = 20;

/** Append-only: entries are created, never replaced or deleted (a duplicate id is an error). */
export class CosmosAuditStore implements AuditStore {
  constructor(
    private readonly container: Container,
    private readonly options: CosmosAuditStoreOptions = {},
  ) {}

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

  /**
   * Reads month partitions newest first, one single-partition query each (TOP n … ORDER BY time DESC),
   * and stops as soon as `limit` entries are found, so "the last 20" costs one or two partitions however
   * long the tenant's history is. Without `since` at most `lookbackMonths` months are read. The filter
   * repeats the partition key in SQL because the embedded server ignores the partitionKey option.
   */
  async query(tenantId: string, query: AuditQuery): Promise<AuditEntry[]> {
    const limit = Math.max(0, Math.floor(query.limit));
    const since = query.since ? new Date(query.since) : undefined;
    const until = query.until ? new Date(query.until) : undefined;
    if (limit === 0 || (since && until && since >= until)) return [];
    const newest = until ? new Date(until.getTime() - 1) : new Date((this.options.clock?.() ?? new Date()).getTime() + AUDIT_CLOCK_SKEW_MS);
    const months = monthsNewestFirst(newest, since, this.options.lookbackMonths ?? 24);
    const { where, parameters } = auditConditions(tenantId, { ...query, since: since?.toISOString(), until: until?.toISOString() });
    const found: AuditEntry[] = [];
    for (const month of months) {
      const pk = `${tenantId}:${month}`;
      const { resources } = await this.container.items
        .query<Record<string, unknown>>(
          {
            query: `SELECT TOP @n * FROM c WHERE c.pk = @pk AND ${where} ORDER BY c.time DESC`,
            parameters: [...parameters, { name: '@pk', value: pk }, { name: '@n', value: limit - found.length }],
          },
          { partitionKey: pk },
        )
        .fetchAll();
      found.push(...resources.map(auditEntryOf));
      if (found.length >= limit) break;
    }
    return found.slice(0, limit);
  }
}

function auditEntryOf(resource: Record<string, unknown>): AuditEntry {
  const { pk, ...entry } = clean<AuditEntry & { pk: string }>(resource);
  void pk;
  return entry;
}

/** "2025-03", "2025-02", … from the month of `newest` back to the month of `since` (or `max` months). */
function monthsNewestFirst(newest: Date, since: Date | undefined, max: number): string[] {
  const out: string[] = [];
  let year = newest.getUTCFullYear();
  let month = newest.getUTCMonth();
  const stop = since ? since.getUTCFullYear() * 12 + since.getUTCMonth() : -Infinity;
  while (year * 12 + month >= stop && (since || out.length < max)) {
    out.push(`${year}-${String(month + 1).padStart(2, '0')}`);
    month -= 1;
    if (month < 0) {
      month = 11;
      year -= 1;
    }
  }
  return out;
}

/** The WHERE conditions of an audit query, every value a parameter. */
function auditConditions(tenantId: string, query: AuditQuery): { where: string; parameters: { name: string; value: string }[] } {
  const parameters = [{ name: '@t', value: tenantId }];
  const conditions = ['c.tenantId = @t'];
  const list = (prefix: string, values: string[]) => {
    const names = values.slice(0, AUDIT_MAX_VALUES).map((v, i) => {
      parameters.push({ name: `@${prefix}${i}`, value: v.toLowerCase() });
      return `@${prefix}${i}`;
    });
    return `(${names.join(', ')})`;
  };
  if (query.targets && query.targets.length > 0) {
    const values = list('tg', query.targets);
    conditions.push(`EXISTS(SELECT VALUE x FROM x IN c.targets WHERE LOWER(x.id) IN ${values} OR LOWER(x.display) IN ${values})`);
  }
  if (query.operators && query.operators.length > 0) {
    const values = list('op', query.operators);
    conditions.push(`(LOWER(c.operator.id) IN ${values} OR LOWER(c.operator.upn) IN ${values})`);
  }
  if (query.since) {
    parameters.push({ name: '@since', value: query.since });
    conditions.push('c.time >= @since');
  }
  if (query.until) {
    parameters.push({ name: '@until', value: query.until });
    conditions.push('c.time < @until');
  }
  return { where: conditions.join(' AND '), parameters };
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
