import {
  displayNameOf,
  nameOf,
  primarySmtpOf,
  trusteeLabel,
  type FolderPermissionEntry,
  type MailboxPermissionEntry,
  type RecipientRef,
} from '../exchange-org.model';
import {
  CmdletError,
  invalidArgument,
  notFound,
  resolveMailbox,
  resolveOne,
  type CmdletContext,
  type CmdletDefinition,
  type ParamSpec,
} from '../cmdlet.types';

/**
 * Mailbox-level and folder-level permissions, shaped like Exchange Online's cmdlets:
 * Get/Add/Remove-MailboxPermission (Full Access and the other mailbox rights, one entry per trustee
 * with its rights merged, plus the NT AUTHORITY\SELF entry every mailbox shows) and
 * Get/Add/Set/Remove-MailboxFolderPermission ("jane@contoso.com:\Contacts" identities, roles).
 * Send As (Get/Add/Remove-RecipientPermission) and Send on Behalf (Set-Mailbox -GrantSendOnBehalfTo)
 * live in recipients.cmdlets.ts.
 */

/** The mailbox rights Add-MailboxPermission accepts in Exchange Online (SendAs is a recipient permission there). */
export const MAILBOX_RIGHTS = ['FullAccess', 'ExternalAccount', 'DeleteItem', 'ReadPermission', 'ChangePermission', 'ChangeOwner'] as const;
const INHERITANCE = ['None', 'All', 'Descendents', 'SelfAndChildren', 'Children'] as const;

/** Folder roles (Exchange also knows the calendar-only AvailabilityOnly and LimitedDetails). */
export const FOLDER_ROLES = ['Owner', 'PublishingEditor', 'Editor', 'PublishingAuthor', 'Author', 'NonEditingAuthor', 'Reviewer', 'Contributor', 'None'] as const;
const CALENDAR_ROLES = ['AvailabilityOnly', 'LimitedDetails'] as const;

/** Default folders a mailbox always has (the folder part of "mbx:\Folder"). */
const DEFAULT_FOLDERS = ['Top of Information Store', 'Inbox', 'Calendar', 'Contacts', 'Sent Items', 'Deleted Items', 'Drafts', 'Tasks', 'Notes', 'Journal', 'Junk Email', 'Archive'];

/** Stored entries may carry a Deny flag (Add-MailboxPermission -Deny); the model type leaves it optional. */
type PermissionEntry = MailboxPermissionEntry & { deny?: boolean };

type MailboxRef = Extract<RecipientRef, { kind: 'mailbox' }>;

const SELF = 'NT AUTHORITY\\SELF';

function rightsList(value: unknown, allowed: readonly string[], typeName: string): string[] {
  const list = Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)];
  // "FullAccess, ReadPermission" (one string) is how PowerShell shows a flags value: accept it too.
  const parts = list.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return parts.map((part) => {
    const hit = allowed.find((a) => a.toLowerCase() === part.toLowerCase());
    if (!hit) {
      throw new CmdletError(
        400,
        'System.Management.Automation.ParameterBindingException',
        `Cannot bind parameter 'AccessRights'. Cannot convert value "${part}" to type "${typeName}". Error: "Unable to match the identifier name ${part} to a valid enumerator name. Specify one of the following enumerator names and try again: ${allowed.join(', ')}"`,
      );
    }
    return hit;
  });
}

/** A trustee of a mailbox permission: a security principal (user, mailbox, mail user, security group), never a contact. */
function resolveTrustee(ctx: CmdletContext, identity: unknown): RecipientRef {
  return resolveOne(ctx, identity, (r) => r.kind !== 'contact' && !(r.kind === 'group' && !r.group.props.securityEnabled), { includeUsers: true });
}

function permissionView(mailbox: MailboxRef, user: string, rights: readonly string[], deny: boolean): Record<string, unknown> {
  return {
    Identity: nameOf(mailbox),
    User: user,
    AccessRights: [...rights],
    IsInherited: false,
    Deny: deny,
    InheritanceType: 'All',
    IsValid: true,
  };
}

function selfView(mailbox: MailboxRef): Record<string, unknown> {
  return permissionView(mailbox, SELF, ['FullAccess', 'ReadPermission'], false);
}

