import { createHash, randomUUID } from 'node:crypto';
import { graphDateTime } from '../../tenant/graph-date';
import type { UserRecord } from '../../tenant/tenant.types';
import { aliasOf, displayNameOf, nameOf, newMailboxRecord, trusteeLabel, type MailboxType, type RecipientRef } from '../exchange-org.model';
import {
  assertAddressFree,
  alreadyExists,
  applyMulti,
  CmdletError,
  formatQuota,
  invalidArgument,
  invalidOperation,
  notFound,
  resolveMailbox,
  resolveOne,
  type CmdletContext,
  type CmdletDefinition,
} from '../cmdlet.types';
import { mailboxView } from './recipients.cmdlets';

/**
 * Mailbox lifecycle: New-Mailbox (user, -Shared, -Room, -Equipment), Remove-Mailbox, the booking
 * settings of resource mailboxes (Get/Set-CalendarProcessing) and Get-MailboxStatistics (size, which
 * decides whether a shared mailbox needs a licence). As in Exchange Online, a mailbox is always backed by
 * an Entra user: New-Mailbox creates it in the directory (disabled for shared and resource mailboxes), and
 * Remove-Mailbox soft-deletes it into the recycle bin (purged with -PermanentlyDelete).
 */

const SMTP = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const ALIAS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$/;

function passwordProblem(password: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  return password.length < 8 || password.length > 256 || classes < 3;
}

const TYPE_SWITCHES: [param: 'Shared' | 'Room' | 'Equipment', type: MailboxType][] = [
  ['Shared', 'SharedMailbox'],
  ['Room', 'RoomMailbox'],
  ['Equipment', 'EquipmentMailbox'],
];

