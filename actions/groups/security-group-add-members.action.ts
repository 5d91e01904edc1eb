import { z } from 'zod';
import { refHelp } from '../input-refs';
import { defineAction } from '../define-action';
import { assertActive, assertFamily, familyMisfit, assertNotSynced, groupNames, previewMembership, runMembership, upnList } from './group-action.helpers';
import { membershipUndo } from '../undo.helpers';

/** Security-group membership is how access is granted; members are users inside the operator's scope. */
export const securityGroupAddMembersAction = defineAction({
  id: 'security-group.add-members',
  title: 'Add members to security groups',
  category: 'Security groups',
  description: 'Add one or more users to a security group, e.g. to give them access to a resource.',
  phrases: [
    'add bob@contoso.com to the security group "SG-Printers"',
    'put a user in a security group',
    'add members to security groups',
    'give jane@contoso.com membership of a security group',
    'add users to the security group',
  ],
  paramRules: [{ name: 'members', capture: /\b(?:add|put|give)\s+(.+?)\s+(?:to|into|in|membership)\b/i, as: 'emails' }],
  // Security groups have no address: the group is asked for on the "Which group?" card, not read from text.
  textTargets: { kinds: ['email'], after: ['to', 'into', 'in', 'of'], strict: true },
  target: 'group',
  input: z.object({
    members: z.array(z.string().email()).min(1).describe(refHelp('user', 'User principal names, one per line')),
  }),
  undo: membershipUndo('add', 'security-group.remove-members'),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input, groups) => `Add ${upnList(input.members).join(', ')} to ${groupNames(groups)}.`,
  describeInput: (input) => [{ label: 'Members to add', value: upnList(input.members).join(', ') }],
  fits: (group) => familyMisfit(group, 'security'),
  async preview(ctx, group, input) {
    assertFamily(group, 'security');
    assertActive(group);
    assertNotSynced(group);
    return previewMembership(ctx, group, input.members, 'members', 'add');
  },
  run: (ctx, group, input) => runMembership(ctx, group, input.members, 'members', 'add'),
});
