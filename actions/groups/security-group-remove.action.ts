import { z } from 'zod';
import { defineAction } from '../define-action';
import { assertActive, assertFamily, familyMisfit, assertNotSynced, groupNames, listRelation } from './group-action.helpers';

/** Deleting a security group is permanent (only Microsoft 365 groups go to the recycle bin). */
export const securityGroupRemoveAction = defineAction({
  id: 'security-group.remove',
  title: 'Remove security group',
  category: 'Security groups',
  description: 'Delete one or more security groups. Security groups cannot be restored afterwards.',
  phrases: ['delete the security group "SG-Printers"', 'remove a security group', 'get rid of an old security group', 'remove security group'],
  // Security groups have no address: the group is asked for on the "Which group?" card, not read from text.
  textTargets: { kinds: ['email'] },
  target: 'group',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'graph',
  summarize: (_input, groups) => `Delete ${groupNames(groups)} permanently: its members lose the access it grants.`,
  fits: (group) => familyMisfit(group, 'security'),
  async preview(ctx, group) {
    assertFamily(group, 'security');
    assertActive(group);
    assertNotSynced(group);
    const members = await listRelation(ctx, group.id, 'members');
    return {
      changes: [{ label: 'Group', before: `Exists (${members.length} members)`, after: 'Deleted permanently' }],
      warnings: ['Security groups are not kept in the recycle bin: this cannot be undone.'],
    };
  },
  async run(ctx, group) {
    await ctx.directory.graph.delete(`/groups/${group.id}`);
    return { outcome: 'succeeded', message: `Deleted ${group.displayName}.`, changes: [{ label: 'Group', before: 'Exists', after: 'Deleted' }] };
  },
});
