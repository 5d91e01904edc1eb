import { z } from 'zod';
import { defineAction, type ActionContext, type ChangeLine, type TargetOutcome, type TargetPreview } from '../define-action';
import type { ExchangeObject } from '../exchange-gateway.types';
import { userRef } from '../input-refs';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import { mailboxList, personOf, refuse, type Person } from './mailbox-permissions.helpers';

/**
 * Gives one user a role on the Contacts folder of each selected mailbox. Exchange refuses
 * Add-MailboxFolderPermission for a user who already has an entry ("An existing permission entry was
 * found for user"), so an existing entry is changed with Set-MailboxFolderPermission instead.
 * Undo puts the delegate's previous role back, or removes the entry when there was none
 * (Remove-MailboxFolderPermission, the inverse of the catalog's Add).
 */
const ROLES = ['Reviewer', 'Author', 'NonEditingAuthor', 'PublishingAuthor', 'Editor', 'PublishingEditor', 'Owner', 'Contributor'] as const;
type Role = (typeof ROLES)[number];

const ROLE_LABEL: Record<Role, string> = {
  Reviewer: 'Reviewer (read)',
  Author: 'Author',
  NonEditingAuthor: 'Non-editing author',
  PublishingAuthor: 'Publishing author',
  Editor: 'Editor (read and edit)',
  PublishingEditor: 'Publishing editor',
  Owner: 'Owner',
  Contributor: 'Contributor',
};

const input = z.object({
  delegate: userRef('User who gets access to the Contacts folder.'),
  accessRights: z.enum(ROLES).default('Editor').describe('Role on the folder: Reviewer reads, Editor reads and edits, Owner also manages permissions.'),
  /** Set by Undo only (forms skip objects): the role to put back, null = no entry. */
  restore: z.object({ role: z.enum(ROLES).nullable() }).optional(),
});
type Input = z.infer<typeof input>;

const folderOf = (mailbox: MailboxTarget): string => `${mailbox.primarySmtpAddress || mailbox.userPrincipalName}:\\Contacts`;

const rightsOf = (o: ExchangeObject): string => (Array.isArray(o.AccessRights) ? o.AccessRights.join(', ') : String(o.AccessRights ?? ''));

interface FolderState {
  /** "Megan Bowen (Editor)" per entry, Default and Anonymous left out. */
  entries: { user: string; role: string }[];
  /** The delegate's current role, null when they have no entry. */
  current: string | null;
}

async function readFolder(ctx: ActionContext, mailbox: MailboxTarget, delegate: Person): Promise<FolderState> {
  const exo = ctx.directory.exchange;
  const all = await exo.invoke('Get-MailboxFolderPermission', { Identity: folderOf(mailbox) });
  let current: string | null = null;
  try {
    const [mine] = await exo.invoke('Get-MailboxFolderPermission', { Identity: folderOf(mailbox), User: delegate.upn });
    current = mine ? rightsOf(mine) : null;
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'UserNotFoundInPermissionEntryException') throw e;
  }
  const entries = all.filter((o) => o.UserType !== 'Default' && o.UserType !== 'Anonymous' && o.User !== 'Default' && o.User !== 'Anonymous').map((o) => ({ user: String(o.User), role: rightsOf(o) }));
  return { entries, current };
}

async function delegateOf(ctx: ActionContext, mailbox: MailboxTarget, i: Input): Promise<Person> {
  const [user] = await ctx.resolveUsers([i.delegate]);
  if (user.id === mailbox.id) throw refuse(`${user.displayName} owns the mailbox ${mailbox.displayName} and already has every right on its folders.`, 'Pick another user as the delegate.');
  return personOf(user);
}

/** The role the run leaves the delegate with (null: no entry), from the input or the undo. */
const wantedRole = (i: Input): Role | null => (i.restore ? i.restore.role : i.accessRights);

function line(mailbox: MailboxTarget, state: FolderState, delegate: Person, role: string | null): ChangeLine {
  const show = (list: { user: string; role: string }[]) => (list.length === 0 ? '(nobody)' : list.map((e) => `${e.user} (${e.role})`).join(', '));
  const others = state.entries.filter((e) => e.user !== delegate.displayName);
  const after = role === null ? others : [...others, { user: delegate.displayName, role }];
  return { label: `${mailbox.displayName} · Contacts folder`, before: show(state.entries), after: show(after) };
}

async function preview(ctx: ActionContext, mailbox: MailboxTarget, i: Input): Promise<TargetPreview> {
  const delegate = await delegateOf(ctx, mailbox, i);
  const state = await readFolder(ctx, mailbox, delegate);
  const role = wantedRole(i);
  if (state.current === role) {
    return { changes: [], noop: role === null ? `${delegate.displayName} has no access to the Contacts folder of ${mailbox.displayName}.` : `${delegate.displayName} is already ${role} on the Contacts folder of ${mailbox.displayName}.` };
  }
  return { changes: [line(mailbox, state, delegate, role)] };
}

