import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphCallOptions, GraphGateway } from '../../graph-gateway.types';
import { toBackendError } from './graph-error';

const DEFAULT_MAX_ITEMS = 5_000;

/** GraphGateway over the Graph client: its middleware already handles auth and 429/503 retries. */
export class ClientGraphGateway implements GraphGateway {
  constructor(private readonly client: Client) {}

  private request(path: string, options: GraphCallOptions = {}) {
    let req = this.client.api(path).version(options.version ?? 'v1.0');
    for (const [name, value] of Object.entries(options.headers ?? {})) req = req.header(name, value);
    return req;
  }

  private async call<T>(what: string, path: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toBackendError(error, `${what} ${path}`);
    }
  }

  get<T>(path: string, options?: GraphCallOptions): Promise<T> {
    return this.call('GET', path, () => this.request(path, options).get());
  }

  async list<T>(path: string, options: GraphCallOptions & { max?: number } = {}): Promise<T[]> {
    const max = options.max ?? DEFAULT_MAX_ITEMS;
    const items: T[] = [];
    let page = await this.get<{ value: T[]; '@odata.nextLink'?: string }>(path, options);
    for (;;) {
      items.push(...page.value);
      const next = page['@odata.nextLink'];
      if (!next || items.length >= max) break;
      page = await this.call('GET', next, () => this.client.api(next).get());
    }
    return items.slice(0, max);
  }

  post<T>(path: string, body?: unknown, options?: GraphCallOptions): Promise<T> {
    return this.call('POST', path, () => this.request(path, options).post(body ?? {}));
  }

  patch<T>(path: string, body: unknown, options?: GraphCallOptions): Promise<T> {
    return this.call('PATCH', path, () => this.request(path, options).patch(body));
  }

  put<T>(path: string, body: unknown, options?: GraphCallOptions): Promise<T> {
    return this.call('PUT', path, () => this.request(path, options).put(body));
  }

  async delete(path: string, options?: GraphCallOptions): Promise<void> {
    await this.call('DELETE', path, () => this.request(path, options).delete());
  }
}
