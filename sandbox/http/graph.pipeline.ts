import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { GRAPH_AUDIENCE, GRAPH_RESOURCE_APP_ID } from '../identity/identity.routes';
import type { SandboxTokenService } from '../identity/token.service';
import type { SandboxContext } from '../graph/sandbox-context';
import { GraphHttpError, renderGraphError } from './graph-error';
import type { GraphRouter } from './graph.router';
import type { GraphRequest, GraphVersion, Principal, SandboxRequest } from './http.types';
import type { RequestLog } from './request-log.store';
import type { TokenBucketLimiter } from './token-bucket.limiter';

/**
 * One Graph request from bearer token to response: authenticate, throttle, route, run the handler,
 * render Graph's error format, and record the call. Top-level requests and $batch sub-requests take
 * the same path, so both are throttled and logged alike.
 */

export interface SandboxLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface GraphCall {
  method: string;
  version: GraphVersion;
  segments: string[];
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  /** Set for batch sub-requests: the batch's caller. */
  principal?: Principal;
  requestId: string;
  clientRequestId: string;
  batchRequestId?: string;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  text?: string;
}

export interface GraphPipelineDeps {
  router: GraphRouter;
  limiter: TokenBucketLimiter;
  log: RequestLog;
  ctx: SandboxContext;
  tokens: SandboxTokenService;
  adminToken: string;
  /** The sandbox origin (known once the server listens). */
  origin: () => string;
  logger?: SandboxLogger;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export class GraphPipeline {
  constructor(private readonly deps: GraphPipelineDeps) {}

  async execute(call: GraphCall): Promise<GraphResponse> {
    const started = performance.now();
    const path = `/${call.version}/${call.segments.join('/')}`;
    let template = path;
    let principal: Principal | undefined = call.principal;
    let response: GraphResponse;
    try {
      principal ??= this.authenticate(call.headers.authorization);
      const match = this.deps.router.match(call.method, call.version, call.segments);
      template = match.template;
      // A $batch is not throttled itself; each of its sub-requests is.
      const taken = call.segments[0] === '$batch' ? ({ ok: true } as const) : this.deps.limiter.take();
      if (!taken.ok) {
        throw new GraphHttpError(429, 'TooManyRequests', 'Please retry again later.', {
          headers: {
            'retry-after': String(taken.retryAfterSeconds),
            'x-ms-throttle-scope': `Tenant_Application/ReadWrite/${principalId(principal)}/${this.deps.ctx.tenant.tenantId}`,
            'x-ms-throttle-information': 'ResourceUnitLimitExceeded',
          },
          innerError: { code: '429', message: 'Please retry after', status: '429' },
        });
      }
      if (match.kind === 'methodNotAllowed') {
        throw new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.', {
          headers: { allow: match.allowed.join(', ') },
        });
      }
      if (match.kind === 'notFound') {
        throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${match.badSegment}'.`);
      }
      const request: GraphRequest = {
        method: call.method,
        version: call.version,
        segments: call.segments,
        params: match.params,
        query: call.query,
        headers: call.headers,
        body: call.body,
        principal,
        baseUrl: this.deps.origin(),
        requestId: call.requestId,
      };
      const result = await match.handler(request);
      response = {
        status: result.status,
        headers: { ...result.headers },
        body: result.body,
        text: result.text,
      };
    } catch (error) {
      response = this.errorResponse(error, call, path);
    }
    response.headers['request-id'] = call.requestId;
    response.headers['client-request-id'] = call.clientRequestId;
    response.headers['x-ms-ags-diagnostic'] = JSON.stringify({ ServerInfo: { DataCenter: 'Sandbox', Slice: 'E', Ring: '0', ScaleUnit: '000', RoleInstance: 'steward-sandbox' } });
    if (response.body !== undefined) response.headers['content-type'] = ODATA_JSON;
    else if (response.text !== undefined) response.headers['content-type'] = 'text/plain';
    if (response.body !== undefined || response.text !== undefined) response.headers['odata-version'] = '4.0';