function entriesOf(mailbox: MailboxRef): PermissionEntry[] {
  return mailbox.mailbox.permissions as PermissionEntry[];
}

const getMailboxPermission: CmdletDefinition = {
  name: 'Get-MailboxPermission',
  params: { Identity: { kind: 'string', mandatory: true }, User: { kind: 'string' }, Owner: { kind: 'switch' }, ResultSize: { kind: 'string' } },
  run(ctx, p) {
    const mailbox = resolveMailbox(ctx, p.Identity);
    if (p.Owner === true) return [{ Identity: nameOf(mailbox), Owner: `${mailbox.user.props.userPrincipalName}` }];
    const trustee = p.User !== undefined ? resolveTrustee(ctx, p.User) : undefined;
    const views = entriesOf(mailbox)
      .filter((e) => !trustee || e.trustee === trustee.key)
      .map((e) => permissionView(mailbox, trusteeLabel(ctx.org.byKey(e.trustee)), e.accessRights, e.deny === true));
    return trustee ? views : [selfView(mailbox), ...views];
  },
};

const MAILBOX_PERMISSION_PARAMS: Record<string, ParamSpec> = {
  Identity: { kind: 'string', mandatory: true },
  User: { kind: 'string', mandatory: true },
  AccessRights: { kind: 'strings', mandatory: true },
  InheritanceType: { kind: 'string', values: INHERITANCE },
  Deny: { kind: 'switch' },
  IgnoreDefaultScope: { kind: 'switch' },
};

const addMailboxPermission: CmdletDefinition = {
  name: 'Add-MailboxPermission',
  params: { ...MAILBOX_PERMISSION_PARAMS, AutoMapping: { kind: 'bool' } },
  run(ctx, p) {
    const rights = rightsList(p.AccessRights, MAILBOX_RIGHTS, 'Microsoft.Exchange.Management.RecipientTasks.MailboxRights[]');
    if (rights.length === 0) throw invalidArgument("Cannot validate argument on parameter 'AccessRights'. The argument is null or empty.");
    const mailbox = resolveMailbox(ctx, p.Identity);
    const trustee = resolveTrustee(ctx, p.User);
    if (trustee.key === mailbox.key) {
      throw invalidArgument(`The user "${trusteeLabel(trustee)}" is the owner of mailbox "${nameOf(mailbox)}" and already has full access to it.`);
    }
    const deny = p.Deny === true;
    const entries = entriesOf(mailbox);
    const existing = entries.find((e) => e.trustee === trustee.key && (e.deny === true) === deny);
    const missing = rights.filter((r) => !existing?.accessRights.includes(r));
    if (missing.length === 0) {
      ctx.warn(`The appropriate access control entry is already present on object "${nameOf(mailbox)}" for account "${trusteeLabel(trustee)}".`);
      return [permissionView(mailbox, trusteeLabel(trustee), existing!.accessRights, deny)];
    }
    // AutoMapping only means something for Full Access, and only when it is granted (it cannot be changed later).
    const automapping = p.AutoMapping === undefined ? true : p.AutoMapping === true;
    if (existing) {
      existing.accessRights.push(...missing);
      if (missing.includes('FullAccess')) existing.automapping = automapping;
    } else {
      entries.push({ trustee: trustee.key, accessRights: [...missing], automapping: missing.includes('FullAccess') ? automapping : false, ...(deny ? { deny: true } : {}) });
    }
    return [permissionView(mailbox, trusteeLabel(trustee), missing, deny)];
  },
};

