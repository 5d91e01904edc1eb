import { z } from 'zod';
import { defineAction } from '../define-action';
import { assertActive, assertFamily, familyMisfit, assertNotSynced, editChanges, groupNames, needsOneOf } from './group-action.helpers';

const KEYS = ['displayName', 'description'] as const;

/** Renaming or re-describing a security group; synced groups are read-only in the cloud and refused. */
export const securityGroupEditAction = defineAction({
  id: 'security-group.edit',
  title: 'Edit security group',
  category: 'Security groups',
  description: 'Change the display name or description of a security group.',
  phrases: ['edit the security group "SG-Printers"', 'rename a security group', 'change the description of a security group', 'update security group settings'],
  paramRules: [
    { name: 'displayName', capture: /\b(?:rename|call)\b.*?\bto\s+"([^"]+)"/i },
    { name: 'description', capture: /\bdescription\b.*?\bto\s+"([^"]+)"/i },
  ],
  // Security groups have no address: the group is asked for on the "Which group?" card, not read from text.
  textTargets: { kinds: ['email'] },
  target: 'group',
  input: z.object({
    displayName: z.string().trim().min(1).max(256).optional(),
    description: z.string().max(1024).optional(),
  }),
  check: (input) => needsOneOf(input, KEYS),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (_input, groups) => `Edit the security group ${groupNames(groups)}.`,
  fits: (group) => familyMisfit(group, 'security'),
  async preview(_ctx, group, input) {
    assertFamily(group, 'security');
    assertActive(group);
    assertNotSynced(group);
    const { changes } = editChanges(group, input, KEYS);
    return changes.length > 0 ? { changes } : { changes, noop: 'Nothing to change: the group already has these values.' };
  },
  async run(ctx, group, input) {
    const { body, changes } = editChanges(group, input, KEYS);
    if (changes.length === 0) return { outcome: 'skipped', message: 'Nothing to change.' };
    await ctx.directory.graph.patch(`/groups/${group.id}`, body);
    return { outcome: 'succeeded', message: `Updated ${group.displayName}.`, changes, audit: { changed: Object.keys(body) } };
  },
});
