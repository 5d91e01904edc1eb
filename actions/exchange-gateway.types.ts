/**
 * Exchange Online management, the way the ExchangeOnlineManagement module does it over REST: a cmdlet
 * name plus parameters (POST /adminapi/beta/{tenant}/InvokeCommand). Actions declare the cmdlets
 * they run, next to their preview; the gateway adds the token, paging, throttling retries and
 * typed errors (BackendError whose `code` is Exchange's exception name, e.g.
 * ManagementObjectNotFoundException, and whose message is Exchange's own sentence).
 */
export type ExchangeObject = Record<string, unknown>;

export interface ExchangeCallOptions {
  /** Only these output properties ($select). */
  select?: readonly string[];
  /** Stop paging after this many objects (default 5,000). */
  max?: number;
  /** Routing hint (X-AnchorMailbox), e.g. the target mailbox's UPN. */
  anchorMailbox?: string;
}

export interface ExchangeResult<T> {
  value: T[];
  /** What Exchange would have written with Write-Warning (e.g. "no changes were made"). */
  warnings: string[];
}

export interface ExchangeGateway {
  /** Runs one cmdlet and answers its output objects (all pages, up to `max`). */
  invoke<T = ExchangeObject>(cmdlet: string, parameters?: Record<string, unknown>, options?: ExchangeCallOptions): Promise<T[]>;
  /** Same, with the warnings Exchange returned. */
  invokeWithWarnings<T = ExchangeObject>(cmdlet: string, parameters?: Record<string, unknown>, options?: ExchangeCallOptions): Promise<ExchangeResult<T>>;
}

/** A multi-valued edit (Add / Remove) as the admin API expects it. */
export function addRemove(changes: { add?: readonly string[]; remove?: readonly string[] }): Record<string, unknown> {
  return {
    '@odata.type': '#Exchange.GenericHashTable',
    ...(changes.add && changes.add.length > 0 ? { Add: [...changes.add] } : {}),
    ...(changes.remove && changes.remove.length > 0 ? { Remove: [...changes.remove] } : {}),
  };
}
