import type { DirectoryBackend, DirectoryUser } from '../directory.types';
import type { ExchangeObject } from '../exchange-gateway.types';
import { WHOLE_TENANT, type ScopeDecision } from '../governance/scope.guard';
import { scopeByOwners } from './owner-scope';
import type { ScopeEnv, TargetKindHandler } from './target-kinds';

/**
 * Exchange recipients as targets: mailboxes (user, shared, room, equipment), distribution and
 * mail-enabled security groups, mail contacts, mail users and mobile device partnerships.
 *
 * Scope rules (also in the README):
 * - a mailbox or mail user is in scope when its Entra user account is. Shared, room and equipment
 *   mailboxes have their own (disabled) user account, so a virtual tenant selects them by that
 *   account's attributes (department, domain, country…) exactly like people;
 * - a distribution group is in scope when one of its owners (ManagedBy) is, like other groups;
 * - a mail contact belongs to nobody inside the tenant: only operators whose scope is the whole tenant
 *   manage contacts;
 * - a mobile device is in scope when its owner's mailbox is.
 */

export interface MailboxTarget {
  /** The Entra user id (ExternalDirectoryObjectId): what scope, audit and undo key on. */
  id: string;
  displayName: string;
  userPrincipalName: string;
  primarySmtpAddress: string;
  alias: string;
  /** UserMailbox | SharedMailbox | RoomMailbox | EquipmentMailbox. */
  recipientTypeDetails: string;
}

export interface DistributionGroupTarget {
  /** The directory group's id (ExternalDirectoryObjectId). */
  id: string;
  displayName: string;
  primarySmtpAddress: string;
  alias: string;
  /** MailUniversalDistributionGroup | MailUniversalSecurityGroup. */
  recipientTypeDetails: string;
}

export interface MailContactTarget {
  /** Exchange Guid. */
  id: string;
  displayName: string;
  alias: string;
  externalEmailAddress: string;
  primarySmtpAddress: string;
}

export interface MailUserTarget {
  /** The Entra user id. */
  id: string;
  displayName: string;
  userPrincipalName: string;
  externalEmailAddress: string;
  primarySmtpAddress: string;
}

