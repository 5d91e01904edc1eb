import type { ClientSecretCredentialOptions } from '@azure/identity';
import { fetch, type Dispatcher } from 'undici';

/**
 * An @azure/identity HTTP client that sends token requests through a given undici dispatcher, so a
 * credential can trust the sandbox's development CA for itself alone. The types come from
 * @azure/identity's own options, so no transitive package is imported.
 */

type HttpClient = NonNullable<ClientSecretCredentialOptions['httpClient']>;
type PipelineRequest = Parameters<HttpClient['sendRequest']>[0];
type PipelineResponse = Awaited<ReturnType<HttpClient['sendRequest']>>;
type HttpHeaders = PipelineResponse['headers'];
type RawHttpHeaders = ReturnType<HttpHeaders['toJSON']>;

export function createUndiciHttpClient(dispatcher: Dispatcher): HttpClient {
  return {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      if (request.abortSignal?.aborted) controller.abort();
      request.abortSignal?.addEventListener('abort', onAbort);
      const timer = request.timeout > 0 ? setTimeout(() => controller.abort(new Error('timeout')), request.timeout) : undefined;
      try {
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers.toJSON({ preserveCase: true }),
          body: requestBody(request.body),
          dispatcher,
          signal: controller.signal,
        });
        const headers = new SimpleHttpHeaders();
        response.headers.forEach((value, name) => headers.set(name, value));
        return { request, status: response.status, headers, bodyAsText: await response.text() };
      } finally {
        if (timer) clearTimeout(timer);
        request.abortSignal?.removeEventListener('abort', onAbort);
      }
    },
  };
}

function requestBody(body: PipelineRequest['body']): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new Error('The sandbox HTTP client sends string and byte bodies only.');
}

/** A minimal HttpHeaders (case-insensitive, remembers the original casing). */
class SimpleHttpHeaders implements HttpHeaders {
  private readonly map = new Map<string, { name: string; value: string }>();

  get(name: string): string | undefined {
    return this.map.get(name.toLowerCase())?.value;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  set(name: string, value: string | number | boolean): void {
    this.map.set(name.toLowerCase(), { name, value: String(value) });
  }

  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }

  toJSON(options?: { preserveCase?: boolean }): RawHttpHeaders {
    const out: RawHttpHeaders = {};
    for (const [key, { name, value }] of this.map) out[options?.preserveCase ? name : key] = value;
    return out;
  }

  *[Symbol.iterator](): Iterator<[string, string]> {
    for (const [key, { value }] of this.map) yield [key, value];
  }
}
