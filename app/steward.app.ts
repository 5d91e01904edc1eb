import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ALL_ACTIONS } from '../actions/catalog';
import { ActionEngine } from '../actions/engine';
import { ActionRegistry } from '../actions/registry';
import { BulkJobService } from '../actions/bulk/bulk-job.service';
import type { BulkProgressPort } from '../actions/bulk/bulk-job.types';
import { BulkWorker } from '../actions/bulk/bulk-worker';
import { CosmosBulkJobStore } from '../store/bulk-jobs.repository';
import { BulkProgressUpdater } from '../bot/bulk-progress.updater';
import { BulkFlow, type BulkDialogDeps } from '../dialogs/bulk/bulk.flow';
import { BulkResultLinks } from '../dialogs/bulk/bulk-result.links';
import type { DirectoryUser } from '../actions/directory.types';
import { ConfiguredTenantConnector } from '../actions/backends/tenant.connector';
import { createGraphClient, createTenantCredential, createUserPasswordCredential } from '../actions/backends/graph/graph-client.factory';
import { StoredCredentialTenantConnector } from '../actions/backends/stored-credential.connector';
import { CredentialVault, type UsableCredential } from '../actions/credentials/credential.vault';
import { SecretCipher } from '../actions/credentials/secret.cipher';
import type { Messenger, TenantConnector } from '../actions/ports';
import { GraphDirectoryBackend } from '../actions/backends/graph/graph-directory.backend';
import { RestExchangeGateway } from '../actions/backends/exchange/exchange.gateway';
import type { DirectoryBackend } from '../actions/directory.types';
import { OperatorResolver } from '../actions/governance/operator.resolver';
import type { Operator } from '../actions/governance/roles';
import { GovernanceAudit } from '../actions/governance/governance-audit';
import { OperatorAdminService } from '../actions/governance/operator-admin.service';
import { PermissionSetService } from '../actions/governance/permission-set.service';
import { PermissionService } from '../actions/governance/permission.service';
import { VirtualTenantScope } from '../actions/governance/virtual-tenant.scope';
import { VirtualTenantService } from '../actions/governance/virtual-tenant.service';
import { CosmosPermissionSetStore, CosmosVirtualTenantStore } from '../store/governance.repository';
import type { Logger } from '../actions/logger.types';
import { ManagementSessionService } from '../actions/session/management-session.service';
import { AuditExportService } from '../actions/governance/audit-export.service';
import { AuditQueryService } from '../actions/governance/audit-query.service';
import { SignedTokenCodec } from '../actions/governance/signed-token.codec';
import type { Config } from '../config/config';
import type { DialogServices } from '../dialogs/dialog.services';
import { startStewardBot } from '../bot/bot.factory';
import { ProactiveMessenger } from '../bot/proactive.messenger';
import { ApprovalPolicyService } from '../actions/governance/approval-policy.service';
import { ApprovalsService } from '../actions/governance/approvals.service';
import { ApprovalPresenter } from '../dialogs/approval.presenter';
import { CosmosApprovalStore, CosmosConversationStore, CosmosPolicyStore } from '../store/approvals.repositories';
import type { BotServer } from '../bot/server';
import { recognizerFor } from './intents';
import { resolveEncryptionKey } from './encryption-key.provider';
import { LOG_REDACTION } from './log-redaction';
import { CosmosCredentialStore } from '../store/credential.repository';
import { CosmosAnnotationStore } from '../store/annotations.repository';
import { UserSummaryService } from '../actions/users/user-summary.service';
import { DirectorySearchService } from '../actions/search/directory-search.service';
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
  /** Proactive messenger to use instead of the bot's own (tests pass one that records). */
  messenger?: Messenger;
  /** Told about bulk job changes instead of the bot's progress updater (which keeps the progress card current). */
  bulkProgress?: BulkProgressPort;
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
  approvals: ApprovalsService;
  policies: ApprovalPolicyService;
  credentials: CredentialVault;
  registry: ActionRegistry;
  /** Bulk jobs (create, start, pause, resume, cancel, results) and this process's worker, when it runs one. */
  bulk: BulkJobService;
  bulkWorker?: BulkWorker;
  /** The tenant's directory backend (Graph and Exchange clients), as actions get it. */
  connector: TenantConnector;
  stores: {
    operators: CosmosOperatorStore;
    sessions: CosmosSessionStore;
    audit: CosmosAuditStore;
    plans: CosmosPlanStore;
    credentials: CosmosCredentialStore;
    permissionSets: CosmosPermissionSetStore;
    virtualTenants: CosmosVirtualTenantStore;
    annotations: CosmosAnnotationStore;
    bulkJobs: CosmosBulkJobStore;
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
      redact: LOG_REDACTION,
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
      audit: new CosmosAuditStore(cosmos.containers.audit, { clock }),
      plans: new CosmosPlanStore(cosmos.containers.plans),
      credentials: new CosmosCredentialStore(cosmos.containers.credentials),
      permissionSets: new CosmosPermissionSetStore(cosmos.containers.permissionSets),
      virtualTenants: new CosmosVirtualTenantStore(cosmos.containers.virtualTenants),
      annotations: new CosmosAnnotationStore(cosmos.containers.userAnnotations, clock),
      bulkJobs: new CosmosBulkJobStore(cosmos.containers.bulkJobs, cosmos.containers.bulkItems),
    };

    // Exchange's throttled answers slow the tenant's bulk pacer too (the bulk service is built below).
    let bulkRef: BulkJobService | undefined;
    const onExchangeThrottled = (tid: string) => (waitMs: number) => bulkRef?.noteThrottled(tid, waitMs);
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
        return new GraphDirectoryBackend(createGraphClient({ baseUrl: sb.url, credential, caPem: sb.caPem }), {
          exchange: new RestExchangeGateway({ baseUrl: sb.url, tenantId: sb.tenantId, credential, caPem: sb.caPem, onThrottled: onExchangeThrottled(sb.tenantId) }),
        });
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
        return new GraphDirectoryBackend(createGraphClient({ baseUrl: config.GRAPH_BASE_URL, credential }), {
          exchange: new RestExchangeGateway({ baseUrl: config.EXCHANGE_BASE_URL, tenantId, credential, onThrottled: onExchangeThrottled(tenantId) }),
        });
      });
    }
    // Credentials a Tenant Admin stores from chat win over the configured app registration.
    const encryption = resolveEncryptionKey(config);
    if (!encryption.key) logger.warn({}, 'STEWARD_ENCRYPTION_KEY is not set: tenant credentials cannot be stored from chat');
    const credentials = new CredentialVault({
      store: stores.credentials,
      cipher: encryption.key ? new SecretCipher(encryption.key) : undefined,
      audit: stores.audit,
      clock,
      newId: randomUUID,
      logger,
    });
    const endpoints: TenantEndpoints = sandbox
      ? { authorityHost: sandbox.url, graphBaseUrl: sandbox.url, exchangeBaseUrl: sandbox.url, caPem: sandbox.caPem, publicClientId: sandbox.clientId, onExchangeThrottled }
      : { authorityHost: config.AUTHORITY_HOST, graphBaseUrl: config.GRAPH_BASE_URL, exchangeBaseUrl: config.EXCHANGE_BASE_URL, publicClientId: config.TENANT_CLIENT_ID!, onExchangeThrottled };
    const connector = new StoredCredentialTenantConnector({
      credentials,
      fallback: new ConfiguredTenantConnector(directories),
      build: (tid, credential) => storedCredentialBackend(tid, credential, endpoints),
    });

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
      // The demo lets every operator's action auto-enable; a real tenant starts in the seed's "Default" mode.
      defaultAdvanced: config.sandbox,
      credentials,
      enableAnswerMs: config.SESSION_ENABLE_ANSWER_MS,
    });
    // Governance: roles + permission sets decide which actions; virtual tenants decide on whom.
    const permissions = new PermissionService({ sets: stores.permissionSets, registry });
    const governanceAudit = new GovernanceAudit({ audit: stores.audit, clock, newId: randomUUID, logger });
    const governance = {
      permissions,
      operators: new OperatorAdminService({
        operators: stores.operators,
        sets: stores.permissionSets,
        virtualTenants: stores.virtualTenants,
        connector,
        permissions,
        audit: governanceAudit,
        clock,
      }),
      permissionSets: new PermissionSetService({ store: stores.permissionSets, registry, audit: governanceAudit, clock }),
      virtualTenants: new VirtualTenantService({ store: stores.virtualTenants, operators: stores.operators, connector, audit: governanceAudit, clock }),
    };
    // Approvals: the tenant's policy (asked by the engine at prepare and execute), requests, and where to reach people.
    const approvalStores = {
      policies: new CosmosPolicyStore(cosmos.containers.policies),
      approvals: new CosmosApprovalStore(cosmos.containers.approvals),
      conversations: new CosmosConversationStore(cosmos.containers.conversations),
    };
    const policies = new ApprovalPolicyService({
      store: approvalStores.policies,
      approvals: approvalStores.approvals,
      registry,
      audit: stores.audit,
      clock,
      newId: randomUUID,
      logger,
      defaultExpiryHours: config.APPROVAL_EXPIRY_HOURS,
    });
    const scope = new VirtualTenantScope({ store: stores.virtualTenants, connector });
    const engine = new ActionEngine({
      policy: policies,
      registry,
      operators: new OperatorResolver({ operators: stores.operators, connector, bootstrapAdmins: config.stewardAdmins, clock }),
      sessions,
      connector,
      scope,
      permissions,
      plans: stores.plans,
      audit: stores.audit,
      clock,
      newId: randomUUID,
      randomBytes,
      logger,
      planTtlMs: 15 * 60_000,
      concurrency: 4,
      annotations: stores.annotations,
      ...(config.mailSender ? { mailSender: config.mailSender } : {}),
      virtualTenants: stores.virtualTenants,
    });
    // Bulk jobs (the chat surface and this process's worker use the same service). The progress port is
    // late-bound: the updater that implements it needs the bot's messenger and the chat flow, built below.
    let bulkProgress: BulkProgressPort | undefined = options.bulkProgress;
    const bulk = new BulkJobService({
      engine,
      store: stores.bulkJobs,
      audit: stores.audit,
      clock,
      newId: randomUUID,
      logger,
      leaseMs: config.BULK_LEASE_MS,
      workerId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      // A job discarded from its summary card never started: it gets no progress or result card.
      progress: { jobChanged: async (job) => (job.startedAt ? bulkProgress?.jobChanged(job) : undefined) },
    });
    bulkRef = bulk;
    // Audit reading and the CSV export link (signed; the link base is known once the bot listens).
    const auditQuery = new AuditQueryService({
      audit: stores.audit,
      operators: { resolve: (tid, oid) => engine.operator({ tenantId: tid, operatorObjectId: oid, correlationId: 'audit', entry: 'card' }) },
      operatorList: stores.operators,
      connector,
      clock,
      newId: randomUUID,
      logger,
    });
    if (!config.STEWARD_SIGNING_KEY) {
      logger.warn({}, 'STEWARD_SIGNING_KEY is not set: download links are signed with a random key for this process only and stop working when Steward restarts');
    }
    let botUrl = '';
    const signingKey = config.STEWARD_SIGNING_KEY ? Buffer.from(config.STEWARD_SIGNING_KEY, 'base64') : randomBytes(32);
    const auditExport = new AuditExportService({
      queries: auditQuery,
      audit: stores.audit,
      codec: new SignedTokenCodec(signingKey, clock),
      baseUrl: () => config.PUBLIC_URL ?? botUrl,
      ttlMs: config.AUDIT_LINK_MINUTES * 60_000,
      clock,
      newId: randomUUID,
      logger,
    });
    // Proactive cards go through the bot's adapter, connected once the bot is built.
    const proactive = new ProactiveMessenger({ appId: config.MicrosoftAppId, logger });
    const messenger: Messenger = options.messenger ?? proactive;
    const approvalCards = new ApprovalPresenter();
    const approvals = new ApprovalsService({
      engine,
      policies,
      approvals: approvalStores.approvals,
      operators: stores.operators,
      conversations: approvalStores.conversations,
      messenger,
      cards: approvalCards,
      audit: stores.audit,
      clock,
      newId: randomUUID,
      logger,
      bulk,
    });
    // Bulk input from chat (CSV file, "all users in …"), its result CSV links and the live progress card.
    // Result links get their own key derived from the signing key, so an audit link never opens a result.
    const bulkLinks = new BulkResultLinks({
      jobs: bulk,
      codec: new SignedTokenCodec(createHmac('sha256', signingKey).update('steward bulk result links').digest(), clock),
      baseUrl: () => config.PUBLIC_URL ?? botUrl,
      ttlMs: config.AUDIT_LINK_MINUTES * 60_000,
      logger,
    });
    const bulkDeps: BulkDialogDeps = {
      jobs: bulk,
      fetch: (url, init) => fetch(url, init),
      listUsers: async (caller, filter, select) => {
        const directory = await connector.directory(caller.tenantId);
        // One more than a job may take, so the query's size check can say it is too many.
        return directory.graph.list<DirectoryUser>(`/users?$filter=${encodeURIComponent(filter)}&$select=${select}&$top=999`, { max: 10_001 });
      },
      resultLink: (caller, jobId) => bulkLinks.link(caller, jobId),
      // Over the bulk threshold: the job waits for an approver, and starts with the consent (approvals.service.ts).
      requestApproval: async (caller, jobId, justification) => ({ requestId: (await approvals.requestBulk(caller, { jobId, justification })).request.id }),
    };
    const bulkFlow = new BulkFlow({ bulk: bulkDeps, engine, clock });
    const progressUpdater = new BulkProgressUpdater({
      messenger,
      logger,
      recordActivity: (job, activityId) => bulk.setProgressActivity(job.tenantId, job.id, activityId),
      resultCard: (job) => bulkFlow.resultCard(job),
    });
    bulkProgress ??= progressUpdater;
    closers.push(async () => progressUpdater.dispose());
    const recognizer = recognizerFor(registry.list(), COMMANDS);
    const services: DialogServices = {
      engine,
      sessions,
      credentials,
      messenger,
      approvals,
      policies,
      approvalCards,
      auditQuery,
      auditExport,
      userSummary: new UserSummaryService({
        resolveTarget: (caller, text, actionId) => engine.resolveTarget(caller, text, actionId),
        connector,
        annotations: stores.annotations,
      }),
      directorySearch: new DirectorySearchService({ engine, connector, scope }),
      governance,
      bulk: bulkDeps,
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
      bulkResults: bulkLinks,
      stateStore: new CosmosKeyValueStore(cosmos.containers.botState),
      claims: new CosmosDedupStore(cosmos.containers.dedup, clock),
      conversations: approvalStores.conversations,
      messenger: proactive,
      health: () => ({ tenant: config.sandbox ? 'sandbox' : 'configured', cosmos: config.embeddedCosmos ? 'embedded' : 'azure', actions: registry.list().length }),
    });
    closers.push(() => bot.close());
    // Runs first on close: approved requests still running finish and notify before storage goes away.
    closers.push(() => approvals.drain());
    // Every instance runs a bulk worker (unless BULK_WORKER=off); workers share jobs through leases.
    const bulkWorker =
      config.BULK_WORKER === 'on'
        ? new BulkWorker({ service: bulk, store: stores.bulkJobs, logger, pollMs: config.BULK_POLL_MS, maxChunks: config.BULK_MAX_CHUNKS, clock })
        : undefined;
    bulkWorker?.start();
    if (bulkWorker) closers.push(() => bulkWorker.stop());
    botUrl = bot.url;

    return {
      config,
      bot,
      messagesUrl: `${bot.url}/api/messages`,
      sandbox,
      cosmos: { endpoint: endpoint!, embedded, containers: cosmos.containers },
      tenantId,
      engine,
      sessions,
      approvals,
      policies,
      credentials,
      registry,
      bulk,
      ...(bulkWorker ? { bulkWorker } : {}),
      connector,
      stores,
      close: closeAll,
    };
  } catch (e) {
    await closeAll();
    throw e;
  }
}

