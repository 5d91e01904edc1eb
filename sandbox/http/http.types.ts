/**
 * Shapes shared by the sandbox's HTTP pieces: who is calling, what a Graph handler receives and
 * returns, and what the request log records.
 */

/** Who a bearer token speaks for. */
export type Principal =
  | { kind: 'app'; appId: string; tenantId: string }
  | { kind: 'user'; userId: string; appId: string; tenantId: string }
  /** The static admin token from SandboxOptions (curl, tests). */
  | { kind: 'admin' };

export type GraphVersion = 'v1.0' | 'beta';

export interface GraphRequest {
  method: string;
  version: GraphVersion;
  /** Path below the version, decoded per segment, e.g. ['users', 'jane@contoso.com']. */
  segments: string[];
  /** Route parameters by name (ids as sent). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  body: unknown;
  principal: Principal;
  /** The sandbox's own origin, e.g. https://127.0.0.1:3979, for @odata.context and nextLink. */
  baseUrl: string;
  requestId: string;
}

export interface GraphResult {
  status: number;
  body?: unknown;
  /** Plain-text body (e.g. /users/$count). */
  text?: string;
  headers?: Record<string, string>;
}

export type GraphHandler = (req: GraphRequest) => GraphResult | Promise<GraphResult>;

/** One Graph request as the sandbox saw it. */
export interface SandboxRequest {
  time: string;
  method: string;
  /** Path without query, as sent, e.g. /v1.0/users/jane@contoso.com. */
  path: string;
  query: string;
  /** The path with ids replaced by {id}, e.g. /v1.0/users/{id}/authentication/phoneMethods/{id}. */
  pathTemplate: string;
  status: number;
  requestId: string;
  clientRequestId: string;
  /** Principal kind and id (app id, user id or 'admin'). */
  caller: string;
  body?: unknown;
  /** Set on sub-requests of a $batch: the batch's request id. */
  batchRequestId?: string;
  /** Exchange admin API calls: the cmdlet run (InvokeCommand's CmdletInput.CmdletName). */
  cmdlet?: string;
  durationMs: number;
}
