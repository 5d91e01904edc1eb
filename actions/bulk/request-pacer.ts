import type { GraphRequestSpec } from '../define-action';
import type { GraphGateway } from '../graph-gateway.types';

/**
 * Paces one tenant's bulk traffic. Graph requests are packed into JSON batches (POST /$batch, ≤ 20
 * each); run() calls (Exchange cmdlets, actions without a plan) pass the same gate. The window — how
 * many requests may be out at once — is adaptive (AIMD): halved on a 429 / 503, with every send held
 * until the Retry-After has passed, and grown again while answers come back clean. A throttled request
 * is retried (first in line) up to `maxThrottledRetries` times; other transient failures (5xx, network)
 * up to `maxAttempts`; an item that gives up says why.
 */
export const MAX_BATCH = 20;

export interface PacerOptions {
  graph: GraphGateway;
  /** Requests out at once at the start (default 40: two batches). */
  initialWindow?: number;
  /** Upper bound of the window (default 100: five batches). */
  maxWindow?: number;
  /** Window growth per clean batch (default 4). */
  increase?: number;
  /** Attempts of a request that failed for a non-throttling transient reason (default 3). */
  maxAttempts?: number;
  /** Retries of a throttled request before its item gives up (default 30). */
  maxThrottledRetries?: number;
  /** Longest Retry-After honoured, in seconds (default 30). */
  maxRetryAfterS?: number;
  now?: () => number;
  /** Told about each throttling answer (bench and logs). */
  onThrottled?: (retryAfterMs: number) => void;
}

export interface PacedResponse {
  status: number;
  body?: unknown;
  /** Times the request went out. */
  attempts: number;
  /** Set when the request was given up (throttled or failing too often) or dropped (cancelled). */
  gaveUp?: string;
  cancelled?: boolean;
}

interface Entry {
  kind: 'graph' | 'run';
  request?: GraphRequestSpec;
  task?: () => Promise<unknown>;
  attempts: number;
  throttled: number;
  failures: number;
  cancelled?: () => boolean;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const TRANSIENT = new Set([500, 502, 504]);
const THROTTLED = new Set([429, 503]);

export class RequestPacer {
  private window: number;
  private inFlight = 0;
  private holdUntil = 0;
  private timer: NodeJS.Timeout | undefined;
  private scheduled = false;
  private lastDecrease = -Infinity;
  private readonly queue: Entry[] = [];
  /** Figures for logs and the bench. */
  readonly stats = { batches: 0, requests: 0, throttled: 0, holds: 0 };

  constructor(private readonly options: PacerOptions) {
    this.window = options.initialWindow ?? 40;
  }

  get currentWindow(): number {
    return this.window;
  }