/** Where stored credentials sign in and call Graph: the sandbox, or Microsoft Entra ID and Graph. */
interface TenantEndpoints {
  authorityHost: string;
  graphBaseUrl: string;
  exchangeBaseUrl: string;
  caPem?: string;
  /** App used for the username/password flow of admin credentials (a public client flow). */
  publicClientId: string;
  /** Exchange throttling, passed on to the tenant's bulk pacer. */
  onExchangeThrottled?: (tenantId: string) => (waitMs: number) => void;
}

function storedCredentialBackend(tenantId: string, stored: UsableCredential, endpoints: TenantEndpoints): DirectoryBackend {
  const authority = { authorityHost: endpoints.authorityHost, tenantId, caPem: endpoints.caPem };
  const credential =
    stored.kind === 'service'
      ? createTenantCredential({ ...authority, clientId: stored.clientId, clientSecret: stored.clientSecret })
      : createUserPasswordCredential({ ...authority, clientId: endpoints.publicClientId, username: stored.username, password: stored.password });
  return new GraphDirectoryBackend(createGraphClient({ baseUrl: endpoints.graphBaseUrl, credential, caPem: endpoints.caPem }), {
    exchange: new RestExchangeGateway({ baseUrl: endpoints.exchangeBaseUrl, tenantId, credential, caPem: endpoints.caPem, onThrottled: endpoints.onExchangeThrottled?.(tenantId) }),
  });
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
