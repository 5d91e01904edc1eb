import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ActivityHandlerBase,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import * as restify from 'restify';
import type { Logger } from '../actions/logger.types';

export interface BotServerOptions {
  host: string;
  port: number;
  appId?: string;
  appPassword?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  appTenantId?: string;
  handler: ActivityHandlerBase;
  middleware: Middleware[];
  logger: Logger;
  /** Extra facts for GET /healthz. */
  health: () => Record<string, unknown>;
  /** Called when a turn throws: the user gets a friendly message with the correlation id. */
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
}

export interface BotServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * restify + CloudAdapter. With MicrosoftAppId set, the adapter validates the Bot Framework JWT and
 * answers 401 to anything else; without it (local sandbox, Agents Playground) it accepts anonymous calls.
 */
export async function startBotServer(options: BotServerOptions): Promise<BotServer> {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: options.appId ?? '',
    MicrosoftAppPassword: options.appPassword ?? '',
    MicrosoftAppType: options.appType,
    MicrosoftAppTenantId: options.appTenantId ?? '',
  });
  const adapter = new CloudAdapter(auth);
  for (const m of options.middleware) adapter.use(m);
  adapter.onTurnError = async (context, error) => {
    options.logger.error({ err: `${error.name}: ${error.message}`, stack: error.stack }, 'turn failed');
    await options.onTurnError(context, error).catch(() => undefined);
  };

  const server = restify.createServer({ name: 'steward', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => options.handler.run(context));
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok', ...options.health() });
    next();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
