import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import { refHelp } from '../input-refs';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import {
  assertPersonMailbox,
  describeRestore,
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
 * Source first: the rights the selected user holds on other mailboxes (Full access and the other
 * mailbox rights, Send as, Send on behalf) are given to other users. "add" keeps what they have;
 * "replace" also takes away their rights the source does not hold on the same mailbox. The card lists
 * every grant and removal. Exchange has no reverse index for Full Access, so every mailbox's
 * permissions are read (Get-MailboxPermission per mailbox). Undo reverses exactly these grants and removals.
 * Replace mode removes Send as with Remove-RecipientPermission, which the catalog's call list (Remove-
 * MailboxPermission only) leaves out; the fixture entry lists it too.
 */
const input = z.object({
  targetUsers: z.array(z.string().trim().min(1)).min(1).describe(refHelp('user', 'Users who get the same mailbox rights.')),
  mode: z.enum(['add', 'replace']).default('add').describe('add: keep their current rights too. replace: remove their rights the source does not have.'),
  restore: restoreInput,
});

async function plan(ctx: ActionContext, mailbox: MailboxTarget, i: { targetUsers: string[]; mode: 'add' | 'replace' }) {
  assertPersonMailbox(mailbox, 'copy the rights a person holds on other mailboxes.');
  const source = ownerOf(mailbox);
  return planCopy(ctx, [source], await peopleExcept(ctx, i.targetUsers, source, 'target'), i.mode);
}

export const copyPermissionsToAction = defineAction({
  id: 'mailbox.copy-permissions-to',
  title: 'Copy permissions to',
  category: 'Mailboxes',
  description: "Copy the mailbox rights one user holds on other mailboxes to other users, adding to or replacing what they have.",
  phrases: [
    "copy jane@contoso.com's mailbox permissions to megan@contoso.com",
    'duplicate the delegate rights of nestor@contoso.com for another user',
    "copy the mailbox rights of isaiah@contoso.com to grady@contoso.com and diego@contoso.com",
    'clone the mailbox permissions of miriam@contoso.com onto a new colleague',
    "replicate nestor@contoso.com's mailbox access to other users",
    "apply {user}'s mailbox permissions to {user} as well",
    'clone the mailbox access {user} has onto other users',
    "copy {user}'s mailbox permissions to the new starters",
    'copy permissions to other users',
    "{user}'s mailbox access should be copied to {user} and {user}",
    'take the mailbox rights {user} has and give them to {user}',
    "replicate {user}'s shared mailbox access onto her replacement {user}",
    "copy all of {user}'s mbx perms over to the rest of the team",
    'use {user} as the template for mailbox permissions and copy them to {user}',
    "duplicate {user}'s FA and send as rights to another user",
    "copy {user}'s mailbox permissions to {user}, replacing the existing ones",
    "push {user}'s delegate rights out to {user} and {user}",
    'copy the mailbox permissions {user} holds to others',
    "copy {user}'s access to shared mailboxes to {user}",
    "could you copy {user}'s mailbox permissions across to a few colleagues",
    "extend {user}'s mailbox access to {user} as well",
  ],
  paramRules: [
    { name: 'targetUsers', capture: /\b(?:to|onto)\s+((?:[^\s,]+@[^\s,]+(?:\s*(?:,|and)\s*)?)+)/i, as: 'emails' },
    { name: 'mode', when: [{ pattern: /\b(?:replace|replacing|overwrite|instead of)\b/i, value: 'replace' }] },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['of', 'as'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.restore
      ? 'Put back the mailbox rights exactly as they were before the copy.'
      : `Copy the mailbox rights of ${targets[0]?.displayName ?? 'the user'} to ${upnList(i.targetUsers).join(', ')} (${MODE_TEXT[i.mode]}).`,
  describeInput: (i) =>
    i.restore
      ? describeRestore(i.restore)
      : [
          { label: 'Copy to', value: upnList(i.targetUsers).join(', ') },
          { label: 'Mode', value: MODE_TEXT[i.mode] },
        ],
  undo: permissionUndo('mailbox.copy-permissions-to', plan),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await plan(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await plan(ctx, mailbox, i))),
});
