import type { SandboxRequest } from './http.types';

/**
 * The sandbox's memory of Graph traffic, so tests and benchmarks can assert which calls the bot made.
 * It is a live array (take `log.length` as a mark, later `log.slice(mark)`), with helpers. Bounded:
 * past `capacity` entries the oldest are dropped, which shifts earlier marks.
 */
export class RequestLog extends Array<SandboxRequest> {
  /** map/filter/slice return plain arrays, not logs. */
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  private capacity = 50_000;

  /** Use `RequestLog.create()`; the Array constructor signature is kept for the runtime's sake. */
  static create(capacity = 50_000): RequestLog {
    const log = new RequestLog();
    log.capacity = capacity;
    return log;
  }

  add(entry: SandboxRequest): void {
    this.push(entry);
    if (this.length > this.capacity) this.splice(0, this.length - this.capacity);
  }

  /** A snapshot copy, oldest first. */
  all(): SandboxRequest[] {
    return [...this];
  }

  /** Entries whose template (e.g. "/v1.0/users/{id}") and optionally method match. */
  byTemplate(pathTemplate: string, method?: string): SandboxRequest[] {
    return this.filter((e) => e.pathTemplate === pathTemplate && (!method || e.method === method.toUpperCase()));
  }

  clear(): void {
    this.length = 0;
  }

  get size(): number {
    return this.length;
  }
}