const newMailbox: CmdletDefinition = {
  name: 'New-Mailbox',
  params: {
    Name: { kind: 'string', mandatory: true },
    DisplayName: { kind: 'string' },
    Alias: { kind: 'string' },
    FirstName: { kind: 'string' },
    LastName: { kind: 'string' },
    PrimarySmtpAddress: { kind: 'string' },
    MicrosoftOnlineServicesID: { kind: 'string' },
    Password: { kind: 'string' },
    ResetPasswordOnNextLogon: { kind: 'bool' },
    Shared: { kind: 'switch' },
    Room: { kind: 'switch' },
    Equipment: { kind: 'switch' },
    ResourceCapacity: { kind: 'int' },
    Force: { kind: 'switch' },
  },
  run(ctx, p) {
    const chosen = TYPE_SWITCHES.filter(([param]) => p[param] === true);
    if (chosen.length > 1) throw new CmdletError(400, 'System.Management.Automation.ParameterBindingException', 'Parameter set cannot be resolved using the specified named parameters.');
    const type: MailboxType = chosen[0]?.[1] ?? 'UserMailbox';
    const tenant = ctx.tenant;
    const name = String(p.Name).trim();
    if (!name || name.length > 64) throw invalidArgument(`The value "${name}" of property Name is not valid: it must be 1 to 64 characters long.`);
    const alias = String(p.Alias ?? name.replace(/[^A-Za-z0-9._-]/g, '')).trim();
    if (!ALIAS.test(alias)) throw invalidArgument(`The alias "${alias}" contains characters that aren't allowed. Use letters, digits and . - _ only.`);

    let upn: string;
    let password: string | null = null;
    if (type === 'UserMailbox') {
      if (p.MicrosoftOnlineServicesID === undefined || p.Password === undefined) {
        throw new CmdletError(400, 'System.Management.Automation.ParameterBindingException', 'Parameter set cannot be resolved using the specified named parameters. A user mailbox needs MicrosoftOnlineServicesID and Password.');
      }
      upn = String(p.MicrosoftOnlineServicesID).trim();
      password = String(p.Password);
      if (passwordProblem(password)) {
        throw invalidArgument("The password doesn't meet the password policy: use 8 to 256 characters with three of upper-case letters, lower-case letters, numbers and symbols.");
      }
    } else {
      if (p.Password !== undefined || p.MicrosoftOnlineServicesID !== undefined) {
        throw new CmdletError(400, 'System.Management.Automation.ParameterBindingException', 'Parameter set cannot be resolved using the specified named parameters.');
      }
      upn = String(p.PrimarySmtpAddress ?? `${alias}@${tenant.organization.defaultDomain}`);
    }
    if (!SMTP.test(upn)) throw invalidArgument(`The user principal name "${upn}" isn't valid. Use the format user name, the @ sign, then a domain.`);
    const domain = upn.split('@')[1].toLowerCase();
    if (!tenant.verifiedDomains.some((d) => d.toLowerCase() === domain)) {
      throw invalidArgument(`The domain "${domain}" isn't an accepted domain of this organization. Use one of: ${tenant.verifiedDomains.join(', ')}.`);
    }
    const primary = String(p.PrimarySmtpAddress ?? upn);
    if (!SMTP.test(primary)) throw invalidArgument(`The email address "${primary}" isn't correct. Please use this format: user name, the @ sign, followed by the domain name.`);

    // Uniqueness, as Exchange checks it: Name, then the sign-in name, then every address.
    const clash = (v: string) => v.toLowerCase() === name.toLowerCase() || v.toLowerCase() === alias.toLowerCase();
    if (ctx.org.allRecipients().some((r) => clash(nameOf(r)) || clash(aliasOf(r)))) {
      throw alreadyExists(`The name "${name}" is already being used. Please try another name.`);
    }
    // A user mailbox names its sign-in explicitly; the others derive it from their address, whose clash is the one to report.
    const upnTaken = () => {
      if (tenant.isUpnTaken(upn)) throw alreadyExists(`The Microsoft Online Services ID "${upn}" is already being used by another user. Please choose another one.`);
    };
    if (type === 'UserMailbox') upnTaken();
    const onMicrosoft = `${alias}@${tenant.organization.initialDomain}`;
    for (const address of new Set([primary.toLowerCase(), onMicrosoft.toLowerCase()])) assertAddressFree(ctx, address);
    upnTaken();

    const now = graphDateTime(ctx.now());
    const user: UserRecord = {
      props: {
        givenName: (p.FirstName as string | undefined) ?? null,
        surname: (p.LastName as string | undefined) ?? null,
        jobTitle: null, department: null, companyName: null, officeLocation: null, mobilePhone: null, businessPhones: [],
        preferredLanguage: null, usageLocation: null, country: null, city: null, state: null, postalCode: null, streetAddress: null,
        employeeId: null, employeeType: null, employeeHireDate: null, faxNumber: null, otherMails: [], passwordPolicies: null,
        creationType: null, onPremisesSyncEnabled: null, onPremisesImmutableId: null, onPremisesSamAccountName: null,
        onPremisesExtensionAttributes: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, null])),
        deletedDateTime: null,
        id: randomUUID(),
        userPrincipalName: upn,
        displayName: String(p.DisplayName ?? name),
        mailNickname: alias,
        mail: primary,
        proxyAddresses: [`SMTP:${primary}`, `smtp:${onMicrosoft}`],
        userType: 'Member',
        // Shared, room and equipment mailboxes have a user account that cannot sign in.
        accountEnabled: type === 'UserMailbox',
        assignedLicenses: [],
        createdDateTime: now,
        lastPasswordChangeDateTime: now,
        signInSessionsValidFromDateTime: now,
        passwordProfile: {
          password: null,
          forceChangePasswordNextSignIn: type === 'UserMailbox' ? p.ResetPasswordOnNextLogon !== false : false,
          forceChangePasswordNextSignInWithMfa: false,
        },
      } as UserRecord['props'],
      password,
      managerId: null,
      methods: [],
      preferredSecondary: null,
      systemPreferredEnabled: true,
      perUserMfaState: 'disabled',
      roleTemplateIds: [],
    };
    if (p.ResourceCapacity !== undefined && type !== 'RoomMailbox' && type !== 'EquipmentMailbox') {
      throw invalidArgument('ResourceCapacity can only be set on room and equipment mailboxes.');
    }
    tenant.addUser(user);
    const mailbox = newMailboxRecord(user.props.id, type);
    if (p.ResourceCapacity !== undefined) mailbox.settings.ResourceCapacity = p.ResourceCapacity;
    ctx.org.mailboxes.set(user.props.id, mailbox);
    if (type === 'UserMailbox') {
      ctx.warn(`After you create a new mailbox, you must go to the Office 365 Admin Center and assign the mailbox a license, or it will be disabled after the grace period.`);
    }
    return [mailboxView(ctx, { kind: 'mailbox', key: user.props.id, mailbox, user })];
  },
};

