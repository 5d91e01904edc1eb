import type { Container } from '@azure/cosmos';
import type { CredentialDoc, CredentialKind, CredentialStore } from '../actions/ports';
import { clean, isNotFound } from './cosmos.database';

/**
 * Stored tenant credentials, one document per tenant and kind (id = kind, partition = tenant). The
 * documents hold the secret only in its encrypted form (the vault seals it before `put`).
 */
export class CosmosCredentialStore implements CredentialStore {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, kind: CredentialKind): Promise<CredentialDoc | null> {
    try {
      const { resource } = await this.container.item(kind, tenantId).read<Record<string, unknown>>();
      return resource ? clean<CredentialDoc>(resource) : null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async list(tenantId: string): Promise<CredentialDoc[]> {
    // The tenant filter is repeated in SQL: the embedded server ignores the partitionKey option.
    const { resources } = await this.container.items
      .query<Record<string, unknown>>(
        { query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: tenantId }] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((r) => clean<CredentialDoc>(r));
  }

  async put(doc: CredentialDoc): Promise<void> {
    await this.container.items.upsert(doc);
  }

  async delete(tenantId: string, kind: CredentialKind): Promise<boolean> {
    try {
      await this.container.item(kind, tenantId).delete();
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }
}
