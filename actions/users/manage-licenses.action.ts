import { z } from 'zod';
import { refHelp } from '../input-refs';
import { defineAction, type ActionContext } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { names } from './reset-mfa.action';
import { assertLicencePoolRoom } from './licence-pool.check';
import {
  freeUnits,
  licenceList,
  licenceState,
  resolveSku,
  skuName,
  subscribedSkus,
  type LicenceState,
  type SubscribedSku,
} from './sku.resolver';

const SKU = /\b((?:Microsoft 365|Office 365|M365|O365|EMS|SPE)?\s?[EFAGP]\d\b|Business (?:Basic|Standard|Premium)|Visio(?: Plan \d)?|Project(?: Plan \d)?|Power BI Pro|Copilot)/i;

const input = z.object({
  addSkus: z.array(z.string()).default([]).describe(refHelp('sku', 'Licences to assign: product names or part numbers ("Microsoft 365 E5", "E5", "SPE_E5").')),
  removeSkus: z.array(z.string()).default([]).describe(refHelp('sku', 'Licences to unassign.')),
  usageLocation: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'Two letters (ISO 3166-1), e.g. US')
    .optional()
    .describe('Usage location (two letters, e.g. US): needed once for users who have none.'),
});
type Input = z.infer<typeof input>;

interface LicencePlan {
  state: LicenceState;
  skus: SubscribedSku[];
  add: SubscribedSku[];
  remove: SubscribedSku[];
  warnings: string[];
  setUsageLocation?: string;
}

/**
 * Works out what assignLicense must send for one user, refusing before any write when the user needs a
 * usage location nobody gave or a licence has no free units (Graph would refuse it half-way otherwise).
 */
async function planFor(ctx: ActionContext, user: DirectoryUser, input: Input): Promise<LicencePlan> {
  const skus = await subscribedSkus(ctx);
  const wantAdd = input.addSkus.map((n) => resolveSku(n, skus));
  const wantRemove = input.removeSkus.map((n) => resolveSku(n, skus));
  const state = await licenceState(ctx, user.id);
  const held = new Set(state.assignedLicenses.map((l) => l.skuId));
  const warnings: string[] = [];
  const add = wantAdd.filter((s) => {
    if (held.has(s.skuId)) warnings.push(`${skuName(s)} is already assigned.`);
    return !held.has(s.skuId);
  });
  const remove = wantRemove.filter((s) => {
    if (!held.has(s.skuId)) {
      warnings.push(`${skuName(s)} is not assigned, nothing to remove.`);
      return false;
    }
    if (state.inherited.has(s.skuId)) {
      warnings.push(`${skuName(s)} comes from a group: remove the user from that group instead.`);
      return false;
    }
    return true;
  });
  for (const s of add) {
    if (freeUnits(s) < 1) {
      throw new StewardError('VALIDATION_FAILED', `No free ${skuName(s)} licences: all ${s.prepaidUnits.enabled} are in use.`, {
        hint: 'Free a licence (or buy more) and try again.',
        details: { sku: s.skuPartNumber },
      });
    }
    await assertLicencePoolRoom(ctx, user, s);
  }
  let setUsageLocation: string | undefined;
  if (add.length > 0 && !state.usageLocation) {
    if (!input.usageLocation) {
      throw new StewardError('VALIDATION_FAILED', `${user.displayName} has no usage location, which licences need.`, {
        hint: 'Add "Usage location" (two letters, e.g. "with usage location US") and try again.',
        details: { usageLocation: 'required' },
      });
    }
    setUsageLocation = input.usageLocation.toUpperCase();
  }
  return { state, skus, add, remove, warnings, setUsageLocation };
}

function resulting(plan: LicencePlan): string[] {
  const removed = new Set(plan.remove.map((s) => s.skuId));
  return [...plan.state.assignedLicenses.map((l) => l.skuId).filter((id) => !removed.has(id)), ...plan.add.map((s) => s.skuId)];
}

