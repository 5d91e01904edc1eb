import {
  aliasOf,
  displayNameOf,
  emailAddressesOf,
  guidOf,
  nameOf,
  primarySmtpOf,
  recipientTypeDetailsOf,
  trusteeLabel,
  type RecipientRef,
} from '../exchange-org.model';
import {
  assertAddressFree,
  applyMulti,
  formatQuota,
  invalidArgument,
  notFound,
  resolveMailbox,
  resolveOne,
  type CmdletContext,
  type CmdletDefinition,
  type CmdletParams,
  type ParamSpec,
} from '../cmdlet.types';

/**
 * The recipient cmdlets every area shares: Get-Recipient, Get-Mailbox / Set-Mailbox, Get-User /
 * Set-User, Get-CASMailbox / Set-CASMailbox and the outbound spam policy (forwarding rules).
 */

const RESULT_SIZE: ParamSpec = { kind: 'string' };

/** The common part of every recipient's output. */
export function recipientView(r: RecipientRef): Record<string, unknown> {
  return {
    Identity: nameOf(r),
    Name: nameOf(r),
    Alias: aliasOf(r),
    DisplayName: displayNameOf(r),
    PrimarySmtpAddress: primarySmtpOf(r),
    EmailAddresses: emailAddressesOf(r),
    RecipientType: recipientTypeOf(r),
    RecipientTypeDetails: recipientTypeDetailsOf(r),
    ExternalDirectoryObjectId: r.kind === 'contact' ? '' : r.key,
    ...(r.kind === 'contact' ? { ExternalEmailAddress: r.contact.externalEmailAddress } : {}),
    ...(r.kind === 'mailUser' ? { ExternalEmailAddress: r.mailUser.externalEmailAddress } : {}),
    Guid: guidOf(r),
    DistinguishedName: `CN=${nameOf(r)},OU=${'contoso.onmicrosoft.com'},OU=Microsoft Exchange Hosted Organizations,DC=NAMPR11A001,DC=PROD,DC=OUTLOOK,DC=COM`,
  };
}

