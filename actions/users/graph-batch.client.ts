import type { GraphGateway } from '../graph-gateway.types';

/**
 * Coalesces the single-user requests an action's run() makes for each target of one confirmed plan into
 * Graph JSON batches (POST /$batch, at most 20 requests each). Each caller gets its own sub-response, so a
 * failed request fails only its own target and never hides the others.
 */
export const MAX_BATCH_REQUESTS = 20;
const MAX_RETRIES = 3;
const MAX_RETRY_AFTER_S = 30;

export interface BatchResponse {
  status: number;
  body?: unknown;
}

interface Queued {
  method: string;
  url: string;
  body?: unknown;
  /** Times this request was throttled (429) inside a batch and sent again. */
  retries: number;
  resolve(response: BatchResponse): void;
  reject(error: unknown): void;
}

export class GraphBatcher {
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(private readonly graph: GraphGateway, private readonly delayMs = 5) {}

  /** Queues one request; it goes out with whatever else is queued within a few milliseconds. */
  send(method: string, url: string, body?: unknown): Promise<BatchResponse> {
    return new Promise<BatchResponse>((resolve, reject) => {
      this.enqueue({ method, url, body, retries: 0, resolve, reject }, this.delayMs);
    });
  }

  private enqueue(item: Queued, delayMs: number): void {
    this.queue.push(item);
    if (this.queue.length >= MAX_BATCH_REQUESTS) void this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setTimeout(() => void this.flush(), delayMs);
    }
  }

  /** A sub-request throttled inside the batch (429) goes out again after its Retry-After, a few times. */
  private settle(q: Queued, r: { status: number; headers?: Record<string, string>; body?: unknown }): void {
    if (r.status === 429 && q.retries < MAX_RETRIES) {
      const header = Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
      const asked = header === undefined ? NaN : Number(header);
      const seconds = Math.min(Math.max(Number.isFinite(asked) ? asked : 1, 0), MAX_RETRY_AFTER_S);
      setTimeout(() => this.enqueue({ ...q, retries: q.retries + 1 }, 0), seconds * 1000);
      return;
    }
    q.resolve({ status: r.status, body: r.body });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const chunk = this.queue.splice(0, MAX_BATCH_REQUESTS);
      const requests = chunk.map((q, i) => ({
        id: String(i + 1),
        method: q.method,
        url: q.url,
        ...(q.body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: q.body }),
      }));
      try {
        const answer = await this.graph.post<{ responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] }>('/$batch', { requests });
        const byId = new Map((answer?.responses ?? []).map((r) => [String(r.id), r]));
        chunk.forEach((q, i) => {
          const r = byId.get(String(i + 1));
          if (r) this.settle(q, r);
          else q.reject(new Error('The batch answered without a response for this request.'));
        });
      } catch (e) {
        chunk.forEach((q) => q.reject(e));
      }
    }
  }
}

/** Graph's error message in a failed sub-response body, or a plain fallback. */
export function batchErrorMessage(response: BatchResponse): string {
  const error = (response.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (error?.message) return error.code ? `${error.message} (${error.code})` : error.message;
  return `The tenant answered ${response.status}.`;
}
