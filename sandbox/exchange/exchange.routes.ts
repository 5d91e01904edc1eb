import { performance } from 'node:perf_hooks';
import { EXCHANGE_APP_ROLE, EXCHANGE_AUDIENCE } from '../identity/identity.routes';
import type { SandboxTokenService } from '../identity/token.service';
import type { RequestLog } from '../http/request-log.store';
import type { TokenBucketLimiter } from '../http/token-bucket.limiter';
import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import { bindParameters, CmdletError, type CmdletDefinition } from './cmdlet.types';
import type { ExchangeOrg } from './exchange-org.model';

/**
 * The Exchange Online admin API as the ExchangeOnlineManagement module (V3) speaks it:
 * POST /adminapi/beta/{tenant}/InvokeCommand with {"CmdletInput":{"CmdletName","Parameters"}}, an
 * app-only or delegated token for https://outlook.office365.com (apps need Exchange.ManageAsApp),
 * OData paging (Prefer: odata.maxpagesize, @odata.nextLink), `@adminapi.warnings`, and errors whose
 * details[0].message is "<id>|<exception type>|<message>". Cmdlets and parameters are validated the
 * way PowerShell's binder does, and each call is recorded in the sandbox request log with its cmdlet.
 */

export { EXCHANGE_AUDIENCE, EXCHANGE_APP_ROLE };
const EXCHANGE_RESOURCE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

export interface ExchangeRouteDeps {
  tenant(): SandboxTenant;
  org(): ExchangeOrg;
  cmdlets: ReadonlyMap<string, CmdletDefinition>;
  tokens: SandboxTokenService;
  adminToken: string;
  limiter: TokenBucketLimiter;
  log: RequestLog;
  origin(): string;
  now(): Date;
}

export interface ExchangeHttpRequest {
  method: string;
  segments: string[];
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  raw: string;
  requestId: string;
}

export interface ExchangeHttpResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const DEFAULT_PAGE_SIZE = 1000;

export class ExchangeAdminApi {
  /** Forced throttling for tests: the next N calls answer 429 with this Retry-After. */
  private forced: { remaining: number; retryAfterSeconds: number } = { remaining: 0, retryAfterSeconds: 1 };

  constructor(private readonly deps: ExchangeRouteDeps) {}

  /** True when the path is the Exchange admin API's (the server sends everything else to Graph or identity). */
  static matches(segments: readonly string[]): boolean {
    return segments[0]?.toLowerCase() === 'adminapi';
  }

  throttleNext(count: number, retryAfterSeconds = 1): void {
    this.forced = { remaining: count, retryAfterSeconds };
  }

