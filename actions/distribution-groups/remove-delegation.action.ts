import { z } from 'zod';
import { defineAction } from '../define-action';
import { refHelp } from '../input-refs';
import { applyRights, describeRights, dgNames, needsTrustee, planRights, rightsLines, rightsWarnings, upnList } from './distribution-group.helpers';

const input = z.object({
  sendAs: z.array(z.string().trim().email()).default([]).describe(refHelp('user', 'Users who lose Send As (user principal names, one per line).')),
  sendOnBehalf: z.array(z.string().trim().email()).default([]).describe(refHelp('user', 'Users who lose Send on behalf (one per line).')),
});

/**
 * Removes Send As (Remove-RecipientPermission) and/or Send on behalf (Set-DistributionGroup
 * -GrantSendOnBehalfTo @{Remove=…}) from users on a group. One list per right (see
 * grant-send-permissions): the confirm card shows who holds which right before and after, and Undo
 * grants back exactly the rights this run removed.
 */
export const distributionGroupRemoveDelegationAction = defineAction({
  id: 'distribution-group.remove-delegation',
  title: 'Remove distribution group delegation',
  category: 'Distribution groups',
  description: 'Take Send As or Send on behalf rights on a distribution group or mail-enabled security group away from users.',
  phrases: [
    'remove the send as right of megan@contoso.com on the distribution group nw-sales@contoso.com',
    'revoke send on behalf for the distribution list',
    'remove delegation from a distribution group',
    'stop adele@contoso.com sending as the DL announcements@contoso.com',
    'take away send permissions on a distribution list',
    'clear the send as and send on behalf delegates of a distribution group',
    'revoke the delegation of the mailing list',
    "revoke {user}'s send as on the distribution group {group}",
    'take back send on behalf rights from a user on the DL',
    'remove send as from {user} on the DL {group}',
    'revoke SOB for {user} on the {group} distribution list',
    '{user} should no longer send as the {group} DL',
    '{user} should not send on behalf of the {group} distribution list anymore',
    'Remove-RecipientPermission {group} -Trustee {user} -AccessRights SendAs',
    'remove {user} from GrantSendOnBehalfTo on the distribution group {group}',
    'take away send as perms for {user} on the nw-sales@contoso.com DL',
    '{user} left the team, revoke her send on behalf rights on the {group} distribution group',
    'clear all send as delegates on the DL {group}',
    'strip the send permissions from the distribution list {group}',
    "{user} shouldn't be able to send as the {group} distribution group anymore",
    'remove the send on behalf permission of {user} for the mailing list {group}',
    'pls revoke send-as and send on behalf on the DL {group} for {user}',
    'no more send as for {user} on distribution group {group}',
    'take send as permissions away from {user} on the distribution group {group}',
    "drop {user}'s send as permission on the {group} DL",
  ],
  paramRules: [
    { name: 'sendOnBehalf', capture: /\bsend[- ]on[- ]behalf\b.*?\b(?:from|of|for)\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)\s+(?:on|from)\b/i, as: 'emails' },
    { name: 'sendAs', capture: /\bsend[- ]as\b\s+(?:right\s+|permission\s+)?(?:of|from|for)\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)\s+(?:on|from)\b/i, as: 'emails' },
    { name: 'sendAs', capture: /\b(?:revoke|remove|take away)\s+([^\s,;]+@[^\s,;']+)'s\s+send[- ]as\b/i, as: 'emails' },
    { name: 'sendAs', capture: /\bstop\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)\s*sending\s+as\b/i, as: 'emails' },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['on', 'for', 'from', 'of', 'as'] },
  target: 'distributionGroup',
  input,
  check: needsTrustee,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, groups) =>
    [
      upnList(i.sendAs).length > 0 ? `Remove Send As of ${upnList(i.sendAs).join(', ')} on ${dgNames(groups)}.` : '',
      upnList(i.sendOnBehalf).length > 0 ? `Remove Send on behalf of ${upnList(i.sendOnBehalf).join(', ')} on ${dgNames(groups)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  describeInput: describeRights,
  async preview(ctx, group, i) {
    const plan = await planRights(ctx, group, i, 'remove');
    const changes = rightsLines(plan, 'remove');
    const warnings = rightsWarnings(plan, 'remove');
    return changes.length > 0 ? { changes, warnings } : { changes, warnings, noop: 'Nothing to change: none of them holds these rights.' };
  },
  async run(ctx, group, i) {
    const plan = await planRights(ctx, group, i, 'remove');
    const changes = rightsLines(plan, 'remove');
    if (changes.length === 0) return { outcome: 'skipped', message: `Nothing to change on ${group.displayName}.` };
    const { done, failed } = await applyRights(ctx, group, plan, 'remove');
    return {
      outcome: failed.length === 0 ? 'succeeded' : 'failed',
      message: failed.length === 0 ? `Send rights removed on ${group.displayName}.` : `Some rights on ${group.displayName} were not removed: ${failed.join('; ')}`,
      changes,
      audit: { removed: done, failed },
    };
  },
  undo: {
    async capture(ctx, group, i) {
      return (await planRights(ctx, group, i, 'remove')).change;
    },
    restore(captured) {
      const c = captured as { sendAs: string[]; sendOnBehalf: string[] };
      return c.sendAs.length + c.sendOnBehalf.length > 0 ? { actionId: 'distribution-group.grant-send-permissions', params: { sendAs: c.sendAs, sendOnBehalf: c.sendOnBehalf } } : null;
    },
  },
});
