import { z } from 'zod';
import { defineAction } from '../define-action';
import { StewardError } from '../errors';
import { assertFamily, familyMisfit, groupNames } from './group-action.helpers';

/** Brings a soft-deleted Microsoft 365 group back from the recycle bin (within 30 days of its deletion). */
export const m365GroupRestoreAction = defineAction({
  id: 'm365-group.restore',
  title: 'Restore Microsoft 365 deleted groups',
  category: 'Microsoft 365 groups',
  description: 'Restore a deleted Microsoft 365 group from the recycle bin, with its mailbox, site and team.',
  phrases: [
    'restore the deleted Microsoft 365 group phoenix@contoso.com',
    'undelete an M365 group',
    'recover an Office 365 group that was deleted',
    'bring back a removed Microsoft 365 group',
  ],
  textTargets: { kinds: ['email', 'name'] },
  target: 'group',
  input: z.object({}),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (_input, groups) => `Restore ${groupNames(groups)} from the recycle bin.`,
  fits: (group) => familyMisfit(group, 'm365'),
  async preview(_ctx, group) {
    assertFamily(group, 'm365');
    if (!group.deletedDateTime) {
      throw new StewardError('VALIDATION_FAILED', `${group.displayName} is not deleted: there is nothing to restore. Nothing was changed.`, {
        hint: 'Name a group from the recycle bin.',
      });
    }
    return { changes: [{ label: 'Group', before: `Deleted (${group.deletedDateTime.slice(0, 10)})`, after: 'Active' }] };
  },
  async run(ctx, group) {
    await ctx.directory.graph.post(`/directory/deletedItems/${group.id}/restore`, {});
    return { outcome: 'succeeded', message: `Restored ${group.displayName}.`, changes: [{ label: 'Group', before: 'Deleted', after: 'Active' }] };
  },
});
