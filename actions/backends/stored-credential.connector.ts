import type { UsableCredential } from '../credentials/credential.vault';
import type { DirectoryBackend } from '../directory.types';
import type { TenantConnector } from '../ports';

export interface StoredCredentialConnectorDeps {
  /** The tenant's stored credential (service credential first), decrypted; null when none is stored. */
  credentials: { usable(tenantId: string): Promise<UsableCredential | null> };
  /** Used when no credential is stored: the app registration from configuration. */
  fallback: TenantConnector;
  /** Builds a directory backend signed in with a stored credential (the composition root knows the URLs). */
  build(tenantId: string, credential: UsableCredential): DirectoryBackend;
}

/**
 * The tenant connector once Tenant Admins can store credentials from chat: a stored credential wins over
 * the configured one, so storing, replacing or removing it takes effect on the next call on every
 * instance. One backend (and token cache) is kept per tenant until the credential's fingerprint changes.
 */
export class StoredCredentialTenantConnector implements TenantConnector {
  private readonly cache = new Map<string, { fingerprint: string; backend: DirectoryBackend }>();

  constructor(private readonly deps: StoredCredentialConnectorDeps) {}

  async directory(tenantId: string): Promise<DirectoryBackend> {
    const credential = await this.deps.credentials.usable(tenantId);
    if (!credential) {
      this.cache.delete(tenantId);
      return this.deps.fallback.directory(tenantId);
    }
    const cached = this.cache.get(tenantId);
    if (cached && cached.fingerprint === credential.fingerprint) return cached.backend;
    const backend = this.deps.build(tenantId, credential);
    this.cache.set(tenantId, { fingerprint: credential.fingerprint, backend });
    return backend;
  }
}