    this.deps.log.add({
      time: new Date().toISOString(),
      method: call.method,
      path,
      query: call.query.toString(),
      pathTemplate: template,
      status: response.status,
      requestId: call.requestId,
      clientRequestId: call.clientRequestId,
      caller: principal ? principalId(principal) : 'anonymous',
      ...(call.body === undefined ? {} : { body: redact(call.body) }),
      ...(call.batchRequestId ? { batchRequestId: call.batchRequestId } : {}),
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    } satisfies SandboxRequest);
    return response;
  }

  /** Builds the call for a $batch sub-request (relative URL, with or without the version prefix). */
  subCall(sub: { method: string; url: string; headers: Record<string, string>; body: unknown }, parent: GraphRequest): GraphCall {
    const url = new URL(sub.url.startsWith('/') ? sub.url : `/${sub.url}`, 'https://batch.invalid');
    let segments = splitPath(url.pathname);
    let version = parent.version;
    if (segments[0] === 'v1.0' || segments[0] === 'beta') {
      version = segments[0];
      segments = segments.slice(1);
    }
    return {
      method: sub.method,
      version,
      segments,
      query: url.searchParams,
      headers: sub.headers,
      body: sub.body,
      principal: parent.principal,
      requestId: randomUUID(),
      clientRequestId: sub.headers['client-request-id'] ?? randomUUID(),
      batchRequestId: parent.requestId,
    };
  }

  /** Maps a bearer token to a principal, or throws Graph's 401. */
  authenticate(header: string | undefined): Principal {
    const token = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
    if (!token) throw unauthenticated('Access token is empty.');
    if (token === this.deps.adminToken) return { kind: 'admin' };
    const verified = this.deps.tokens.verify(token);
    if (!verified.ok) {
      throw unauthenticated(
        verified.reason === 'expired'
          ? 'Lifetime validation failed, the token is expired.'
          : verified.reason === 'malformed'
            ? 'IDX14100: JWT is not well formed, there are no dots (.).'
            : 'Access token validation failure. Invalid audience or signature.',
      );
    }
    const claims = verified.claims;
    if (claims.tid !== this.deps.ctx.tenant.tenantId) throw unauthenticated('Access token validation failure. Invalid issuer.');
    if (!this.audienceAccepted(claims.aud)) throw unauthenticated('Access token validation failure. Invalid audience.');
    if (claims.idtyp === 'user') return { kind: 'user', userId: claims.oid, appId: claims.appid, tenantId: claims.tid };
    return { kind: 'app', appId: claims.appid, tenantId: claims.tid };
  }

  private audienceAccepted(aud: string): boolean {
    if (aud === GRAPH_AUDIENCE || aud === GRAPH_RESOURCE_APP_ID || aud === this.deps.origin()) return true;
    try {
      const url = new URL(aud);
      return url.protocol === 'https:' && LOCAL_HOSTS.has(url.hostname);
    } catch {
      return false;
    }
  }

  private errorResponse(error: unknown, call: GraphCall, path: string): GraphResponse {
    const now = new Date();
    const ids = { requestId: call.requestId, clientRequestId: call.clientRequestId };
    if (error instanceof GraphHttpError) {
      return { status: error.status, headers: { ...error.headers }, body: renderGraphError(error, ids, now) };
    }
    this.deps.logger?.warn({ err: error, method: call.method, path }, 'sandbox handler failed');
    const internal = new GraphHttpError(500, 'generalException', 'An unexpected error occurred in the sandbox.');
    return { status: 500, headers: {}, body: renderGraphError(internal, ids, now) };
  }
}

function unauthenticated(message: string): GraphHttpError {
  return new GraphHttpError(401, 'InvalidAuthenticationToken', message, {
    headers: {
      'www-authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${GRAPH_RESOURCE_APP_ID}"`,
    },
  });
}

export function principalId(p: Principal): string {
  if (p.kind === 'admin') return 'admin';
  return p.kind === 'user' ? `user:${p.userId}` : `app:${p.appId}`;
}

/** Splits a URL path into decoded segments ("/v1.0/users/a%40b" → ["v1.0", "users", "a@b"]). */
export function splitPath(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** Keeps secrets out of the request log. */
function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // A mail body ({ contentType, content }) may carry a temporary password: never kept in the log.
    const mailBody = 'contentType' in value && 'content' in value;
    for (const [k, v] of Object.entries(value)) {
      out[k] = (/password|secret/i.test(k) || (mailBody && k === 'content')) && typeof v === 'string' ? '***' : redact(v);
    }
    return out;
  }
  return value;
}