export interface MobileDeviceTarget {
  /** Exchange Guid of the partnership (Identity). */
  id: string;
  deviceId: string;
  friendlyName: string;
  deviceModel: string;
  deviceOS: string;
  deviceAccessState: string;
  /** The owner's Entra user id and UPN. */
  ownerId: string;
  ownerUpn: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAILBOX_TYPES = ['UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox'];
const GROUP_TYPES = ['MailUniversalDistributionGroup', 'MailUniversalSecurityGroup'];

function str(o: ExchangeObject, key: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : '';
}

function isNotFound(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { status, code } = e as { status?: unknown; code?: unknown };
  return status === 404 || code === 'ManagementObjectNotFoundException';
}

/** Exact recipient by identity (null when Exchange knows none), else starts-with search (Anr). */
async function findRecipients(directory: DirectoryBackend, text: string, top: number, types: readonly string[]): Promise<ExchangeObject[]> {
  const term = text.trim();
  if (!term) return [];
  try {
    const exact = await directory.exchange.invoke('Get-Recipient', { Identity: term, RecipientTypeDetails: [...types] });
    if (exact.length > 0) return exact.slice(0, top);
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
  return directory.exchange.invoke('Get-Recipient', { Anr: term, RecipientTypeDetails: [...types], ResultSize: String(top) }, { max: top });
}

async function loadRecipient(directory: DirectoryBackend, id: string, types: readonly string[]): Promise<ExchangeObject | null> {
  try {
    const found = await directory.exchange.invoke('Get-Recipient', { Identity: id, RecipientTypeDetails: [...types] });
    return found.length === 1 ? found[0] : null;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

export function toMailboxTarget(o: ExchangeObject): MailboxTarget {
  return {
    id: str(o, 'ExternalDirectoryObjectId'),
    displayName: str(o, 'DisplayName'),
    userPrincipalName: str(o, 'UserPrincipalName') || str(o, 'PrimarySmtpAddress'),
    primarySmtpAddress: str(o, 'PrimarySmtpAddress'),
    alias: str(o, 'Alias'),
    recipientTypeDetails: str(o, 'RecipientTypeDetails'),
  };
}

/** Get-Recipient has no UPN; a mailbox's UPN is its primary address unless Get-Mailbox says otherwise. */
function mailboxFromRecipient(o: ExchangeObject): MailboxTarget {
  return toMailboxTarget(o);
}

const MAILBOX_LABEL: Record<string, string> = {
  UserMailbox: 'User mailbox',
  SharedMailbox: 'Shared mailbox',
  RoomMailbox: 'Room mailbox',
  EquipmentMailbox: 'Equipment mailbox',
};

/** Scope of objects that belong to an Entra user: the user's own decision. */
async function scopeByUserIds(env: ScopeEnv, ids: readonly string[], noun: string): Promise<ScopeDecision[]> {
  if (await env.guard.wholeTenant(env.operator)) return ids.map(() => ({ allowed: true, scope: WHOLE_TENANT }));
  const users = await Promise.all(ids.map((id) => (id ? env.directory.getUser(id) : Promise.resolve(null))));
  const present = users.filter((u): u is DirectoryUser => u !== null);
  const decisions = await env.guard.checkAll(env.operator, present);
  const byId = new Map(present.map((u, i) => [u.id, decisions[i]]));
  return ids.map((id) => byId.get(id) ?? { allowed: false, scope: `its ${noun} account could not be read` });
}

export const mailboxKind: TargetKindHandler<'mailbox'> = {
  kind: 'mailbox',
  noun: 'mailbox',
  plural: 'mailboxes',
  named: true,
  example: 'jane@contoso.com or "IT Helpdesk"',
  async find(directory, text, top) {
    return (await findRecipients(directory, text, top, MAILBOX_TYPES)).map(mailboxFromRecipient);
  },
  async load(directory, id) {
    const o = await loadRecipient(directory, id, MAILBOX_TYPES);
    return o ? mailboxFromRecipient(o) : null;
  },
  matches: (m, lowered) =>
    [m.id, m.userPrincipalName, m.primarySmtpAddress, m.alias, m.displayName].some((v) => v.toLowerCase() === lowered),
  ref: (m) => ({
    id: m.id,
    display: m.displayName,
    detail: [m.primarySmtpAddress, MAILBOX_LABEL[m.recipientTypeDetails] ?? m.recipientTypeDetails].filter(Boolean).join(' · '),
    label: m.primarySmtpAddress || m.displayName,
  }),
  scope: (env, mailboxes) => scopeByUserIds(env, mailboxes.map((m) => m.id), 'mailbox'),
};

function toGroupTarget(o: ExchangeObject): DistributionGroupTarget {
  return {
    id: str(o, 'ExternalDirectoryObjectId'),
    displayName: str(o, 'DisplayName'),
    primarySmtpAddress: str(o, 'PrimarySmtpAddress'),
    alias: str(o, 'Alias'),
    recipientTypeDetails: str(o, 'RecipientTypeDetails'),
  };
}

export const distributionGroupKind: TargetKindHandler<'distributionGroup'> = {
  kind: 'distributionGroup',
  family: 'groups',
  noun: 'distribution group',
  plural: 'distribution groups',
  named: true,
  example: 'nw-sales@contoso.com or "Northwest Sales"',
  async find(directory, text, top) {
    return (await findRecipients(directory, text, top, GROUP_TYPES)).map(toGroupTarget);
  },
  async load(directory, id) {
    const o = await loadRecipient(directory, id, GROUP_TYPES);
    return o ? toGroupTarget(o) : null;
  },
  matches: (g, lowered) => [g.id, g.primarySmtpAddress, g.alias, g.displayName].some((v) => v.toLowerCase() === lowered),
  ref: (g) => ({
    id: g.id,
    display: g.displayName,
    detail: [g.primarySmtpAddress, g.recipientTypeDetails === 'MailUniversalSecurityGroup' ? 'Mail-enabled security group' : 'Distribution group'].join(' · '),
    label: g.primarySmtpAddress || g.displayName,
  }),
  // Owners (ManagedBy) are kept on the directory group as well, so Graph's owners list is the source.
  scope: (env, groups) => scopeByOwners(env, groups, (g) => (GUID.test(g.id) ? `/groups/${g.id}/owners` : null)),
};

function toContactTarget(o: ExchangeObject): MailContactTarget {
  const external = str(o, 'ExternalEmailAddress') || str(o, 'PrimarySmtpAddress');
  return {
    id: str(o, 'Guid'),
    displayName: str(o, 'DisplayName'),
    alias: str(o, 'Alias'),
    externalEmailAddress: external.replace(/^smtp:/i, ''),
    primarySmtpAddress: str(o, 'PrimarySmtpAddress'),
  };
}

export const mailContactKind: TargetKindHandler<'mailContact'> = {
  kind: 'mailContact',
  noun: 'mail contact',
  plural: 'mail contacts',
  named: true,
  example: 'terry.adams@fabrikam.com or "Terry Adams (Fabrikam)"',
  async find(directory, text, top) {
    return (await findRecipients(directory, text, top, ['MailContact'])).map(toContactTarget);
  },
  async load(directory, id) {
    const o = await loadRecipient(directory, id, ['MailContact']);
    return o ? toContactTarget(o) : null;
  },
  matches: (c, lowered) => [c.id, c.externalEmailAddress, c.primarySmtpAddress, c.alias, c.displayName].some((v) => v.toLowerCase() === lowered),
  ref: (c) => ({ id: c.id, display: c.displayName, detail: `${c.externalEmailAddress} · Mail contact`, label: c.externalEmailAddress || c.displayName }),
  async scope(env, contacts) {
    const whole = await env.guard.wholeTenant(env.operator);
    return contacts.map(() =>
      whole ? { allowed: true, scope: WHOLE_TENANT } : { allowed: false, scope: 'mail contacts belong to no user, so only operators with the whole tenant in scope manage them' },
    );
  },
};

function toMailUserTarget(o: ExchangeObject): MailUserTarget {
  return {
    id: str(o, 'ExternalDirectoryObjectId'),
    displayName: str(o, 'DisplayName'),
    userPrincipalName: str(o, 'UserPrincipalName') || str(o, 'PrimarySmtpAddress'),
    externalEmailAddress: str(o, 'ExternalEmailAddress').replace(/^smtp:/i, ''),
    primarySmtpAddress: str(o, 'PrimarySmtpAddress'),
  };
}

export const mailUserKind: TargetKindHandler<'mailUser'> = {
  kind: 'mailUser',
  noun: 'mail user',
  plural: 'mail users',
  named: true,
  example: 'alex.contractor@contoso.com',
  async find(directory, text, top) {
    return (await findRecipients(directory, text, top, ['MailUser'])).map(toMailUserTarget);
  },
  async load(directory, id) {
    const o = await loadRecipient(directory, id, ['MailUser']);
    return o ? toMailUserTarget(o) : null;
  },
  matches: (u, lowered) => [u.id, u.userPrincipalName, u.primarySmtpAddress, u.displayName].some((v) => v.toLowerCase() === lowered),
  ref: (u) => ({ id: u.id, display: u.displayName, detail: [u.primarySmtpAddress, u.externalEmailAddress && `mail to ${u.externalEmailAddress}`].filter(Boolean).join(' · '), label: u.primarySmtpAddress || u.displayName }),
  scope: (env, users) => scopeByUserIds(env, users.map((u) => u.id), 'mail user'),
};

export function toMobileDeviceTarget(o: ExchangeObject): MobileDeviceTarget {
  return {
    id: str(o, 'Guid') || str(o, 'Identity'),
    deviceId: str(o, 'DeviceId'),
    friendlyName: str(o, 'FriendlyName'),
    deviceModel: str(o, 'DeviceModel'),
    deviceOS: str(o, 'DeviceOS'),
    deviceAccessState: str(o, 'DeviceAccessState'),
    ownerId: str(o, 'UserExternalDirectoryObjectId'),
    ownerUpn: str(o, 'UserPrincipalName'),
  };
}

/**
 * Devices are named by their device id or Guid, or through their owner ("jane@contoso.com's
 * devices"): a mailbox identity lists that mailbox's partnerships.
 */
export const mobileDeviceKind: TargetKindHandler<'mobileDevice'> = {
  kind: 'mobileDevice',
  noun: 'mobile device',
  plural: 'mobile devices',
  named: true,
  example: "a device id, or the owner's mailbox (jane@contoso.com)",
  async find(directory, text, top) {
    const term = text.trim();
    if (!term) return [];
    try {
      const exact = await directory.exchange.invoke('Get-MobileDevice', { Identity: term });
      if (exact.length > 0) return exact.slice(0, top).map(toMobileDeviceTarget);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    try {
      return (await directory.exchange.invoke('Get-MobileDevice', { Mailbox: term }, { max: top })).map(toMobileDeviceTarget);
    } catch (e) {
      if (isNotFound(e)) return [];
      throw e;
    }
  },
  async load(directory, id) {
    try {
      const found = await directory.exchange.invoke('Get-MobileDevice', { Identity: id });
      return found.length === 1 ? toMobileDeviceTarget(found[0]) : null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  },
  matches: (d, lowered) => [d.id, d.deviceId, d.friendlyName].some((v) => v.toLowerCase() === lowered),
  ref: (d) => ({
    id: d.id,
    display: d.friendlyName || d.deviceModel,
    detail: [d.ownerUpn, d.deviceModel, d.deviceOS, d.deviceAccessState].filter(Boolean).join(' · '),
    label: `${d.ownerUpn}:${d.deviceId}`,
  }),
  scope: (env, devices) => scopeByUserIds(env, devices.map((d) => d.ownerId), 'owner'),
};