const removeMailboxPermission: CmdletDefinition = {
  name: 'Remove-MailboxPermission',
  params: { ...MAILBOX_PERMISSION_PARAMS, ResetDefault: { kind: 'switch' } },
  run(ctx, p) {
    const rights = rightsList(p.AccessRights, MAILBOX_RIGHTS, 'Microsoft.Exchange.Management.RecipientTasks.MailboxRights[]');
    const mailbox = resolveMailbox(ctx, p.Identity);
    const trustee = resolveTrustee(ctx, p.User);
    const deny = p.Deny === true;
    const entries = entriesOf(mailbox);
    const existing = entries.find((e) => e.trustee === trustee.key && (e.deny === true) === deny);
    const present = rights.filter((r) => existing?.accessRights.includes(r));
    if (!existing || present.length === 0) {
      ctx.warn(`Can't remove the access control entry on the object "${nameOf(mailbox)}" for account "${trusteeLabel(trustee)}" because the ACE doesn't exist on the object.`);
      return;
    }
    existing.accessRights = existing.accessRights.filter((r) => !present.includes(r));
    if (!existing.accessRights.includes('FullAccess')) existing.automapping = false;
    if (existing.accessRights.length === 0) entries.splice(entries.indexOf(existing), 1);
  },
};

// ---- Folder permissions ----------------------------------------------------------------------

interface FolderRef {
  mailbox: MailboxRef;
  /** "\Contacts" as the model keys it. */
  path: string;
  /** "Contacts", as FolderName shows it. */
  name: string;
  identity: string;
}

/** "jane@contoso.com:\Contacts" → the mailbox and its default folder, or Exchange's not-found error. */
function resolveFolder(ctx: CmdletContext, identity: unknown): FolderRef {
  const text = String(identity ?? '');
  const m = /^(.+?):\\(.*)$/.exec(text);
  if (!m) throw notFound(text);
  const mailbox = resolveMailbox(ctx, m[1]);
  const wanted = m[2].replace(/\\+$/, '');
  const name = wanted === '' ? 'Top of Information Store' : DEFAULT_FOLDERS.find((f) => f.toLowerCase() === wanted.toLowerCase());
  if (!name) throw notFound(text);
  return { mailbox, path: name === 'Top of Information Store' ? '\\' : `\\${name}`, name, identity: `${primarySmtpOf(mailbox)}:${name === 'Top of Information Store' ? '\\' : `\\${name}`}` };
}

function defaultEntries(folder: FolderRef): FolderPermissionEntry[] {
  return [
    { user: 'Default', accessRights: [folder.name === 'Calendar' ? 'AvailabilityOnly' : 'None'] },
    { user: 'Anonymous', accessRights: ['None'] },
  ];
}

/** The folder's entries as stored; created with Default and Anonymous on the first write. */
function folderEntries(folder: FolderRef, create: boolean): FolderPermissionEntry[] {
  const stored = folder.mailbox.mailbox.folderPermissions[folder.path];
  if (stored) return stored;
  const fresh = defaultEntries(folder);
  if (create) folder.mailbox.mailbox.folderPermissions[folder.path] = fresh;
  return fresh;
}

/** Who a folder entry is for: Default / Anonymous, or a recipient resolved the way -User is. */
function folderUser(ctx: CmdletContext, value: unknown): { key: string; label: string } {
  const text = String(value ?? '').trim();
  const special = ['Default', 'Anonymous'].find((s) => s.toLowerCase() === text.toLowerCase());
  if (special) return { key: special, label: special };
  const r = resolveTrustee(ctx, text);
  return { key: r.key, label: displayNameOf(r) };
}

function folderEntryLabel(ctx: CmdletContext, user: string): string {
  if (user === 'Default' || user === 'Anonymous') return user;
  const r = ctx.org.byKey(user);
  return r ? displayNameOf(r) : user;
}

function folderView(ctx: CmdletContext, folder: FolderRef, entry: FolderPermissionEntry): Record<string, unknown> {
  const special = entry.user === 'Default' || entry.user === 'Anonymous';
  return {
    Identity: folder.identity,
    FolderName: folder.name,
    User: folderEntryLabel(ctx, entry.user),
    UserType: special ? entry.user : 'Internal',
    AccessRights: [...entry.accessRights],
    SharingPermissionFlags: null,
    IsValid: true,
  };
}

function folderRole(folder: FolderRef, value: unknown): string[] {
  const allowed = folder.name === 'Calendar' ? [...FOLDER_ROLES, ...CALENDAR_ROLES] : [...FOLDER_ROLES];
  const roles = rightsList(value, allowed, 'Microsoft.Exchange.Management.StoreTasks.MailboxFolderAccessRight[]');
  if (roles.length !== 1) throw invalidArgument('Specify exactly one folder permission role in AccessRights (for example Editor or Reviewer).');
  return roles;
}

