import { z } from 'zod';
import { defineAction } from '../define-action';
import {
  describeRestore,
  mailboxList,
  permissionUndo,
  planManagerGrant,
  previewPlan,
  previewRestore,
  restoreInput,
  runPlan,
  runRestore,
} from './mailbox-permissions.helpers';

/**
 * Each mailbox's owner's manager (Entra ID: GET /users/{id}/manager) gets Full Access to it, the usual
 * step when someone leaves or is away. A mailbox whose user has no manager is skipped with the reason
 * and how to set one. Undo removes exactly the Full Access grants this run made.
 */
const input = z.object({
  autoMapping: z.boolean().default(true).describe("Automapping: Outlook opens the mailbox in the manager's profile."),
  restore: restoreInput,
});

export const grantManagerFullAccessAction = defineAction({
  id: 'mailbox.grant-manager-full-access',
  title: "Grant 'full access' permission to manager",
  category: 'Mailboxes',
  description: "Give the manager of each selected mailbox's user Full access to that mailbox (the manager comes from Entra ID).",
  phrases: [
    "give jane@contoso.com's manager full access to her mailbox",
    "grant full access on lynne@contoso.com's mailbox to her line manager",
    'grant full mailbox access to the manager of a mailbox',
    'grant the manager full access to the mailbox of someone who left',
    "let the boss of diego@contoso.com open his mailbox with full access",
    "give the manager full access to {user}'s mailbox",
    '{user} left, give their manager full access to the mailbox',
    'the manager needs full access to the mailbox of {user}',
    'offboarding {user}: grant FA on the mailbox to their manager',
    "grant each user's manager full access to their mailbox",
    "can {user}'s manager get into her mailbox?",
    "let {user}'s line manager open the leaver's mailbox",
    'full access for the manager on {user}',
    '{user} is on long-term sick leave, please give her manager access to her mbx',
    'give managers full access to the mailboxes of leavers',
    'add the manager as full access delegate on {mailbox}',
    'grant FullAccess on {mailbox} to the manager listed in Entra',
    "could you give {user}'s boss access to his inbox",
    'full mailbox access for the manager of {user}, no automapping',
    'the manager of {user} should have full access to the mailbox',
    'manager full access for these mailboxes',
  ],
  paramRules: [{ name: 'autoMapping', when: [{ pattern: /\b(?:without|no|turn off|disable)\s+auto-?mapping\b/i, value: false }] }],
  textTargets: { kinds: ['email', 'name'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.restore ? `Put back the rights on ${mailboxList(targets)} exactly as they were before.` : `Give the manager of ${mailboxList(targets)} Full access to the mailbox.`,
  describeInput: (i) => (i.restore ? describeRestore(i.restore) : [{ label: 'Automapping', value: i.autoMapping ? 'On' : 'Off' }]),
  undo: permissionUndo('mailbox.grant-manager-full-access', planManagerGrant),
  preview: async (ctx, mailbox, i) => (i.restore ? previewRestore(ctx, i.restore) : previewPlan(ctx, await planManagerGrant(ctx, mailbox, i))),
  run: async (ctx, mailbox, i) => (i.restore ? runRestore(ctx, i.restore) : runPlan(ctx, await planManagerGrant(ctx, mailbox, i))),
});
