import { z } from 'zod';
import { defineAction } from '../define-action';
import { assertActive, assertFamily, familyMisfit, groupNames, previewMembership, runMembership, upnList } from './group-action.helpers';
import { membershipUndo } from '../undo.helpers';

/** Takes users out of a Microsoft 365 group (its mailbox, site and team go with the membership). */
export const m365GroupRemoveMembersAction = defineAction({
  id: 'm365-group.remove-members',
  title: 'Remove members from Microsoft 365 group',
  category: 'Microsoft 365 groups',
  description: 'Remove one or more users from a Microsoft 365 group.',
  phrases: [
    'remove bob@contoso.com from the Microsoft 365 group retail@contoso.com',
    'take jane@contoso.com out of the M365 group',
    'delete members from an Office 365 group',
    'remove a member from a Microsoft 365 group',
    'remove jane@contoso.com from the group retail@contoso.com',
  ],
  paramRules: [{ name: 'members', capture: /\b(?:remove|take|delete)\s+(.+?)\s+(?:from|out of)\b/i, as: 'emails' }],
  textTargets: { kinds: ['email', 'name'], after: ['from', 'of'], strict: true },
  target: 'group',
  input: z.object({
    members: z.array(z.string().email()).min(1).describe('User principal names, one per line'),
  }),
  undo: membershipUndo('remove', 'm365-group.add-members'),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input, groups) => `Remove ${upnList(input.members).join(', ')} from ${groupNames(groups)}.`,
  describeInput: (input) => [{ label: 'Members to remove', value: upnList(input.members).join(', ') }],
  fits: (group) => familyMisfit(group, 'm365'),
  async preview(ctx, group, input) {
    assertFamily(group, 'm365');
    assertActive(group);
    return previewMembership(ctx, group, input.members, 'members', 'remove');
  },
  run: (ctx, group, input) => runMembership(ctx, group, input.members, 'members', 'remove'),
});
