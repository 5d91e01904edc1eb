import type { SandboxTenant } from '../tenant/sandbox-tenant.model';

/**
 * What every Graph route module shares: the live tenant (replaced on reset, so handlers read it at
 * call time) and the clock (injectable so tests can pin time).
 */
export interface SandboxContext {
  tenant: SandboxTenant;
  now(): Date;
}
