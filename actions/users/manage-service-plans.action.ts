import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { names } from './reset-mfa.action';
import { resolvePlan, resolveSku, skuName, subscribedSkus, type SubscribedSku } from './sku.resolver';

const SKU = /\b((?:Microsoft 365|Office 365|M365|O365|EMS|SPE)?\s?[EFAGP]\d\b|Business (?:Basic|Standard|Premium)|Power BI Pro)(?:\s+licen[cs]e|\s*[.!?]?\s*$)/i;
const PLAN_WORD = '(?:the\\s+)?(?!all\\b|an?\\b|individual\\b|apps?\\b|service\\b)([A-Za-z][\\w-]*)';

const input = z.object({
  sku: z.string().min(1).describe('The licence whose plans change ("Office 365 E3", "E3", "ENTERPRISEPACK").'),
  enablePlans: z.array(z.string()).default([]).describe('Service plans to turn on (names such as "YAMMER_ENTERPRISE", or ids).'),
  disablePlans: z.array(z.string()).default([]).describe('Service plans to turn off.'),
  allPlans: z.enum(['enableAll', 'disableAll']).optional().describe('Turn every plan of the licence on or off.'),
});
type Input = z.infer<typeof input>;

interface PlansPlan {
  sku: SubscribedSku;
  before: string[];
  after: string[];
}

/** assignLicense replaces the whole disabled list of a SKU, so the full resulting list is computed here. */
async function planFor(ctx: ActionContext, user: DirectoryUser, input: Input): Promise<PlansPlan> {
  const sku = resolveSku(input.sku, await subscribedSkus(ctx));
  const enable = input.enablePlans.map((p) => resolvePlan(p, sku).servicePlanId.toLowerCase());
  const disable = input.disablePlans.map((p) => resolvePlan(p, sku).servicePlanId.toLowerCase());
  const details = await ctx.directory.graph.get<{ value: { skuId: string; servicePlans: { servicePlanId: string; provisioningStatus: string }[] }[] }>(
    `/users/${encodeURIComponent(user.id)}/licenseDetails`,
  );
  const licence = details.value.find((d) => d.skuId.toLowerCase() === sku.skuId);
  if (!licence) {
    throw new StewardError('VALIDATION_FAILED', `${user.displayName} has no ${skuName(sku)} licence.`, {
      hint: 'Assign the licence first ("assign E3 to …"), or pick a licence the user has.',
      details: { sku: input.sku },
    });
  }
  const before = licence.servicePlans.filter((p) => p.provisioningStatus === 'Disabled').map((p) => p.servicePlanId.toLowerCase());
  let result = new Set(before);
  if (input.allPlans === 'enableAll') result = new Set();
  if (input.allPlans === 'disableAll') result = new Set(sku.servicePlans.map((p) => p.servicePlanId.toLowerCase()));
  for (const id of enable) result.delete(id);
  for (const id of disable) result.add(id);
  const order = sku.servicePlans.map((p) => p.servicePlanId.toLowerCase());
  return { sku, before, after: order.filter((id) => result.has(id)) };
}

function planNames(ids: readonly string[], sku: SubscribedSku): string {
  if (ids.length === 0) return 'None';
  return ids.map((id) => sku.servicePlans.find((p) => p.servicePlanId.toLowerCase() === id)?.servicePlanName ?? id).join(', ');
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export const manageServicePlansAction = defineAction({
  id: 'user.manage-service-plans',
  title: 'Manage service plans',
  category: 'Users',
  description: 'Turn individual apps (service plans) of a licence on or off for a user, keeping the licence itself.',
  phrases: [
    'disable the Yammer service plan for jane@contoso.com',
    'enable the Exchange plan inside the license of jane@contoso.com',
    'turn off individual apps inside a license',
    'manage service plans',
    'switch off Forms within the E3 license of jane@contoso.com',
    "disable an app in jane@contoso.com's license",
    'enable all service plans of the SKU for jane@contoso.com',
    "disable Teams in jane@contoso.com's E3",
    'enable the Teams service plan for jane@contoso.com',
  ],
  paramRules: [
    {
      name: 'allPlans',
      when: [
        { pattern: /\b(?:disable|turn off|switch off|remove)\b[^.;]*\ball\b/i, value: 'disableAll' },
        { pattern: /\b(?:enable|turn on|switch on)\b[^.;]*\ball\b/i, value: 'enableAll' },
      ],
    },
    { name: 'sku', capture: SKU },
    // naming a plan to switch inside a licence is what this action does (a licence action never names plans)
    { name: 'disablePlans', capture: new RegExp(`\\b(?:disable|turn off|switch off)\\s+${PLAN_WORD}`, 'i'), as: 'list', evidence: true },
    { name: 'enablePlans', capture: new RegExp(`\\b(?:enable|turn on|switch on)\\s+${PLAN_WORD}`, 'i'), as: 'list', evidence: true },
  ],
  target: 'user',
  input,
  // Undo: the licence's disabled plans exactly as they were (every plan on, then the old ones off again).
  undo: {
    capture: async () => ({}),
    restore(_captured, _input, outcome) {
      const audit = outcome.audit as { skuId?: string; disabledPlans?: { before: string[] } } | undefined;
      if (!audit?.skuId || !audit.disabledPlans) return null;
      return { actionId: 'user.manage-service-plans', params: { sku: audit.skuId, enablePlans: [], disablePlans: audit.disabledPlans.before, allPlans: 'enableAll' } };
    },
  },
  check(input): Record<string, string> {
    return input.enablePlans.length + input.disablePlans.length === 0 && !input.allPlans
      ? { disablePlans: 'Name at least one plan to enable or disable, or choose all plans.' }
      : {};
  },
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) => `Change the service plans of ${input.sku} for ${names(targets)}.`,
  describeInput: (input) => [
    { label: 'Licence', value: input.sku },
    ...(input.allPlans ? [{ label: 'All plans', value: input.allPlans === 'enableAll' ? 'Enable' : 'Disable' }] : []),
    ...(input.enablePlans.length > 0 ? [{ label: 'Enable', value: input.enablePlans.join(', ') }] : []),
    ...(input.disablePlans.length > 0 ? [{ label: 'Disable', value: input.disablePlans.join(', ') }] : []),
  ],
  async preview(ctx, user, input) {
    const plan = await planFor(ctx, user, input);
    if (same(plan.before, plan.after)) return { changes: [], noop: 'The plans are already as asked.' };
    return { changes: [{ label: `Disabled plans (${skuName(plan.sku)})`, before: planNames(plan.before, plan.sku), after: planNames(plan.after, plan.sku) }] };
  },
  async run(ctx, user, input) {
    const plan = await planFor(ctx, user, input);
    if (same(plan.before, plan.after)) return { outcome: 'skipped', message: 'The plans were already as asked.' };
    await ctx.directory.graph.post(`/users/${encodeURIComponent(user.id)}/assignLicense`, {
      addLicenses: [{ skuId: plan.sku.skuId, disabledPlans: plan.after }],
      removeLicenses: [],
    });
    return {
      outcome: 'succeeded',
      message: `Service plans of ${skuName(plan.sku)} updated.`,
      changes: [{ label: `Disabled plans (${skuName(plan.sku)})`, before: planNames(plan.before, plan.sku), after: planNames(plan.after, plan.sku) }],
      audit: { skuId: plan.sku.skuId, disabledPlans: { before: plan.before, after: plan.after } },
    };
  },
});
