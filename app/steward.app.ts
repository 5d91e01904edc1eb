import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import pino from 'pino';
import { ALL_ACTIONS } from '../actions/catalog';
import { ActionEngine } from '../actions/engine';
import { ActionRegistry } from '../actions/registry';
import { ConfiguredTenantConnector } from '../actions/backends/tenant.connector';
import { createGraphClient, createTenantCredential } from '../actions/backends/graph/graph-client.factory';
import { GraphDirectoryBackend } from '../actions/backends/graph/graph-directory.backend';
import type { DirectoryBackend } from '../actions/directory.types';
import { OperatorResolver } from '../actions/governance/operator.resolver';
import type { Operator } from '../actions/governance/roles';
import { WholeTenantScope } from '../actions/governance/scope.guard';
import type { Logger } from '../actions/logger.types';
import { ManagementSessionService } from '../actions/session/management-session.service';
import type { Config } from '../config/config';
import type { DialogServices } from '../dialogs/dialog.services';
import { startStewardBot } from '../bot/bot.factory';
import type { BotServer } from '../bot/server';
import { Recognizer } from '../nlu/recognizer';
import { intentsFor } from './intents';
import { COMMANDS } from '../dialogs/commands';
import { startSandbox, type SandboxHandle } from '../sandbox/sandbox.server';
import { DEMO_IDENTITIES } from '../sandbox/seed/demo-identities.constants';
import { openCosmos, type StewardContainers } from '../store/cosmos.database';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../store/embedded-cosmos';
import {
  CosmosAuditStore,
  CosmosDedupStore,
  CosmosKeyValueStore,
  CosmosOperatorStore,
  CosmosPlanStore,
  CosmosSessionStore,
} from '../store/repositories';

export interface StewardOptions {
  /** Logger to use (tests pass one that captures); default: pino to stdout at config.LOG_LEVEL. */
  logger?: Logger;
  clock?: () => Date;
}

export interface Steward {
  config: Config;
  bot: BotServer;
  /** The bot's messaging endpoint. */
  messagesUrl: string;
  sandbox?: SandboxHandle;
  cosmos: { endpoint: string; embedded?: EmbeddedCosmos; containers: StewardContainers };
  tenantId: string;
  engine: ActionEngine;
  sessions: ManagementSessionService;
  registry: ActionRegistry;
  stores: {
    operators: CosmosOperatorStore;
    sessions: CosmosSessionStore;
    audit: CosmosAuditStore;
    plans: CosmosPlanStore;
  };
  close(): Promise<void>;
}

/** Roles of the demo operators seeded in sandbox mode. */
const DEMO_OPERATORS = [
  { key: 'admin', roles: ['TenantAdmin'] },
  { key: 'helpdesk', roles: ['Helpdesk'] },
  { key: 'reader', roles: ['Reader'] },
] as const;

/**
 * The composition root: the only place that builds services and wires them together. With no Azure
 * configuration it starts the embedded Cosmos DB and the sandbox tenant first.
 */
