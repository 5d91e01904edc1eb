import type { DirectoryBackend } from '../directory.types';
import { StewardError } from '../errors';
import type { TenantConnector } from '../ports';

/**
 * Directory backends for the tenants Steward is connected to, created on first use and reused (one
 * Graph client and one token cache per tenant).
 */
export class ConfiguredTenantConnector implements TenantConnector {
  private readonly cache = new Map<string, DirectoryBackend>();

  constructor(private readonly factories: ReadonlyMap<string, () => DirectoryBackend>) {}

  async directory(tenantId: string): Promise<DirectoryBackend> {
    const cached = this.cache.get(tenantId);
    if (cached) return cached;
    const factory = this.factories.get(tenantId);
    if (!factory) {
      throw new StewardError('TENANT_NOT_CONNECTED', 'Your Microsoft 365 tenant is not connected to this Steward instance.', {
        hint: 'An administrator connects a tenant by configuring TENANT_ID, TENANT_CLIENT_ID and TENANT_CLIENT_SECRET.',
      });
    }
    const created = factory();
    this.cache.set(tenantId, created);
    return created;
  }
}
