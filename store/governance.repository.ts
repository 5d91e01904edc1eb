import type { Container } from '@azure/cosmos';
import type { PermissionSet } from '../actions/governance/permission-set.schema';
import type { VirtualTenant } from '../actions/governance/virtual-tenant.schema';
import type { PermissionSetStore, VirtualTenantStore } from '../actions/ports';
import { clean, isConflict, isNotFound } from './cosmos.database';

/** Permission sets and virtual tenants: small per-tenant documents, partitioned by tenant, id = name key. */

async function listByTenant<T>(container: Container, tenantId: string): Promise<T[]> {
  const { resources } = await container.items
    .query<Record<string, unknown>>(
      { query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: tenantId }] },
      { partitionKey: tenantId },
    )
    .fetchAll();
  return resources.map((r) => clean<T>(r));
}

async function deleteItem(container: Container, id: string, tenantId: string): Promise<boolean> {
  try {
    await container.item(id, tenantId).delete();
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

export class CosmosPermissionSetStore implements PermissionSetStore {
  constructor(private readonly container: Container) {}

  list(tenantId: string): Promise<PermissionSet[]> {
    return listByTenant<PermissionSet>(this.container, tenantId);
  }

  async upsertMany(sets: PermissionSet[]): Promise<void> {
    for (const set of sets) await this.container.items.upsert(set);
  }
}

export class CosmosVirtualTenantStore implements VirtualTenantStore {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<VirtualTenant | null> {
    try {
      const { resource } = await this.container.item(id, tenantId).read<Record<string, unknown>>();
      return resource ? clean<VirtualTenant>(resource) : null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  list(tenantId: string): Promise<VirtualTenant[]> {
    return listByTenant<VirtualTenant>(this.container, tenantId);
  }

  async create(doc: VirtualTenant): Promise<boolean> {
    try {
      await this.container.items.create(doc);
      return true;
    } catch (e) {
      if (isConflict(e)) return false;
      throw e;
    }
  }

  delete(tenantId: string, id: string): Promise<boolean> {
    return deleteItem(this.container, id, tenantId);
  }

  async replace(doc: VirtualTenant): Promise<void> {
    await this.container.item(doc.id, doc.tenantId).replace(doc);
  }
}
