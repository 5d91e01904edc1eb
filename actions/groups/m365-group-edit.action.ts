import { z } from 'zod';
import { defineAction } from '../define-action';
import { assertActive, assertFamily, familyMisfit, editChanges, groupNames, needsOneOf } from './group-action.helpers';

const KEYS = ['displayName', 'description', 'visibility'] as const;

/** Renaming, re-describing or changing who can see a Microsoft 365 group (Private / Public). */
export const m365GroupEditAction = defineAction({
  id: 'm365-group.edit',
  title: 'Edit Microsoft 365 group',
  category: 'Microsoft 365 groups',
  description: 'Change the display name, description or privacy (Private / Public) of a Microsoft 365 group.',
  phrases: [
    'edit the Microsoft 365 group retail@contoso.com',
    'change the description of the M365 group',
    'make the Office 365 group retail@contoso.com private',
    'update Microsoft 365 group settings',
    'rename the M365 group retail@contoso.com',
  ],
  paramRules: [
    { name: 'visibility', when: [{ pattern: /\bprivate\b/i, value: 'Private' }, { pattern: /\bpublic\b/i, value: 'Public' }] },
    { name: 'displayName', capture: /\b(?:rename|call)\b.*?\bto\s+"([^"]+)"/i },
    { name: 'description', capture: /\bdescription\b.*?\bto\s+"([^"]+)"/i },
  ],
  textTargets: { kinds: ['email', 'name'] },
  target: 'group',
  input: z.object({
    displayName: z.string().trim().min(1).max(256).optional(),
    description: z.string().max(1024).optional(),
    visibility: z.enum(['Private', 'Public']).optional(),
  }),
  check: (input) => needsOneOf(input, KEYS),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (_input, groups) => `Edit the Microsoft 365 group ${groupNames(groups)}.`,
  fits: (group) => familyMisfit(group, 'm365'),
  async preview(_ctx, group, input) {
    assertFamily(group, 'm365');
    assertActive(group);
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
