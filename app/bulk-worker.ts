import { ConfigError, loadConfig } from '../config/config';
import { startSteward } from './steward.app';

/**
 * `npm run worker`: a process that only runs bulk jobs, next to the bot instances, on the same Cosmos
 * DB account and tenant. It needs shared storage and a real (or shared sandbox) tenant: an embedded
 * Cosmos or sandbox would be this process's own, so it is refused. It builds the same composition
 * root as the bot (one engine, same governance); its chat endpoint listens on a free port, unused.
 */
async function main(): Promise<void> {
  const config = loadConfig({ PORT: '0', BULK_WORKER: 'on' });
  if (config.embeddedCosmos || config.sandbox) {
    throw new ConfigError(
      'A standalone bulk worker shares the bots\' storage and tenant: set COSMOS_ENDPOINT and COSMOS_KEY, and TENANT_ID, TENANT_CLIENT_ID and TENANT_CLIENT_SECRET (with GRAPH_BASE_URL, EXCHANGE_BASE_URL and AUTHORITY_HOST for a sandbox).',
    );
  }
  const steward = await startSteward(config);
  process.stdout.write(`bulk worker ready ${steward.bulk.workerId}\n`);
  const stop = async () => {
    await steward.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `The bulk worker failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
