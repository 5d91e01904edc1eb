import { randomUUID } from 'node:crypto';
import { graphDateTime } from '../../tenant/graph-date';
import type { UserRecord } from '../../tenant/tenant.types';
import { exchangeGuid, type MailContactRecord, type RecipientRef } from '../exchange-org.model';
import {
  assertAddressFree,
  alreadyExists,
  applyMulti,
  invalidArgument,
  resolveOne,
  type CmdletContext,
  type CmdletDefinition,
  type CmdletParams,
  type ParamSpec,
} from '../cmdlet.types';
import { recipientView } from './recipients.cmdlets';

/**
 * Mail contacts (Exchange-only objects: an external address in the address book) and mail users
 * (an Entra account that signs in but whose mail goes to an external address, no mailbox).
 * New-MailUser creates the Entra user (enabled, unlicensed, UPN = MicrosoftOnlineServicesID) and
 * Remove-MailUser soft-deletes it, as Exchange Online does; contacts never reach the directory.
 */

type ContactRef = Extract<RecipientRef, { kind: 'contact' }>;
type MailUserRef = Extract<RecipientRef, { kind: 'mailUser' }>;

const EMAIL = /^[^@\s"<>]+@[^@\s"<>]+\.[^@\s"<>]+$/;
const ALIAS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$/;

/** "SMTP:x@y" / "smtp:x@y" / "x@y" → "x@y", or Exchange's proxy-address error. */
function plainAddress(param: string, value: unknown): string {
  const text = String(value ?? '').trim().replace(/^smtp:/i, '');
  if (!EMAIL.test(text)) {
    throw invalidArgument(`Cannot bind parameter '${param}'. Cannot convert value "${String(value)}" to type "Microsoft.Exchange.Data.ProxyAddress". Error: "The address '${String(value)}' is invalid."`);
  }
  return text;
}

function emailsOf(r: RecipientRef): string[] {
  return (recipientView(r).EmailAddresses as string[]) ?? [];
}

function assertNameFree(ctx: CmdletContext, name: string, ownKey?: string): void {
  const lowered = name.toLowerCase();
  const taken = ctx.org.allRecipients().find((r) => r.key !== ownKey && String(recipientView(r).Name).toLowerCase() === lowered);
  if (taken) throw alreadyExists(`The name "${name}" is already being used. Please try another name.`);
}

function assertAlias(alias: string): void {
  if (!ALIAS.test(alias)) throw invalidArgument(`The alias "${alias}" contains characters that aren't allowed, or is longer than 64 characters.`);
}

/** Exchange derives an alias from the name: the characters an alias may hold. */
function aliasFrom(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 64) || 'contact';
}

/** Primary stays first ("SMTP:"), proxies after ("smtp:"), no duplicates. */
function withPrimary(addresses: readonly string[], primary: string): string[] {
  const rest = addresses.map((a) => a.replace(/^smtp:/i, '')).filter((a) => a.toLowerCase() !== primary.toLowerCase());
  return [`SMTP:${primary}`, ...applyMulti([], { replace: rest.map((a) => `smtp:${a}`) })];
}

/** Applies a bound EmailAddresses value; the primary cannot be removed (Exchange needs one). */
function changeAddresses(ctx: CmdletContext, current: readonly string[], change: unknown, primary: string, ownKey: string): string[] {
  const c = change as { replace?: string[]; add?: string[]; remove?: string[] };
  const norm = (list?: string[]) => list?.map((a) => `smtp:${plainAddress('EmailAddresses', a)}`);
  const next = applyMulti(current.map((a) => `smtp:${a.replace(/^smtp:/i, '')}`), { replace: norm(c.replace), add: norm(c.add), remove: norm(c.remove) });
  const explicitPrimary = [...(c.replace ?? []), ...(c.add ?? [])].find((a) => a.startsWith('SMTP:'));
  const primaryNow = explicitPrimary ? explicitPrimary.slice(5) : primary;
  if (!next.some((a) => a.slice(5).toLowerCase() === primaryNow.toLowerCase())) {
    throw invalidArgument(`The primary SMTP address "${primaryNow}" can't be removed. Set another primary address first.`);
  }
  for (const a of next) assertAddressFree(ctx, a.slice(5), ownKey);
  return withPrimary(next, primaryNow);
}

// ---- mail contacts -------------------------------------------------------------------------------

function contactView(r: ContactRef): Record<string, unknown> {
  return {
    ...recipientView(r),
    ExternalEmailAddress: r.contact.externalEmailAddress,
    HiddenFromAddressListsEnabled: r.contact.props.HiddenFromAddressListsEnabled === true,
    WhenCreated: r.contact.props.WhenCreated ?? null,
  };
}