async function run(ctx: ActionContext, mailbox: MailboxTarget, i: Input): Promise<TargetOutcome> {
  const delegate = await delegateOf(ctx, mailbox, i);
  const state = await readFolder(ctx, mailbox, delegate);
  const role = wantedRole(i);
  if (state.current === role) return { outcome: 'skipped', message: `${delegate.displayName} already had that access to the Contacts folder.` };
  const exo = ctx.directory.exchange;
  const params = { Identity: folderOf(mailbox), User: delegate.upn };
  if (role === null) await exo.invoke('Remove-MailboxFolderPermission', { ...params, Confirm: false });
  else if (state.current === null) await exo.invoke('Add-MailboxFolderPermission', { ...params, AccessRights: [role] });
  else await exo.invoke('Set-MailboxFolderPermission', { ...params, AccessRights: [role] });
  return {
    outcome: 'succeeded',
    message:
      role === null
        ? `${delegate.displayName} no longer has access to the Contacts folder of ${mailbox.displayName}.`
        : `${delegate.displayName} is now ${role} on the Contacts folder of ${mailbox.displayName}.`,
    changes: [line(mailbox, state, delegate, role)],
    audit: { folder: folderOf(mailbox), delegate: delegate.upn, before: state.current, after: role },
  };
}

export const assignContactsFolderDelegateAction = defineAction({
  id: 'mailbox.assign-contacts-folder-delegate',
  title: 'Assign contacts folder delegate',
  category: 'Mailboxes',
  description: "Give a user access to the Contacts folder of one or more mailboxes (Editor by default, or another folder role).",
  phrases: [
    'delegate the contacts folder of jane@contoso.com to megan@contoso.com',
    "give lynne@contoso.com access to isaiah@contoso.com's contacts",
    'share the contacts folder of a mailbox with an assistant',
    "let grady@contoso.com edit the contacts of diego@contoso.com's mailbox",
    'make megan@contoso.com a reviewer on the contacts folder of info@contoso.com',
    'assign a contacts folder delegate for several mailboxes',
    "give {user} editor rights on {user}'s contacts folder",
    "{user} needs access to {user}'s contacts",
    "share {mailbox}'s contacts with {user}",
    'Add-MailboxFolderPermission on the Contacts folder of {mailbox} for {user} -AccessRights Editor',
    'can {user} see the contacts of {user}?',
    "let the assistant {user} manage her boss's contacts",
    'reviewer rights on the contacts folder of {mailbox} for {user}',
    'contacts folder permission for {user} on {mailbox}',
    '{user} should be able to edit the contacts in {mailbox}',
    'give {user} read access to the contacts of several mailboxes',
    "make {user} owner of {user}'s contacts folder",
    'contacts delegate: {user} on {mailbox}',
    "could you share {user}'s Outlook contacts with her PA {user}",
    'grant folder permissions on the contacts folder to {user}',
    'set {user} as editor of the contacts folder for {mailbox} and {mailbox}',
    '{user} is on leave, her assistant needs to update her contacts',
  ],
  paramRules: [
    { name: 'delegate', capture: /\b(?:to|with|give|let|make)\s+([A-Za-z0-9._%+#-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b)(?!['’]s)/i, as: 'email' },
    {
      name: 'accessRights',
      when: [
        { pattern: /\bnon[- ]?editing author\b/i, value: 'NonEditingAuthor' },
        { pattern: /\bpublishing editor\b/i, value: 'PublishingEditor' },
        { pattern: /\bpublishing author\b/i, value: 'PublishingAuthor' },
        { pattern: /\breviewer\b|\bread[- ]only\b|\bread\b/i, value: 'Reviewer' },
        { pattern: /\bowner\b/i, value: 'Owner' },
        { pattern: /\bauthor\b/i, value: 'Author' },
        { pattern: /\bcontributor\b/i, value: 'Contributor' },
        { pattern: /\beditor\b|\bedit\b/i, value: 'Editor' },
      ],
    },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['on', 'of', 'for'] },
  target: 'mailbox',
  input,
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.restore
      ? `Put ${i.delegate}'s access to the Contacts folder of ${mailboxList(targets)} back as it was (${i.restore.role ?? 'no access'}).`
      : `Give ${i.delegate} ${i.accessRights} access to the Contacts folder of ${mailboxList(targets)}.`,
  describeInput: (i) => [
    { label: 'Delegate', value: i.delegate },
    { label: 'Role', value: i.restore ? (i.restore.role ? ROLE_LABEL[i.restore.role] : 'No access (entry removed)') : ROLE_LABEL[i.accessRights] },
  ],
  undo: {
    async capture(ctx, mailbox, i) {
      const delegate = await delegateOf(ctx, mailbox, i);
      const { current } = await readFolder(ctx, mailbox, delegate);
      return { role: current, wanted: wantedRole(i) };
    },
    restore(captured, i) {
      const { role, wanted } = captured as { role: string | null; wanted: Role | null };
      if (role === wanted) return null;
      const known = role === null || (ROLES as readonly string[]).includes(role);
      // A role outside the list (e.g. custom rights set in Outlook) cannot be put back through this action.
      return known ? { actionId: 'mailbox.assign-contacts-folder-delegate', params: { delegate: i.delegate, accessRights: i.accessRights, restore: { role } } } : null;
    },
  },
  preview,
  run,
});
