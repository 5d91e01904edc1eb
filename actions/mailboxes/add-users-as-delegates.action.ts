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

/** How a request names the right it grants, after "give X …" or "X needs …". */
const GRANTED_RIGHT = String.raw`full[\s-]?access|fa|send[\s-]?as|send on behalf|read and manage|delegate (?:access|rights)`;

/**
 * Users first: the chosen users become delegates of the chosen mailboxes, with the rights picked
 * (Full access with or without automapping, Send as, Send on behalf, and the rarer mailbox rights).
 * Rights a delegate already holds are left alone; the card shows each mailbox's holders before → after.
 * Undo takes back exactly the grants this run made.
 */
const input = z.object({
  delegates: z.array(z.string().trim().min(1)).min(1).describe(refHelp('user', 'Users who get access (user principal names).')),
  accessRights: rightsInput('Rights to grant.').default(['FullAccess']),
  autoMapping: z.boolean().default(true).describe('Automapping: Outlook opens the mailbox for them (Full access only).'),
  restore: restoreInput,
});

export const addUsersAsDelegatesAction = defineAction({
  id: 'mailbox.add-users-as-delegates',
  title: 'Add users as delegates',
  category: 'Mailboxes',
  description: 'Make one or more users delegates of mailboxes: Full access (automapping on or off), Send as, Send on behalf and the other mailbox rights.',
  phrases: [
    "add megan@contoso.com as delegate of jane@contoso.com's mailbox",
    'make lynne@contoso.com a delegate on the mailbox ithelp@contoso.com',
    "give these users delegate access to isaiah@contoso.com's mailbox",
    'add users as delegates of a mailbox',
    'can lynne@contoso.com get delegate access to the mailbox of miriam@contoso.com',
    'set diego@contoso.com and grady@contoso.com up as delegates for info@contoso.com',
    "let megan@contoso.com act as delegate for adele@contoso.com's mailbox",
    'give megan@contoso.com full access to the info@contoso.com mailbox',
    '{user} needs full access to {mailbox}',
    "grant irvin@contoso.com read and manage rights on lynne@contoso.com's mailbox",
    'give {user} full access to {mailbox}',
    'FA for {user} on {mailbox}',
    '{user} needs full access and send as on {mailbox}',
    'could you please give {user} access to the {mailbox} mailbox',
    'can {user} get full access to {mailbox}?',
    'grant {user} full mailbox access to {mailbox} without automapping',
    '{user} is covering for {user} while she is on leave, give her full access to the mailbox',
    'add {user} to {mailbox} with full access',
    'Add-MailboxPermission {mailbox} -User {user} -AccessRights FullAccess',
    'make {user} and {user} delegates of {mailbox} with send as',
    "{user} should be able to open {user}'s mailbox",
    'please give {user} and {user} access to the shared mailbox {mailbox}',
    'let {user} read and manage {mailbox}',
    "grant full access perms to {user} on {user}'s mbx",
    'new starter {user} needs full access to the team mailbox {mailbox}',
    'add users as delegates with full access and send on behalf',
    'add {user} to the shared mailbox {mailbox}',
    'need full mailbox access for {user} to {mailbox}',
  ],
  paramRules: [
    {
      name: 'delegates',
      // "add X as a delegate", "give X full access to …", "X needs send as on …"
      capture: new RegExp(
        [
          String.raw`\b(?:add|make|set|let|give)\s+(.+?)\s+(?:as|a|up as|act as)\s+(?:an?\s+)?delegates?\b`,
          String.raw`\b(?:give|grant)\s+(.+?)\s+(?:${GRANTED_RIGHT})\b`,
          String.raw`^\s*(.+?)\s+(?:needs|wants|should (?:have|get))\s+(?:${GRANTED_RIGHT})\b`,
          // "make christie@… and allan@… delegates of legal@…", "johanna@… should be added as a delegate on payroll@…"
          String.raw`\bmake\s+(.+?)\s+(?:an?\s+)?delegates?\s+(?:of|on|for|to)\b`,
          String.raw`([^\s,;:]+@[^\s,;:]+)\s+(?:should|needs? to|must|will)\s+be\s+(?:added\s+as\s+|made\s+)?(?:an?\s+)?delegates?\b`,
        ].join('|'),
        'i',
      ),
      as: 'emails',
      evidence: true,
    },
    { name: 'accessRights', capture: RIGHTS_IN_TEXT, as: 'list' },
    { name: 'autoMapping', when: [{ pattern: /\b(?:without|no|turn off|disable)\s+auto-?mapping\b/i, value: false }] },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['of', 'on', 'for', 'to'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.restore
      ? `Put back the rights on ${mailboxList(targets)} exactly as they were before.`
      : `Give ${upnList(i.delegates).join(', ')} ${rightNames(i.accessRights)} on ${mailboxList(targets)}.`,
  describeInput: (i) =>
    i.restore
      ? describeRestore(i.restore)
      : [
          { label: 'Delegates', value: upnList(i.delegates).join(', ') },
          { label: 'Rights', value: rightNames(i.accessRights) },
          ...(i.accessRights.includes('FullAccess') ? [{ label: 'Automapping', value: i.autoMapping ? 'On' : 'Off' }] : []),
        ],
  undo: permissionUndo('mailbox.add-users-as-delegates', planDelegateGrants),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await planDelegateGrants(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await planDelegateGrants(ctx, mailbox, i))),
});
