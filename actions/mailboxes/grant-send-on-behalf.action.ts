import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import { refHelp } from '../input-refs';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import { describeRestore, permissionUndo, planDelegateGrants, previewPlan, previewRestore, restoreInput, runPlan, runRestore, upnList } from './mailbox-permissions.helpers';

/**
 * Adds users to the mailbox's GrantSendOnBehalfTo list with the Add hashtable (Set-Mailbox without it
 * would replace the whole list); people already on it are left alone. Undo takes off exactly the users
 * this run added.
 */
const input = z.object({
  users: z.array(z.string().trim().min(1)).min(1).describe(refHelp('user', 'Users who may send on behalf of the mailbox.')),
  restore: restoreInput,
});

const plan = (ctx: ActionContext, mailbox: MailboxTarget, i: { users: string[] }) =>
  planDelegateGrants(ctx, mailbox, { delegates: i.users, accessRights: ['SendOnBehalf'], autoMapping: false });

export const grantSendOnBehalfAction = defineAction({
  id: 'mailbox.grant-send-on-behalf',
  title: "Grant 'send on behalf' permission",
  category: 'Mailboxes',
  description: "Let other users send mail on behalf of a mailbox (shown as 'Megan on behalf of IT Helpdesk').",
  phrases: [
    'grant send on behalf of jane@contoso.com to megan@contoso.com',
    'let lynne@contoso.com send on behalf of the mailbox info@contoso.com',
    'give grady@contoso.com send on behalf permission for ithelp@contoso.com',
    'allow a user to send on behalf of a mailbox',
    "add diego@contoso.com to the send on behalf list of isaiah@contoso.com's mailbox",
    'grant send on behalf to {user} on {mailbox}',
    'SOB for {user} on {mailbox}',
    '{user} needs send on behalf for {mailbox}',
    'can {user} send on behalf of {user}?',
    'add {user} to GrantSendOnBehalfTo on {mailbox}',
    "the assistant {user} should send emails on behalf of {user}'s mailbox",
    '{user} should be able to send on behalf of the shared mailbox {mailbox}',
    'give {user} send-on-behalf permission on {mailbox}',
    "add a send on behalf delegate to {user}'s mailbox",
    'PA {user} needs to send mail on behalf of her boss {user}',
    'set send on behalf permissions for a mailbox',
    'allow {user} and {user} to send on behalf of {mailbox}',
    'grant SendOnBehalf rights for {mailbox} to {user}',
    'mailbox {mailbox}: add {user} as send on behalf',
    'could you set up send on behalf for {user} on the {mailbox} mailbox',
  ],
  paramRules: [
    {
      name: 'users',
      capture: /(?:\bon behalf of\b.*\bto|\b(?:let|allow|give|add))\s+((?:[^\s,]+@[^\s,]+(?:\s*(?:,|and)\s*)?)+)/i,
      as: 'emails',
    },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['on', 'of', 'for'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.restore
      ? `Put back the send on behalf list of ${targets[0]?.displayName ?? 'the mailbox'} as it was before.`
      : `Let ${upnList(i.users).join(', ')} send on behalf of ${targets[0]?.displayName ?? 'the mailbox'}.`,
  describeInput: (i) => (i.restore ? describeRestore(i.restore) : [{ label: 'Send on behalf', value: upnList(i.users).join(', ') }]),
  undo: permissionUndo('mailbox.grant-send-on-behalf', plan),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await plan(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await plan(ctx, mailbox, i))),
});
