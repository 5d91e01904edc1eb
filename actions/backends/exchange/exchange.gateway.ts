import { randomUUID } from 'node:crypto';
import type { TokenCredential } from '@azure/identity';
import type { Dispatcher } from 'undici';
import type { ExchangeCallOptions, ExchangeGateway, ExchangeObject, ExchangeResult } from '../../exchange-gateway.types';
import { BackendError } from '../graph/graph-error';
import { createTrustingDispatcher } from '../graph/trusting-dispatcher.factory';

/**
 * ExchangeGateway over the Exchange Online admin REST API. The same code serves
 * outlook.office365.com and the sandbox; only the base URL (and the sandbox's CA) differ.
 */

export interface RestExchangeGatewayOptions {
  /** https://outlook.office365.com, or the sandbox URL. */
  baseUrl: string;
  /** Tenant id or initial domain (the URL's {tenant} segment). */
  tenantId: string;
  credential: TokenCredential;
  /** Token scope; Exchange Online's resource whatever the base URL. */
  scope?: string;
  caPem?: string;
  dispatcher?: Dispatcher;
  /** Attempts after a 429/503 before giving up (default 6). */
  maxRetries?: number;
  /** Longest wait between attempts when the service names none (ms, default 30 s). */
  maxBackoffMs?: number;
  pageSize?: number;
  sleep?(ms: number): Promise<void>;
  /** Told about every throttled answer, so a bulk run can slow down for everyone (issue #6). */
  onThrottled?(waitMs: number): void;
}

export const EXCHANGE_SCOPE = 'https://outlook.office365.com/.default';
/** The system mailbox app-only sessions anchor on (what the module sends when no user is signed in). */
const APP_ANCHOR = 'APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';
const DEFAULT_MAX = 5_000;

interface InvokeResponse {
  value?: unknown[];
  '@odata.nextLink'?: string;
  '@adminapi.warnings'?: string[];
}

export class RestExchangeGateway implements ExchangeGateway {
  private readonly url: string;
  private readonly dispatcher?: Dispatcher;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: RestExchangeGatewayOptions) {
    const base = new URL(options.baseUrl);
    if (base.protocol !== 'https:') throw new Error(`Exchange base URL must be https: ${options.baseUrl}`);
    this.url = `${base.origin}/adminapi/beta/${encodeURIComponent(options.tenantId)}/InvokeCommand`;
    this.dispatcher = options.dispatcher ?? (options.caPem ? createTrustingDispatcher(options.caPem) : undefined);
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async invoke<T = ExchangeObject>(cmdlet: string, parameters: Record<string, unknown> = {}, options: ExchangeCallOptions = {}): Promise<T[]> {
    return (await this.invokeWithWarnings<T>(cmdlet, parameters, options)).value;
  }

  async invokeWithWarnings<T = ExchangeObject>(
    cmdlet: string,
    parameters: Record<string, unknown> = {},
    options: ExchangeCallOptions = {},
  ): Promise<ExchangeResult<T>> {
    const max = options.max ?? DEFAULT_MAX;
    const body = JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } });
    let url: string | undefined = options.select?.length ? `${this.url}?$select=${options.select.join(',')}` : this.url;
    const value: T[] = [];
    const warnings: string[] = [];
    while (url && value.length < max) {
      const page: InvokeResponse = await this.post(cmdlet, url, body, options.anchorMailbox);
      value.push(...((page.value ?? []) as T[]));
      warnings.push(...(page['@adminapi.warnings'] ?? []));
      url = page['@odata.nextLink'];
    }
    return { value: value.slice(0, max), warnings };
  }

  private async post(cmdlet: string, url: string, body: string, anchor?: string): Promise<InvokeResponse> {
    const maxRetries = this.options.maxRetries ?? 6;
    for (let attempt = 0; ; attempt++) {
      let token: string;
      try {
        const got = await this.options.credential.getToken(this.options.scope ?? EXCHANGE_SCOPE);
        if (!got) throw new Error('no token');
        token = got.token;
      } catch (e) {
        throw new BackendError(`${cmdlet}: could not sign in to Exchange Online (${e instanceof Error ? e.message : String(e)})`, {
          code: 'CredentialFailed',
          status: 0,
          cause: e,
        });
      }
      const clientRequestId = randomUUID();
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            accept: 'application/json',
            prefer: `odata.maxpagesize=${this.options.pageSize ?? 1000}`,
            'x-cmdletname': cmdlet,
            'x-responseformat': 'json',
            'x-clientapplication': 'Steward',
            'x-anchormailbox': anchor ? `UPN:${anchor}` : `${APP_ANCHOR}@${this.options.tenantId}`,
            'client-request-id': clientRequestId,
          },
          body,
          ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}),
        } as RequestInit);
      } catch (e) {
        throw new BackendError(`${cmdlet}: Exchange Online could not be reached (${e instanceof Error ? e.message : String(e)})`, {
          code: 'NetworkError',
          status: 0,
          cause: e,
        });
      }
      const text = await response.text();
      const json = parseJson(text);
      if (response.ok) return (json ?? {}) as InvokeResponse;
      const requestId = response.headers.get('request-id') ?? clientRequestId;
      if ((response.status === 429 || response.status === 503) && attempt < maxRetries) {
        const wait = retryDelay(response.headers.get('retry-after'), attempt, this.options.maxBackoffMs ?? 30_000);
        this.options.onThrottled?.(wait);
        await this.sleep(wait);
        continue;
      }
      throw toExchangeError(cmdlet, response.status, json, text, requestId, attempt);
    }
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function retryDelay(header: string | null, attempt: number, cap: number): number {
  const seconds = header === null ? NaN : Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(cap, Math.ceil(seconds * 1000));
  return Math.min(cap, 1000 * 2 ** attempt);
}

/**
 * Exchange's error text sits at error.details[].message ("<id>|<exception type>|<message>"), else at
 * error.innererror.internalexception.message, else at error.message.
 */
export function toExchangeError(cmdlet: string, status: number, json: unknown, text: string, requestId: string, attempts = 0): BackendError {
  const error = (json as { error?: Record<string, unknown> } | undefined)?.error;
  const details = Array.isArray(error?.details) ? (error.details as { message?: unknown }[]) : [];
  const inner = (error?.innererror ?? error?.innerError) as { internalexception?: { message?: unknown }; internalException?: { message?: unknown } } | undefined;
  const raw =
    details.map((d) => d.message).find((m): m is string => typeof m === 'string') ??
    [inner?.internalexception?.message, inner?.internalException?.message].find((m): m is string => typeof m === 'string') ??
    (typeof error?.message === 'string' ? error.message : text.slice(0, 300) || `HTTP ${status}`);
  const parts = raw.split('|');
  const [exceptionType, message] = parts.length >= 3 ? [parts[1], parts.slice(2).join('|')] : ['', raw];
  const code = exceptionType ? exceptionType.slice(exceptionType.lastIndexOf('.') + 1) : typeof error?.code === 'string' ? error.code : `Http${status}`;
  if (status === 429 || status === 503) {
    return new BackendError(
      `${cmdlet}: Exchange Online kept answering "too many requests" after ${attempts + 1} attempts; nothing more was sent. Try again in a few minutes.`,
      { code: 'TooManyRequests', status, requestId },
    );
  }
  return new BackendError(`${cmdlet}: ${plainMessage(message)}`, { code, status, requestId });
}

/** Exchange names the server that failed to find an object; operators need not read that. */
function plainMessage(message: string): string {
  return message.replace(/ on '[A-Z0-9]+\.[A-Za-z0-9.]+\.(prod\.)?outlook\.com'/i, '').trim();
}
