import { ClientSecretCredential, UsernamePasswordCredential } from '@azure/identity';
import type { Dispatcher } from 'undici';
import { createTrustingDispatcher } from './trusting-dispatcher.factory';
import { createUndiciHttpClient } from './undici.http-client';

/**
 * Credentials for a tenant's directory, built the same way for Microsoft Entra ID and for the
 * sandbox authority: only the authority host and, for the sandbox, a CA to trust differ.
 */

export interface AuthorityOptions {
  /** https://login.microsoftonline.com, or the sandbox URL. */
  authorityHost: string;
  tenantId: string;
  clientId: string;
  /** Extra CA to trust for token requests (the sandbox's development CA). */
  caPem?: string;
  /** Use this dispatcher for token requests (its owner closes it); overrides caPem. */
  dispatcher?: Dispatcher;
}

function identityOptions(options: AuthorityOptions) {
  const dispatcher = options.dispatcher ?? (options.caPem ? createTrustingDispatcher(options.caPem) : undefined);
  return {
    authorityHost: options.authorityHost,
    // Instance discovery only validates public-cloud authorities; the sandbox is not one.
    disableInstanceDiscovery: true,
    ...(dispatcher ? { httpClient: createUndiciHttpClient(dispatcher) } : {}),
  };
}

/** App-only credential (client credentials flow): the bot's service credential. */
export function createTenantCredential(options: AuthorityOptions & { clientSecret: string }): ClientSecretCredential {
  return new ClientSecretCredential(options.tenantId, options.clientId, options.clientSecret, identityOptions(options));
}

/**
 * Delegated credential from an admin's username and password (ROPC), for "admin credentials"
 * sessions. ROPC cannot satisfy MFA; real tenants usually need a different flow for this.
 */
export function createUserPasswordCredential(
  options: AuthorityOptions & { username: string; password: string },
): UsernamePasswordCredential {
  return new UsernamePasswordCredential(options.tenantId, options.clientId, options.username, options.password, identityOptions(options));
}