export async function startSteward(config: Config, options: StewardOptions = {}): Promise<Steward> {
  const logger: Logger =
    options.logger ??
    pino({
      level: config.LOG_LEVEL,
      redact: { paths: ['*.password', '*.clientSecret', '*.secret', '*.token', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
    });
  const clock = options.clock ?? (() => new Date());
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };

  try {
    // Storage: Azure Cosmos DB when configured, else the embedded server.
    let embedded: EmbeddedCosmos | undefined;
    let endpoint = config.COSMOS_ENDPOINT;
    let key = config.COSMOS_KEY;
    if (config.embeddedCosmos) {
      embedded = await startEmbeddedCosmos({ port: config.COSMOS_PORT, host: config.HOST });
      closers.push(() => embedded!.close());
      endpoint = embedded.endpoint;
      key = embedded.key;
    }
    const cosmos = await openCosmos({ endpoint: endpoint!, key: key!, databaseId: config.COSMOS_DATABASE });
    closers.push(async () => cosmos.client.dispose());
    const stores = {
      operators: new CosmosOperatorStore(cosmos.containers.operators),
      sessions: new CosmosSessionStore(cosmos.containers.sessions),
      audit: new CosmosAuditStore(cosmos.containers.audit),
      plans: new CosmosPlanStore(cosmos.containers.plans),
    };

    // Tenant: the sandbox, or the configured real tenant.
    let sandbox: SandboxHandle | undefined;
    const directories = new Map<string, () => DirectoryBackend>();
    let tenantId: string;
    if (config.sandbox) {
      sandbox = await startSandbox({
        port: config.SANDBOX_PORT,
        host: config.HOST,
        adminToken: config.SANDBOX_ADMIN_TOKEN,
        dataDir: path.resolve(config.DATA_DIR, 'sandbox'),
        rateLimit: config.SANDBOX_RATE_LIMIT ? { requestsPerSecond: config.SANDBOX_RATE_LIMIT } : undefined,
        logger,
      });
      closers.push(() => sandbox!.close());
      const sb = sandbox;
      tenantId = sb.tenantId;
      directories.set(tenantId, () => {
        const credential = createTenantCredential({
          authorityHost: sb.url,
          tenantId: sb.tenantId,
          clientId: sb.clientId,
          clientSecret: sb.clientSecret,
          caPem: sb.caPem,
        });
        return new GraphDirectoryBackend(createGraphClient({ baseUrl: sb.url, credential, caPem: sb.caPem }));
      });
      await seedDemoOperators(stores.operators, tenantId, clock);
    } else {
      tenantId = config.TENANT_ID!;
      directories.set(tenantId, () => {
        const credential = createTenantCredential({
          authorityHost: config.AUTHORITY_HOST,
          tenantId,
          clientId: config.TENANT_CLIENT_ID!,
          clientSecret: config.TENANT_CLIENT_SECRET!,
        });
        return new GraphDirectoryBackend(createGraphClient({ baseUrl: config.GRAPH_BASE_URL, credential }));
      });
    }
    const connector = new ConfiguredTenantConnector(directories);

    const registry = new ActionRegistry(ALL_ACTIONS);
    const sessions = new ManagementSessionService({
      store: stores.sessions,
      connector,
      audit: stores.audit,
      clock,
      newId: randomUUID,
      logger,
      sessionMs: config.SESSION_HOURS * 3_600_000,
      defaultAutoEnable: true,
    });
    const engine = new ActionEngine({
      registry,
      operators: new OperatorResolver({ operators: stores.operators, connector, bootstrapAdmins: config.stewardAdmins, clock }),
      sessions,
      connector,
      scope: new WholeTenantScope(),
      plans: stores.plans,
      audit: stores.audit,
      clock,
      newId: randomUUID,
      randomBytes,
      logger,
      planTtlMs: 15 * 60_000,
      concurrency: 4,
    });
    const recognizer = new Recognizer(intentsFor(registry.list(), COMMANDS));
    const services: DialogServices = {
      engine,
      sessions,
      recognize: (text) => recognizer.recognize(text),
      clock,
      logger,
    };

    const bot = await startStewardBot({
      host: config.HOST,
      port: config.PORT,
      appId: config.MicrosoftAppId,
      appPassword: config.MicrosoftAppPassword,
      appType: config.MicrosoftAppType,
      appTenantId: config.MicrosoftAppTenantId,
      services,
      stateStore: new CosmosKeyValueStore(cosmos.containers.botState),
      claims: new CosmosDedupStore(cosmos.containers.dedup, clock),
      health: () => ({ tenant: config.sandbox ? 'sandbox' : 'configured', cosmos: config.embeddedCosmos ? 'embedded' : 'azure', actions: registry.list().length }),
    });
    closers.push(() => bot.close());

    return {
      config,
      bot,
      messagesUrl: `${bot.url}/api/messages`,
      sandbox,
      cosmos: { endpoint: endpoint!, embedded, containers: cosmos.containers },
      tenantId,
      engine,
      sessions,
      registry,
      stores,
      close: closeAll,
    };
  } catch (e) {
    await closeAll();
    throw e;
  }
}

async function seedDemoOperators(store: CosmosOperatorStore, tenantId: string, clock: () => Date): Promise<void> {
  for (const { key, roles } of DEMO_OPERATORS) {
    const who = DEMO_IDENTITIES[key];
    const operator: Operator = {
      tenantId,
      objectId: who.id,
      userPrincipalName: who.upn,
      displayName: who.displayName,
      roles: [...roles],
      addedBy: 'sandbox seed',
      addedAt: clock().toISOString(),
    };
    await store.upsert(operator);
  }
}
