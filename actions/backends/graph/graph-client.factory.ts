import type { TokenCredential } from '@azure/identity';
import { Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { Dispatcher } from 'undici';
import { createTrustingDispatcher } from './trusting-dispatcher.factory';

export { createTenantCredential, createUserPasswordCredential } from './tenant-credential.factory';
export { createTrustingDispatcher } from './trusting-dispatcher.factory';

/**
 * Builds the Microsoft Graph client for a tenant. The same code serves graph.microsoft.com and the
 * local sandbox: only baseUrl (and, for the sandbox, the CA to trust) differ. The client's default
 * middleware is kept, so its RetryHandler honours 429/503 + Retry-After.
 */

export interface GraphClientOptions {
  /** https://graph.microsoft.com (or a national cloud), or the sandbox URL. */
  baseUrl: string;
  credential: TokenCredential;
  /**
   * Extra CA to trust for this client only (the sandbox's development CA). The factory then makes
   * its own connection pool; idle sockets are unreferenced and time out, so it needs no closing.
   */
  caPem?: string;
  /** Use this dispatcher instead (its owner closes it); overrides caPem. */
  dispatcher?: Dispatcher;
  version?: 'v1.0' | 'beta';
}

/** Hosts the Graph client recognises on its own; any other host must be listed in customHosts. */
const KNOWN_GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'graph.microsoft.de',
  'microsoftgraph.chinacloudapi.cn',
  'canary.graph.microsoft.com',
]);

export function createGraphClient(options: GraphClientOptions): Client {
  const base = new URL(options.baseUrl);
  if (base.protocol !== 'https:') {
    // Over http the client neither sends the token nor follows absolute nextLinks.
    throw new Error(`Graph base URL must be https: ${options.baseUrl}`);
  }
  const version = options.version ?? 'v1.0';
  const dispatcher = options.dispatcher ?? (options.caPem ? createTrustingDispatcher(options.caPem) : undefined);
  const authProvider = new TokenCredentialAuthenticationProvider(options.credential, {
    scopes: [`${base.origin}/.default`],
  });
  return Client.initWithMiddleware({
    authProvider,
    baseUrl: `${base.origin}/`,
    defaultVersion: version,
    customHosts: KNOWN_GRAPH_HOSTS.has(base.hostname) ? undefined : new Set([base.hostname]),
    // Graph's client calls the global fetch (undici), which takes a per-request dispatcher.
    fetchOptions: dispatcher ? ({ dispatcher } as unknown as RequestInit) : undefined,
  });
}