/** Get-Contact: the address-book side (names, company, phone) of a contact. */
function contactDetailsView(r: ContactRef): Record<string, unknown> {
  const p = r.contact.props;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');
  return {
    Identity: r.contact.name,
    Name: r.contact.name,
    DisplayName: r.contact.displayName,
    FirstName: text('FirstName'),
    LastName: text('LastName'),
    Initials: text('Initials'),
    Company: text('Company'),
    Department: text('Department'),
    Title: text('Title'),
    Office: text('Office'),
    Phone: text('Phone'),
    MobilePhone: text('MobilePhone'),
    Notes: text('Notes'),
    WindowsEmailAddress: r.contact.externalEmailAddress.replace(/^smtp:/i, ''),
    RecipientType: 'MailContact',
    RecipientTypeDetails: 'MailContact',
    Guid: r.contact.guid,
  };
}

function resolveContact(ctx: CmdletContext, identity: unknown): ContactRef {
  return resolveOne(ctx, identity, (r) => r.kind === 'contact') as ContactRef;
}

const RESULT_SIZE: ParamSpec = { kind: 'string' };

function limit<T>(values: T[], resultSize: unknown): T[] {
  if (resultSize === undefined || String(resultSize).toLowerCase() === 'unlimited') return values;
  const n = Number(resultSize);
  return Number.isInteger(n) && n >= 0 ? values.slice(0, n) : values;
}

function anr(values: string[], term: unknown): boolean {
  if (term === undefined) return true;
  const q = String(term).trim().toLowerCase();
  return values.some((v) => v.toLowerCase().startsWith(q));
}

const getMailContact: CmdletDefinition = {
  name: 'Get-MailContact',
  params: { Identity: { kind: 'string' }, Anr: { kind: 'string' }, ResultSize: RESULT_SIZE },
  run(ctx, p) {
    let found: ContactRef[];
    if (p.Identity !== undefined) found = [resolveContact(ctx, p.Identity)];
    else found = [...ctx.org.contacts.values()].map((contact) => ({ kind: 'contact' as const, key: contact.id, contact }));
    found = found.filter((r) => anr([r.contact.name, r.contact.alias, r.contact.displayName, r.contact.externalEmailAddress.replace(/^smtp:/i, '')], p.Anr));
    return limit(found, p.ResultSize).map(contactView);
  },
};

const newMailContact: CmdletDefinition = {
  name: 'New-MailContact',
  params: {
    Name: { kind: 'string', mandatory: true },
    ExternalEmailAddress: { kind: 'string', mandatory: true },
    DisplayName: { kind: 'string' },
    Alias: { kind: 'string' },
    FirstName: { kind: 'string' },
    LastName: { kind: 'string' },
    Initials: { kind: 'string' },
    PrimarySmtpAddress: { kind: 'string' },
  },
  run(ctx, p) {
    const name = String(p.Name).trim();
    if (name.length > 64) throw invalidArgument(`The length of the property Name is too long. The maximum length is 64 and the length of the value provided is ${name.length}.`);
    const external = plainAddress('ExternalEmailAddress', p.ExternalEmailAddress);
    const primary = p.PrimarySmtpAddress !== undefined ? plainAddress('PrimarySmtpAddress', p.PrimarySmtpAddress) : external;
    const alias = p.Alias !== undefined ? String(p.Alias) : aliasFrom(name);
    assertAlias(alias);
    assertNameFree(ctx, name);
    assertAddressFree(ctx, external);
    if (primary.toLowerCase() !== external.toLowerCase()) assertAddressFree(ctx, primary);
    const record: MailContactRecord = {
      id: randomUUID(),
      guid: exchangeGuid('contact-guid', `${external}:${ctx.now().toISOString()}:${randomUUID()}`),
      name,
      alias,
      displayName: p.DisplayName !== undefined ? String(p.DisplayName) : name,
      externalEmailAddress: `SMTP:${external}`,
      emailAddresses: withPrimary(primary.toLowerCase() === external.toLowerCase() ? [] : [external], primary),
      props: {
        FirstName: p.FirstName !== undefined ? String(p.FirstName) : '',
        LastName: p.LastName !== undefined ? String(p.LastName) : '',
        Initials: p.Initials !== undefined ? String(p.Initials) : '',
        Company: '',
        Title: '',
        Phone: '',
        HiddenFromAddressListsEnabled: false,
        WhenCreated: graphDateTime(ctx.now()),
      },
    };
    ctx.org.contacts.set(record.id, record);
    return [contactView({ kind: 'contact', key: record.id, contact: record })];
  },
};

