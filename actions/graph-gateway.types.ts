/**
 * Plain Microsoft Graph requests for actions whose calls the catalog spells out (PATCH /users/{id},
 * POST /groups/{id}/members/$ref, …). Declaring the call in the action keeps it next to its preview and
 * lets a test compare the request log with the catalog; the gateway adds auth, retries, paging and
 * typed errors (BackendError with Graph's code and status).
 */
export interface GraphCallOptions {
  /** Defaults to v1.0. */
  version?: 'v1.0' | 'beta';
  headers?: Record<string, string>;
}

export interface GraphGateway {
  get<T = unknown>(path: string, options?: GraphCallOptions): Promise<T>;
  /** GET a collection and follow @odata.nextLink up to `max` items (default 5,000). */
  list<T = unknown>(path: string, options?: GraphCallOptions & { max?: number }): Promise<T[]>;
  post<T = unknown>(path: string, body?: unknown, options?: GraphCallOptions): Promise<T>;
  patch<T = unknown>(path: string, body: unknown, options?: GraphCallOptions): Promise<T>;
  put<T = unknown>(path: string, body: unknown, options?: GraphCallOptions): Promise<T>;
  delete(path: string, options?: GraphCallOptions): Promise<void>;
}
