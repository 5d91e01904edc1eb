import { createHash } from 'node:crypto';
import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import type { GroupRecord, UserRecord } from '../tenant/tenant.types';

/**
 * The sandbox's Exchange Online organisation. It is a view over the directory plus Exchange's own
 * data: a mailbox or mail user belongs to an Entra user (its ExternalDirectoryObjectId), a distribution
 * or mail-enabled security group IS the directory group (membership lives there, so Graph and Exchange
 * agree), and mail contacts, permissions, mailbox settings and mobile devices live here only.
 * Every licensed user with an Exchange plan gets a mailbox the next time the organisation is read
 * (sync()), as Exchange provisions one after licensing.
 */

export type MailboxType = 'UserMailbox' | 'SharedMailbox' | 'RoomMailbox' | 'EquipmentMailbox';
export type RecipientTypeDetails =
  | MailboxType
  | 'MailUser'
  | 'MailContact'
  | 'MailUniversalDistributionGroup'
  | 'MailUniversalSecurityGroup';

/** One Full Access (or other mailbox-level) grant, as Get-MailboxPermission reports it. */
export interface MailboxPermissionEntry {
  /** The trustee's recipient key (see ExchangeOrg.keyOf). */
  trustee: string;
  accessRights: string[];
  automapping: boolean;
}

export interface FolderPermissionEntry {
  /** Recipient key, or 'Default' / 'Anonymous'. */
  user: string;
  accessRights: string[];
}

export interface MailboxRecord {
  userId: string;
  guid: string;
  type: MailboxType;
  /** Whether the mailbox was soft-deleted (Remove-Mailbox without -PermanentlyDelete). */
  softDeleted: boolean;
  /** Set-Mailbox properties (ForwardingSmtpAddress, quotas, archive, litigation hold, audit…). */
  settings: Record<string, unknown>;
  cas: Record<string, unknown>;
  regional: Record<string, unknown>;
  autoReply: Record<string, unknown>;
  calendarProcessing: Record<string, unknown>;
  permissions: MailboxPermissionEntry[];
  /** Folder path (e.g. "\\Contacts", "\\Calendar") → entries. */
  folderPermissions: Record<string, FolderPermissionEntry[]>;
}

export interface MailContactRecord {
  id: string;
  guid: string;
  name: string;
  alias: string;
  displayName: string;
  externalEmailAddress: string;
  emailAddresses: string[];
  props: Record<string, unknown>;
}

export interface MailUserRecord {
  userId: string;
  guid: string;
  externalEmailAddress: string;
  props: Record<string, unknown>;
}

/** Exchange-only attributes of a distribution or mail-enabled security group (keyed by the group's id). */
export interface DistributionGroupExtras {
  managedBy: string[];
  props: Record<string, unknown>;
}

/** A Send As grant (Get-RecipientPermission). */
export interface RecipientPermissionEntry {
  /** Recipient key of the object the right is on. */
  identity: string;
  trustee: string;
  accessRights: string[];
}

export interface MobileDeviceRecord {
  guid: string;
  deviceId: string;
  /** Owner mailbox's user id. */
  userId: string;
  friendlyName: string;
  deviceModel: string;
  deviceOS: string;
  deviceType: string;
  clientType: 'EAS' | 'Outlook';
  deviceAccessState: 'Allowed' | 'Blocked' | 'Quarantined' | 'DeviceDiscovery';
  deviceAccessStateReason: string;
  firstSyncTime: string;
  /** Set by Clear-MobileDevice: 'WipePending' | 'AccountOnlyWipePending', cleared by -Cancel. */
  wipeStatus: string | null;
  wipeRequestTime: string | null;
  notificationEmailAddresses: string[];
}

/** A recipient of any kind, resolved from an Identity value. */
export type RecipientRef =
  | { kind: 'mailbox'; key: string; mailbox: MailboxRecord; user: UserRecord }
  | { kind: 'mailUser'; key: string; mailUser: MailUserRecord; user: UserRecord }
  | { kind: 'contact'; key: string; contact: MailContactRecord }
  | { kind: 'group'; key: string; group: GroupRecord; extras: DistributionGroupExtras }
  /** A directory user without a mailbox (User recipient type): can be a trustee, not a mail target. */
  | { kind: 'user'; key: string; user: UserRecord };

/** Exchange service plans whose presence (not disabled) gives a licensed user a mailbox. */
const EXCHANGE_PLAN_NAMES = /^EXCHANGE_S_(STANDARD|ENTERPRISE|DESKLESS|ESSENTIALS)/;

