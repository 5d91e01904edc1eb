import { rootCertificates } from 'node:tls';
import { Agent } from 'undici';

/**
 * An undici dispatcher that trusts one extra CA (the sandbox's development CA) on top of Node's
 * bundled roots, for the connections it makes only: other clients are unaffected and TLS checking is
 * never switched off process-wide. Close it (`await agent.close()`) when its client is done.
 */
export function createTrustingDispatcher(caPem: string, options: { keepAliveTimeoutMs?: number } = {}): Agent {
  return new Agent({
    connect: { ca: [...rootCertificates, caPem] },
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
  });
}
