import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';
import { licenceList, licenceState, subscribedSkus } from './sku.resolver';

/**
 * Frees every directly assigned licence (typical for leavers). Group-inherited licences cannot be removed
 * per user, so they stay and the preview says so.
 */
export const removeAllLicensesAction = defineAction({
  id: 'user.remove-all-licenses',
  title: 'Remove all licenses',
  category: 'Users',
  description: 'Unassign every directly assigned licence of a user (licences inherited from groups stay).',
  phrases: [
    'remove all licenses from jane@contoso.com',
    'unassign every license of jane@contoso.com',
    'strip jane@contoso.com of all licences',
    'take all licenses away from a leaver',
    'free up all licenses of jane@contoso.com',
    'remove all licenses',
  ],
  target: 'user',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'graph',
  summarize: (_input, targets) => `Remove every directly assigned licence of ${names(targets)}.`,
  async preview(ctx, user) {
    const [skus, state] = await Promise.all([subscribedSkus(ctx), licenceState(ctx, user.id)]);
    const all = state.assignedLicenses.map((l) => l.skuId);
    const direct = all.filter((id) => !state.inherited.has(id));
    if (direct.length === 0) return { changes: [], noop: 'No directly assigned licences.' };
    const kept = all.filter((id) => state.inherited.has(id));
    const warnings = [
      'Removing Exchange or SharePoint licences starts deprovisioning: mailbox and site data are deleted after the grace period.',
      ...(kept.length > 0 ? [`Inherited from a group, these stay: ${licenceList(kept, skus)}.`] : []),
    ];
    return { changes: [{ label: 'Licences', before: licenceList(all, skus), after: licenceList(kept, skus) }], warnings };
  },
  async run(ctx, user) {
    const [skus, state] = await Promise.all([subscribedSkus(ctx), licenceState(ctx, user.id)]);
    const all = state.assignedLicenses.map((l) => l.skuId);
    const direct = all.filter((id) => !state.inherited.has(id));
    if (direct.length === 0) return { outcome: 'skipped', message: 'No directly assigned licences.' };
    await ctx.directory.graph.post(`/users/${encodeURIComponent(user.id)}/assignLicense`, { addLicenses: [], removeLicenses: direct });
    const kept = all.filter((id) => state.inherited.has(id));
    return {
      outcome: 'succeeded',
      message: `Removed ${direct.length} licence${direct.length === 1 ? '' : 's'}.`,
      changes: [{ label: 'Licences', before: licenceList(all, skus), after: licenceList(kept, skus) }],
      audit: { removed: state.assignedLicenses.filter((l) => direct.includes(l.skuId)) },
    };
  },
});
