import { z } from 'zod';
import { StewardError } from '../errors';
import { mayConfigureTenant, type Operator } from '../governance/roles';
import type { Logger } from '../logger.types';
import type { AuditStore, CredentialDoc, CredentialKind, CredentialStore } from '../ports';
import type { SecretCipher } from './secret.cipher';

/** What cards may show about a stored credential: never the secret. */
export interface CredentialInfo {
  kind: CredentialKind;
  clientId?: string;
  username?: string;
  storedAt: string;
  storedBy: { id: string; upn?: string; displayName?: string };
}

/** A decrypted credential for the tenant connector; `fingerprint` changes whenever it is re-stored. */
export type UsableCredential =
  | { kind: 'service'; clientId: string; clientSecret: string; fingerprint: string }
  | { kind: 'admin'; username: string; password: string; fingerprint: string };

export interface CredentialVaultDeps {
  store: CredentialStore;
  /** Absent when no encryption key is configured: credentials can then not be stored. */
  cipher?: SecretCipher;
  audit: AuditStore;
  clock: () => Date;
  newId: () => string;
  logger: Logger;
}

export const serviceCredentialInput = z.object({
  clientId: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Enter the application (client) id, a GUID such as 1c1e6890-4239-51b1-b569-7b1692313b3f.'),
  clientSecret: z.string().refine((s) => s.trim() !== '', 'Enter the client secret value.').refine((s) => s.length <= 1024, 'That is too long for a client secret.'),
});

export const adminCredentialInput = z.object({
  username: z.string().trim().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'Enter the admin account as user@domain.'),
  password: z.string().refine((s) => s !== '', 'Enter the password.').refine((s) => s.length <= 256, 'That is too long for a password.'),
});

/** Where a credential's secret is bound (GCM additional data): a sealed secret only opens in its own document. */
function sealContext(tenantId: string, kind: CredentialKind): string {
  return `steward.credential:${tenantId}:${kind}`;
}

/**
 * Tenant credentials stored by Tenant Admins: the service credential (an app registration's client id
 * and secret, the preferred way) and admin credentials (a Tenant Admin's username and password for the
 * username/password flow). Secrets are encrypted before they are written, decrypted only for the
 * tenant connector, and never returned to callers that render or log: cards get `CredentialInfo`,
 * the audit records that a credential was stored or removed, never its value.
 */
export class CredentialVault {
  constructor(private readonly deps: CredentialVaultDeps) {}

  /** False when no encryption key is configured (storing is then refused). */
  get canStore(): boolean {
    return this.deps.cipher !== undefined;
  }

  /** Throws the refusal storing would give (no encryption key), so a form can say it before anyone types a secret. */
  assertCanStore(): SecretCipher {
    if (!this.deps.cipher) {
      throw new StewardError('CREDENTIAL_STORE_UNAVAILABLE', 'Steward has no encryption key, so it will not store credentials.', {
        hint: 'Set STEWARD_ENCRYPTION_KEY (32 random bytes, base64; in production from Azure Key Vault) and restart Steward.',
      });
    }
    return this.deps.cipher;
  }

  async describe(tenantId: string): Promise<CredentialInfo[]> {
    const docs = await this.deps.store.list(tenantId);
    return docs.map(info).sort((a, b) => (a.kind === 'service' ? -1 : b.kind === 'service' ? 1 : 0));
  }

  async storeService(
    tenantId: string,
    operator: Operator,
    input: { clientId?: unknown; clientSecret?: unknown },
    options: { correlationId: string },
  ): Promise<CredentialInfo> {
    assertTenantAdmin(operator, 'store credentials');
    this.assertCanStore();
    const parsed = parseInput(serviceCredentialInput, input);
    return this.put(tenantId, operator, 'service', { clientId: parsed.clientId.toLowerCase() }, parsed.clientSecret, options);
  }

  async storeAdmin(
    tenantId: string,
    operator: Operator,
    input: { username?: unknown; password?: unknown },
    options: { correlationId: string },
  ): Promise<CredentialInfo> {
    assertTenantAdmin(operator, 'store credentials');
    this.assertCanStore();
    const parsed = parseInput(adminCredentialInput, input);
    return this.put(tenantId, operator, 'admin', { username: parsed.username.toLowerCase() }, parsed.password, options);
  }

