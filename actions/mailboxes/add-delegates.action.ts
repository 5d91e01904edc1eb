import { z } from 'zod';
import { defineAction } from '../define-action';
import { refHelp } from '../input-refs';
import {
  describeRestore,
  mailboxList,
  permissionUndo,
  planDelegateGrants,
  previewPlan,
  previewRestore,
  restoreInput,
  rightNames,
  rightsInput,
  RIGHTS_IN_TEXT,
  runPlan,
  runRestore,
  upnList,
} from './mailbox-permissions.helpers';

/**
 * Mailboxes first: the chosen mailboxes get the chosen delegates, with the rights picked. The same
 * grants as "add users as delegates" (Add-MailboxPermission, Add-RecipientPermission, Set-Mailbox
 * -GrantSendOnBehalfTo), asked the other way round. Undo takes back exactly the grants this run made.
 */
const input = z.object({
  delegates: z.array(z.string().trim().min(1)).min(1).describe(refHelp('user', 'Delegates to add (user principal names).')),
  accessRights: rightsInput('Rights the delegates get.').default(['FullAccess']),
  autoMapping: z.boolean().default(true).describe('Automapping: Outlook opens the mailbox for the delegates (Full access only).'),
  restore: restoreInput,
});

export const addDelegatesAction = defineAction({
  id: 'mailbox.add-delegates',
  title: 'Add delegates to mailboxes',
  category: 'Mailboxes',
  description: 'Pick mailboxes and add delegates to them with Full access (automapping on or off), Send as, Send on behalf or other mailbox rights.',
  phrases: [
    'add delegates to mailboxes',
    'add delegates to the mailboxes ithelp@contoso.com and info@contoso.com',
    'add a delegate to the shared mailbox info@contoso.com',
    'assign delegates to several mailboxes',
    'give the mailbox ithelp@contoso.com new delegates with full access',
    'add delegate access to a few mailboxes',
    'choose mailboxes, then the delegates for each of them',
    'add delegates to {mailbox}',
    '{mailbox} needs a couple of new delegates',
    'shared mailbox {mailbox}: add delegates with full access and send as',
    'could you please add delegates to the shared mailboxes {mailbox} and {mailbox}',
    'bulk add delegates to mailboxes',
    'set up delegates on these mailboxes, no automapping',
    'add mbx delegates to {mailbox} and {mailbox}',
    'pick the mailboxes first, then add delegates to each one',
    'the mailboxes {mailbox} and {mailbox} need new delegates',
    'add delegates on multiple shared mailboxes at once',
    'can we add delegates to the team mailboxes?',
    'for each of these mailboxes add delegates with send on behalf',
    'these mailboxes should get delegates with FA and automapping off',
    'add delegate permissions to mailboxes in bulk',
    'add the same delegates to several mailboxes',
    '{mailbox} and {mailbox} need delegates added',
    'Add-MailboxPermission on several mailboxes for new delegates',
  ],
  paramRules: [
    { name: 'accessRights', capture: RIGHTS_IN_TEXT, as: 'list' },
    { name: 'autoMapping', when: [{ pattern: /\b(?:without|no|turn off|disable)\s+auto-?mapping\b/i, value: false }] },
  ],
  textTargets: { kinds: ['email', 'name'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.restore
      ? `Put back the rights on ${mailboxList(targets)} exactly as they were before.`
      : `Add ${upnList(i.delegates).join(', ')} as delegates of ${mailboxList(targets)} with ${rightNames(i.accessRights)}.`,
  describeInput: (i) =>
    i.restore
      ? describeRestore(i.restore)
      : [
          { label: 'Delegates', value: upnList(i.delegates).join(', ') },
          { label: 'Rights', value: rightNames(i.accessRights) },
          ...(i.accessRights.includes('FullAccess') ? [{ label: 'Automapping', value: i.autoMapping ? 'On' : 'Off' }] : []),
        ],
  undo: permissionUndo('mailbox.add-delegates', planDelegateGrants),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await planDelegateGrants(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await planDelegateGrants(ctx, mailbox, i))),
});
