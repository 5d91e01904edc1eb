import { z } from 'zod';
import { defineAction } from '../define-action';
import { assertActive, assertFamily, familyMisfit, assertNotSynced, groupNames, previewMembership, runMembership, upnList } from './group-action.helpers';
import { membershipUndo } from '../undo.helpers';

/** Taking users out of a security group withdraws the access it grants. */
export const securityGroupRemoveMembersAction = defineAction({
  id: 'security-group.remove-members',
  title: 'Remove members from security group',
  category: 'Security groups',
  description: 'Remove one or more users from a security group, e.g. to withdraw the access it grants.',
  phrases: [
    'remove bob@contoso.com from the security group "SG-Printers"',
    'take a member out of a security group',
    'delete members of a security group',
    'remove users from the security group',
  ],
  paramRules: [{ name: 'members', capture: /\b(?:remove|take|delete)\s+(.+?)\s+(?:from|out of)\b/i, as: 'emails' }],
  // Security groups have no address: the group is asked for on the "Which group?" card, not read from text.
  textTargets: { kinds: ['email'], after: ['from', 'of'], strict: true },
  target: 'group',
  input: z.object({
    members: z.array(z.string().email()).min(1).describe('User principal names, one per line'),
  }),
  undo: membershipUndo('remove', 'security-group.add-members'),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input, groups) => `Remove ${upnList(input.members).join(', ')} from ${groupNames(groups)}.`,
  describeInput: (input) => [{ label: 'Members to remove', value: upnList(input.members).join(', ') }],
  fits: (group) => familyMisfit(group, 'security'),
  async preview(ctx, group, input) {
    assertFamily(group, 'security');
    assertActive(group);
    assertNotSynced(group);
    return previewMembership(ctx, group, input.members, 'members', 'remove');
  },
  run: (ctx, group, input) => runMembership(ctx, group, input.members, 'members', 'remove'),
});