  /** Deletes a stored credential; false when there was none. `reason` is audited (e.g. advanced turned off). */
  async remove(
    tenantId: string,
    operator: Operator,
    kind: CredentialKind,
    options: { correlationId: string; reason?: string; entry?: 'chat' | 'card' },
  ): Promise<boolean> {
    assertTenantAdmin(operator, 'remove stored credentials');
    const existing = await this.deps.store.get(tenantId, kind);
    const removed = await this.deps.store.delete(tenantId, kind);
    if (removed) {
      await this.audit(tenantId, operator, options.correlationId, 'steward.credential-removed', {
        kind,
        ...(existing?.clientId ? { clientId: existing.clientId } : {}),
        ...(existing?.username ? { username: existing.username } : {}),
        ...(options.reason ? { reason: options.reason } : {}),
      }, options.entry ?? 'chat');
      this.deps.logger.info({ tenantId, kind }, 'tenant credential removed');
    }
    return removed;
  }

  /** The stored credential the connector should use, without decrypting: the service credential first. */
  async preferred(tenantId: string): Promise<CredentialInfo | null> {
    const docs = await this.deps.store.list(tenantId);
    const doc = docs.find((d) => d.kind === 'service') ?? docs.find((d) => d.kind === 'admin');
    return doc ? info(doc) : null;
  }

  /** The decrypted preferred credential, or null when none is stored (the configured one applies). */
  async usable(tenantId: string): Promise<UsableCredential | null> {
    const docs = await this.deps.store.list(tenantId);
    const doc = docs.find((d) => d.kind === 'service') ?? docs.find((d) => d.kind === 'admin');
    if (!doc) return null;
    const cipher = this.deps.cipher;
    if (!cipher) {
      throw new StewardError('CREDENTIAL_UNREADABLE', 'A credential is stored for this tenant, but no encryption key is configured to read it.', {
        hint: 'Set STEWARD_ENCRYPTION_KEY to the key it was stored with, or remove the credential and store it again.',
      });
    }
    const secret = cipher.open(doc.secret, sealContext(tenantId, doc.kind));
    const fingerprint = `${doc.kind}:${doc.storedAt}:${doc.secret.keyId}:${doc.secret.iv}`;
    return doc.kind === 'service'
      ? { kind: 'service', clientId: doc.clientId ?? '', clientSecret: secret, fingerprint }
      : { kind: 'admin', username: doc.username ?? '', password: secret, fingerprint };
  }

  private async put(
    tenantId: string,
    operator: Operator,
    kind: CredentialKind,
    identity: { clientId?: string; username?: string },
    secret: string,
    options: { correlationId: string },
  ): Promise<CredentialInfo> {
    assertTenantAdmin(operator, 'store credentials');
    const cipher = this.assertCanStore();
    const replaced = (await this.deps.store.get(tenantId, kind)) !== null;
    const doc: CredentialDoc = {
      id: kind,
      tenantId,
      kind,
      ...identity,
      secret: cipher.seal(secret, sealContext(tenantId, kind)),
      storedAt: this.deps.clock().toISOString(),
      storedBy: { id: operator.objectId, upn: operator.userPrincipalName, displayName: operator.displayName },
    };
    await this.deps.store.put(doc);
    await this.audit(tenantId, operator, options.correlationId, 'steward.credential-stored', { kind, ...identity, replaced }, 'card');
    this.deps.logger.info({ tenantId, kind, replaced }, 'tenant credential stored');
    return info(doc);
  }

  private async audit(
    tenantId: string,
    operator: Operator,
    correlationId: string,
    actionId: string,
    parameters: Record<string, unknown>,
    entry: 'chat' | 'card',
  ): Promise<void> {
    await this.deps.audit.append({
      id: this.deps.newId(),
      tenantId,
      time: this.deps.clock().toISOString(),
      correlationId,
      kind: 'session',
      operator: { id: operator.objectId, upn: operator.userPrincipalName },
      actionId,
      targets: [],
      parameters,
      outcome: 'succeeded',
      entry,
    });
  }
}

function info(doc: CredentialDoc): CredentialInfo {
  return {
    kind: doc.kind,
    ...(doc.clientId ? { clientId: doc.clientId } : {}),
    ...(doc.username ? { username: doc.username } : {}),
    storedAt: doc.storedAt,
    storedBy: doc.storedBy,
  };
}

function assertTenantAdmin(operator: Operator, what: string): void {
  if (!mayConfigureTenant(operator.roles)) {
    throw new StewardError('ROLE_DENIED', `Only Tenant Admins may ${what}.`, { hint: 'Ask a Tenant Admin to do this.' });
  }
}

/** zod issues → VALIDATION_FAILED with a message per field (the form shows them; values are not echoed). */
function parseInput<T extends z.ZodTypeAny>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'input');
    errors[key] ??= issue.code === 'invalid_type' ? 'This field is required.' : issue.message;
  }
  throw new StewardError('VALIDATION_FAILED', 'Some fields need fixing.', { details: { errors } });
}
