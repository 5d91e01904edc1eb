/**
 * Per-tenant throttling like Graph's identity service: a token bucket refilled continuously at
 * `requestsPerSecond`, holding at most one second's worth. An empty bucket means 429 + Retry-After.
 * The rate can change at run time so tests can provoke a throttling storm and then end it.
 */
export class TokenBucketLimiter {
  private rate: number | null;
  private tokens = 0;
  private last: number;

  constructor(
    requestsPerSecond: number | null,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.rate = null;
    this.last = now();
    this.setRate(requestsPerSecond);
  }

  /** null turns throttling off. */
  setRate(requestsPerSecond: number | null): void {
    if (requestsPerSecond !== null && !(requestsPerSecond > 0)) throw new Error('requestsPerSecond must be > 0 or null');
    this.rate = requestsPerSecond;
    this.tokens = requestsPerSecond === null ? 0 : Math.max(1, requestsPerSecond);
    this.last = this.now();
  }

  get requestsPerSecond(): number | null {
    return this.rate;
  }

  /** Takes one token; when none is left, says how long (whole seconds, at least 1) until there is one. */
  take(): { ok: true } | { ok: false; retryAfterSeconds: number } {
    if (this.rate === null) return { ok: true };
    const now = this.now();
    const capacity = Math.max(1, this.rate);
    this.tokens = Math.min(capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - this.tokens) / this.rate)) };
  }
}
