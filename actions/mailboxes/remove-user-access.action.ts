import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import {
  describeRestore,
  ownerOf,
  permissionUndo,
  planRemoveUserAccess,
  previewPlan,
  previewRestore,
  restoreInput,
  runPlan,
  runRestore,
  upnList,
} from './mailbox-permissions.helpers';

/**
 * Off-boarding: every right the selected user holds on other mailboxes is removed (Full access and
 * the other mailbox rights, and by default Send as and Send on behalf), optionally only on some
 * mailboxes. The card lists each right it removes. Mailboxes are found by reading every mailbox's
 * permissions (Exchange has no reverse index); those outside the operator's scope are left alone.
 * Undo grants back exactly what was removed.
 */
const input = z.object({
  mailboxes: z.array(z.string().trim().min(1)).optional().describe('Only these mailboxes (addresses, one per line); empty: every mailbox.'),
  includeSendAs: z.boolean().default(true).describe('Also remove Send as.'),
  includeSendOnBehalf: z.boolean().default(true).describe('Also remove Send on behalf.'),
  restore: restoreInput,
});

const plan = (ctx: ActionContext, mailbox: MailboxTarget, i: z.infer<typeof input>) => planRemoveUserAccess(ctx, ownerOf(mailbox), i);

export const removeUserAccessAction = defineAction({
  id: 'mailbox.remove-user-access',
  title: 'Remove user access to mailboxes',
  category: 'Mailboxes',
  description: "Remove every right a user holds on other mailboxes (Full access, Send as, Send on behalf…), e.g. when they leave.",
  phrases: [
    "remove jane@contoso.com's access to other mailboxes",
    'take away all mailbox permissions megan@contoso.com has on other mailboxes',
    'revoke every right lynne@contoso.com holds on other mailboxes',
    'remove a user from all shared mailboxes they can open',
    "strip grady@contoso.com's rights on every mailbox",
    "clean up every mailbox permission diego@contoso.com holds on other people's mailboxes",
    "remove all of {user}'s permissions on other people's mailboxes",
    'revoke any delegate access {user} has to other mailboxes',
    'offboarding {user}: remove their access to all mailboxes',
    '{user} left the company, strip all her mailbox permissions everywhere',
    'remove all mailbox access {user} has',
    '{user} should not have access to any other mailbox anymore',
    'revoke all FA, send as and send on behalf {user} holds on other mailboxes',
    "clean up {user}'s delegate rights across all mailboxes",
    'remove {user} from every shared mailbox',
    'leaver {user}: remove all his mailbox perms',
    'take away every mailbox permission of {user} tenant-wide',
    "could you remove all of {user}'s access to shared mailboxes and other people's mailboxes",
    'remove user access to mailboxes',
    '{user} is changing roles, remove his access to all the mailboxes he can open',
    'remove {user} as delegate from all mailboxes',
    'wipe all mailbox permissions granted to {user}',
    'Remove-MailboxPermission -User {user} on every mailbox where they have FullAccess',
    "revoke {user}'s access to all other mailboxes including send as",
  ],
  paramRules: [
    { name: 'includeSendAs', when: [{ pattern: /\b(?:keep|except|but not)\b[^.]*\bsend[ -]as\b/i, value: false }] },
    { name: 'includeSendOnBehalf', when: [{ pattern: /\b(?:keep|except|but not)\b[^.]*\bon behalf\b/i, value: false }] },
  ],
  textTargets: { kinds: ['email', 'name'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) => {
    const name = targets[0]?.displayName ?? 'the user';
    if (i.restore) return `Give ${name} back the mailbox rights removed before.`;
    const scope = i.mailboxes?.length ? upnList(i.mailboxes).join(', ') : 'every other mailbox';
    const what = [i.includeSendAs ? '' : 'Send as', i.includeSendOnBehalf ? '' : 'Send on behalf'].filter(Boolean);
    return `Remove ${name}'s rights on ${scope}${what.length ? ` (keeping ${what.join(' and ')})` : ''}.`;
  },
  describeInput: (i) =>
    i.restore
      ? describeRestore(i.restore)
      : [
          { label: 'Mailboxes', value: i.mailboxes?.length ? upnList(i.mailboxes).join(', ') : 'All where the user holds rights' },
          { label: 'Send as', value: i.includeSendAs ? 'Remove' : 'Keep' },
          { label: 'Send on behalf', value: i.includeSendOnBehalf ? 'Remove' : 'Keep' },
        ],
  undo: permissionUndo('mailbox.remove-user-access', plan),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await plan(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await plan(ctx, mailbox, i))),
});