const removeMailbox: CmdletDefinition = {
  name: 'Remove-Mailbox',
  params: { Identity: { kind: 'string', mandatory: true }, PermanentlyDelete: { kind: 'switch' }, Force: { kind: 'switch' } },
  run(ctx, p) {
    const r = resolveMailbox(ctx, p.Identity);
    const permanent = p.PermanentlyDelete === true;
    if (permanent && r.mailbox.settings.LitigationHoldEnabled === true) {
      throw invalidOperation(`The mailbox "${r.user.props.userPrincipalName}" is on litigation hold and can't be permanently deleted. Remove the hold first, or remove the mailbox without PermanentlyDelete to keep it as an inactive mailbox.`);
    }
    // Exchange Online deletes the mailbox's Entra user with it: into the recycle bin (30 days), or for good.
    ctx.tenant.softDeleteUser(r.user, ctx.now());
    if (permanent) {
      ctx.tenant.purgeUser(r.user.props.id);
      ctx.org.mailboxes.delete(r.key);
    } else {
      r.mailbox.softDeleted = true;
    }
    const perms = ctx.org.recipientPermissions;
    for (let i = perms.length - 1; i >= 0; i--) if (perms[i].identity === r.key) perms.splice(i, 1);
  },
};

function calendarView(ctx: CmdletContext, r: Extract<RecipientRef, { kind: 'mailbox' }>): Record<string, unknown> {
  const c = r.mailbox.calendarProcessing;
  return {
    Identity: r.user.props.mailNickname ?? r.user.props.userPrincipalName,
    MailboxOwnerId: r.user.props.mailNickname ?? r.user.props.userPrincipalName,
    AutomateProcessing: c.AutomateProcessing,
    BookingWindowInDays: c.BookingWindowInDays,
    MaximumDurationInMinutes: c.MaximumDurationInMinutes,
    AllowConflicts: c.AllowConflicts,
    AllowRecurringMeetings: c.AllowRecurringMeetings,
    ResourceDelegates: (c.ResourceDelegates as string[]).map((k) => trusteeLabel(ctx.org.byKey(k))),
  };
}

const getCalendarProcessing: CmdletDefinition = {
  name: 'Get-CalendarProcessing',
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, p) {
    return [calendarView(ctx, resolveMailbox(ctx, p.Identity))];
  },
};

function rangeCheck(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return;
  const n = value as number;
  if (n < min || n > max) {
    throw invalidArgument(`Cannot validate argument on parameter '${name}'. The ${n} argument is outside the range ${min} to ${max}.`);
  }
}