const setMailContact: CmdletDefinition = {
  name: 'Set-MailContact',
  params: {
    Identity: { kind: 'string', mandatory: true },
    ExternalEmailAddress: { kind: 'string' },
    EmailAddresses: { kind: 'multi' },
    PrimarySmtpAddress: { kind: 'string' },
    DisplayName: { kind: 'string' },
    Name: { kind: 'string' },
    Alias: { kind: 'string' },
    HiddenFromAddressListsEnabled: { kind: 'bool' },
  },
  run(ctx, p) {
    const r = resolveContact(ctx, p.Identity);
    const c = r.contact;
    const oldExternal = c.externalEmailAddress.replace(/^smtp:/i, '');
    const oldPrimary = (c.emailAddresses.find((a) => a.startsWith('SMTP:')) ?? c.externalEmailAddress).slice(5);
    let external = oldExternal;
    let addresses = [...c.emailAddresses];
    let primary = oldPrimary;
    if (p.ExternalEmailAddress !== undefined) {
      external = plainAddress('ExternalEmailAddress', p.ExternalEmailAddress);
      assertAddressFree(ctx, external, r.key);
      // The external address is the contact's primary: a new one replaces it (the old one is not kept).
      if (oldPrimary.toLowerCase() === oldExternal.toLowerCase()) {
        addresses = addresses.filter((a) => a.slice(5).toLowerCase() !== oldExternal.toLowerCase());
        primary = external;
      }
      addresses = withPrimary([...addresses, `smtp:${external}`], primary);
    }
    if (p.EmailAddresses !== undefined) addresses = changeAddresses(ctx, addresses, p.EmailAddresses, primary, r.key);
    if (p.PrimarySmtpAddress !== undefined) {
      primary = plainAddress('PrimarySmtpAddress', p.PrimarySmtpAddress);
      assertAddressFree(ctx, primary, r.key);
      addresses = withPrimary([...addresses, `smtp:${primary}`], primary);
    }
    if (p.Name !== undefined) assertNameFree(ctx, String(p.Name), r.key);
    if (p.Alias !== undefined) assertAlias(String(p.Alias));
    if (p.DisplayName !== undefined && String(p.DisplayName).trim() === '') throw invalidArgument('The DisplayName property can\'t be empty.');

    // Validated: apply.
    c.externalEmailAddress = `SMTP:${external}`;
    c.emailAddresses = addresses;
    if (p.Name !== undefined) c.name = String(p.Name);
    if (p.Alias !== undefined) c.alias = String(p.Alias);
    if (p.DisplayName !== undefined) c.displayName = String(p.DisplayName);
    if (p.HiddenFromAddressListsEnabled !== undefined) c.props.HiddenFromAddressListsEnabled = p.HiddenFromAddressListsEnabled;
  },
};

const removeMailContact: CmdletDefinition = {
  name: 'Remove-MailContact',
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, p) {
    const r = resolveContact(ctx, p.Identity);
    ctx.org.contacts.delete(r.key);
  },
};

const CONTACT_FIELDS = ['FirstName', 'LastName', 'Initials', 'Company', 'Department', 'Title', 'Office', 'Phone', 'MobilePhone', 'Notes'] as const;

const getContact: CmdletDefinition = {
  name: 'Get-Contact',
  params: { Identity: { kind: 'string' }, ResultSize: RESULT_SIZE },
  run(ctx, p) {
    if (p.Identity !== undefined) return [contactDetailsView(resolveContact(ctx, p.Identity))];
    return limit([...ctx.org.contacts.values()], p.ResultSize).map((contact) => contactDetailsView({ kind: 'contact', key: contact.id, contact }));
  },
};

const setContact: CmdletDefinition = {
  name: 'Set-Contact',
  params: {
    Identity: { kind: 'string', mandatory: true },
    DisplayName: { kind: 'string' },
    ...Object.fromEntries(CONTACT_FIELDS.map((k) => [k, { kind: 'string' } as ParamSpec])),
  },
  run(ctx, p: CmdletParams) {
    const r = resolveContact(ctx, p.Identity);
    for (const key of CONTACT_FIELDS) {
      if (p[key] === undefined) continue;
      const value = p[key] === null ? '' : String(p[key]);
      if (value.length > 64 && key !== 'Notes') throw invalidArgument(`The length of the property ${key} is too long. The maximum length is 64 and the length of the value provided is ${value.length}.`);
    }
    for (const key of CONTACT_FIELDS) if (p[key] !== undefined) r.contact.props[key] = p[key] === null ? '' : String(p[key]);
    if (p.DisplayName !== undefined && p.DisplayName !== null && String(p.DisplayName).trim() !== '') r.contact.displayName = String(p.DisplayName);
  },
};

