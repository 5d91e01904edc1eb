import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { registerAuthMethodRoutes } from './graph/auth-methods.routes';
import { registerBatchRoutes } from './graph/batch.routes';
import { registerApplicationRoutes } from './graph/applications.routes';
import { registerDirectoryRoutes } from './graph/directory.routes';
import { registerGroupRoutes } from './graph/groups.routes';
import { registerOrganizationRoutes } from './graph/organization.routes';
import type { SandboxContext } from './graph/sandbox-context';
import { registerUserRoutes } from './graph/users.routes';
import { registerInvitationAndMailRoutes, SentMailStore } from './graph/invitations-mail.routes';
import { registerMailboxSettingsRoutes } from './graph/mailbox-settings.routes';
import { GraphHttpError, renderGraphError } from './http/graph-error';
import { GraphRouter } from './http/graph.router';
import { GraphPipeline, splitPath, type GraphResponse, type SandboxLogger } from './http/graph.pipeline';
import type { GraphVersion, SandboxRequest } from './http/http.types';
import { RequestLog } from './http/request-log.store';
import { TokenBucketLimiter } from './http/token-bucket.limiter';
import { handleIdentityRequest } from './identity/identity.routes';
import { SandboxTokenService } from './identity/token.service';
import { buildContosoTenant } from './seed/contoso.seed';
import { buildCmdletRegistry } from './exchange/cmdlets';
import { ExchangeAdminApi } from './exchange/exchange.routes';
import type { ExchangeOrg } from './exchange/exchange-org.model';
import { buildContosoExchange } from './exchange/exchange.seed';
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from './seed/demo-identities.constants';
import type { SandboxTenant } from './tenant/sandbox-tenant.model';
import { loadOrCreateDevCertificates } from './tls/dev-certificates.store';

/**
 * The sandbox tenant: a local, HTTPS, Graph-compatible stand-in for Microsoft 365 (Microsoft Graph
 * v1.0/beta plus a Microsoft identity platform authority), so the bot, its tests and benchmarks run
 * the same client code they would run against graph.microsoft.com, switched by configuration alone.
 */

export interface SandboxOptions {
  /** 0 picks a free port. */
  port: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Static bearer token accepted everywhere (curl, tests) and required for /_sandbox endpoints. */
  adminToken: string;
  /** Where the generated CA and server certificate are cached, e.g. .data/sandbox. */
  dataDir: string;
  /** Throttling: above this many Graph requests per second (token bucket) answer 429 + Retry-After. Default off. */
  rateLimit?: { requestsPerSecond: number };
  /** Service time added to every Graph and Exchange HTTP request (a $batch once), like a real cloud round trip. Default 0. */
  latencyMs?: number;
  logger?: SandboxLogger;
}

export interface SandboxHandle {
  /** https://127.0.0.1:PORT (the Graph base URL and the authority host). */
  url: string;
  port: number;
  /** The development CA to trust (per client, never globally). */
  caPem: string;
  /** Path of the CA file, for curl --cacert. */
  caPath: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The live in-memory tenant (replaced by reset()). */
  readonly tenant: SandboxTenant;
  /** Graph requests seen so far (sub-requests of $batch included). */
  readonly requestLog: RequestLog;
  /** Mail sent through POST /users/{id}/sendMail (also at GET /_sandbox/sent-mail). */
  readonly sentMail: SentMailStore;
  /** The Exchange Online organisation behind POST /adminapi/beta/{tenant}/InvokeCommand. */
  readonly exchange: {
    readonly org: ExchangeOrg;
    /** Makes the next `count` Exchange calls answer 429 with this Retry-After (tests of the client). */
    throttleNext(count: number, retryAfterSeconds?: number): void;
  };
  /** Changes throttling at run time; null turns it off. */
  setRateLimit(requestsPerSecond: number | null): void;
  /** Changes the added service time per Graph / Exchange request (0: none). */
  setLatency(ms: number): void;
  /** Re-seeds the tenant and clears the request log. */
  reset(): void;
  close(): Promise<void>;
}

export type { SandboxRequest };

const MAX_BODY_BYTES = 4 * 1024 * 1024;

