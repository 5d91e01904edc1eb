import { loadConfig, ConfigError } from '../config/config';
import { startSteward } from './steward.app';
import { DEMO_IDENTITIES } from '../sandbox/seed/demo-identities.constants';

/** `npm start`: runs Steward and says what is running where. */
async function main(): Promise<void> {
  const config = loadConfig();
  const steward = await startSteward(config);
  const lines = [
    '',
    'Steward is running.',
    `  Bot endpoint     ${steward.messagesUrl}   (health: ${steward.bot.url}/healthz)`,
    `  Cosmos DB        ${steward.cosmos.endpoint}${steward.cosmos.embedded ? '   (embedded, in memory)' : ''}`,
  ];
  if (steward.sandbox) {
    lines.push(
      `  Sandbox tenant   ${steward.sandbox.url}/v1.0   (Contoso, tenant ${steward.tenantId})`,
      `                   inspect: curl --cacert ${config.DATA_DIR}/sandbox/ca.pem -H "Authorization: Bearer ${config.SANDBOX_ADMIN_TOKEN}" ${steward.sandbox.url}/v1.0/users/jane@contoso.com`,
      '',
      'Start chatting:',
      '  npm run playground     opens the Microsoft 365 Agents Playground, signed in as',
      `                         ${DEMO_IDENTITIES.admin.upn} (Tenant Admin)`,
      '  then type: reset MFA for jane@contoso.com',
    );
  } else {
    lines.push(`  Tenant           ${steward.tenantId} via ${config.GRAPH_BASE_URL}`);
  }
  lines.push(config.MicrosoftAppId ? `  Bot Framework auth on (app id ${config.MicrosoftAppId})` : '  Bot Framework auth off (no MicrosoftAppId): local clients only', '');
  process.stdout.write(lines.join('\n') + '\n');

  const stop = async () => {
    await steward.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `Steward failed to start: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
