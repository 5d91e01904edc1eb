import { CosmosClient, type Container, type Database, type PartitionKeyDefinition } from '@azure/cosmos';

/**
 * Containers and their partition keys, chosen for many tenants: per-tenant data is partitioned by
 * tenant; the audit log by tenant and month so no logical partition grows without bound.
 */
export const CONTAINERS = {
  operators: { partitionKey: '/tenantId' },
  permissionSets: { partitionKey: '/tenantId' },
  virtualTenants: { partitionKey: '/tenantId' },
  sessions: { partitionKey: '/tenantId' },
  credentials: { partitionKey: '/tenantId' },
  plans: { partitionKey: '/tenantId' },
  policies: { partitionKey: '/tenantId' },
  approvals: { partitionKey: '/tenantId' },
  conversations: { partitionKey: '/tenantId' },
  userAnnotations: { partitionKey: '/tenantId' },
  /** Bulk jobs, one document per job. */
  bulkJobs: { partitionKey: '/tenantId' },
  /** A bulk job's chunks (leases) and items (outcomes), all in the job's own partition. */
  bulkItems: { partitionKey: '/jobId' },
  audit: { partitionKey: '/pk' },
  dedup: { partitionKey: '/id' },
  botState: { partitionKey: '/id' },
} as const satisfies Record<string, { partitionKey: string }>;

export type ContainerName = keyof typeof CONTAINERS;
export type StewardContainers = Record<ContainerName, Container>;

export interface CosmosOptions {
  endpoint: string;
  key: string;
  databaseId: string;
}

/** Opens (creating when missing) the database and every container Steward uses. */
export async function openCosmos(options: CosmosOptions): Promise<{ client: CosmosClient; database: Database; containers: StewardContainers }> {
  const client = new CosmosClient({
    endpoint: options.endpoint,
    key: options.key,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  const { database } = await client.databases.createIfNotExists({ id: options.databaseId });
  const entries = await Promise.all(
    (Object.keys(CONTAINERS) as ContainerName[]).map(async (name) => {
      const partitionKey: PartitionKeyDefinition = { paths: [CONTAINERS[name].partitionKey] };
      const { container } = await database.containers.createIfNotExists({ id: name, partitionKey });
      return [name, container] as const;
    }),
  );
  return { client, database, containers: Object.fromEntries(entries) as StewardContainers };
}

/** Cosmos status codes arrive on the error object; these helpers keep the checks readable. */
export function statusOf(e: unknown): number | undefined {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
}

export const isNotFound = (e: unknown) => statusOf(e) === 404;
export const isConflict = (e: unknown) => statusOf(e) === 409;
export const isPreconditionFailed = (e: unknown) => statusOf(e) === 412;

/** Strips Cosmos system properties so documents round-trip as our own types. */
export function clean<T>(resource: Record<string, unknown>): T {
  const { _rid, _self, _etag, _attachments, _ts, ...rest } = resource;
  void _rid; void _self; void _etag; void _attachments; void _ts;
  return rest as T;
}
