import { z } from 'zod';
import { defineAction } from '../define-action';
import { refHelp } from '../input-refs';
import { assertMailEnabled, dgNames, listLine, planMembers, upnList } from './distribution-group.helpers';

const input = z.object({
  members: z.array(z.string().trim().email()).min(1).describe(refHelp('user', 'Users to add (user principal names, one per line); they need a mailbox.')),
});

/**
 * Adds users to a distribution group or mail-enabled security group through Exchange
 * (Add-DistributionGroupMember, one call per member; Graph cannot write these groups). Members are
 * users in the operator's scope with a mailbox. Undo removes exactly the users that were added.
 */
export const distributionGroupAddMembersAction = defineAction({
  id: 'distribution-group.add-members',
  title: 'Add members to distribution groups',
  category: 'Distribution groups',
  description: 'Add users to a distribution group or a mail-enabled security group.',
  phrases: [
    'add jane@contoso.com to the distribution group nw-sales@contoso.com',
    'put a colleague on the distribution list',
    'add members to a distribution group',
    'subscribe adele@contoso.com to the DL announcements@contoso.com',
    'add users to the mail-enabled security group',
    'join a user to a distribution list',
    'the distribution group needs new members added',
    'include lee.g@contoso.com in the sales mailing list',
    'put {user} on the list {group}',
    'add {user} to the {group} list',
    'sign a colleague up for the DL',
    '{user} should be a member of the distribution list {group}',
    'add {user} to DL {group}',
    'pls add jane@contoso.com to nw-sales@contoso.com distribution list',
    'could you please add {user} and {user} to the {group} DL',
    '{user} needs to be added to the {group} distribution list',
    'can {user} be added to the nw-sales@contoso.com list?',
    'new starter {user} should receive the emails sent to the distribution group {group}',
    'Add-DistributionGroupMember {group} -Member {user}',
    'add new members to the DL nw-sales@contoso.com',
    '{user} joined the sales team, add her to the {group} DL',
    'make {user} a member of the DL {group}',
    'enroll {user} in the mailing list {group}',
    'add these people to the distribution list {group}: {user}, {user}',
    'onboarding {user}: add to the nw-sales@contoso.com DL',
    'add {user} to the mail-enabled security group {group}',
    'please put {user} in the {group} DL so she gets the team emails',
    'DL membership: add {user} to {group}',
    '{user} should receive the {group} emails too, add him to the DL',
  ],
  paramRules: [{ name: 'members', capture: /\b(?:add|put|subscribe|join)\s+(.+?)\s+(?:to|on|into|in)\b/i, as: 'emails' }],
  textTargets: { kinds: ['email', 'name'], after: ['to', 'into', 'in', 'on'] },
  target: 'distributionGroup',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, groups) => `Add ${upnList(i.members).join(', ')} to ${dgNames(groups)}.`,
  describeInput: (i) => [{ label: 'Members to add', value: upnList(i.members).join(', ') }],
  async preview(ctx, group, i) {
    const { current, change, unchanged } = await planMembers(ctx, group, i.members, 'add');
    await assertMailEnabled(ctx, change);
    const warnings = unchanged.length > 0 ? [`${unchanged.map((u) => u.displayName).join(', ')} already ${unchanged.length === 1 ? 'is a member' : 'are members'}: left as is.`] : [];
    if (change.length === 0) return { changes: [], warnings, noop: 'Nothing to change: all of them are already members.' };
    return { changes: [listLine('Members', current.map((m) => m.displayName), change.map((u) => u.displayName), [])], warnings };
  },
  async run(ctx, group, i) {
    const { current, change } = await planMembers(ctx, group, i.members, 'add');
    if (change.length === 0) return { outcome: 'skipped', message: `Nothing to change in ${group.displayName}.` };
    const done: string[] = [];
    const failed: string[] = [];
    for (const u of change) {
      try {
        await ctx.directory.exchange.invoke('Add-DistributionGroupMember', { Identity: group.id, Member: u.userPrincipalName, BypassSecurityGroupManagerCheck: true });
        done.push(u.displayName);
      } catch (e) {
        // Someone added them meanwhile: the wanted state is reached.
        if ((e as { code?: unknown }).code === 'MemberAlreadyExistsException') continue;
        failed.push(`${u.userPrincipalName}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return {
      outcome: failed.length === 0 ? 'succeeded' : 'failed',
      message: [done.length > 0 ? `Added ${done.join(', ')} to ${group.displayName}.` : '', failed.length > 0 ? `Failed: ${failed.join('; ')}` : ''].filter(Boolean).join(' '),
      changes: [listLine('Members', current.map((m) => m.displayName), done, [])],
      audit: { added: change.filter((u) => done.includes(u.displayName)).map((u) => u.id), failed },
    };
  },
  undo: {
    async capture(ctx, group, i) {
      const { change } = await planMembers(ctx, group, i.members, 'add');
      return { members: change.map((u) => u.userPrincipalName) };
    },
    restore(captured) {
      const members = (captured as { members: string[] }).members;
      return members.length > 0 ? { actionId: 'distribution-group.remove-members', params: { members } } : null;
    },
  },
});
