import type { ActionContext } from '../define-action';
import { StewardError } from '../errors';

/**
 * Licences as operators name them ("E5", "Microsoft 365 E5", "SPE_E5" or a skuId), resolved against the
 * tenant's own /subscribedSkus so an action only ever sends skuIds the tenant really has. Graph has no
 * marketing names, hence the small table of well-known part numbers.
 */

export interface ServicePlanInfo {
  servicePlanId: string;
  servicePlanName: string;
}

export interface SubscribedSku {
  skuId: string;
  skuPartNumber: string;
  consumedUnits: number;
  prepaidUnits: { enabled: number };
  servicePlans: ServicePlanInfo[];
}

export interface AssignedLicense {
  skuId: string;
  disabledPlans: string[];
}

const WELL_KNOWN: Record<string, { name: string; aliases: string[] }> = {
  ENTERPRISEPACK: { name: 'Office 365 E3', aliases: ['E3', 'O365 E3'] },
  ENTERPRISEPREMIUM: { name: 'Office 365 E5', aliases: ['O365 E5'] },
  STANDARDPACK: { name: 'Office 365 E1', aliases: ['E1', 'O365 E1'] },
  SPE_E3: { name: 'Microsoft 365 E3', aliases: ['M365 E3'] },
  SPE_E5: { name: 'Microsoft 365 E5', aliases: ['E5', 'M365 E5'] },
  SPE_F1: { name: 'Microsoft 365 F3', aliases: ['F3', 'M365 F3'] },
  EMS: { name: 'Enterprise Mobility + Security E3', aliases: ['EMS', 'EMS E3'] },
  EMSPREMIUM: { name: 'Enterprise Mobility + Security E5', aliases: ['EMS E5'] },
  POWER_BI_PRO: { name: 'Power BI Pro', aliases: ['Power BI'] },
  O365_BUSINESS_ESSENTIALS: { name: 'Microsoft 365 Business Basic', aliases: ['Business Basic'] },
  O365_BUSINESS_PREMIUM: { name: 'Microsoft 365 Business Standard', aliases: ['Business Standard'] },
  SPB: { name: 'Microsoft 365 Business Premium', aliases: ['Business Premium'] },
  VISIOCLIENT: { name: 'Visio Plan 2', aliases: ['Visio'] },
  PROJECTPREMIUM: { name: 'Project Plan 5', aliases: ['Project'] },
};

const norm = (s: string) => s.toLowerCase().replace(/\blicen[cs]es?\b/g, '').replace(/[\s_-]+/g, ' ').trim();

export function skuName(sku: Pick<SubscribedSku, 'skuPartNumber'> | undefined, skuId?: string): string {
  if (!sku) return skuId ?? 'Unknown licence';
  return WELL_KNOWN[sku.skuPartNumber]?.name ?? sku.skuPartNumber;
}

/** "Office 365 E3 + Microsoft 365 E5", or "None". */
export function licenceList(skuIds: readonly string[], skus: readonly SubscribedSku[]): string {
  if (skuIds.length === 0) return 'None';
  return skuIds.map((id) => skuName(skus.find((s) => s.skuId === id.toLowerCase()), id)).join(' + ');
}

export async function subscribedSkus(ctx: ActionContext): Promise<SubscribedSku[]> {
  const skus = await ctx.directory.graph.list<SubscribedSku>('/subscribedSkus');
  return skus.map((s) => ({ ...s, skuId: s.skuId.toLowerCase() }));
}

export function freeUnits(sku: SubscribedSku): number {
  return (sku.prepaidUnits?.enabled ?? 0) - (sku.consumedUnits ?? 0);
}

function available(skus: readonly SubscribedSku[]): string {
  return skus.map((s) => `${skuName(s)} (${s.skuPartNumber})`).join(', ');
}

/** One name → one subscribed SKU, or a VALIDATION_FAILED naming what the tenant has. */
export function resolveSku(name: string, skus: readonly SubscribedSku[]): SubscribedSku {
  const key = norm(name);
  const exact = skus.filter(
    (s) => s.skuId === name.trim().toLowerCase() || norm(s.skuPartNumber) === key || norm(skuName(s)) === key,
  );
  const byAlias = exact.length > 0 ? exact : skus.filter((s) => (WELL_KNOWN[s.skuPartNumber]?.aliases ?? []).some((a) => norm(a) === key));
  const matches = byAlias.length > 0 ? byAlias : skus.filter((s) => key.length >= 3 && norm(skuName(s)).includes(key));
  if (matches.length === 1) return matches[0];
  const why = matches.length === 0 ? `No subscribed licence matches "${name}".` : `"${name}" matches several licences.`;
  throw new StewardError('VALIDATION_FAILED', `${why} Available: ${available(skus)}.`, {
    hint: 'Name the licence by its product name or part number, e.g. "Microsoft 365 E5" or "SPE_E5".',
    details: { sku: name },
  });
}

/** One service plan of a SKU by its name or id (case-insensitive; "yammer" finds YAMMER_ENTERPRISE). */
export function resolvePlan(name: string, sku: SubscribedSku): ServicePlanInfo {
  const key = norm(name);
  const exact = sku.servicePlans.filter((p) => p.servicePlanId.toLowerCase() === key || norm(p.servicePlanName) === key);
  const matches = exact.length > 0 ? exact : sku.servicePlans.filter((p) => norm(p.servicePlanName).includes(key));
  if (matches.length === 1) return matches[0];
  throw new StewardError(
    'VALIDATION_FAILED',
    `${matches.length === 0 ? `${skuName(sku)} has no service plan "${name}".` : `"${name}" matches several plans of ${skuName(sku)}.`} Plans: ${sku.servicePlans.map((p) => p.servicePlanName).join(', ')}.`,
    { hint: 'Name the plan as listed, e.g. "YAMMER_ENTERPRISE".', details: { plan: name } },
  );
}

export interface LicenceState {
  usageLocation: string | null;
  assignedLicenses: AssignedLicense[];
  /** skuIds inherited from a group: cannot be removed per user. */
  inherited: Set<string>;
}

export async function licenceState(ctx: ActionContext, userId: string): Promise<LicenceState> {
  const user = await ctx.directory.graph.get<{
    usageLocation?: string | null;
    assignedLicenses?: AssignedLicense[];
    licenseAssignmentStates?: { skuId: string; assignedByGroup?: string | null }[];
  }>(`/users/${encodeURIComponent(userId)}?$select=usageLocation,assignedLicenses,licenseAssignmentStates`);
  const inherited = new Set(
    (user.licenseAssignmentStates ?? [])
      .filter((s) => s.assignedByGroup)
      .map((s) => s.skuId.toLowerCase()),
  );
  return {
    usageLocation: user.usageLocation ?? null,
    assignedLicenses: (user.assignedLicenses ?? []).map((l) => ({ skuId: l.skuId.toLowerCase(), disabledPlans: (l.disabledPlans ?? []).map((p) => p.toLowerCase()) })),
    inherited,
  };
}
