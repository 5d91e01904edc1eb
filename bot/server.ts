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
  /** Plain GET endpoints outside the Bot Framework (the signed audit CSV download). */
  downloads?: DownloadRoute[];
  /** Called when a turn throws: the user gets a friendly message with the correlation id. */
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
  /** Receives the adapter once built (the proactive messenger continues conversations through it). */
  onAdapter?: (adapter: CloudAdapter) => void;
}

/** What a download route answers; restify's formatters are bypassed so the body goes out as is. */
export interface DownloadResponse {
  status: number;
  contentType: string;
  body: string;
  /** Offered file name (Content-Disposition: attachment). */
  filename?: string;
}

/** A GET route with path parameters (restify syntax: "/x/:name", or "/x/*" read as params['*']). */
export interface DownloadRoute {
  path: string;
  handle(params: Record<string, string>): Promise<DownloadResponse>;
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
  options.onAdapter?.(adapter);
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
  for (const route of options.downloads ?? []) {
    server.get(route.path, async (req, res) => {
      let answer: DownloadResponse;
      try {
        answer = await route.handle({ ...(req.params as Record<string, string>) });
      } catch (e) {
        options.logger.error({ err: e instanceof Error ? `${e.name}: ${e.message}` : String(e), path: route.path }, 'download failed');
        answer = { status: 500, contentType: 'text/plain; charset=utf-8', body: 'Steward could not prepare this file. Try again in a moment.' };
      }
      const headers: Record<string, string> = {
        'content-type': answer.contentType,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      };
      if (answer.filename) headers['content-disposition'] = `attachment; filename="${answer.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
      res.writeHead(answer.status, headers);
      res.end(answer.body);
    });
  }

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
