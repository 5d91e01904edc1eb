import { z } from 'zod';
import { refHelp } from '../input-refs';
import { defineAction } from '../define-action';
import { assertActive, assertFamily, familyMisfit, groupNames, previewMembership, runMembership, upnList } from './group-action.helpers';
import { membershipUndo } from '../undo.helpers';

/** Adds users to Microsoft 365 groups as members, or as owners ("as owner"). */
export const m365GroupAddMembersAction = defineAction({
  id: 'm365-group.add-members',
  title: 'Add members to Microsoft 365 groups',
  category: 'Microsoft 365 groups',
  description: 'Add one or more users to one or more Microsoft 365 groups, as members or as owners.',
  phrases: [
    'add bob@contoso.com to the Microsoft 365 group retail@contoso.com',
    'put jane@contoso.com into the M365 group',
    'add members to Office 365 groups',
    'make jane@contoso.com a member of the Microsoft 365 group retail@contoso.com',
    'add jane@contoso.com to the group retail@contoso.com',
  ],
  paramRules: [
    { name: 'asOwner', when: [{ pattern: /\bas (?:an? )?(?:co-?)?owners?\b/i, value: true }] },
    { name: 'members', capture: /\b(?:add|put|make)\s+(.+?)\s+(?:to|into|in|a member)\b/i, as: 'emails' },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['to', 'into', 'in', 'of'], strict: true },
  target: 'group',
  input: z.object({
    members: z.array(z.string().email()).min(1).describe(refHelp('user', 'User principal names, one per line')),
    asOwner: z.boolean().default(false).describe('Add them as owners instead of members'),
  }),
  undo: membershipUndo('add', 'm365-group.remove-members'),
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (input, groups) => `Add ${upnList(input.members).join(', ')} to ${groupNames(groups)} as ${input.asOwner ? 'owners' : 'members'}.`,
  describeInput: (input) => [
    { label: input.asOwner ? 'Owners to add' : 'Members to add', value: upnList(input.members).join(', ') },
  ],
  fits: (group) => familyMisfit(group, 'm365'),
  async preview(ctx, group, input) {
    assertFamily(group, 'm365');
    assertActive(group);
    return previewMembership(ctx, group, input.members, input.asOwner ? 'owners' : 'members', 'add');
  },
  run: (ctx, group, input) => runMembership(ctx, group, input.members, input.asOwner ? 'owners' : 'members', 'add'),
});
