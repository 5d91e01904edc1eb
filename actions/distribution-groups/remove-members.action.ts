import { z } from 'zod';
import { defineAction } from '../define-action';
import { refHelp } from '../input-refs';
import { dgNames, listLine, planMembers, upnList } from './distribution-group.helpers';

const input = z.object({
  members: z.array(z.string().trim().email()).min(1).describe(refHelp('user', 'Users to remove (user principal names, one per line).')),
});

/**
 * Takes users out of a distribution group or mail-enabled security group through Exchange
 * (Remove-DistributionGroupMember, one call per member). Undo adds exactly those users back.
 */
export const distributionGroupRemoveMembersAction = defineAction({
  id: 'distribution-group.remove-members',
  title: 'Remove members from distribution group',
  category: 'Distribution groups',
  description: 'Remove one or more users from a distribution group or a mail-enabled security group.',
  phrases: [
    'remove jane@contoso.com from the distribution group nw-sales@contoso.com',
    'take a user off the distribution list',
    'remove members from a distribution list',
    'unsubscribe isaiah@contoso.com from the DL announcements@contoso.com',
    'drop people from the mail-enabled security group',
    'remove megan@contoso.com from the team@contoso.com distribution list',
    'take diego@contoso.com off the distribution list',
    'kick someone out of the distribution list',
    'get {user} and {user} out of the DL {group}',
    'take {user} off the {group} list',
    'remove {user} from DL {group}',
    'pls take jane@contoso.com off nw-sales@contoso.com distribution list',
    'could you remove {user} and {user} from the {group} DL',
    '{user} left the sales team, remove her from the {group} distribution list',
    '{user} should no longer be a member of the DL {group}',
    "{user} shouldn't be in the {group} distribution group anymore",
    '{user} no longer needs the mail sent to the {group} distribution group',
    'Remove-DistributionGroupMember {group} -Member {user}',
    'drop {user} from the mailing list {group}',
    'unsubscribe {user} from the {group} list',
    'remove members from the DL nw-sales@contoso.com',
    'can you pull {user} out of the {group} distribution group?',
    'offboarding {user}: remove from the nw-sales@contoso.com DL',
    '{user} keeps getting the {group} DL emails, take him off the list',
    'remove {user} from the mail-enabled security group {group}',
    'unsub {user} from the {group} DL',
    'remove {user} as a member of the {group} DL',
    "{user} doesn't want the {group} DL emails anymore, take her off",
  ],
  paramRules: [{ name: 'members', capture: /\b(?:remove|take|unsubscribe|drop|delete|kick|get)\s+(.+?)\s+(?:from|off|out of)\b/i, as: 'emails' }],
  textTargets: { kinds: ['email', 'name'], after: ['from', 'of'] },
  target: 'distributionGroup',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, groups) => `Remove ${upnList(i.members).join(', ')} from ${dgNames(groups)}.`,
  describeInput: (i) => [{ label: 'Members to remove', value: upnList(i.members).join(', ') }],
  async preview(ctx, group, i) {
    const { current, change, unchanged } = await planMembers(ctx, group, i.members, 'remove');
    const warnings = unchanged.length > 0 ? [`${unchanged.map((u) => u.displayName).join(', ')} ${unchanged.length === 1 ? 'is not a member' : 'are not members'}: left as is.`] : [];
    if (change.length === 0) return { changes: [], warnings, noop: 'Nothing to change: none of them is a member.' };
    return { changes: [listLine('Members', current.map((m) => m.displayName), [], change.map((u) => u.displayName))], warnings };
  },
  async run(ctx, group, i) {
    const { current, change } = await planMembers(ctx, group, i.members, 'remove');
    if (change.length === 0) return { outcome: 'skipped', message: `Nothing to change in ${group.displayName}.` };
    const done: string[] = [];
    const failed: string[] = [];
    for (const u of change) {
      try {
        await ctx.directory.exchange.invoke('Remove-DistributionGroupMember', { Identity: group.id, Member: u.userPrincipalName, BypassSecurityGroupManagerCheck: true, Confirm: false });
        done.push(u.displayName);
      } catch (e) {
        if ((e as { code?: unknown }).code === 'MemberNotFoundException') continue;
        failed.push(`${u.userPrincipalName}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return {
      outcome: failed.length === 0 ? 'succeeded' : 'failed',
      message: [done.length > 0 ? `Removed ${done.join(', ')} from ${group.displayName}.` : '', failed.length > 0 ? `Failed: ${failed.join('; ')}` : ''].filter(Boolean).join(' '),
      changes: [listLine('Members', current.map((m) => m.displayName), [], done)],
      audit: { removed: change.filter((u) => done.includes(u.displayName)).map((u) => u.id), failed },
    };
  },
  undo: {
    async capture(ctx, group, i) {
      const { change } = await planMembers(ctx, group, i.members, 'remove');
      return { members: change.map((u) => u.userPrincipalName) };
    },
    restore(captured) {
      const members = (captured as { members: string[] }).members;
      return members.length > 0 ? { actionId: 'distribution-group.add-members', params: { members } } : null;
    },
  },
});
