/**
 * The logging surface the action layer needs; pino satisfies it. Kept as an interface so the action
 * layer never imports a logger implementation.
 */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}
