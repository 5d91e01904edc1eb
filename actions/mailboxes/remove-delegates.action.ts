import { z } from 'zod';
import { defineAction } from '../define-action';
import { refHelp } from '../input-refs';
import {
  describeRestore,
  permissionUndo,
  planDelegateRemovals,
  previewPlan,
  previewRestore,
  restoreInput,
  RIGHTS,
  rightNames,
  rightsInput,
  RIGHTS_IN_TEXT,
  runPlan,
  runRestore,
  upnList,
} from './mailbox-permissions.helpers';

/**
 * Takes rights on one mailbox away from delegates: by default every right they hold there (Full
 * access and the other mailbox rights, Send as, Send on behalf). Rights they do not hold are left
 * alone; the card shows each right's holders before → after. Undo grants back exactly what was
 * removed (Full access comes back with automapping on: Exchange does not report the old setting).
 */
const input = z.object({
  delegates: z.array(z.string().trim().min(1)).min(1).describe(refHelp('user', 'Delegates to remove (user principal names).')),
  accessRights: rightsInput('Rights to take away (all of them by default).').default([...RIGHTS]),
  restore: restoreInput,
});

export const removeDelegatesAction = defineAction({
  id: 'mailbox.remove-delegates',
  title: 'Remove delegates from mailbox',
  category: 'Mailboxes',
  description: 'Remove the access other users have to a mailbox: Full access, Send as, Send on behalf and the other mailbox rights.',
  phrases: [
    "remove delegates from jane@contoso.com's mailbox",
    'take megan@contoso.com off the delegates of ithelp@contoso.com',
    "revoke irvin@contoso.com's full access to the mailbox ithelp@contoso.com",
    'remove delegate access from a mailbox',
    'strip the delegates of info@contoso.com',
    'remove every delegate from the mailbox ithelp@contoso.com',
    "revoke every delegate right on isaiah@contoso.com's mailbox",
    "remove megan@contoso.com's access to the shared mailbox info@contoso.com",
    'remove {user} as a delegate of {mailbox}',
    "take away {user}'s delegate rights on {mailbox}",
    "remove {user}'s delegate access to {mailbox}",
    'remove {name} as delegate of the shared mailbox {mailbox}',
    'remove delegates from {mailbox}',
    'remove full access for {user} from {mailbox}',
    '{user} no longer needs access to {mailbox}, please remove it',
    'remove FA for {user} on the shared mailbox {mailbox}',
    'Remove-MailboxPermission {mailbox} -User {user} -AccessRights FullAccess',
    'clean up the delegates on {mailbox}',
    'who has access to {mailbox}? remove {user} and {user}',
    '{mailbox} should not have any delegates anymore',
    "revoke {user}'s full access and send on behalf on {mailbox}",
    'please remove {user} from the shared mailbox {mailbox}',
    'pull the delegate access to {mailbox} for {user}',
    '{user} moved teams, take away her access to the {mailbox} mailbox',
    'remove mbx perms of {user} on {mailbox}',
    'strip full access from {mailbox} for everyone except the owner',
    "the assistant left, remove her delegate rights on {user}'s mailbox",
    'delete the delegate permissions on the mailbox {mailbox}',
    'take {user} off the {mailbox} mailbox',
  ],
  paramRules: [
    { name: 'delegates', capture: /\b(?:take|revoke|remove)\s+([^\s]+@[^\s']+?)(?:'s)?\s+(?:off|as|from|full|send|access|delegate)/i, as: 'emails' },
    { name: 'accessRights', capture: RIGHTS_IN_TEXT, as: 'list' },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['from', 'of', 'on', 'to', 'mailbox'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.restore
      ? `Put back the rights on ${targets[0]?.displayName ?? 'the mailbox'} exactly as they were before.`
      : `Remove ${rightNames(i.accessRights)} on ${targets[0]?.displayName ?? 'the mailbox'} from ${upnList(i.delegates).join(', ')}.`,
  describeInput: (i) =>
    i.restore
      ? describeRestore(i.restore)
      : [
          { label: 'Delegates', value: upnList(i.delegates).join(', ') },
          { label: 'Rights', value: rightNames(i.accessRights) },
        ],
  undo: permissionUndo('mailbox.remove-delegates', planDelegateRemovals),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await planDelegateRemovals(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await planDelegateRemovals(ctx, mailbox, i))),
});