export async function startSandbox(options: SandboxOptions): Promise<SandboxHandle> {
  const host = options.host ?? '127.0.0.1';
  const wildcard = host === '0.0.0.0' || host === '::';
  const certs = await loadOrCreateDevCertificates({ dataDir: options.dataDir, hosts: wildcard ? [] : [host] });

  const seededTenant = buildContosoTenant();
  const ctx: SandboxContext = { tenant: seededTenant, exchange: buildContosoExchange(seededTenant), now: () => new Date() };
  const tenantId = ctx.tenant.tenantId;
  const log = RequestLog.create();
  const limiter = new TokenBucketLimiter(options.rateLimit?.requestsPerSecond ?? null);
  // Exchange Online has its own budget, at the same configured rate.
  const exchangeLimiter = new TokenBucketLimiter(options.rateLimit?.requestsPerSecond ?? null);
  let latencyMs = options.latencyMs ?? 0;
  const tokens = new SandboxTokenService({ secret: options.adminToken, tenantId });
  let origin = '';

  const router = new GraphRouter();
  registerUserRoutes(router, ctx);
  registerAuthMethodRoutes(router, ctx);
  registerGroupRoutes(router, ctx);
  registerApplicationRoutes(router, ctx);
  registerDirectoryRoutes(router, ctx);
  registerOrganizationRoutes(router, ctx);
  const sentMail = new SentMailStore();
  registerInvitationAndMailRoutes(router, ctx, sentMail);
  registerMailboxSettingsRoutes(router, ctx);
  const pipeline = new GraphPipeline({
    router,
    limiter,
    log,
    ctx,
    tokens,
    adminToken: options.adminToken,
    origin: () => origin,
    logger: options.logger,
  });
  const exchangeApi = new ExchangeAdminApi({
    tenant: () => ctx.tenant,
    org: () => ctx.exchange,
    cmdlets: buildCmdletRegistry(),
    tokens,
    adminToken: options.adminToken,
    limiter: exchangeLimiter,
    log,
    origin: () => origin,
    now: () => ctx.now(),
  });
  registerBatchRoutes(router, async (sub, parent) => {
    const res = await pipeline.execute(pipeline.subCall(sub, parent));
    return { status: res.status, headers: res.headers, body: res.body ?? res.text };
  });

  const server = https.createServer({ key: certs.serverKeyPem, cert: certs.serverCertPem, keepAlive: true }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.logger?.warn({ err }, 'sandbox request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'generalException', message: 'Sandbox failure.' } }));
    });
  });
  server.keepAliveTimeout = 30_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', origin);
    const segments = splitPath(url.pathname);
    const requestId = randomUUID();
    const clientRequestId = header(req, 'client-request-id') ?? requestId;
    const raw = await readBody(req);
    if (raw === null) {
      return send(res, method, 413, { 'request-id': requestId }, { error: { code: 'RequestEntityTooLarge', message: 'Request body too large.' } });
    }

    if (segments[0] === '_sandbox') return sandboxAdmin(req, res, method, segments.slice(1), raw);
    if (latencyMs > 0 && (ExchangeAdminApi.matches(segments) || segments[0] === 'v1.0' || segments[0] === 'beta')) {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
    }
    if (ExchangeAdminApi.matches(segments)) {
      const result = exchangeApi.handle({ method, segments, query: url.searchParams, headers: lowerHeaders(req), raw, requestId });
      return send(res, method, result.status, result.headers, result.body);
    }

    const version = segments[0];
    if (version === 'v1.0' || version === 'beta') {
      const headers = lowerHeaders(req);
      let body: unknown;
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch {
        const err = new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
        return send(res, method, 400, { 'request-id': requestId, 'client-request-id': clientRequestId }, renderGraphError(err, { requestId, clientRequestId }, new Date()));
      }
      const result = await pipeline.execute({
        method,
        version: version as GraphVersion,
        segments: segments.slice(1),
        query: url.searchParams,
        headers,
        body,
        requestId,
        clientRequestId,
      });
      return sendGraph(res, method, result);
    }
    if (/^v\d/i.test(version ?? '') || version?.toLowerCase() === 'beta' || version?.toLowerCase() === 'v1.0') {
      const err = new GraphHttpError(400, 'BadRequest', `Invalid version: ${version}`);
      return send(res, method, 400, { 'request-id': requestId }, renderGraphError(err, { requestId, clientRequestId }, new Date()));
    }

    const identity = handleIdentityRequest({ tenant: ctx.tenant, tokens, origin, now: () => new Date() }, {
      method,
      segments,
      query: url.searchParams,
      body: raw,
    });
    if (identity) {
      return send(res, method, identity.status, { 'x-ms-request-id': requestId, ...identity.headers }, identity.body);
    }
    if (segments.length === 0) {
      return send(res, method, 200, {}, {
        name: 'Steward sandbox tenant',
        graph: [`${origin}/v1.0`, `${origin}/beta`],
        authority: `${origin}/${tenantId}`,
        tenantId,
      });
    }
    return send(res, method, 404, { 'request-id': requestId }, { error: { code: 'NotFound', message: `No sandbox endpoint at ${url.pathname}.` } });
  }

  /** /_sandbox/*: inspection and control for curl and tests; admin token only. */
  function sandboxAdmin(req: IncomingMessage, res: ServerResponse, method: string, rest: string[], raw: string): void {
    if (header(req, 'authorization') !== `Bearer ${options.adminToken}`) {
      return send(res, method, 401, {}, { error: { code: 'InvalidAuthenticationToken', message: 'The sandbox admin token is required.' } });
    }
    const route = `${method} ${rest.join('/')}`;
    switch (route) {
      case 'GET requests':
      case 'HEAD requests':
        return send(res, method, 200, {}, { value: log.all() });
      case 'DELETE requests':
        log.clear();
        return send(res, method, 204, {});
      case 'GET sent-mail':
        return send(res, method, 200, {}, { value: sentMail.all() });
      case 'DELETE sent-mail':
        sentMail.clear();
        return send(res, method, 204, {});
      case 'GET health':
        return send(res, method, 200, {}, { status: 'ok', tenantId, users: ctx.tenant.userCount, rateLimit: limiter.requestsPerSecond });
      case 'POST reset':
        handleApi.reset();
        return send(res, method, 204, {});
      case 'PUT rate-limit': {
        let rps: unknown;
        try {
          rps = (JSON.parse(raw || '{}') as { requestsPerSecond?: unknown }).requestsPerSecond;
        } catch {
          rps = undefined;
        }
        if (rps !== null && (typeof rps !== 'number' || !(rps > 0))) {
          return send(res, method, 400, {}, { error: { code: 'BadRequest', message: 'Body: {"requestsPerSecond": number > 0 | null}' } });
        }
        limiter.setRate(rps as number | null);
        exchangeLimiter.setRate(rps as number | null);
        return send(res, method, 204, {});
      }
      default:
        return send(res, method, 404, {}, { error: { code: 'NotFound', message: 'Sandbox endpoints: GET|DELETE /_sandbox/requests, GET|DELETE /_sandbox/sent-mail, GET /_sandbox/health, POST /_sandbox/reset, PUT /_sandbox/rate-limit.' } });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = wildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  origin = `https://${urlHost}:${port}`;
  options.logger?.info({ url: origin, tenantId }, 'sandbox tenant listening');

  const handleApi: SandboxHandle = {
    url: origin,
    port,
    caPem: certs.caCertPem,
    caPath: certs.caCertPath,
    tenantId,
    clientId: SANDBOX_CLIENT_ID,
    clientSecret: SANDBOX_CLIENT_SECRET,
    get tenant() {
      return ctx.tenant;
    },
    requestLog: log,
    sentMail,
    exchange: {
      get org() {
        return ctx.exchange;
      },
      throttleNext: (count, retryAfterSeconds) => exchangeApi.throttleNext(count, retryAfterSeconds),
    },
    setRateLimit: (rps) => {
      limiter.setRate(rps);
      exchangeLimiter.setRate(rps);
    },
    setLatency: (ms) => {
      if (!(ms >= 0)) throw new Error('latency must be >= 0 ms');
      latencyMs = ms;
    },
    reset: () => {
      ctx.tenant = buildContosoTenant();
      ctx.exchange = buildContosoExchange(ctx.tenant);
      exchangeApi.throttleNext(0);
      log.clear();
      sentMail.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
  return handleApi;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Reads the body as text; null when it exceeds the limit. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendGraph(res: ServerResponse, method: string, result: GraphResponse): void {
  const payload = result.body !== undefined ? JSON.stringify(result.body) : result.text;
  res.writeHead(result.status, result.headers);
  res.end(method === 'HEAD' || payload === undefined ? undefined : payload);
}

function send(res: ServerResponse, method: string, status: number, headers: Record<string, string>, body?: unknown): void {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  res.writeHead(status, payload === undefined ? headers : { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(method === 'HEAD' ? undefined : payload);
}