  /** Sends one Graph request (inside a $batch); resolves with its own sub-response. Never rejects. */
  send(request: GraphRequestSpec, cancelled?: () => boolean): Promise<PacedResponse> {
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'graph', request, attempts: 0, throttled: 0, failures: 0, cancelled, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  /** Runs a call that is not a plain Graph request (run()) under the same window; throttling errors are retried. */
  run<T>(task: () => Promise<T>, cancelled?: () => boolean): Promise<T> {
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'run', task, attempts: 0, throttled: 0, failures: 0, cancelled, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  /** A throttled answer another client saw for this tenant (Exchange's own retries): halve and hold as for ours. */
  slowDown(retryAfterMs: number): void {
    this.throttle(retryAfterMs, this.now());
  }

  /** Requests queued in the same turn of the event loop leave together, in as few batches as possible. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private pump(): void {
    const wait = this.holdUntil - this.now();
    if (wait > 0) {
      if (!this.timer) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, wait);
      }
      return;
    }
    while (this.queue.length > 0 && this.inFlight < this.window && this.holdUntil <= this.now()) {
      const head = this.queue[0];
      if (head.cancelled?.()) {
        this.queue.shift();
        head.resolve(head.kind === 'graph' ? ({ status: 0, attempts: head.attempts, cancelled: true } satisfies PacedResponse) : undefined);
        continue;
      }
      if (head.kind === 'run') {
        this.queue.shift();
        void this.runTask(head);
        continue;
      }
      const room = Math.min(MAX_BATCH, this.window - this.inFlight);
      const batch: Entry[] = [];
      for (let i = 0; i < this.queue.length && batch.length < room; ) {
        const e = this.queue[i];
        if (e.kind !== 'graph') break;
        this.queue.splice(i, 1);
        if (e.cancelled?.()) e.resolve({ status: 0, attempts: e.attempts, cancelled: true } satisfies PacedResponse);
        else batch.push(e);
      }
      if (batch.length > 0) void this.sendBatch(batch);
    }
  }

  private async runTask(entry: Entry): Promise<void> {
    const sentAt = this.now();
    this.inFlight += 1;
    entry.attempts += 1;
    try {
      const value = await entry.task!();
      this.clean(1);
      entry.resolve(value);
    } catch (e) {
      const status = statusOfError(e);
      if (status !== undefined && THROTTLED.has(status) && entry.throttled < (this.options.maxThrottledRetries ?? 30)) {
        entry.throttled += 1;
        this.throttle(Math.min(retryAfterOfError(e), (this.options.maxRetryAfterS ?? 30) * 1000), sentAt);
        this.queue.unshift(entry);
      } else entry.reject(e);
    } finally {
      this.inFlight -= 1;
      this.pump();
    }
  }

  private async sendBatch(batch: Entry[]): Promise<void> {
    const sentAt = this.now();
    this.inFlight += batch.length;
    this.stats.batches += 1;
    this.stats.requests += batch.length;
    batch.forEach((e) => (e.attempts += 1));
    const requests = batch.map((e, i) => ({
      id: String(i + 1),
      method: e.request!.method,
      url: e.request!.url,
      ...(e.request!.body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: e.request!.body }),
    }));
    const retry: Entry[] = [];
    let throttledFor: number | undefined;
    try {
      const answer = await this.options.graph.post<{ responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] }>('/$batch', { requests });
      const byId = new Map((answer?.responses ?? []).map((r) => [String(r.id), r]));
      batch.forEach((e, i) => {
        const r = byId.get(String(i + 1));
        if (!r) return this.failed(e, retry, 'The batch answered without a response for this request.');
        if (THROTTLED.has(r.status)) {
          throttledFor = Math.max(throttledFor ?? 0, retryAfter(r.headers, (this.options.maxRetryAfterS ?? 30) * 1000));
          return this.throttled(e, retry, r.status);
        }
        if (TRANSIENT.has(r.status)) return this.failed(e, retry, `The tenant answered ${r.status}.`, { status: r.status, body: r.body });
        e.resolve({ status: r.status, body: r.body, attempts: e.attempts } satisfies PacedResponse);
      });
    } catch (e) {
      const status = statusOfError(e);
      if (status !== undefined && THROTTLED.has(status)) {
        throttledFor = retryAfterOfError(e);
        batch.forEach((x) => this.throttled(x, retry, status));
      } else {
        const message = e instanceof Error ? e.message : String(e);
        batch.forEach((x) => this.failed(x, retry, `The batch request failed: ${message}`));
      }
    } finally {
      this.inFlight -= batch.length;
    }
    if (throttledFor !== undefined) this.throttle(throttledFor, sentAt);
    else this.clean(batch.length);
    // Retries go first, in their order, so no request starves behind newer ones.
    this.queue.unshift(...retry);
    this.pump();
  }

  private throttled(e: Entry, retry: Entry[], status: number): void {
    e.throttled += 1;
    this.stats.throttled += 1;
    if (e.throttled > (this.options.maxThrottledRetries ?? 30)) {
      e.resolve({ status, attempts: e.attempts, gaveUp: `Gave up after ${e.throttled} throttled attempts (the tenant kept answering ${status}).` } satisfies PacedResponse);
    } else retry.push(e);
  }

  private failed(e: Entry, retry: Entry[], why: string, last?: { status: number; body?: unknown }): void {
    e.failures += 1;
    if (e.failures >= (this.options.maxAttempts ?? 3)) {
      e.resolve({ status: last?.status ?? 0, body: last?.body, attempts: e.attempts, gaveUp: `Gave up after ${e.failures} failed attempts: ${why}` } satisfies PacedResponse);
    } else retry.push(e);
  }

  /**
   * Multiplicative decrease, and every send waits for the Retry-After. One throttling episode halves the
   * window once: batches that were already out when it began come back throttled too, and say nothing new.
   */
  private throttle(retryAfterMs: number, sentAt: number): void {
    if (sentAt >= this.lastDecrease) {
      this.window = Math.max(1, Math.floor(this.window / 2));
      this.lastDecrease = this.now();
    }
    const until = this.now() + retryAfterMs;
    if (until > this.holdUntil) {
      this.holdUntil = until;
      this.stats.holds += 1;
    }
    this.options.onThrottled?.(retryAfterMs);
  }

  /** Additive increase while answers are clean. */
  private clean(count: number): void {
    const step = (this.options.increase ?? 4) * Math.max(1, Math.round(count / MAX_BATCH));
    this.window = Math.min(this.options.maxWindow ?? 100, this.window + step);
  }
}

function retryAfter(headers: Record<string, string> | undefined, capMs = 30_000): number {
  const value = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  const seconds = value === undefined ? NaN : Number(value);
  return Math.min(Math.max(Number.isFinite(seconds) ? seconds * 1000 : 1000, 0), capMs);
}

function statusOfError(e: unknown): number | undefined {
  const status = (e as { status?: unknown; statusCode?: unknown } | null)?.status ?? (e as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function retryAfterOfError(e: unknown): number {
  const headers = (e as { headers?: unknown } | null)?.headers;
  const fromHeaders = headers && typeof headers === 'object' ? retryAfter(headers as Record<string, string>) : undefined;
  return fromHeaders ?? 1000;
}