  handle(req: ExchangeHttpRequest): ExchangeHttpResponse {
    const started = performance.now();
    let cmdletName: string | undefined;
    let params: unknown;
    let caller = 'anonymous';
    let response: ExchangeHttpResponse;
    try {
      const [, version, tenantSegment, operation] = req.segments;
      if (req.segments.length !== 4 || version?.toLowerCase() !== 'beta' || operation?.toLowerCase() !== 'invokecommand') {
        throw new HttpError(404, 'NotFound', `No Exchange admin API endpoint at /${req.segments.join('/')}. Use POST /adminapi/beta/{tenantId}/InvokeCommand.`);
      }
      if (req.method !== 'POST') throw new HttpError(405, 'MethodNotAllowed', 'InvokeCommand accepts POST only.');
      caller = this.authenticate(req.headers.authorization);
      const tenant = this.deps.tenant();
      const knownTenant = [tenant.tenantId, tenant.organization.initialDomain, tenant.organization.defaultDomain].map((v) => v.toLowerCase());
      if (!knownTenant.includes(decodeURIComponent(tenantSegment).toLowerCase())) {
        throw new HttpError(400, 'BadRequest', `The tenant '${tenantSegment}' is not this organization; use its id or initial domain.`);
      }
      const input = parseBody(req.raw);
      cmdletName = input.name;
      params = input.parameters;
      this.throttle();
      const cmdlet = this.deps.cmdlets.get(input.name.toLowerCase());
      if (!cmdlet) {
        throw new CmdletError(
          400,
          'System.Management.Automation.CommandNotFoundException',
          `The term '${input.name}' is not recognized as a name of a cmdlet, function, script file, or executable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
        );
      }
      cmdletName = cmdlet.name;
      const bound = bindParameters(cmdlet, input.parameters);
      const warnings: string[] = [];
      const org = this.deps.org();
      org.sync();
      const output = cmdlet.run({ org, tenant, now: this.deps.now, warn: (m) => warnings.push(m), caller }, bound) ?? [];
      response = { status: 200, headers: {}, body: this.page(req, output, warnings) };
    } catch (error) {
      response = renderError(error, req.requestId);
    }
    response.headers['request-id'] = req.requestId;
    response.headers['x-calculatedbetarget'] = 'BY5PR11MB4001.namprd11.prod.outlook.com';
    if (response.body !== undefined) response.headers['content-type'] = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
    this.deps.log.add({
      time: new Date().toISOString(),
      method: req.method,
      path: `/${req.segments.join('/')}`,
      query: req.query.toString(),
      pathTemplate: '/adminapi/beta/{tenant}/InvokeCommand',
      status: response.status,
      requestId: req.requestId,
      clientRequestId: req.headers['client-request-id'] ?? req.requestId,
      caller,
      ...(cmdletName ? { cmdlet: cmdletName } : {}),
      ...(params !== undefined ? { body: { CmdletInput: { CmdletName: cmdletName, Parameters: redact(params) } } } : {}),
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    });
    return response;
  }

  private authenticate(header: string | undefined): string {
    const token = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
    if (!token) throw new HttpError(401, 'Unauthorized', 'The request has no access token. Send Authorization: Bearer <token for https://outlook.office365.com>.');
    if (token === this.deps.adminToken) return 'admin';
    const verified = this.deps.tokens.verify(token);
    if (!verified.ok) throw new HttpError(401, 'Unauthorized', verified.reason === 'expired' ? 'The access token has expired.' : 'The access token is not valid.');
    const claims = verified.claims;
    if (claims.tid !== this.deps.tenant().tenantId) throw new HttpError(401, 'Unauthorized', 'The access token was issued for another tenant.');
    if (claims.aud !== EXCHANGE_AUDIENCE && claims.aud !== EXCHANGE_RESOURCE_APP_ID) {
      throw new HttpError(401, 'Unauthorized', `The access token's audience '${claims.aud}' is not Exchange Online; request a token for ${EXCHANGE_AUDIENCE}/.default.`);
    }
    if (claims.idtyp === 'user') return claims.oid;
    if (!(claims.roles ?? []).includes(EXCHANGE_APP_ROLE)) {
      throw new HttpError(403, 'Forbidden', `The application has no ${EXCHANGE_APP_ROLE} permission on Office 365 Exchange Online.`);
    }
    return claims.appid;
  }

  private throttle(): void {
    if (this.forced.remaining > 0) {
      this.forced.remaining -= 1;
      throw throttled(this.forced.retryAfterSeconds);
    }
    const taken = this.deps.limiter.take();
    if (!taken.ok) throw throttled(taken.retryAfterSeconds);
  }

  private page(req: ExchangeHttpRequest, output: unknown[], warnings: string[]): Record<string, unknown> {
    const size = pageSize(req.headers.prefer);
    const skip = Number(req.query.get('$skiptoken') ?? '0') || 0;
    const select = req.query.get('$select')?.split(',').map((s) => s.trim()).filter(Boolean);
    const slice = output.slice(skip, skip + size).map((o) => (select ? project(o, select) : o));
    const base = `${this.deps.origin()}/${req.segments.join('/')}`;
    const body: Record<string, unknown> = {
      '@odata.context': `${this.deps.origin()}/adminapi/beta/${req.segments[2]}/$metadata#Collection(Exchange.GenericHashTable)`,
      value: slice,
    };
    if (skip + size < output.length) {
      const next = new URLSearchParams(req.query);
      next.set('$skiptoken', String(skip + size));
      body['@odata.nextLink'] = `${base}?${next.toString()}`;
    }
    if (warnings.length > 0) body['@adminapi.warnings'] = warnings;
    return body;
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function throttled(retryAfterSeconds: number): HttpError {
  return new HttpError(
    429,
    'TooManyRequests',
    `Request is throttled. Suggested backoff time: ${retryAfterSeconds * 1000} milliseconds.`,
    { 'retry-after': String(retryAfterSeconds) },
  );
}

function parseBody(raw: string): { name: string; parameters: unknown } {
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : undefined;
  } catch {
    throw new HttpError(400, 'BadRequest', 'The request body is not valid JSON.');
  }
  const input = (body as { CmdletInput?: { CmdletName?: unknown; Parameters?: unknown } } | undefined)?.CmdletInput;
  if (!input || typeof input.CmdletName !== 'string' || !input.CmdletName.trim()) {
    throw new HttpError(400, 'BadRequest', 'The request body must be {"CmdletInput":{"CmdletName":"<cmdlet>","Parameters":{…}}}.');
  }
  return { name: input.CmdletName.trim(), parameters: input.Parameters };
}

function pageSize(prefer: string | undefined): number {
  const m = /odata\.maxpagesize=(\d+)/i.exec(prefer ?? '');
  const n = m ? Number(m[1]) : DEFAULT_PAGE_SIZE;
  return Math.max(1, Math.min(n, DEFAULT_PAGE_SIZE));
}

function project(o: unknown, select: string[]): unknown {
  if (!o || typeof o !== 'object') return o;
  const record = o as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of select) {
    const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) out[key] = record[key];
  }
  return out;
}

function renderError(error: unknown, requestId: string): ExchangeHttpResponse {
  if (error instanceof HttpError) {
    return { status: error.status, headers: { ...error.headers }, body: { error: { code: error.code, message: error.message } } };
  }
  if (error instanceof CmdletError) {
    const detail = `${error.errorId}|${error.exceptionType}|${error.message}`;
    return {
      status: error.status,
      headers: {},
      body: {
        error: {
          code: error.status === 404 ? 'NotFound' : 'BadRequest',
          message: 'Error executing cmdlet',
          details: [{ code: 'Context', target: '', message: detail }],
          innererror: {
            message: 'Error executing cmdlet',
            type: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
            stacktrace: '',
            internalexception: {
              message: detail,
              type: 'Microsoft.Exchange.Management.PSDirectInvoke.DirectInvokeCmdletExecutionException',
              stacktrace: '',
            },
          },
        },
      },
    };
  }
  return {
    status: 500,
    headers: {},
    body: { error: { code: 'InternalServerError', message: `The sandbox failed to run the cmdlet (request ${requestId}): ${error instanceof Error ? error.message : String(error)}` } },
  };
}

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, /password/i.test(k) && v !== null && v !== undefined ? '***' : redact(v)]));
  }
  return value;
}
