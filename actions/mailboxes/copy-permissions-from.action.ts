import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import { refHelp } from '../input-refs';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import {
  assertPersonMailbox,
  describeRestore,
  mailboxList,
  MODE_TEXT,
  ownerOf,
  peopleExcept,
  permissionUndo,
  planCopy,
  previewPlan,
  previewRestore,
  restoreInput,
  runPlan,
  runRestore,
  upnList,
} from './mailbox-permissions.helpers';

/**
 * Targets first: each selected user gets the rights that one or more source users hold on other
 * mailboxes, added to or replacing their own. The same enumeration and grants as "copy permissions
 * to", selected the other way round; runs per target user. Undo reverses exactly these grants and removals.
 * Replace mode removes Send as with Remove-RecipientPermission, which the catalog's call list (Remove-
 * MailboxPermission only) leaves out; the fixture entry lists it too.
 */
const input = z.object({
  sourceUsers: z.array(z.string().trim().min(1)).min(1).describe(refHelp('user', 'Users whose mailbox rights are copied.')),
  mode: z.enum(['add', 'replace']).default('add').describe('add: keep their current rights too. replace: remove their rights no source has.'),
  restore: restoreInput,
});

async function plan(ctx: ActionContext, mailbox: MailboxTarget, i: { sourceUsers: string[]; mode: 'add' | 'replace' }) {
  assertPersonMailbox(mailbox, 'only people receive copied mailbox rights.');
  const receiver = ownerOf(mailbox);
  return planCopy(ctx, await peopleExcept(ctx, i.sourceUsers, receiver, 'source'), [receiver], i.mode);
}

export const copyPermissionsFromAction = defineAction({
  id: 'mailbox.copy-permissions-from',
  title: 'Copy permissions from',
  category: 'Mailboxes',
  description: 'Give the selected users the mailbox rights other users hold (Full access, Send as, Send on behalf…), adding to or replacing their own.',
  phrases: [
    'copy mailbox permissions from jane@contoso.com to megan@contoso.com',
    'copy the delegate rights from miriam@contoso.com onto lynne@contoso.com',
    'take over the mailbox permissions from isaiah@contoso.com for grady@contoso.com',
    'copy permissions from another user to these users',
    'copy mailbox access from several users to a new hire',
    'give lynne@contoso.com the same mailbox access as miriam@contoso.com',
    '{user} should get the same mailbox permissions {user} has, copied from them',
    'copy the permissions over from a colleague to {user}',
    '{user} needs the same mailbox access as {user}',
    '{user} should inherit the mailbox permissions of {user}',
    'give {user} the same mailbox permissions as {user}',
    'set {user} up with the same mailbox access as {user}, copied from her',
    'copy permissions from {user} for the new starter {user}',
    'for {user} and {user}, copy the mailbox rights from {user}',
    "{user} is taking over {user}'s role and needs his mailbox access copied from him",
    'can {user} get the same shared mailbox perms as {user}?',
    'copy the delegate access from {user} and replace what {user} has now',
    'these users should get the mailbox permissions copied from {user}',
    'pull the mailbox permissions from {user} onto {user}',
    'copy FA, send as and send on behalf from {user} to these users',
    '{user} should have access to the same mailboxes as {user}',
    'copy mailbox permissions from another user',
    'same mbx perms as {user} for {user} please',
    '{user} needs whatever mailbox access {user} has',
  ],
  paramRules: [
    { name: 'sourceUsers', capture: /(?:\bfrom|\bsame\s+(?:mailbox\s+)?(?:access|permissions|rights)\s+as)\s+((?:[^\s,]+@[^\s,]+(?:\s*(?:,|and)\s*)?)+)/i, as: 'emails' },
    { name: 'mode', when: [{ pattern: /\b(?:replace|replacing|overwrite|instead of)\b/i, value: 'replace' }] },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['to', 'onto', 'for'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.restore
      ? 'Put back the mailbox rights exactly as they were before the copy.'
      : `Give ${mailboxList(targets)} the mailbox rights of ${upnList(i.sourceUsers).join(', ')} (${MODE_TEXT[i.mode]}).`,
  describeInput: (i) =>
    i.restore
      ? describeRestore(i.restore)
      : [
          { label: 'Copy from', value: upnList(i.sourceUsers).join(', ') },
          { label: 'Mode', value: MODE_TEXT[i.mode] },
        ],
  undo: permissionUndo('mailbox.copy-permissions-from', plan),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await plan(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await plan(ctx, mailbox, i))),
});