// ---- mail users ----------------------------------------------------------------------------------

function mailUserView(r: MailUserRef): Record<string, unknown> {
  const u = r.user.props;
  return {
    ...recipientView(r),
    UserPrincipalName: u.userPrincipalName,
    MicrosoftOnlineServicesID: u.userPrincipalName,
    WindowsEmailAddress: u.mail ?? u.userPrincipalName,
    ExternalEmailAddress: r.mailUser.externalEmailAddress,
    HiddenFromAddressListsEnabled: r.mailUser.props.HiddenFromAddressListsEnabled === true,
    AccountDisabled: u.accountEnabled === false,
    WhenCreated: u.createdDateTime ?? null,
  };
}

function resolveMailUser(ctx: CmdletContext, identity: unknown): MailUserRef {
  return resolveOne(ctx, identity, (r) => r.kind === 'mailUser') as MailUserRef;
}

function checkUpn(ctx: CmdletContext, upn: string, ownId?: string): void {
  if (!EMAIL.test(upn)) throw invalidArgument(`"${upn}" isn't a valid MicrosoftOnlineServicesID. Use the form user@domain.`);
  const domain = upn.split('@')[1].toLowerCase();
  if (!ctx.tenant.verifiedDomains.map((d) => d.toLowerCase()).includes(domain)) {
    throw invalidArgument(`The domain "${domain}" of MicrosoftOnlineServicesID "${upn}" isn't an accepted domain of this organization.`);
  }
  const holder = ctx.tenant.getUser(upn);
  if (holder && holder.props.id !== ownId) throw alreadyExists(`The MicrosoftOnlineServicesID "${upn}" is already being used by another user. Please choose another one.`);
}

/** Entra's default password policy: 8-256 characters, three of lower, upper, digit, symbol. */
function checkPassword(password: string): void {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (password.length < 8 || password.length > 256 || classes < 3) {
    throw invalidArgument('The password does not meet the length, complexity, or history requirements of the domain. Use at least 8 characters with three of: lowercase, uppercase, digits, symbols.');
  }
}

const getMailUser: CmdletDefinition = {
  name: 'Get-MailUser',
  params: { Identity: { kind: 'string' }, Anr: { kind: 'string' }, ResultSize: RESULT_SIZE },
  run(ctx, p) {
    let found: MailUserRef[];
    if (p.Identity !== undefined) found = [resolveMailUser(ctx, p.Identity)];
    else found = ctx.org.listMailUsers().map(({ mailUser, user }) => ({ kind: 'mailUser' as const, key: mailUser.userId, mailUser, user }));
    found = found.filter((r) => anr([r.user.props.displayName, r.user.props.userPrincipalName, r.user.props.mailNickname ?? ''], p.Anr));
    return limit(found, p.ResultSize).map(mailUserView);
  },
};

const newMailUser: CmdletDefinition = {
  name: 'New-MailUser',
  params: {
    Name: { kind: 'string', mandatory: true },
    MicrosoftOnlineServicesID: { kind: 'string', mandatory: true },
    Password: { kind: 'string', mandatory: true },
    ExternalEmailAddress: { kind: 'string', mandatory: true },
    DisplayName: { kind: 'string' },
    Alias: { kind: 'string' },
    FirstName: { kind: 'string' },
    LastName: { kind: 'string' },
    PrimarySmtpAddress: { kind: 'string' },
  },
  run(ctx, p) {
    const name = String(p.Name).trim();
    const upn = String(p.MicrosoftOnlineServicesID).trim();
    checkUpn(ctx, upn);
    checkPassword(String(p.Password));
    const external = plainAddress('ExternalEmailAddress', p.ExternalEmailAddress);
    const primary = p.PrimarySmtpAddress !== undefined ? plainAddress('PrimarySmtpAddress', p.PrimarySmtpAddress) : upn;
    const alias = p.Alias !== undefined ? String(p.Alias) : aliasFrom(upn.split('@')[0]);
    assertAlias(alias);
    assertNameFree(ctx, name);
    assertAddressFree(ctx, primary);
    assertAddressFree(ctx, external);

    const now = graphDateTime(ctx.now());
    const user: UserRecord = {
      props: {
        id: randomUUID(),
        userPrincipalName: upn,
        displayName: p.DisplayName !== undefined ? String(p.DisplayName) : name,
        givenName: p.FirstName !== undefined ? String(p.FirstName) : null,
        surname: p.LastName !== undefined ? String(p.LastName) : null,
        mail: primary,
        mailNickname: alias,
        proxyAddresses: [`SMTP:${primary}`],
        accountEnabled: true,
        userType: 'Member',
        assignedLicenses: [],
        businessPhones: [],
        otherMails: [],
        createdDateTime: now,
        lastPasswordChangeDateTime: now,
        signInSessionsValidFromDateTime: now,
        deletedDateTime: null,
        passwordProfile: { password: null, forceChangePasswordNextSignIn: false, forceChangePasswordNextSignInWithMfa: false },
      },
      password: String(p.Password),
      managerId: null,
      methods: [],
      preferredSecondary: null,
      systemPreferredEnabled: true,
      perUserMfaState: 'disabled',
      roleTemplateIds: [],
    };
    ctx.tenant.addUser(user);
    const mailUser = { userId: user.props.id, guid: exchangeGuid('mailUser', user.props.id), externalEmailAddress: `SMTP:${external}`, props: { HiddenFromAddressListsEnabled: false } };
    ctx.org.mailUsers.set(user.props.id, mailUser);
    return [mailUserView({ kind: 'mailUser', key: user.props.id, mailUser, user })];
  },
};