function recipientTypeOf(r: RecipientRef): string {
  switch (r.kind) {
    case 'mailbox':
      return 'UserMailbox';
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

export function mailboxView(ctx: CmdletContext, r: Extract<RecipientRef, { kind: 'mailbox' }>): Record<string, unknown> {
  const s = r.mailbox.settings;
  const label = (key: unknown) => (typeof key === 'string' ? trusteeLabel(ctx.org.byKey(key)) : null);
  return {
    ...recipientView(r),
    UserPrincipalName: r.user.props.userPrincipalName,
    MicrosoftOnlineServicesID: r.user.props.userPrincipalName,
    WindowsEmailAddress: r.user.props.mail ?? r.user.props.userPrincipalName,
    ExchangeGuid: r.mailbox.guid,
    IsShared: r.mailbox.type === 'SharedMailbox',
    IsResource: r.mailbox.type === 'RoomMailbox' || r.mailbox.type === 'EquipmentMailbox',
    ResourceType: r.mailbox.type === 'RoomMailbox' ? 'Room' : r.mailbox.type === 'EquipmentMailbox' ? 'Equipment' : null,
    WhenSoftDeleted: r.mailbox.softDeleted ? r.user.props.deletedDateTime ?? null : null,
    ...s,
    ForwardingAddress: label(s.ForwardingAddress),
    GrantSendOnBehalfTo: (s.GrantSendOnBehalfTo as string[]).map((k) => label(k)),
    IssueWarningQuota: formatSetting(s.IssueWarningQuota),
    ProhibitSendQuota: formatSetting(s.ProhibitSendQuota),
    ProhibitSendReceiveQuota: formatSetting(s.ProhibitSendReceiveQuota),
    Office: r.user.props.officeLocation ?? null,
  };
}

function formatSetting(v: unknown): unknown {
  return typeof v === 'number' || v === 'Unlimited' ? formatQuota(v) : v;
}

function filterByType(values: readonly RecipientRef[], types: unknown): RecipientRef[] {
  if (!Array.isArray(types) || types.length === 0) return [...values];
  const wanted = new Set(types.map((t) => String(t).toLowerCase()));
  return values.filter((r) => wanted.has(String(recipientTypeDetailsOf(r)).toLowerCase()));
}

function limit<T>(values: T[], resultSize: unknown): T[] {
  if (resultSize === undefined || String(resultSize).toLowerCase() === 'unlimited') return values;
  const n = Number(resultSize);
  if (!Number.isInteger(n) || n < 0) throw invalidArgument(`Cannot bind parameter 'ResultSize'. Cannot convert value "${String(resultSize)}" to type "Microsoft.Exchange.Data.Unlimited\`1[System.UInt32]".`);
  return values.slice(0, n);
}

/** Ambiguous name resolution: starts-with on name, alias, display name, first/last name and SMTP. */
function anrMatches(r: RecipientRef, anr: string): boolean {
  const q = anr.trim().toLowerCase();
  if (!q) return true;
  const values = [nameOf(r), aliasOf(r), displayNameOf(r), primarySmtpOf(r)];
  if (r.kind !== 'contact' && r.kind !== 'group') values.push(r.user.props.givenName ?? '', r.user.props.surname ?? '', r.user.props.userPrincipalName);
  return values.some((v) => v.toLowerCase().startsWith(q)) || displayNameOf(r).toLowerCase().split(/\s+/).some((w) => w.startsWith(q));
}

const getRecipient: CmdletDefinition = {
  name: 'Get-Recipient',
  params: { Identity: { kind: 'string' }, Anr: { kind: 'string' }, RecipientTypeDetails: { kind: 'strings' }, ResultSize: RESULT_SIZE },
  run(ctx, p) {
    ctx.org.sync();
    const all = p.Identity !== undefined ? ctx.org.findRecipients(String(p.Identity)) : ctx.org.allRecipients();
    if (p.Identity !== undefined && all.length === 0) throw notFound(String(p.Identity));
    const found = filterByType(all, p.RecipientTypeDetails).filter((r) => (p.Anr === undefined ? true : anrMatches(r, String(p.Anr))));
    return limit(found, p.ResultSize).map(recipientView);
  },
};

const MAILBOX_TYPES = ['UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox'] as const;

const getMailbox: CmdletDefinition = {
  name: 'Get-Mailbox',
  params: {
    Identity: { kind: 'string' },
    Anr: { kind: 'string' },
    RecipientTypeDetails: { kind: 'strings' },
    ResultSize: RESULT_SIZE,
    SoftDeletedMailbox: { kind: 'switch' },
    Filter: { kind: 'string' },
  },
  run(ctx, p) {
    ctx.org.sync();
    const softDeleted = p.SoftDeletedMailbox === true;
    let found: RecipientRef[] = ctx.org
      .listMailboxes({ includeSoftDeleted: softDeleted })
      .filter(({ mailbox }) => mailbox.softDeleted === softDeleted)
      .map(({ mailbox, user }) => ({ kind: 'mailbox' as const, key: mailbox.userId, mailbox, user }));
    if (p.Identity !== undefined) {
      const wanted = new Set(ctx.org.findRecipients(String(p.Identity)).map((r) => r.key));
      if (softDeleted) {
        const text = String(p.Identity).toLowerCase();
        found = found.filter((r) => r.kind === 'mailbox' && (r.user.props.userPrincipalName.toLowerCase() === text || r.key === text || r.mailbox.guid === text));
      } else found = found.filter((r) => wanted.has(r.key));
      if (found.length === 0) throw notFound(String(p.Identity));
    }
    if (p.Anr !== undefined) found = found.filter((r) => anrMatches(r, String(p.Anr)));
    if (p.Filter !== undefined) found = found.filter(filterPredicate(String(p.Filter)));
    found = filterByType(found, p.RecipientTypeDetails);
    return limit(found, p.ResultSize).map((r) => mailboxView(ctx, r as Extract<RecipientRef, { kind: 'mailbox' }>));
  },
};

/**
 * The OPATH filters the catalog uses: `Prop -eq 'value'` joined by -and / -or (e.g.
 * "ForwardingSmtpAddress -ne $null"). Anything else is Exchange's "invalid filter" error.
 */
function filterPredicate(filter: string): (r: RecipientRef) => boolean {
  const clauses = filter.split(/\s+-(and|or)\s+/i);
  const tests: ((r: RecipientRef) => boolean)[] = [];
  const ops: string[] = [];
  clauses.forEach((part, i) => {
    if (i % 2 === 1) {
      ops.push(part.toLowerCase());
      return;
    }
    const m = /^\(?\s*(\w+)\s+-(eq|ne|like)\s+(\$null|'[^']*'|"[^"]*"|\$true|\$false)\s*\)?$/i.exec(part.trim());
    if (!m) throw invalidArgument(`Invalid filter syntax. For a description of the filter parameter syntax see the command help. "${filter}" at position 1.`);
    const [, prop, op, raw] = m;
    const value = raw === '$null' ? null : raw === '$true' ? true : raw === '$false' ? false : raw.slice(1, -1);
    tests.push((r) => {
      const view = r.kind === 'mailbox' ? { ...recipientView(r), ...r.mailbox.settings } : recipientView(r);
      const actual = (view as Record<string, unknown>)[Object.keys(view).find((k) => k.toLowerCase() === prop.toLowerCase()) ?? prop];
      const empty = actual === null || actual === undefined || actual === '' || (Array.isArray(actual) && actual.length === 0);
      if (value === null) return op.toLowerCase() === 'eq' ? empty : !empty;
      const eq = op.toLowerCase() === 'like' ? wildcard(String(value)).test(String(actual ?? '')) : String(actual).toLowerCase() === String(value).toLowerCase();
      return op.toLowerCase() === 'ne' ? !eq : eq;
    });
  });
  return (r) => tests.slice(1).reduce((acc, test, i) => (ops[i] === 'and' ? acc && test(r) : acc || test(r)), tests[0](r));
}

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
}

const QUOTA = { kind: 'quota' } as const;

const SET_MAILBOX_PARAMS: Record<string, ParamSpec> = {
  Identity: { kind: 'string', mandatory: true },
  ForwardingSmtpAddress: { kind: 'string' },
  ForwardingAddress: { kind: 'string' },
  DeliverToMailboxAndForward: { kind: 'bool' },
  GrantSendOnBehalfTo: { kind: 'multi' },
  IssueWarningQuota: QUOTA,
  ProhibitSendQuota: QUOTA,
  ProhibitSendReceiveQuota: QUOTA,
  UseDatabaseQuotaDefaults: { kind: 'bool' },
  ArchiveName: { kind: 'multi' },
  LitigationHoldEnabled: { kind: 'bool' },
  LitigationHoldDuration: { kind: 'string' },
  LitigationHoldOwner: { kind: 'string' },
  RetentionComment: { kind: 'string' },
  RetentionUrl: { kind: 'string' },
  AuditEnabled: { kind: 'bool' },
  HiddenFromAddressListsEnabled: { kind: 'bool' },
  MailTip: { kind: 'string' },
  RetentionPolicy: { kind: 'string' },
  AddressBookPolicy: { kind: 'string' },
  ResourceCapacity: { kind: 'int' },
  Type: { kind: 'string', values: ['Regular', 'Room', 'Equipment', 'Shared'] },
  DisplayName: { kind: 'string' },
  Name: { kind: 'string' },
  Alias: { kind: 'string' },
  EmailAddresses: { kind: 'multi' },
  PrimarySmtpAddress: { kind: 'string' },
  WindowsEmailAddress: { kind: 'string' },
  MessageCopyForSentAsEnabled: { kind: 'bool' },
  MessageCopyForSendOnBehalfEnabled: { kind: 'bool' },
  Force: { kind: 'switch' },
  ...Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`CustomAttribute${i + 1}`, { kind: 'string' } as ParamSpec])),
};

