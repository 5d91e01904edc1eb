import { z } from 'zod';
import { defineAction } from '../define-action';
import { assertActive, assertFamily, familyMisfit, groupNames, listRelation } from './group-action.helpers';

/** A deleted Microsoft 365 group stays restorable for 30 days (m365-group.restore), with its mailbox, site and team. */
export const m365GroupRemoveAction = defineAction({
  id: 'm365-group.remove',
  title: 'Remove Microsoft 365 group',
  category: 'Microsoft 365 groups',
  description: 'Delete one or more Microsoft 365 groups (with their mailbox, site, Planner and team); restorable for 30 days.',
  phrases: ['delete the Microsoft 365 group retail@contoso.com', 'remove the Office 365 group retail@contoso.com', 'get rid of an M365 group', 'remove Microsoft 365 group'],
  textTargets: { kinds: ['email', 'name'] },
  target: 'group',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'graph',
  summarize: (_input, groups) => `Delete ${groupNames(groups)} with its mailbox, SharePoint site, Planner and team. It can be restored for 30 days.`,
  fits: (group) => familyMisfit(group, 'm365'),
  async preview(ctx, group) {
    assertFamily(group, 'm365');
    assertActive(group);
    const members = await listRelation(ctx, group.id, 'members');
    return { changes: [{ label: 'Group', before: `Active (${members.length} members)`, after: 'Deleted (restorable for 30 days)' }] };
  },
  async run(ctx, group) {
    await ctx.directory.graph.delete(`/groups/${group.id}`);
    return {
      outcome: 'succeeded',
      message: `Deleted ${group.displayName}: restorable for 30 days.`,
      changes: [{ label: 'Group', before: 'Active', after: 'Deleted (in the recycle bin)' }],
    };
  },
});