export const manageLicensesAction = defineAction({
  id: 'user.manage-licenses',
  title: 'Manage licenses',
  category: 'Users',
  description: 'Assign or unassign licences (checking free units first and setting a usage location when the user has none).',
  phrases: [
    'assign an E3 license to jane@contoso.com',
    'give jane@contoso.com a Microsoft 365 license',
    'unassign the Visio license from jane@contoso.com',
    'change the licenses of jane@contoso.com',
    'license a new employee',
    'add a license for jane@contoso.com',
    "swap jane@contoso.com's license from E3 to E5",
    'which licenses does this user have, update them',
    'remove a license from jane@contoso.com',
  ],
  paramRules: [
    { name: 'addSkus', capture: new RegExp(`\\b(?:assign|add|give|grant|apply|allocate)\\b[^.;@]*?${SKU.source}`, 'i'), as: 'list' },
    { name: 'removeSkus', capture: new RegExp(`\\b(?:remove|unassign|revoke|take|drop|strip)\\b[^.;@]*?${SKU.source}`, 'i'), as: 'list' },
    { name: 'usageLocation', capture: /\busage location\s+(?:to\s+)?([A-Z]{2})\b/ },
  ],
  target: 'user',
  input,
  check(input): Record<string, string> {
    return input.addSkus.length === 0 && input.removeSkus.length === 0 ? { addSkus: 'Name at least one licence to assign or remove.' } : {};
  },
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) => {
    const parts = [];
    if (input.addSkus.length > 0) parts.push(`assign ${input.addSkus.join(', ')}`);
    if (input.removeSkus.length > 0) parts.push(`remove ${input.removeSkus.join(', ')}`);
    return `For ${names(targets)}: ${parts.join(' and ')}.`;
  },
  describeInput: (input) => [
    ...(input.addSkus.length > 0 ? [{ label: 'Assign', value: input.addSkus.join(', ') }] : []),
    ...(input.removeSkus.length > 0 ? [{ label: 'Remove', value: input.removeSkus.join(', ') }] : []),
    ...(input.usageLocation ? [{ label: 'Usage location', value: input.usageLocation.toUpperCase() }] : []),
  ],
  async preview(ctx, user, input) {
    const plan = await planFor(ctx, user, input);
    if (plan.add.length === 0 && plan.remove.length === 0) return { changes: [], warnings: plan.warnings, noop: 'The licences are already as asked.' };
    const changes = [{ label: 'Licences', before: licenceList(plan.state.assignedLicenses.map((l) => l.skuId), plan.skus), after: licenceList(resulting(plan), plan.skus) }];
    if (plan.setUsageLocation) changes.unshift({ label: 'Usage location', before: 'None', after: plan.setUsageLocation });
    return { changes, warnings: plan.warnings };
  },
  // Undo: the licences the user held, exactly: added ones are removed, removed ones assigned again. Offered
  // only when that is exact: no removed licence had plans turned off, and no usage location was set.
  undo: {
    capture: async (ctx, user) => ({ assignedLicenses: (await licenceState(ctx, user.id)).assignedLicenses }),
    restore(captured, _input, outcome) {
      const before = (captured as { assignedLicenses: { skuId: string; disabledPlans?: string[] }[] }).assignedLicenses;
      const audit = outcome.audit as { added?: string[]; removed?: string[]; usageLocation?: string | null } | undefined;
      if (!audit?.added || !audit.removed || audit.usageLocation) return null;
      const removed = audit.removed;
      const restorable = removed.every((id) => (before.find((l) => l.skuId === id)?.disabledPlans ?? []).length === 0);
      if (!restorable) return null;
      return { actionId: 'user.manage-licenses', params: { addSkus: removed, removeSkus: audit.added } };
    },
  },
  async run(ctx, user, input) {
    const plan = await planFor(ctx, user, input);
    if (plan.add.length === 0 && plan.remove.length === 0) return { outcome: 'skipped', message: 'The licences were already as asked.' };
    const id = encodeURIComponent(user.id);
    if (plan.setUsageLocation) await ctx.directory.graph.patch(`/users/${id}`, { usageLocation: plan.setUsageLocation });
    await ctx.directory.graph.post(`/users/${id}/assignLicense`, {
      addLicenses: plan.add.map((s) => ({ skuId: s.skuId, disabledPlans: [] })),
      removeLicenses: plan.remove.map((s) => s.skuId),
    });
    const before = plan.state.assignedLicenses.map((l) => l.skuId);
    return {
      outcome: 'succeeded',
      message: `Licences updated: ${licenceList(resulting(plan), plan.skus)}.`,
      changes: [{ label: 'Licences', before: licenceList(before, plan.skus), after: licenceList(resulting(plan), plan.skus) }],
      audit: { before, added: plan.add.map((s) => s.skuId), removed: plan.remove.map((s) => s.skuId), usageLocation: plan.setUsageLocation ?? null },
    };
  },
});