const TYPE_FROM_PARAM: Record<string, 'UserMailbox' | 'RoomMailbox' | 'EquipmentMailbox' | 'SharedMailbox'> = {
  Regular: 'UserMailbox',
  Room: 'RoomMailbox',
  Equipment: 'EquipmentMailbox',
  Shared: 'SharedMailbox',
};

/** Plain settings Set-Mailbox copies as given. */
const PLAIN_SETTINGS = [
  'DeliverToMailboxAndForward',
  'LitigationHoldOwner',
  'RetentionComment',
  'RetentionUrl',
  'AuditEnabled',
  'HiddenFromAddressListsEnabled',
  'MailTip',
  'ResourceCapacity',
  'MessageCopyForSentAsEnabled',
  'MessageCopyForSendOnBehalfEnabled',
  ...Array.from({ length: 15 }, (_, i) => `CustomAttribute${i + 1}`),
];

const setMailbox: CmdletDefinition = {
  name: 'Set-Mailbox',
  params: SET_MAILBOX_PARAMS,
  run(ctx, p) {
    const r = resolveMailbox(ctx, p.Identity);
    const s = r.mailbox.settings;
    const user = r.user.props;
    const draft: Record<string, unknown> = {};
    for (const key of PLAIN_SETTINGS) if (p[key] !== undefined) draft[key] = p[key];

    if (p.ForwardingSmtpAddress !== undefined) {
      const value = p.ForwardingSmtpAddress === null || p.ForwardingSmtpAddress === '' ? null : String(p.ForwardingSmtpAddress);
      if (value !== null && !/^(smtp:)?[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(value)) {
        throw invalidArgument(`Cannot bind parameter 'ForwardingSmtpAddress'. Cannot convert value "${value}" to type "Microsoft.Exchange.Data.ProxyAddress". Error: "The address '${value}' is invalid."`);
      }
      draft.ForwardingSmtpAddress = value === null ? null : `smtp:${value.replace(/^smtp:/i, '')}`;
    }
    if (p.ForwardingAddress !== undefined) {
      draft.ForwardingAddress = p.ForwardingAddress === null || p.ForwardingAddress === '' ? null : resolveOne(ctx, p.ForwardingAddress).key;
    }
    if (p.GrantSendOnBehalfTo !== undefined) {
      const change = p.GrantSendOnBehalfTo as { replace?: string[]; add?: string[]; remove?: string[] };
      const keys = (list: string[] | undefined) => list?.map((id) => resolveOne(ctx, id, undefined, { includeUsers: true }).key);
      draft.GrantSendOnBehalfTo = applyMulti(s.GrantSendOnBehalfTo as string[], { replace: keys(change.replace), add: keys(change.add), remove: keys(change.remove) });
    }
    for (const key of ['IssueWarningQuota', 'ProhibitSendQuota', 'ProhibitSendReceiveQuota'] as const) {
      if (p[key] !== undefined) draft[key] = p[key];
    }
    const quota = (key: string) => {
      const v = draft[key] ?? s[key];
      return typeof v === 'number' ? v : v === 'Unlimited' ? Infinity : parseDisplayedQuota(v);
    };
    if (quota('IssueWarningQuota') > quota('ProhibitSendQuota') || quota('ProhibitSendQuota') > quota('ProhibitSendReceiveQuota')) {
      throw invalidArgument('The value of IssueWarningQuota must be less than or equal to ProhibitSendQuota, which must be less than or equal to ProhibitSendReceiveQuota.');
    }
    if (p.ArchiveName !== undefined) {
      if (s.ArchiveStatus !== 'Active') throw invalidArgument(`The archive name can't be set because mailbox '${user.userPrincipalName}' has no archive. Enable the archive first.`);
      draft.ArchiveName = applyMulti(s.ArchiveName as string[], p.ArchiveName);
    }
    if (p.LitigationHoldEnabled !== undefined) {
      draft.LitigationHoldEnabled = p.LitigationHoldEnabled;
      draft.LitigationHoldDate = p.LitigationHoldEnabled ? ctx.now().toISOString() : null;
      if (p.LitigationHoldEnabled && p.LitigationHoldOwner === undefined) draft.LitigationHoldOwner = 'admin@contoso.com';
    }
    if (p.LitigationHoldDuration !== undefined) {
      const d = String(p.LitigationHoldDuration);
      if (!/^(unlimited|\d+)$/i.test(d) && !/^\d+\.\d{2}:\d{2}:\d{2}$/.test(d)) {
        throw invalidArgument(`Cannot bind parameter 'LitigationHoldDuration'. Cannot convert value "${d}" to type "Microsoft.Exchange.Data.Unlimited\`1[Microsoft.Exchange.Data.EnhancedTimeSpan]".`);
      }
      draft.LitigationHoldDuration = /^unlimited$/i.test(d) ? 'Unlimited' : /^\d+$/.test(d) ? `${d}.00:00:00` : d;
    }
    if (p.RetentionPolicy !== undefined) {
      const hit = ctx.org.settings.retentionPolicies.find((n) => n.toLowerCase() === String(p.RetentionPolicy).toLowerCase());
      if (!hit && p.RetentionPolicy !== null) throw notFound(String(p.RetentionPolicy));
      draft.RetentionPolicy = hit ?? null;
    }
    if (p.AddressBookPolicy !== undefined) {
      const hit = ctx.org.settings.addressBookPolicies.find((n) => n.toLowerCase() === String(p.AddressBookPolicy).toLowerCase());
      if (!hit && p.AddressBookPolicy !== null) throw notFound(String(p.AddressBookPolicy));
      draft.AddressBookPolicy = hit ?? null;
    }
    if (p.ResourceCapacity !== undefined && r.mailbox.type !== 'RoomMailbox' && r.mailbox.type !== 'EquipmentMailbox' && p.Type !== 'Room' && p.Type !== 'Equipment') {
      throw invalidArgument('ResourceCapacity can only be set on room and equipment mailboxes.');
    }
    let newType: typeof r.mailbox.type | undefined;
    if (p.Type !== undefined) newType = TYPE_FROM_PARAM[String(p.Type)];

    // Addresses live on the directory user (proxyAddresses), so Graph sees the same ones.
    let addresses = emailAddressesOf(r);
    if (p.EmailAddresses !== undefined) {
      addresses = applyMulti(addresses, p.EmailAddresses).map((a) => (/^smtp:/i.test(a) ? a : `smtp:${a}`));
      if (!addresses.some((a) => a.startsWith('SMTP:'))) {
        const first = addresses.find((a) => /^smtp:/i.test(a));
        if (!first) throw invalidArgument('A mailbox needs at least one SMTP address.');
        addresses = addresses.map((a) => (a === first ? `SMTP:${a.slice(5)}` : a));
      }
    }
    const primary = (p.PrimarySmtpAddress ?? p.WindowsEmailAddress) as string | undefined;
    if (primary !== undefined) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(primary)) throw invalidArgument(`The email address "${primary}" isn't correct. Please use this format: user name, the @ sign, followed by the domain name.`);
      assertAddressFree(ctx, primary, r.key);
      addresses = [`SMTP:${primary}`, ...addresses.filter((a) => a.toLowerCase() !== `smtp:${primary.toLowerCase()}`).map((a) => `smtp:${a.slice(5)}`)];
    }
    for (const a of addresses) assertAddressFree(ctx, a, r.key);

    // Everything validated: apply.
    Object.assign(s, draft);
    if (newType) {
      r.mailbox.type = newType;
      if (newType === 'RoomMailbox' || newType === 'EquipmentMailbox') r.mailbox.calendarProcessing.AutomateProcessing = 'AutoAccept';
    }
    if (p.DisplayName !== undefined) user.displayName = String(p.DisplayName);
    if (p.Alias !== undefined) user.mailNickname = String(p.Alias);
    if (p.EmailAddresses !== undefined || primary !== undefined) {
      user.proxyAddresses = addresses;
      user.mail = addresses.find((a) => a.startsWith('SMTP:'))!.slice(5);
    }
    if (p.ForwardingSmtpAddress && ctx.org.settings.autoForwardingMode !== 'On') {
      ctx.warn('Automatic forwarding to external recipients is blocked by the outbound spam filter policy (AutoForwardingMode Automatic/Off); messages will not be forwarded outside the organization.');
    }
  },
};

