import { z } from 'zod';
import { defineAction } from '../define-action';
import { CATEGORY } from './mail-recipient.helpers';

/**
 * Deletes mail users. Remove-MailUser also deletes the Entra account, which waits 30 days in the
 * recycle bin. No Undo here: the account is then a deleted user, brought back with user.restore
 * ("restore deleted user …"), a different target than the mail user this action acted on.
 */
export const mailUserRemoveAction = defineAction({
  id: 'mail-user.remove',
  title: 'Remove mail user',
  category: CATEGORY,
  description: 'Delete one or more mail users and their Entra accounts (restorable from the recycle bin for 30 days).',
  phrases: [
    'delete mail user partner@contoso.com',
    'remove the mail user alex.c@contoso.com',
    'get rid of a mail-enabled user account',
    'delete these mail users',
    'delete the mail user {user}',
    'remove mail user ann@fabrikam.com, the contract ended',
    'Remove-MailUser {user}',
    'the consultant {user} is done, delete their mail user',
    'get rid of the mail-enabled user {user}',
    'please delete these mail users: {user} and {user}',
    'delete the MEU {user}',
    'remove the external mail user account {user}',
    'clean up old mail users of contractors',
    'offboarding contractor {user}: remove the mail user',
    'can you delete the mail user for the Fabrikam consultant?',
    'the mail user {user} is no longer needed, remove it',
    'delete mail-enabled user accounts of former partners',
  ],
  textTargets: { kinds: ['email', 'name'] },
  target: 'mailUser',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'exchange',
  summarize: (_input, users) =>
    `Delete the mail user${users.length === 1 ? '' : 's'} ${users.map((u) => `${u.displayName} (${u.userPrincipalName})`).join(', ')} and ${users.length === 1 ? 'its Entra account' : 'their Entra accounts'}.`,
  async preview(_ctx, mailUser) {
    return {
      changes: [
        { label: 'Mail user', before: `${mailUser.displayName} <${mailUser.userPrincipalName}>`, after: 'Deleted' },
        { label: 'Entra account', before: 'Active', after: 'In the recycle bin (30 days)' },
      ],
      warnings: ['The account can no longer sign in, and mail to its addresses bounces. Restore the deleted user within 30 days to bring it back.'],
    };
  },
  async run(ctx, mailUser) {
    await ctx.directory.exchange.invoke('Remove-MailUser', { Identity: mailUser.id, Confirm: false });
    return {
      outcome: 'succeeded',
      message: `Deleted the mail user ${mailUser.displayName} (${mailUser.userPrincipalName}); its Entra account is in the recycle bin for 30 days.`,
      changes: [{ label: 'Mail user', before: 'Exists', after: 'Deleted' }],
      audit: { userId: mailUser.id, userPrincipalName: mailUser.userPrincipalName },
    };
  },
});