const setMailUser: CmdletDefinition = {
  name: 'Set-MailUser',
  params: {
    Identity: { kind: 'string', mandatory: true },
    ExternalEmailAddress: { kind: 'string' },
    MicrosoftOnlineServicesID: { kind: 'string' },
    EmailAddresses: { kind: 'multi' },
    PrimarySmtpAddress: { kind: 'string' },
    DisplayName: { kind: 'string' },
    Alias: { kind: 'string' },
    HiddenFromAddressListsEnabled: { kind: 'bool' },
  },
  run(ctx, p) {
    const r = resolveMailUser(ctx, p.Identity);
    const u = r.user.props;
    let addresses = emailsOf(r);
    let primary = (addresses.find((a) => a.startsWith('SMTP:')) ?? `SMTP:${u.mail ?? u.userPrincipalName}`).slice(5);
    let external: string | undefined;
    let upn: string | undefined;
    if (p.ExternalEmailAddress !== undefined) {
      external = plainAddress('ExternalEmailAddress', p.ExternalEmailAddress);
      assertAddressFree(ctx, external, r.key);
    }
    if (p.MicrosoftOnlineServicesID !== undefined) {
      upn = String(p.MicrosoftOnlineServicesID).trim();
      checkUpn(ctx, upn, u.id);
    }
    if (p.EmailAddresses !== undefined) addresses = changeAddresses(ctx, addresses, p.EmailAddresses, primary, r.key);
    if (p.PrimarySmtpAddress !== undefined) {
      primary = plainAddress('PrimarySmtpAddress', p.PrimarySmtpAddress);
      assertAddressFree(ctx, primary, r.key);
      addresses = withPrimary([...addresses, `smtp:${primary}`], primary);
    }
    if (p.Alias !== undefined) assertAlias(String(p.Alias));
    if (p.DisplayName !== undefined && String(p.DisplayName).trim() === '') throw invalidArgument("The DisplayName property can't be empty.");

    // Validated: apply.
    if (external !== undefined) r.mailUser.externalEmailAddress = `SMTP:${external}`;
    if (upn !== undefined && upn.toLowerCase() !== u.userPrincipalName.toLowerCase()) ctx.tenant.renameUser(r.user, upn);
    else if (upn !== undefined) u.userPrincipalName = upn;
    if (p.EmailAddresses !== undefined || p.PrimarySmtpAddress !== undefined) {
      u.proxyAddresses = addresses;
      u.mail = primary;
    }
    if (p.Alias !== undefined) u.mailNickname = String(p.Alias);
    if (p.DisplayName !== undefined) u.displayName = String(p.DisplayName);
    if (p.HiddenFromAddressListsEnabled !== undefined) r.mailUser.props.HiddenFromAddressListsEnabled = p.HiddenFromAddressListsEnabled;
  },
};

const removeMailUser: CmdletDefinition = {
  name: 'Remove-MailUser',
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, p) {
    const r = resolveMailUser(ctx, p.Identity);
    ctx.org.mailUsers.delete(r.key);
    // The Entra account goes to the recycle bin (restorable for 30 days), as in Exchange Online.
    ctx.tenant.softDeleteUser(r.user, ctx.now());
  },
};

export const MAIL_RECIPIENT_CMDLETS: CmdletDefinition[] = [
  getMailContact,
  newMailContact,
  setMailContact,
  removeMailContact,
  getContact,
  setContact,
  getMailUser,
  newMailUser,
  setMailUser,
  removeMailUser,
];