function parseDisplayedQuota(v: unknown): number {
  if (v === 'Unlimited' || typeof v !== 'string') return Infinity;
  const m = /\(([\d,]+) bytes\)/.exec(v);
  return m ? Number(m[1].replace(/,/g, '')) : Infinity;
}

function userView(r: RecipientRef): Record<string, unknown> {
  if (r.kind === 'contact' || r.kind === 'group') return recipientView(r);
  const u = r.user.props;
  return {
    ...recipientView(r),
    UserPrincipalName: u.userPrincipalName,
    FirstName: u.givenName ?? '',
    LastName: u.surname ?? '',
    Title: u.jobTitle ?? '',
    Department: u.department ?? '',
    Company: u.companyName ?? '',
    Office: u.officeLocation ?? '',
    Phone: u.businessPhones?.[0] ?? '',
    MobilePhone: u.mobilePhone ?? '',
    StreetAddress: u.streetAddress ?? '',
    City: u.city ?? '',
    StateOrProvince: u.state ?? '',
    PostalCode: u.postalCode ?? '',
    CountryOrRegion: u.country ?? '',
    Manager: null,
    AccountDisabled: u.accountEnabled === false,
  };
}

const getUser: CmdletDefinition = {
  name: 'Get-User',
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, p) {
    const r = resolveOne(ctx, p.Identity, (x) => x.kind !== 'contact' && x.kind !== 'group', { includeUsers: true });
    const view = userView(r);
    if (r.kind !== 'contact' && r.kind !== 'group' && r.user.managerId) {
      view.Manager = ctx.tenant.getUser(r.user.managerId)?.props.userPrincipalName ?? null;
    }
    return [view];
  },
};

