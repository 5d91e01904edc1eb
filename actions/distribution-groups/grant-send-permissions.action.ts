import { z } from 'zod';
import { defineAction } from '../define-action';
import { refHelp } from '../input-refs';
import { applyRights, describeRights, dgNames, needsTrustee, planRights, rightsLines, rightsWarnings, upnList } from './distribution-group.helpers';

const input = z.object({
  sendAs: z.array(z.string().trim().email()).default([]).describe(refHelp('user', 'Users who may send as the group (user principal names, one per line).')),
  sendOnBehalf: z.array(z.string().trim().email()).default([]).describe(refHelp('user', 'Users who may send on behalf of the group (one per line).')),
});

/**
 * Send As (Add-RecipientPermission -AccessRights SendAs) and/or Send on behalf (Set-DistributionGroup
 * -GrantSendOnBehalfTo @{Add=…}) on one or more groups. The catalog's "trustees + permission" is taken
 * as one list per right, so one request can give different people different rights and Undo can
 * remove exactly what this run granted (remove-delegation with the same two lists).
 */
export const distributionGroupGrantSendPermissionsAction = defineAction({
  id: 'distribution-group.grant-send-permissions',
  title: 'Grant send permissions to a distribution group',
  category: 'Distribution groups',
  description: 'Let users send as, or on behalf of, one or more distribution groups or mail-enabled security groups.',
  phrases: [
    'grant send as on the distribution group nw-sales@contoso.com to megan@contoso.com',
    'give adele@contoso.com send on behalf rights for the distribution list announcements@contoso.com',
    'let a user send as a distribution group',
    'allow someone to send on behalf of the DL',
    'grant send permissions on a distribution list',
    'give a user send as rights on the distribution list',
    'allow someone to send on behalf of the distribution group',
    'grant send on behalf for the distribution group to a colleague',
    'add a send as permission for the DL',
    '{user} needs send as on a distribution list',
    'can {user} get send on behalf on the {group} group',
    'give {user} send as on DL {group}',
    '{user} needs to send as the {group} distribution list',
    'can {user} send mail as the nw-sales@contoso.com DL?',
    'grant SendAs on the distribution group {group} to {user}',
    'Add-RecipientPermission {group} -Trustee {user} -AccessRights SendAs',
    'add {user} to GrantSendOnBehalfTo of the DL {group}',
    'SOB for {user} on the {group} distribution list',
    'please give {user} and {user} send as rights on the {group} DL',
    '{user} should be able to reply as the {group} distribution list',
    'let {user} send from the DL address {group}',
    'set up send on behalf for {user} on the distribution group {group}',
    'grant send as permission to {user} for the mailing list {group}',
    'send as perms on nw-sales@contoso.com DL for {user}',
    'send as rights for {user} on distribution group {group}',
    '{user} wants to send emails from the {group} distribution group address',
  ],
  paramRules: [
    { name: 'sendOnBehalf', capture: /\bsend[- ]on[- ]behalf\b.*?\bto\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)/i, as: 'emails' },
    { name: 'sendOnBehalf', capture: /\b(?:give|let|allow)\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)\s*(?:the\s+)?(?:right\s+to\s+)?send[- ]on[- ]behalf/i, as: 'emails' },
    { name: 'sendAs', capture: /\bsend[- ]as\b.*?\bto\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)/i, as: 'emails' },
    { name: 'sendAs', capture: /\b(?:give|let|allow)\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)\s*(?:the\s+)?(?:right\s+to\s+)?send[- ]as/i, as: 'emails' },
  ],
  // "let megan send as the DL X", "send as on X to megan": the group follows on/for/of/as, the trustee does not
  textTargets: { kinds: ['email', 'name'], after: ['on', 'for', 'of', 'as'] },
  target: 'distributionGroup',
  input,
  check: needsTrustee,
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, groups) =>
    [
      upnList(i.sendAs).length > 0 ? `Let ${upnList(i.sendAs).join(', ')} send as ${dgNames(groups)}.` : '',
      upnList(i.sendOnBehalf).length > 0 ? `Let ${upnList(i.sendOnBehalf).join(', ')} send on behalf of ${dgNames(groups)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  describeInput: describeRights,
  async preview(ctx, group, i) {
    const plan = await planRights(ctx, group, i, 'grant');
    const changes = rightsLines(plan, 'grant');
    const warnings = rightsWarnings(plan, 'grant');
    return changes.length > 0 ? { changes, warnings } : { changes, warnings, noop: 'Nothing to change: everyone already holds these rights.' };
  },
  async run(ctx, group, i) {
    const plan = await planRights(ctx, group, i, 'grant');
    const changes = rightsLines(plan, 'grant');
    if (changes.length === 0) return { outcome: 'skipped', message: `Nothing to change on ${group.displayName}.` };
    const { done, failed } = await applyRights(ctx, group, plan, 'grant');
    return {
      outcome: failed.length === 0 ? 'succeeded' : 'failed',
      message: failed.length === 0 ? `Send rights granted on ${group.displayName}.` : `Some rights on ${group.displayName} were not granted: ${failed.join('; ')}`,
      changes,
      audit: { granted: done, failed },
    };
  },
  undo: {
    async capture(ctx, group, i) {
      return (await planRights(ctx, group, i, 'grant')).change;
    },
    restore(captured) {
      const c = captured as { sendAs: string[]; sendOnBehalf: string[] };
      return c.sendAs.length + c.sendOnBehalf.length > 0 ? { actionId: 'distribution-group.remove-delegation', params: { sendAs: c.sendAs, sendOnBehalf: c.sendOnBehalf } } : null;
    },
  },
});