const setCalendarProcessing: CmdletDefinition = {
  name: 'Set-CalendarProcessing',
  params: {
    Identity: { kind: 'string', mandatory: true },
    AutomateProcessing: { kind: 'string', values: ['None', 'AutoUpdate', 'AutoAccept'] },
    BookingWindowInDays: { kind: 'int' },
    MaximumDurationInMinutes: { kind: 'int' },
    AllowConflicts: { kind: 'bool' },
    AllowRecurringMeetings: { kind: 'bool' },
    ResourceDelegates: { kind: 'multi' },
  },
  run(ctx, p) {
    const r = resolveMailbox(ctx, p.Identity);
    const resource = r.mailbox.type === 'RoomMailbox' || r.mailbox.type === 'EquipmentMailbox';
    rangeCheck('BookingWindowInDays', p.BookingWindowInDays, 0, 1080);
    rangeCheck('MaximumDurationInMinutes', p.MaximumDurationInMinutes, 0, 2147483647);
    if (p.AutomateProcessing === 'AutoAccept' && !resource) {
      throw invalidArgument('AutomateProcessing AutoAccept is only for resource (room and equipment) mailboxes.');
    }
    const c = r.mailbox.calendarProcessing;
    let delegates: string[] | undefined;
    if (p.ResourceDelegates !== undefined) {
      if (!resource) throw invalidArgument('ResourceDelegates can only be set on room and equipment mailboxes.');
      const change = p.ResourceDelegates as { replace?: string[]; add?: string[]; remove?: string[] };
      const keys = (list: string[] | undefined) => list?.map((id) => resolveOne(ctx, id, (x) => x.kind === 'mailbox' || x.kind === 'user', { includeUsers: true }).key);
      delegates = applyMulti(c.ResourceDelegates as string[], { replace: keys(change.replace), add: keys(change.add), remove: keys(change.remove) });
    }
    for (const key of ['AutomateProcessing', 'BookingWindowInDays', 'MaximumDurationInMinutes', 'AllowConflicts', 'AllowRecurringMeetings'] as const) {
      if (p[key] !== undefined) c[key] = p[key];
    }
    if (delegates) c.ResourceDelegates = delegates;
  },
};

/**
 * Mailbox size, derived from the mailbox's Guid so it is stable: most mailboxes hold a few GB, about one
 * user mailbox in six holds more than 50 GB (too big for an unlicensed shared mailbox).
 */
export function mailboxSizeBytes(guid: string, type: MailboxType): number {
  const n = parseInt(createHash('sha1').update(`size:${guid}`).digest('hex').slice(0, 8), 16);
  const gb = type === 'UserMailbox' && n % 6 === 0 ? 51 + (n % 40) : 0.2 + ((n >>> 8) % 3000) / 100;
  return Math.round(gb * 1024 ** 3);
}

const getMailboxStatistics: CmdletDefinition = {
  name: 'Get-MailboxStatistics',
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, p) {
    const r = resolveMailbox(ctx, p.Identity);
    const bytes = mailboxSizeBytes(r.mailbox.guid, r.mailbox.type);
    return [
      {
        DisplayName: r.user.props.displayName,
        MailboxGuid: r.mailbox.guid,
        MailboxTypeDetail: r.mailbox.type,
        TotalItemSize: formatQuota(bytes),
        TotalDeletedItemSize: formatQuota(Math.round(bytes / 40)),
        ItemCount: Math.round(bytes / 75_000),
        IsArchiveMailbox: false,
      },
    ];
  },
};

/** Get-RetentionPolicy / Get-AddressBookPolicy: the policy names Set-Mailbox accepts. */
function policyLister(name: string, names: (ctx: CmdletContext) => string[]): CmdletDefinition {
  return {
    name,
    params: { Identity: { kind: 'string' } },
    run(ctx, p) {
      const all = names(ctx);
      const hits = p.Identity === undefined ? all : all.filter((n) => n.toLowerCase() === String(p.Identity).toLowerCase());
      if (p.Identity !== undefined && hits.length === 0) throw notFound(String(p.Identity));
      return hits.map((n) => ({ Identity: n, Name: n, IsDefault: n === 'Default MRM Policy' }));
    },
  };
}

export const MAILBOX_LIFECYCLE_CMDLETS: CmdletDefinition[] = [
  newMailbox,
  removeMailbox,
  getCalendarProcessing,
  setCalendarProcessing,
  getMailboxStatistics,
  policyLister('Get-RetentionPolicy', (ctx) => ctx.org.settings.retentionPolicies),
  policyLister('Get-AddressBookPolicy', (ctx) => ctx.org.settings.addressBookPolicies),
];