const USER_FIELDS: Record<string, string> = {
  FirstName: 'givenName',
  LastName: 'surname',
  Title: 'jobTitle',
  Department: 'department',
  Company: 'companyName',
  Office: 'officeLocation',
  MobilePhone: 'mobilePhone',
  StreetAddress: 'streetAddress',
  City: 'city',
  StateOrProvince: 'state',
  PostalCode: 'postalCode',
  CountryOrRegion: 'country',
  DisplayName: 'displayName',
};

const setUser: CmdletDefinition = {
  name: 'Set-User',
  params: {
    Identity: { kind: 'string', mandatory: true },
    ...Object.fromEntries(Object.keys(USER_FIELDS).map((k) => [k, { kind: 'string' } as ParamSpec])),
    Phone: { kind: 'string' },
    Manager: { kind: 'string' },
    Force: { kind: 'switch' },
  },
  run(ctx, p) {
    const r = resolveOne(ctx, p.Identity, (x) => x.kind !== 'contact' && x.kind !== 'group', { includeUsers: true });
    if (r.kind === 'contact' || r.kind === 'group') return;
    let managerId: string | null | undefined;
    if (p.Manager !== undefined) {
      if (p.Manager === null || p.Manager === '') managerId = null;
      else {
        const m = resolveOne(ctx, p.Manager, (x) => x.kind === 'mailbox' || x.kind === 'mailUser' || x.kind === 'user', { includeUsers: true });
        if (m.key === r.key) throw invalidArgument('A user cannot be their own manager.');
        managerId = m.key;
      }
    }
    const props = r.user.props as unknown as Record<string, unknown>;
    for (const [param, field] of Object.entries(USER_FIELDS)) {
      if (p[param] !== undefined) props[field] = p[param] === '' ? null : p[param];
    }
    if (p.Phone !== undefined) r.user.props.businessPhones = p.Phone ? [String(p.Phone)] : [];
    if (managerId !== undefined) r.user.managerId = managerId;
  },
};