export const DEFAULT_QUOTAS: Record<MailboxType, { warn: string; send: string; sendReceive: string }> = {
  UserMailbox: { warn: '98 GB (105,226,698,752 bytes)', send: '99 GB (106,300,440,576 bytes)', sendReceive: '100 GB (107,374,182,400 bytes)' },
  SharedMailbox: { warn: '49 GB (52,613,349,376 bytes)', send: '49.5 GB (53,150,220,288 bytes)', sendReceive: '50 GB (53,687,091,200 bytes)' },
  RoomMailbox: { warn: '49 GB (52,613,349,376 bytes)', send: '49.5 GB (53,150,220,288 bytes)', sendReceive: '50 GB (53,687,091,200 bytes)' },
  EquipmentMailbox: { warn: '49 GB (52,613,349,376 bytes)', send: '49.5 GB (53,150,220,288 bytes)', sendReceive: '50 GB (53,687,091,200 bytes)' },
};

export function exchangeGuid(kind: string, name: string): string {
  const h = createHash('sha1').update(`exo:${kind}:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function newMailboxRecord(userId: string, type: MailboxType): MailboxRecord {
  const q = DEFAULT_QUOTAS[type];
  const resource = type === 'RoomMailbox' || type === 'EquipmentMailbox';
  return {
    userId,
    guid: exchangeGuid('mailbox', userId),
    type,
    softDeleted: false,
    settings: {
      ForwardingAddress: null,
      ForwardingSmtpAddress: null,
      DeliverToMailboxAndForward: false,
      GrantSendOnBehalfTo: [],
      IssueWarningQuota: q.warn,
      ProhibitSendQuota: q.send,
      ProhibitSendReceiveQuota: q.sendReceive,
      ArchiveStatus: 'None',
      ArchiveName: [],
      ArchiveGuid: '00000000-0000-0000-0000-000000000000',
      AutoExpandingArchiveEnabled: false,
      LitigationHoldEnabled: false,
      LitigationHoldDuration: 'Unlimited',
      LitigationHoldDate: null,
      LitigationHoldOwner: null,
      RetentionComment: null,
      RetentionUrl: null,
      AuditEnabled: true,
      HiddenFromAddressListsEnabled: false,
      MailTip: null,
      RetentionPolicy: 'Default MRM Policy',
      AddressBookPolicy: null,
      ResourceCapacity: resource ? null : null,
      MessageCopyForSentAsEnabled: false,
      MessageCopyForSendOnBehalfEnabled: false,
      ...Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`CustomAttribute${i + 1}`, ''])),
    },
    cas: {
      ActiveSyncEnabled: true,
      OWAEnabled: true,
      PopEnabled: true,
      ImapEnabled: true,
      MAPIEnabled: true,
      EwsEnabled: true,
      ActiveSyncAllowedDeviceIDs: [],
      ActiveSyncBlockedDeviceIDs: [],
    },
    regional: { Language: 'en-US', TimeZone: 'Pacific Standard Time', DateFormat: 'M/d/yyyy', TimeFormat: 'h:mm tt' },
    autoReply: {
      AutoReplyState: 'Disabled',
      StartTime: null,
      EndTime: null,
      InternalMessage: '',
      ExternalMessage: '',
      ExternalAudience: 'All',
    },
    calendarProcessing: {
      AutomateProcessing: resource ? 'AutoAccept' : 'AutoUpdate',
      BookingWindowInDays: 180,
      MaximumDurationInMinutes: 1440,
      AllowConflicts: false,
      AllowRecurringMeetings: true,
      ResourceDelegates: [],
    },
    permissions: [],
    folderPermissions: {},
  };
}

export interface ExchangeOrgSettings {
  /** Outbound spam filter policy AutoForwardingMode: Automatic (= Off), On or Off. */
  autoForwardingMode: 'Automatic' | 'On' | 'Off';
  /** Known-good retention and address book policy names (Set-Mailbox validates against them). */
  retentionPolicies: string[];
  addressBookPolicies: string[];
}

export class ExchangeOrg {
  readonly mailboxes = new Map<string, MailboxRecord>();
  readonly mailUsers = new Map<string, MailUserRecord>();
  readonly contacts = new Map<string, MailContactRecord>();
  readonly groupExtras = new Map<string, DistributionGroupExtras>();
  readonly recipientPermissions: RecipientPermissionEntry[] = [];
  readonly mobileDevices = new Map<string, MobileDeviceRecord>();
  readonly settings: ExchangeOrgSettings = {
    autoForwardingMode: 'Automatic',
    retentionPolicies: ['Default MRM Policy', 'Legal 7 Years', 'Delete After 1 Year'],
    addressBookPolicies: ['Contoso Staff ABP', 'Contoso Retail ABP'],
  };

  constructor(readonly tenant: SandboxTenant) {}

  /** Brings Exchange in line with the directory: licensed users get a mailbox, groups get their extras. */
  sync(): void {
    for (const user of this.tenant.listUsers()) {
      // A soft-deleted mailbox whose user was restored (within 30 days) is reconnected, as Exchange Online does.
      const existing = this.mailboxes.get(user.props.id);
      if (existing?.softDeleted) existing.softDeleted = false;
      if (existing || this.mailUsers.has(user.props.id)) continue;
      if (this.hasExchangePlan(user)) this.mailboxes.set(user.props.id, newMailboxRecord(user.props.id, 'UserMailbox'));
    }
    for (const group of this.tenant.listGroups()) {
      if (this.isDistributionGroup(group) && !this.groupExtras.has(group.props.id)) {
        this.groupExtras.set(group.props.id, newGroupExtras([...group.ownerIds]));
      }
    }
  }

  hasExchangePlan(user: UserRecord): boolean {
    for (const licence of user.props.assignedLicenses ?? []) {
      const sku = this.tenant.getSku(String(licence.skuId));
      if (!sku) continue;
      const disabled = new Set((licence.disabledPlans ?? []).map(String));
      if (sku.servicePlans.some((p) => EXCHANGE_PLAN_NAMES.test(p.servicePlanName) && !disabled.has(p.servicePlanId))) return true;
    }
    return false;
  }

  isDistributionGroup(group: GroupRecord): boolean {
    return group.props.mailEnabled === true && !(group.props.groupTypes ?? []).includes('Unified');
  }

  /** Mailboxes whose directory user still exists (active), soft-deleted ones only when asked. */
  listMailboxes(options: { includeSoftDeleted?: boolean } = {}): { mailbox: MailboxRecord; user: UserRecord }[] {
    const out: { mailbox: MailboxRecord; user: UserRecord }[] = [];
    for (const mailbox of this.mailboxes.values()) {
      if (mailbox.softDeleted && !options.includeSoftDeleted) continue;
      const user = this.tenant.getUser(mailbox.userId) ?? this.tenant.getDeletedUser(mailbox.userId);
      if (!user) continue;
      if (!mailbox.softDeleted && user.props.deletedDateTime) continue;
      out.push({ mailbox, user });
    }
    return out;
  }

  listDistributionGroups(): { group: GroupRecord; extras: DistributionGroupExtras }[] {
    this.sync();
    return this.tenant
      .listGroups()
      .filter((g) => this.isDistributionGroup(g))
      .map((group) => ({ group, extras: this.groupExtras.get(group.props.id)! }));
  }

  listMailUsers(): { mailUser: MailUserRecord; user: UserRecord }[] {
    const out: { mailUser: MailUserRecord; user: UserRecord }[] = [];
    for (const mailUser of this.mailUsers.values()) {
      const user = this.tenant.getUser(mailUser.userId);
      if (user) out.push({ mailUser, user });
    }
    return out;
  }

  /** Every recipient, in a stable order: mailboxes, mail users, contacts, groups. */
  allRecipients(): RecipientRef[] {
    const out: RecipientRef[] = [];
    for (const { mailbox, user } of this.listMailboxes()) out.push({ kind: 'mailbox', key: mailbox.userId, mailbox, user });
    for (const { mailUser, user } of this.listMailUsers()) out.push({ kind: 'mailUser', key: mailUser.userId, mailUser, user });
    for (const contact of this.contacts.values()) out.push({ kind: 'contact', key: contact.id, contact });
    for (const { group, extras } of this.listDistributionGroups()) out.push({ kind: 'group', key: group.props.id, group, extras });
    return out;
  }

  /**
   * Finds recipients by an Identity value the way Exchange does: name, alias, display name, any
   * SMTP address, UPN, Guid or ExternalDirectoryObjectId (case-insensitive). Directory users without a
   * mailbox are included when `includeUsers` (trustees of permissions can be plain users).
   */
  findRecipients(identity: string, options: { includeUsers?: boolean } = {}): RecipientRef[] {
    this.sync();
    const wanted = identity.trim().toLowerCase().replace(/^smtp:/, '');
    const hits = this.allRecipients().filter((r) => identityValues(r).includes(wanted));
    if (hits.length > 0 || !options.includeUsers) return hits;
    const user = this.tenant.getUser(identity.trim());
    return user ? [{ kind: 'user', key: user.props.id, user }] : [];
  }

  byKey(key: string): RecipientRef | undefined {
    return this.allRecipients().find((r) => r.key === key) ?? userRef(this.tenant.getUser(key));
  }
}

function userRef(user: UserRecord | undefined): RecipientRef | undefined {
  return user ? { kind: 'user', key: user.props.id, user } : undefined;
}

export function newGroupExtras(managedBy: string[]): DistributionGroupExtras {
  return {
    managedBy,
    props: {
      MemberJoinRestriction: 'Closed',
      MemberDepartRestriction: 'Closed',
      RequireSenderAuthenticationEnabled: true,
      HiddenFromAddressListsEnabled: false,
      ModerationEnabled: false,
      ModeratedBy: [],
      AcceptMessagesOnlyFromSendersOrMembers: [],
      GrantSendOnBehalfTo: [],
      MailTip: null,
      Description: [],
    },
  };
}

/** Primary SMTP and proxy addresses of a recipient, in Exchange's "SMTP:/smtp:" form. */
export function emailAddressesOf(r: RecipientRef): string[] {
  switch (r.kind) {
    case 'mailbox':
    case 'mailUser':
    case 'user':
      return r.user.props.proxyAddresses?.length ? [...r.user.props.proxyAddresses] : [`SMTP:${r.user.props.mail ?? r.user.props.userPrincipalName}`];
    case 'contact':
      return r.contact.emailAddresses;
    case 'group':
      return r.group.props.proxyAddresses?.length ? [...r.group.props.proxyAddresses] : r.group.props.mail ? [`SMTP:${r.group.props.mail}`] : [];
  }
}

export function primarySmtpOf(r: RecipientRef): string {
  const primary = emailAddressesOf(r).find((a) => a.startsWith('SMTP:'));
  if (primary) return primary.slice(5);
  if (r.kind === 'contact') return r.contact.externalEmailAddress.replace(/^smtp:/i, '');
  return r.kind === 'group' ? r.group.props.mail ?? '' : r.user.props.mail ?? r.user.props.userPrincipalName;
}

export function aliasOf(r: RecipientRef): string {
  switch (r.kind) {
    case 'contact':
      return r.contact.alias;
    case 'group':
      return r.group.props.mailNickname ?? r.group.props.displayName;
    default:
      return r.user.props.mailNickname ?? r.user.props.userPrincipalName.split('@')[0];
  }
}

export function displayNameOf(r: RecipientRef): string {
  if (r.kind === 'contact') return r.contact.displayName;
  if (r.kind === 'group') return r.group.props.displayName;
  return r.user.props.displayName;
}

/** Exchange's Name (CN): for directory-backed recipients, the alias; contacts keep their own. */
export function nameOf(r: RecipientRef): string {
  return r.kind === 'contact' ? r.contact.name : aliasOf(r);
}

export function guidOf(r: RecipientRef): string {
  switch (r.kind) {
    case 'mailbox':
      return r.mailbox.guid;
    case 'mailUser':
      return r.mailUser.guid;
    case 'contact':
      return r.contact.guid;
    case 'group':
      return exchangeGuid('group', r.group.props.id);
    case 'user':
      return exchangeGuid('user', r.user.props.id);
  }
}

export function recipientTypeDetailsOf(r: RecipientRef): RecipientTypeDetails | 'User' {
  switch (r.kind) {
    case 'mailbox':
      return r.mailbox.type;
    case 'mailUser':
      return 'MailUser';
    case 'contact':
      return 'MailContact';
    case 'group':
      return r.group.props.securityEnabled ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup';
    case 'user':
      return 'User';
  }
}

/** What a trustee looks like in permission output: "jane" style names are ambiguous, UPN is not. */
export function trusteeLabel(r: RecipientRef | undefined): string {
  if (!r) return 'S-1-5-21-unknown';
  if (r.kind === 'contact' || r.kind === 'group') return primarySmtpOf(r) || displayNameOf(r);
  return r.user.props.userPrincipalName;
}

function identityValues(r: RecipientRef): string[] {
  const values = [nameOf(r), aliasOf(r), displayNameOf(r), primarySmtpOf(r), guidOf(r), r.key];
  for (const a of emailAddressesOf(r)) values.push(a.replace(/^smtp:/i, ''));
  if (r.kind === 'mailbox' || r.kind === 'mailUser' || r.kind === 'user') values.push(r.user.props.userPrincipalName);
  if (r.kind === 'contact') values.push(r.contact.externalEmailAddress.replace(/^smtp:/i, ''));
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0).map((v) => v.toLowerCase());
}
