import { z } from 'zod';
import { defineAction } from '../define-action';
import { invalid, mailboxLine, mailboxNames, MailboxState, TYPE_LABEL } from './mailbox-lifecycle.helpers';

/**
 * Removes mailboxes with Remove-Mailbox. In Exchange Online this deletes the mailbox's Entra user too:
 * it goes to the recycle bin (restorable with the user for 30 days), or is purged with "permanent".
 * No undo: getting the mailbox back means restoring the deleted user (user.restore), which is its own
 * audited action, and a permanent removal cannot be reversed at all. Mailboxes on litigation hold are
 * kept as inactive mailboxes by Exchange and cannot be removed permanently.
 */
export const removeMailboxAction = defineAction({
  id: 'mailbox.remove',
  title: 'Remove mailbox',
  category: 'Mailboxes',
  description: 'Delete mailboxes together with their user accounts (recycle bin for 30 days, or permanently).',
  phrases: [
    'remove mailbox of adele@contoso.com',
    'delete the mailbox info@contoso.com',
    'remove the mailboxes jane@contoso.com and megan@contoso.com',
    'get rid of the shared mailbox ithelp@contoso.com',
    'permanently delete the mailbox of grady@contoso.com',
    'delete mailbox',
    "remove grady@contoso.com's mailbox and account",
    "remove {user}'s mailbox permanently",
    'delete a user mailbox for good',
    "permanently delete {user}'s mailbox",
    "{user}'s mailbox can be deleted now",
    'delete the mbx of {user}',
    'remove the test mailbox {mailbox}, we no longer need it',
    'purge the mailbox of {user}',
    "we don't need the shared mailbox {mailbox} anymore, delete it",
    'Remove-Mailbox {mailbox}',
    'get rid of the old room mailbox {mailbox}',
    'delete the equipment mailbox {mailbox}',
    'could you please delete the mailboxes of these leavers',
    'remove the mailbox and its user account for {user}',
    'the shared mailbox {mailbox} is obsolete, remove it',
    'delete the unused mailboxes {mailbox} and {mailbox}',
    'remove the mbx {mailbox} permanently, skip the recycle bin',
    'kill the mailbox {mailbox}',
    'delete the resource mailbox of the old meeting room',
    'decommission the mailbox {mailbox}',
    'the meeting room is gone, delete its room mailbox',
  ],
  paramRules: [{ name: 'permanent', when: [{ pattern: /\b(?:permanent(?:ly)?|for good|purge)\b/i, value: true }] }],
  target: 'mailbox',
  textTargets: { kinds: ['email', 'name'] },
  input: z.object({
    permanent: z.boolean().default(false).describe('Delete for good instead of the 30-day recycle bin (not recommended).'),
  }),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'exchange',
  summarize: (input, targets) =>
    `${input.permanent ? 'Permanently delete' : 'Delete'} the mailbox ${mailboxNames(targets)} and ${targets.length === 1 ? 'its user account' : 'their user accounts'}.`,
  describeInput: (input) => [{ label: 'Recoverable', value: input.permanent ? 'No: deleted for good' : 'Yes, for 30 days (restore the user)' }],
  async preview(ctx, target, input) {
    const mailbox = await new MailboxState(ctx, target).one('Get-Mailbox');
    if (input.permanent && mailbox.LitigationHoldEnabled === true) {
      throw invalid(`${mailboxLine(target)} is on litigation hold and cannot be removed permanently. Nothing was changed.`, 'Remove it without "permanent" (it becomes an inactive mailbox), or lift the hold first.', { permanent: true });
    }
    const kind = TYPE_LABEL[target.recipientTypeDetails] ?? 'mailbox';
    const warnings = [
      input.permanent
        ? `The mailbox and its user account ${target.userPrincipalName} are deleted for good: mail, calendar and contacts cannot be recovered.`
        : `The user account ${target.userPrincipalName} goes to the recycle bin with the mailbox; restoring that user within 30 days brings the mailbox back.`,
    ];
    if (mailbox.LitigationHoldEnabled === true) warnings.push('The mailbox is on litigation hold: Exchange keeps it as an inactive mailbox.');
    return {
      changes: [{ label: 'Mailbox', before: `${kind} ${mailboxLine(target)}`, after: input.permanent ? 'Deleted permanently' : 'Deleted (recoverable for 30 days)' }],
      warnings,
    };
  },
  async run(ctx, target, input) {
    await ctx.directory.exchange.invoke('Remove-Mailbox', { Identity: target.id, Confirm: false, ...(input.permanent ? { PermanentlyDelete: true } : {}) });
    return {
      outcome: 'succeeded',
      message: input.permanent
        ? `Deleted ${mailboxLine(target)} and its user account for good.`
        : `Deleted ${mailboxLine(target)}; its user account is in the recycle bin for 30 days.`,
      changes: [{ label: 'Mailbox', before: mailboxLine(target), after: input.permanent ? 'Deleted permanently' : 'Deleted' }],
      audit: { userId: target.id, permanent: input.permanent, type: target.recipientTypeDetails },
    };
  },
});