const CAS_PARAMS = ['ActiveSyncEnabled', 'OWAEnabled', 'PopEnabled', 'ImapEnabled', 'MAPIEnabled', 'EwsEnabled'] as const;

function casView(r: Extract<RecipientRef, { kind: 'mailbox' }>): Record<string, unknown> {
  return { Identity: nameOf(r), Name: nameOf(r), PrimarySmtpAddress: primarySmtpOf(r), ExternalDirectoryObjectId: r.key, ...r.mailbox.cas };
}

const getCasMailbox: CmdletDefinition = {
  name: 'Get-CASMailbox',
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, p) {
    return [casView(resolveMailbox(ctx, p.Identity))];
  },
};

const setCasMailbox: CmdletDefinition = {
  name: 'Set-CASMailbox',
  params: {
    Identity: { kind: 'string', mandatory: true },
    ...Object.fromEntries(CAS_PARAMS.map((k) => [k, { kind: 'bool' } as ParamSpec])),
    ActiveSyncAllowedDeviceIDs: { kind: 'multi' },
    ActiveSyncBlockedDeviceIDs: { kind: 'multi' },
  },
  run(ctx, p: CmdletParams) {
    const r = resolveMailbox(ctx, p.Identity);
    const cas = r.mailbox.cas;
    for (const key of CAS_PARAMS) if (p[key] !== undefined) cas[key] = p[key];
    for (const key of ['ActiveSyncAllowedDeviceIDs', 'ActiveSyncBlockedDeviceIDs'] as const) {
      if (p[key] === undefined) continue;
      cas[key] = applyMulti(cas[key] as string[], p[key]);
    }
    // Allowing a device id lets a quarantined partnership sync (and blocking one stops it).
    for (const device of ctx.org.mobileDevices.values()) {
      if (device.userId !== r.key) continue;
      const id = device.deviceId.toLowerCase();
      if ((cas.ActiveSyncBlockedDeviceIDs as string[]).some((d) => d.toLowerCase() === id)) {
        device.deviceAccessState = 'Blocked';
        device.deviceAccessStateReason = 'Individual';
      } else if ((cas.ActiveSyncAllowedDeviceIDs as string[]).some((d) => d.toLowerCase() === id)) {
        device.deviceAccessState = 'Allowed';
        device.deviceAccessStateReason = 'Individual';
      } else if (device.deviceAccessStateReason === 'Individual') {
        // Off both lists: the organization's default access level applies again (Quarantine in Contoso).
        device.deviceAccessState = 'Quarantined';
        device.deviceAccessStateReason = 'Global';
      }
    }
  },
};