function userAlreadyExists(label: string): CmdletError {
  return new CmdletError(400, 'Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException', `An existing permission entry was found for user: ${label}.`);
}

function userNotInPermissions(label: string): CmdletError {
  return new CmdletError(404, 'Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException', `There is no existing permission entry found for user: ${label}.`);
}

const FOLDER_PARAMS: Record<string, ParamSpec> = {
  Identity: { kind: 'string', mandatory: true },
  User: { kind: 'string', mandatory: true },
  AccessRights: { kind: 'strings', mandatory: true },
  SendNotificationToUser: { kind: 'bool' },
  SharingPermissionFlags: { kind: 'string' },
};

const getMailboxFolderPermission: CmdletDefinition = {
  name: 'Get-MailboxFolderPermission',
  params: { Identity: { kind: 'string', mandatory: true }, User: { kind: 'string' } },
  run(ctx, p) {
    const folder = resolveFolder(ctx, p.Identity);
    const entries = folderEntries(folder, false);
    if (p.User === undefined) return entries.map((e) => folderView(ctx, folder, e));
    const who = folderUser(ctx, p.User);
    const entry = entries.find((e) => e.user === who.key);
    if (!entry) throw userNotInPermissions(who.label);
    return [folderView(ctx, folder, entry)];
  },
};

const addMailboxFolderPermission: CmdletDefinition = {
  name: 'Add-MailboxFolderPermission',
  params: FOLDER_PARAMS,
  run(ctx, p) {
    const folder = resolveFolder(ctx, p.Identity);
    const roles = folderRole(folder, p.AccessRights);
    const who = folderUser(ctx, p.User);
    if (who.key === folder.mailbox.key) throw invalidArgument(`${who.label} owns the mailbox '${folder.identity}' and can't be added to its folder permissions.`);
    const entries = folderEntries(folder, true);
    if (entries.some((e) => e.user === who.key)) throw userAlreadyExists(who.label);
    const entry: FolderPermissionEntry = { user: who.key, accessRights: roles };
    entries.push(entry);
    return [folderView(ctx, folder, entry)];
  },
};

const setMailboxFolderPermission: CmdletDefinition = {
  name: 'Set-MailboxFolderPermission',
  params: FOLDER_PARAMS,
  run(ctx, p) {
    const folder = resolveFolder(ctx, p.Identity);
    const roles = folderRole(folder, p.AccessRights);
    const who = folderUser(ctx, p.User);
    const entries = folderEntries(folder, true);
    const entry = entries.find((e) => e.user === who.key);
    if (!entry) throw userNotInPermissions(who.label);
    if (entry.accessRights.length === 1 && entry.accessRights[0] === roles[0]) {
      ctx.warn(`The command completed successfully but no settings of '${folder.identity}' have been modified.`);
      return;
    }
    entry.accessRights = roles;
  },
};

const removeMailboxFolderPermission: CmdletDefinition = {
  name: 'Remove-MailboxFolderPermission',
  params: { Identity: { kind: 'string', mandatory: true }, User: { kind: 'string', mandatory: true }, ResetDelegateUserCollection: { kind: 'switch' }, Force: { kind: 'switch' } },
  run(ctx, p) {
    const folder = resolveFolder(ctx, p.Identity);
    const who = folderUser(ctx, p.User);
    if (who.key === 'Default' || who.key === 'Anonymous') {
      throw invalidArgument(`The ${who.key} permission entry can't be removed. Use Set-MailboxFolderPermission to change its access rights (for example to None).`);
    }
    const entries = folderEntries(folder, true);
    const i = entries.findIndex((e) => e.user === who.key);
    if (i < 0) throw userNotInPermissions(who.label);
    entries.splice(i, 1);
  },
};

export const MAILBOX_PERMISSION_CMDLETS: CmdletDefinition[] = [
  getMailboxPermission,
  addMailboxPermission,
  removeMailboxPermission,
  getMailboxFolderPermission,
  addMailboxFolderPermission,
  setMailboxFolderPermission,
  removeMailboxFolderPermission,
];
