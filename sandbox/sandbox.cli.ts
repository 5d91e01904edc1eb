import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_IDENTITIES } from './seed/demo-identities.constants';
import { startSandbox } from './sandbox.server';

/**
 * Runs the sandbox tenant on its own, for manual exploration with curl or a local bot:
 *   node dist/sandbox/sandbox.cli.js --port 3979 [--host 127.0.0.1] [--data-dir .data/sandbox]
 *     [--admin-token TOKEN] [--rate-limit 50]
 */

/** Used when no --admin-token is given; the sandbox only listens locally by default. */
const DEFAULT_ADMIN_TOKEN = 'sandbox-admin';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3979' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string', default: path.join('.data', 'sandbox') },
      'admin-token': { type: 'string', default: DEFAULT_ADMIN_TOKEN },
      'rate-limit': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('Usage: node dist/sandbox/sandbox.cli.js [--port 3979] [--host 127.0.0.1] [--data-dir .data/sandbox] [--admin-token TOKEN] [--rate-limit RPS]\n');
    return;
  }
  const rate = values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']);
  const adminToken = values['admin-token']!;
  const sandbox = await startSandbox({
    port: Number(values.port),
    host: values.host,
    adminToken,
    dataDir: values['data-dir']!,
    rateLimit: rate && rate > 0 ? { requestsPerSecond: rate } : undefined,
  });
  const jane = DEMO_IDENTITIES.jane;
  const admin = DEMO_IDENTITIES.admin;
  const lines = [
    `Steward sandbox tenant (Contoso) listening on ${sandbox.url}`,
    '',
    `  Graph base URL   ${sandbox.url}/v1.0   (and ${sandbox.url}/beta)`,
    `  Authority host   ${sandbox.url}        (tenant ${sandbox.tenantId})`,
    `  Client id        ${sandbox.clientId}`,
    `  Client secret    ${sandbox.clientSecret}`,
    `  Dev CA           ${sandbox.caPath}   (trust it per client; never disable TLS checks)`,
    `  Admin token      ${adminToken}   (bearer for Graph calls and /_sandbox/*)`,
    `  Sign-in (ROPC)   ${admin.upn} / ${admin.password}`,
    '',
    'Try:',
    `  curl --cacert ${sandbox.caPath} -H "Authorization: Bearer ${adminToken}" "${sandbox.url}/v1.0/users/${jane.upn}"`,
    `  curl --cacert ${sandbox.caPath} -H "Authorization: Bearer ${adminToken}" "${sandbox.url}/v1.0/users/${jane.upn}/authentication/methods"`,
    `  curl --cacert ${sandbox.caPath} -H "Authorization: Bearer ${adminToken}" -H "ConsistencyLevel: eventual" "${sandbox.url}/v1.0/users?\\$search=%22displayName:jane%22&\\$select=displayName,userPrincipalName"`,
    `  curl --cacert ${sandbox.caPath} -d "grant_type=client_credentials&client_id=${sandbox.clientId}&client_secret=${encodeURIComponent(sandbox.clientSecret)}&scope=${encodeURIComponent(`${sandbox.url}/.default`)}" "${sandbox.url}/${sandbox.tenantId}/oauth2/v2.0/token"`,
    `  curl --cacert ${sandbox.caPath} -H "Authorization: Bearer ${adminToken}" "${sandbox.url}/_sandbox/requests"`,
    '',
    'Ctrl+C stops it.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => {
    sandbox.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`sandbox failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