const getOutboundPolicy: CmdletDefinition = {
  name: 'Get-HostedOutboundSpamFilterPolicy',
  params: { Identity: { kind: 'string' } },
  run(ctx, p) {
    if (p.Identity !== undefined && String(p.Identity).toLowerCase() !== 'default') throw notFound(String(p.Identity));
    return [{ Identity: 'Default', Name: 'Default', IsDefault: true, AutoForwardingMode: ctx.org.settings.autoForwardingMode }];
  },
};

/** Send As grants live on the recipient (mailbox, mail user or group); trustees are users or mail-enabled objects. */
function recipientPermissionView(ctx: CmdletContext, entry: { identity: string; trustee: string; accessRights: string[] }): Record<string, unknown> {
  const on = ctx.org.byKey(entry.identity);
  return {
    Identity: on ? nameOf(on) : entry.identity,
    Trustee: trusteeLabel(ctx.org.byKey(entry.trustee)),
    AccessControlType: 'Allow',
    AccessRights: [...entry.accessRights],
    IsInherited: false,
    InheritanceType: 'None',
  };
}

const SEND_AS: ParamSpec = { kind: 'strings' };

function checkSendAs(rights: unknown): void {
  const list = (rights as string[] | undefined) ?? ['SendAs'];
  const bad = list.find((r) => r.toLowerCase() !== 'sendas');
  if (bad) {
    throw invalidArgument(`Cannot bind parameter 'AccessRights'. Cannot convert value "${bad}" to type "Microsoft.Exchange.Management.RecipientTasks.RecipientAccessRight". Error: "Unable to match the identifier name ${bad} to a valid enumerator name. Specify one of the following enumerator names and try again: SendAs"`);
  }
}

