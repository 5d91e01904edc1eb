import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import type { ExchangeOrg } from '../exchange/exchange-org.model';

/**
 * What every Graph route module shares: the live tenant (replaced on reset, so handlers read it at
 * call time) and the clock (injectable so tests can pin time).
 */
export interface SandboxContext {
  tenant: SandboxTenant;
  /** The Exchange organisation over the same tenant (mailbox settings routes read and write it). */
  exchange: ExchangeOrg;
  now(): Date;
}
