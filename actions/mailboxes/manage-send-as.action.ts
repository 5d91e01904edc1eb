import { z } from 'zod';
import { defineAction } from '../define-action';
import { refHelp } from '../input-refs';
import { describeRestore, permissionUndo, planSendAs, previewPlan, previewRestore, restoreInput, runPlan, runRestore, upnList } from './mailbox-permissions.helpers';

/**
 * Adds and removes Send As on one mailbox (Add/Remove-RecipientPermission, the Exchange Online way;
 * on-premises uses Add-ADPermission). Users already holding it (or already without it) are left alone.
 * Undo puts the Send As list back exactly as it was.
 */
const input = z.object({
  addTrustees: z.array(z.string().trim().min(1)).optional().describe(refHelp('user', 'Users who get Send as.')),
  removeTrustees: z.array(z.string().trim().min(1)).optional().describe(refHelp('user', 'Users who lose Send as.')),
  restore: restoreInput,
});

export const manageSendAsAction = defineAction({
  id: 'mailbox.manage-send-as',
  title: "Manage 'send as' permissions",
  category: 'Mailboxes',
  description: 'Add or remove the Send as permission on a mailbox: who may send mail that appears to come from it.',
  phrases: [
    'manage send as permissions for jane@contoso.com',
    'let megan@contoso.com send as the mailbox ithelp@contoso.com',
    'grant send as on info@contoso.com to lynne@contoso.com',
    'give a user send as permission on the shared mailbox ithelp@contoso.com',
    "remove irvin@contoso.com's send as permission on ithelp@contoso.com",
    'add or remove send as rights on a mailbox',
    'edit the send-as list of a mailbox',
    'remove send as from {user} on the shared mailbox {mailbox}',
    "revoke {user}'s send-as right on a mailbox",
    'give {user} send as on {mailbox}',
    '{user} needs send as rights on {mailbox}',
    'can {user} send as {mailbox}?',
    '{user} should be able to send as the shared mailbox {mailbox}',
    'Add-RecipientPermission {mailbox} -Trustee {user} -AccessRights SendAs',
    'remove send as for {user} from {mailbox}',
    'add send-as perms for {user} on the mailbox {mailbox}',
    'send as on {mailbox} for {user} please',
    '{user} wants to send emails as {mailbox} so replies come from the shared address',
    'send-as for {user} on mbx {mailbox}',
    'could you grant SendAs on the mailbox {mailbox} to {user} and {user}',
    'take {user} off the send as list of {mailbox}',
    "{user} shouldn't be able to send as {mailbox} anymore",
    'allow {user} to send from the {mailbox} mailbox address as that mailbox',
    'mailbox send as permission: add {user}, remove {user}',
  ],
  paramRules: [
    { name: 'addTrustees', capture: /(?:\b(?:let|allow)|\b(?:grant|give|add)\s+send[ -]as\b.*?\bto)\s+((?:[^\s,]+@[^\s,]+(?:\s*(?:,|and)\s*)?)+)/i, as: 'emails' },
    { name: 'removeTrustees', capture: /\b(?:remove|revoke|take)\s+([^\s]+@[^\s']+?)(?:'s)?\s+send[ -]as\b/i, as: 'emails' },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['on', 'of', 'for', 'as', 'from'] },
  target: 'mailbox',
  input,
  check: (i): Record<string, string> =>
    i.restore || (i.addTrustees?.length ?? 0) + (i.removeTrustees?.length ?? 0) > 0
      ? {}
      : { addTrustees: 'Name at least one user to give Send as, or one to take it from (remove trustees).' },
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) => {
    const name = targets[0]?.displayName ?? 'the mailbox';
    if (i.restore) return `Put back the Send as list of ${name} as it was before.`;
    const parts = [i.addTrustees?.length ? `let ${upnList(i.addTrustees).join(', ')} send as ${name}` : '', i.removeTrustees?.length ? `stop ${upnList(i.removeTrustees).join(', ')} sending as ${name}` : ''];
    const text = parts.filter(Boolean).join(' and ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  },
  describeInput: (i) =>
    i.restore
      ? describeRestore(i.restore)
      : [
          ...(i.addTrustees?.length ? [{ label: 'Add Send as', value: upnList(i.addTrustees).join(', ') }] : []),
          ...(i.removeTrustees?.length ? [{ label: 'Remove Send as', value: upnList(i.removeTrustees).join(', ') }] : []),
        ],
  undo: permissionUndo('mailbox.manage-send-as', planSendAs),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await planSendAs(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await planSendAs(ctx, mailbox, i))),
});