const getRecipientPermission: CmdletDefinition = {
  name: 'Get-RecipientPermission',
  params: { Identity: { kind: 'string' }, Trustee: { kind: 'string' }, AccessRights: SEND_AS, ResultSize: RESULT_SIZE },
  run(ctx, p) {
    checkSendAs(p.AccessRights);
    const on = p.Identity !== undefined ? resolveOne(ctx, p.Identity, (r) => r.kind !== 'contact' && r.kind !== 'user') : undefined;
    const trustee = p.Trustee !== undefined ? resolveOne(ctx, p.Trustee, undefined, { includeUsers: true }) : undefined;
    const found = ctx.org.recipientPermissions.filter((e) => (!on || e.identity === on.key) && (!trustee || e.trustee === trustee.key));
    return limit(found, p.ResultSize).map((e) => recipientPermissionView(ctx, e));
  },
};

const addRecipientPermission: CmdletDefinition = {
  name: 'Add-RecipientPermission',
  params: { Identity: { kind: 'string', mandatory: true }, Trustee: { kind: 'string', mandatory: true }, AccessRights: { kind: 'strings', mandatory: true } },
  run(ctx, p) {
    checkSendAs(p.AccessRights);
    const on = resolveOne(ctx, p.Identity, (r) => r.kind !== 'contact' && r.kind !== 'user');
    const trustee = resolveOne(ctx, p.Trustee, (r) => r.kind !== 'contact', { includeUsers: true });
    const existing = ctx.org.recipientPermissions.find((e) => e.identity === on.key && e.trustee === trustee.key);
    if (existing) {
      ctx.warn(`The appropriate access control entry is already present on object "${nameOf(on)}" for account "${trusteeLabel(trustee)}".`);
      return [recipientPermissionView(ctx, existing)];
    }
    const entry = { identity: on.key, trustee: trustee.key, accessRights: ['SendAs'] };
    ctx.org.recipientPermissions.push(entry);
    return [recipientPermissionView(ctx, entry)];
  },
};

const removeRecipientPermission: CmdletDefinition = {
  name: 'Remove-RecipientPermission',
  params: { Identity: { kind: 'string', mandatory: true }, Trustee: { kind: 'string', mandatory: true }, AccessRights: { kind: 'strings', mandatory: true } },
  run(ctx, p) {
    checkSendAs(p.AccessRights);
    const on = resolveOne(ctx, p.Identity, (r) => r.kind !== 'contact' && r.kind !== 'user');
    const trustee = resolveOne(ctx, p.Trustee, undefined, { includeUsers: true });
    const list = ctx.org.recipientPermissions;
    const i = list.findIndex((e) => e.identity === on.key && e.trustee === trustee.key);
    if (i < 0) {
      ctx.warn(`Can't remove the access control entry on the object "${nameOf(on)}" for account "${trusteeLabel(trustee)}" because the ACE doesn't exist on the object.`);
      return;
    }
    list.splice(i, 1);
  },
};

export const RECIPIENT_CMDLETS: CmdletDefinition[] = [
  getRecipientPermission,
  addRecipientPermission,
  removeRecipientPermission,
  getRecipient,
  getMailbox,
  setMailbox,
  getUser,
  setUser,
  getCasMailbox,
  setCasMailbox,
  getOutboundPolicy,
];
