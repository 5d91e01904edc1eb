import { randomUUID } from 'node:crypto';
import type { GroupRecord } from '../../tenant/tenant.types';
import { graphDateTime } from '../../tenant/graph-date';
import {
  aliasOf,
  displayNameOf,
  emailAddressesOf,
  newGroupExtras,
  primarySmtpOf,
  trusteeLabel,
  type DistributionGroupExtras,
  type RecipientRef,
} from '../exchange-org.model';
import {
  assertAddressFree,
  alreadyExists,
  applyMulti,
  CmdletError,
  invalidArgument,
  notFound,
  resolveOne,
  type CmdletContext,
  type CmdletDefinition,
  type CmdletParams,
  type ParamSpec,
} from '../cmdlet.types';
import { recipientView } from './recipients.cmdlets';

/**
 * Distribution groups and mail-enabled security groups (Get/New/Set/Remove-DistributionGroup and
 * Get/Add/Remove-DistributionGroupMember). The group IS the directory group: display name, addresses,
 * owners (ManagedBy) and user / nested-group members are written to the tenant so Graph reads the same
 * group; Exchange-only settings live in the org's groupExtras. Mail contacts cannot be directory members
 * here, so contact members are kept in the extras (CONTACT_MEMBERS).
 */

type GroupRef = Extract<RecipientRef, { kind: 'group' }>;

/** Extras key holding the ids of mail contacts that are members (not an Exchange property: never output). */
const CONTACT_MEMBERS = 'ContactMemberIds';

const SMTP = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const RESTRICTIONS = ['Open', 'Closed', 'ApprovalRequired'] as const;

function resolveGroup(ctx: CmdletContext, identity: unknown): GroupRef {
  return resolveOne(ctx, identity, (r) => r.kind === 'group') as GroupRef;
}

function contactMemberIds(ctx: CmdletContext, extras: DistributionGroupExtras): string[] {
  const ids = (extras.props[CONTACT_MEMBERS] as string[] | undefined) ?? [];
  return ids.filter((id) => ctx.org.contacts.has(id));
}

/** Members in Exchange's order: directory members (users with a mail recipient, nested groups), then contacts. */
function membersOf(ctx: CmdletContext, g: GroupRef): RecipientRef[] {
  const out: RecipientRef[] = [];
  for (const id of g.group.memberIds) {
    const r = ctx.org.byKey(ctx.tenant.getUser(id)?.props.id ?? ctx.tenant.getGroup(id)?.props.id ?? id);
    if (r) out.push(r);
  }
  for (const id of contactMemberIds(ctx, g.extras)) {
    const contact = ctx.org.contacts.get(id)!;
    out.push({ kind: 'contact', key: contact.id, contact });
  }
  return out;
}

function labels(ctx: CmdletContext, keys: unknown): string[] {
  return ((keys as string[] | undefined) ?? []).map((k) => trusteeLabel(ctx.org.byKey(k)));
}

function groupView(ctx: CmdletContext, g: GroupRef): Record<string, unknown> {
  const p = g.extras.props;
  return {
    ...recipientView(g),
    GroupType: g.group.props.securityEnabled ? 'Universal, SecurityEnabled' : 'Universal',
    ManagedBy: labels(ctx, g.extras.managedBy),
    MemberJoinRestriction: p.MemberJoinRestriction,
    MemberDepartRestriction: p.MemberDepartRestriction,
    RequireSenderAuthenticationEnabled: p.RequireSenderAuthenticationEnabled,
    HiddenFromAddressListsEnabled: p.HiddenFromAddressListsEnabled,
    ModerationEnabled: p.ModerationEnabled,
    ModeratedBy: labels(ctx, p.ModeratedBy),
    AcceptMessagesOnlyFromSendersOrMembers: labels(ctx, p.AcceptMessagesOnlyFromSendersOrMembers),
    GrantSendOnBehalfTo: labels(ctx, p.GrantSendOnBehalfTo),
    MailTip: p.MailTip ?? null,
    Description: p.Description ?? [],
    Notes: p.Notes ?? null,
    WhenCreated: g.group.props.createdDateTime ?? null,
  };
}

/**
 * Exchange refuses a change to a mail-enabled security group by someone who is not one of its managers,
 * unless -BypassSecurityGroupManagerCheck is given (app-only callers and the admin token never manage a group).
 */
function checkManager(ctx: CmdletContext, g: GroupRef, p: CmdletParams): void {
  if (!g.group.props.securityEnabled || p.BypassSecurityGroupManagerCheck === true) return;
  const caller = ctx.caller?.toLowerCase();
  if (caller && g.extras.managedBy.some((k) => k.toLowerCase() === caller)) return;
  throw new CmdletError(
    403,
    'Microsoft.Exchange.Configuration.Tasks.OperationRequiresGroupManagerException',
    "You don't have sufficient permissions. This operation can only be performed by a manager of the group.",
  );
}

/** ManagedBy values: mailboxes or mail users (their Entra user ids are the directory group's owners). */
function managerKeys(ctx: CmdletContext, identities: readonly string[]): string[] {
  return identities.map((id) => {
    const r = resolveOne(ctx, id, undefined, { includeUsers: true });
    if (r.kind !== 'mailbox' && r.kind !== 'mailUser') {
      throw invalidArgument(`"${id}" can't be a manager of the group: ManagedBy accepts mailboxes and mail users only.`);
    }
    return r.key;
  });
}

/** A member must be a mail-enabled recipient (mailbox, mail user, mail contact or another mail-enabled group). */
function resolveMember(ctx: CmdletContext, identity: unknown, g: GroupRef): RecipientRef {
  const r = resolveOne(ctx, identity, undefined, { includeUsers: true });
  if (r.kind === 'user') {
    throw invalidArgument(`The recipient "${String(identity)}" can't be a member of the group "${displayNameOf(g)}" because it isn't mail-enabled.`);
  }
  if (r.kind === 'group' && r.key === g.key) throw invalidArgument(`The group "${displayNameOf(g)}" can't be a member of itself.`);
  return r;
}

function isMember(ctx: CmdletContext, g: GroupRef, r: RecipientRef): boolean {
  if (r.kind === 'contact') return contactMemberIds(ctx, g.extras).includes(r.key);
  return g.group.memberIds.has(r.key.toLowerCase());
}

function addMember(g: GroupRef, r: RecipientRef): void {
  if (r.kind === 'contact') {
    const ids = (g.extras.props[CONTACT_MEMBERS] as string[] | undefined) ?? [];
    g.extras.props[CONTACT_MEMBERS] = [...ids, r.key];
  } else g.group.memberIds.add(r.key.toLowerCase());
}

function removeMember(g: GroupRef, r: RecipientRef): void {
  if (r.kind === 'contact') {
    const ids = (g.extras.props[CONTACT_MEMBERS] as string[] | undefined) ?? [];
    g.extras.props[CONTACT_MEMBERS] = ids.filter((id) => id !== r.key);
  } else g.group.memberIds.delete(r.key.toLowerCase());
}

function memberAlreadyExists(r: RecipientRef, g: GroupRef): CmdletError {
  return new CmdletError(
    400,
    'Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException',
    `The recipient "${primarySmtpOf(r) || displayNameOf(r)}" is already a member of the group "${displayNameOf(g)}".`,
  );
}

function memberNotFound(r: RecipientRef, g: GroupRef): CmdletError {
  return new CmdletError(
    400,
    'Microsoft.Exchange.Management.Tasks.MemberNotFoundException',
    `The recipient "${primarySmtpOf(r) || displayNameOf(r)}" isn't a member of the group "${displayNameOf(g)}".`,
  );
}

function checkAddress(address: string): void {
  if (!SMTP.test(address)) throw invalidArgument(`The email address "${address}" isn't correct. Please use this format: user name, the @ sign, followed by the domain name.`);
}

const getDistributionGroup: CmdletDefinition = {
  name: 'Get-DistributionGroup',
  params: { Identity: { kind: 'string' }, Anr: { kind: 'string' }, RecipientTypeDetails: { kind: 'strings' }, ResultSize: { kind: 'string' } },
  run(ctx, p) {
    let found: GroupRef[] = ctx.org.listDistributionGroups().map(({ group, extras }) => ({ kind: 'group' as const, key: group.props.id, group, extras }));
    if (p.Identity !== undefined) {
      const wanted = new Set(ctx.org.findRecipients(String(p.Identity)).map((r) => r.key));
      found = found.filter((g) => wanted.has(g.key));
      if (found.length === 0) throw notFound(String(p.Identity));
    }
    if (p.Anr !== undefined) {
      const q = String(p.Anr).toLowerCase();
      found = found.filter((g) => [displayNameOf(g), g.group.props.mailNickname ?? '', primarySmtpOf(g)].some((v) => v.toLowerCase().startsWith(q)));
    }
    const types = p.RecipientTypeDetails as string[] | undefined;
    if (types && types.length > 0) {
      const wanted = new Set(types.map((t) => t.toLowerCase()));
      found = found.filter((g) => wanted.has(g.group.props.securityEnabled ? 'mailuniversalsecuritygroup' : 'mailuniversaldistributiongroup'));
    }
    const size = p.ResultSize === undefined || /^unlimited$/i.test(String(p.ResultSize)) ? Infinity : Number(p.ResultSize);
    return found.slice(0, size).map((g) => groupView(ctx, g));
  },
};

const newDistributionGroup: CmdletDefinition = {
  name: 'New-DistributionGroup',
  params: {
    Name: { kind: 'string', mandatory: true },
    DisplayName: { kind: 'string' },
    Alias: { kind: 'string' },
    PrimarySmtpAddress: { kind: 'string' },
    Type: { kind: 'string', values: ['Distribution', 'Security'] },
    ManagedBy: { kind: 'strings' },
    Members: { kind: 'strings' },
    CopyOwnerToMember: { kind: 'switch' },
    MemberJoinRestriction: { kind: 'string', values: RESTRICTIONS },
    MemberDepartRestriction: { kind: 'string', values: ['Open', 'Closed'] },
    RequireSenderAuthenticationEnabled: { kind: 'bool' },
    ModerationEnabled: { kind: 'bool' },
    ModeratedBy: { kind: 'strings' },
    Notes: { kind: 'string' },
    Description: { kind: 'strings' },
    IgnoreNamingPolicy: { kind: 'switch' },
  },
  run(ctx, p) {
    const name = String(p.Name).trim();
    const alias = p.Alias !== undefined ? String(p.Alias) : name.replace(/[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]/g, '');
    if (!/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$/.test(alias) || alias.length > 64) {
      throw invalidArgument(`The alias "${alias}" contains characters that aren't valid. Use letters, digits and ! # $ % & ' * + - / = ? ^ _ \` { | } ~ (a dot only between them).`);
    }
    if (ctx.org.allRecipients().some((r) => r.kind === 'group' && r.group.props.displayName.toLowerCase() === name.toLowerCase())) {
      throw alreadyExists(`The name "${name}" is already being used. Please try another name.`);
    }
    if (ctx.org.findRecipients(alias).some((r) => aliasOf(r).toLowerCase() === alias.toLowerCase())) {
      throw alreadyExists(`The alias "${alias}" is already being used. Please try another alias.`);
    }
    const smtp = p.PrimarySmtpAddress !== undefined ? String(p.PrimarySmtpAddress) : `${alias}@${ctx.tenant.organization.defaultDomain}`;
    checkAddress(smtp);
    assertAddressFree(ctx, smtp, null);
    const owners = managerKeys(ctx, (p.ManagedBy as string[] | undefined) ?? []);
    const moderators = ((p.ModeratedBy as string[] | undefined) ?? []).map((id) => resolveOne(ctx, id, undefined, { includeUsers: true }).key);

    const now = graphDateTime(ctx.now());
    const group: GroupRecord = {
      props: {
        id: randomUUID(),
        displayName: p.DisplayName !== undefined ? String(p.DisplayName) : name,
        description: null,
        mailNickname: alias,
        mail: smtp,
        mailEnabled: true,
        securityEnabled: p.Type === 'Security',
        groupTypes: [],
        visibility: null,
        isAssignableToRole: false,
        membershipRule: null,
        membershipRuleProcessingState: null,
        onPremisesSyncEnabled: null,
        proxyAddresses: [`SMTP:${smtp}`],
        resourceProvisioningOptions: [],
        resourceBehaviorOptions: [],
        securityIdentifier: null,
        createdDateTime: now,
        renewedDateTime: now,
        deletedDateTime: null,
      },
      memberIds: new Set(),
      ownerIds: new Set(owners.map((k) => k.toLowerCase())),
    };
    const extras = newGroupExtras(owners);
    const ref: GroupRef = { kind: 'group', key: group.props.id, group, extras };
    const members = ((p.Members as string[] | undefined) ?? []).map((id) => resolveMember(ctx, id, ref));
    if (p.CopyOwnerToMember === true) for (const k of owners) members.push(ctx.org.byKey(k)!);
    for (const m of members) if (!isMember(ctx, ref, m)) addMember(ref, m);
    for (const key of ['MemberJoinRestriction', 'MemberDepartRestriction', 'RequireSenderAuthenticationEnabled', 'ModerationEnabled', 'Notes'] as const) {
      if (p[key] !== undefined) extras.props[key] = p[key];
    }
    if (p.Description !== undefined) extras.props.Description = p.Description;
    extras.props.ModeratedBy = moderators;

    ctx.tenant.addGroup(group);
    ctx.org.groupExtras.set(group.props.id, extras);
    return [groupView(ctx, ref)];
  },
};

const MULTI: ParamSpec = { kind: 'multi' };

const setDistributionGroup: CmdletDefinition = {
  name: 'Set-DistributionGroup',
  params: {
    Identity: { kind: 'string', mandatory: true },
    DisplayName: { kind: 'string' },
    Alias: { kind: 'string' },
    PrimarySmtpAddress: { kind: 'string' },
    EmailAddresses: MULTI,
    ManagedBy: MULTI,
    MemberJoinRestriction: { kind: 'string', values: RESTRICTIONS },
    MemberDepartRestriction: { kind: 'string', values: ['Open', 'Closed'] },
    RequireSenderAuthenticationEnabled: { kind: 'bool' },
    HiddenFromAddressListsEnabled: { kind: 'bool' },
    ModerationEnabled: { kind: 'bool' },
    ModeratedBy: MULTI,
    AcceptMessagesOnlyFromSendersOrMembers: MULTI,
    GrantSendOnBehalfTo: MULTI,
    MailTip: { kind: 'string' },
    Description: MULTI,
    BypassSecurityGroupManagerCheck: { kind: 'switch' },
    IgnoreNamingPolicy: { kind: 'switch' },
  },
  run(ctx, p) {
    const g = resolveGroup(ctx, p.Identity);
    checkManager(ctx, g, p);
    const x = g.extras;
    const draft: Record<string, unknown> = {};
    const keysOf = (change: unknown, current: unknown, accept?: (r: RecipientRef) => boolean) => {
      const c = change as { replace?: string[]; add?: string[]; remove?: string[] };
      const resolve = (list: string[] | undefined) => list?.map((id) => resolveOne(ctx, id, accept, { includeUsers: true }).key);
      return applyMulti((current as string[] | undefined) ?? [], { replace: resolve(c.replace), add: resolve(c.add), remove: resolve(c.remove) });
    };
    for (const key of ['MemberJoinRestriction', 'MemberDepartRestriction', 'RequireSenderAuthenticationEnabled', 'HiddenFromAddressListsEnabled', 'ModerationEnabled'] as const) {
      if (p[key] !== undefined) draft[key] = p[key];
    }
    if (p.MailTip !== undefined) draft.MailTip = p.MailTip === '' ? null : p.MailTip;
    if (p.Description !== undefined) draft.Description = applyMulti((x.props.Description as string[] | undefined) ?? [], p.Description);
    if (p.ModeratedBy !== undefined) draft.ModeratedBy = keysOf(p.ModeratedBy, x.props.ModeratedBy);
    if (p.AcceptMessagesOnlyFromSendersOrMembers !== undefined) {
      draft.AcceptMessagesOnlyFromSendersOrMembers = keysOf(p.AcceptMessagesOnlyFromSendersOrMembers, x.props.AcceptMessagesOnlyFromSendersOrMembers, (r) => r.kind !== 'user');
    }
    if (p.GrantSendOnBehalfTo !== undefined) draft.GrantSendOnBehalfTo = keysOf(p.GrantSendOnBehalfTo, x.props.GrantSendOnBehalfTo);
    let managedBy: string[] | undefined;
    if (p.ManagedBy !== undefined) {
      const c = p.ManagedBy as { replace?: string[]; add?: string[]; remove?: string[] };
      const resolve = (list: string[] | undefined) => (list ? managerKeys(ctx, list) : undefined);
      managedBy = applyMulti(x.managedBy, { replace: resolve(c.replace), add: resolve(c.add), remove: resolve(c.remove) });
      if (managedBy.length === 0 && g.group.props.securityEnabled) {
        throw invalidArgument('A mail-enabled security group must have at least one manager (ManagedBy).');
      }
    }

    // Addresses live on the directory group (proxyAddresses, mail), so Graph sees the same ones.
    let addresses = emailAddressesOf(g);
    if (p.EmailAddresses !== undefined) {
      addresses = applyMulti(addresses, p.EmailAddresses).map((a) => (/^smtp:/i.test(a) ? a : `smtp:${a}`));
      for (const a of addresses) checkAddress(a.slice(5));
      if (!addresses.some((a) => a.startsWith('SMTP:'))) {
        const first = addresses[0];
        if (!first) throw invalidArgument('A distribution group needs at least one SMTP address.');
        addresses = addresses.map((a) => (a === first ? `SMTP:${a.slice(5)}` : a));
      }
    }
    if (p.PrimarySmtpAddress !== undefined) {
      const primary = String(p.PrimarySmtpAddress);
      checkAddress(primary);
      addresses = [`SMTP:${primary}`, ...addresses.filter((a) => a.toLowerCase() !== `smtp:${primary.toLowerCase()}`).map((a) => `smtp:${a.slice(5)}`)];
    }
    for (const a of addresses) assertAddressFree(ctx, a.slice(5), g.key);
    if (p.Alias !== undefined && !/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$/.test(String(p.Alias))) {
      throw invalidArgument(`The alias "${String(p.Alias)}" contains characters that aren't valid.`);
    }

    // Everything validated: apply.
    Object.assign(x.props, draft);
    if (managedBy) {
      x.managedBy = managedBy;
      g.group.ownerIds = new Set(managedBy.map((k) => k.toLowerCase()));
    }
    if (p.DisplayName !== undefined) g.group.props.displayName = String(p.DisplayName);
    if (p.Alias !== undefined) g.group.props.mailNickname = String(p.Alias);
    if (p.EmailAddresses !== undefined || p.PrimarySmtpAddress !== undefined) {
      g.group.props.proxyAddresses = addresses;
      g.group.props.mail = addresses.find((a) => a.startsWith('SMTP:'))!.slice(5);
    }
    if (p.Description !== undefined) g.group.props.description = ((x.props.Description as string[]) ?? []).join('\n') || null;
  },
};

const removeDistributionGroup: CmdletDefinition = {
  name: 'Remove-DistributionGroup',
  params: { Identity: { kind: 'string', mandatory: true }, BypassSecurityGroupManagerCheck: { kind: 'switch' } },
  run(ctx, p) {
    const g = resolveGroup(ctx, p.Identity);
    checkManager(ctx, g, p);
    // Distribution and mail-enabled security groups have no recycle bin: the directory object is gone for good.
    ctx.tenant.softDeleteGroup(g.group, ctx.now());
    ctx.tenant.purgeGroup(g.group.props.id);
    ctx.org.groupExtras.delete(g.key);
    const perms = ctx.org.recipientPermissions;
    for (let i = perms.length - 1; i >= 0; i--) if (perms[i].identity === g.key || perms[i].trustee === g.key) perms.splice(i, 1);
    for (const other of ctx.tenant.listGroups()) other.memberIds.delete(g.key.toLowerCase());
  },
};

const getDistributionGroupMember: CmdletDefinition = {
  name: 'Get-DistributionGroupMember',
  params: { Identity: { kind: 'string', mandatory: true }, ResultSize: { kind: 'string' } },
  run(ctx, p) {
    const g = resolveGroup(ctx, p.Identity);
    const size = p.ResultSize === undefined || /^unlimited$/i.test(String(p.ResultSize)) ? Infinity : Number(p.ResultSize);
    return membersOf(ctx, g).slice(0, size).map(recipientView);
  },
};

const MEMBER_PARAMS: Record<string, ParamSpec> = {
  Identity: { kind: 'string', mandatory: true },
  Member: { kind: 'string', mandatory: true },
  BypassSecurityGroupManagerCheck: { kind: 'switch' },
};

const addDistributionGroupMember: CmdletDefinition = {
  name: 'Add-DistributionGroupMember',
  params: MEMBER_PARAMS,
  run(ctx, p) {
    const g = resolveGroup(ctx, p.Identity);
    const member = resolveMember(ctx, p.Member, g);
    checkManager(ctx, g, p);
    if (isMember(ctx, g, member)) throw memberAlreadyExists(member, g);
    addMember(g, member);
  },
};

const removeDistributionGroupMember: CmdletDefinition = {
  name: 'Remove-DistributionGroupMember',
  params: MEMBER_PARAMS,
  run(ctx, p) {
    const g = resolveGroup(ctx, p.Identity);
    const member = resolveOne(ctx, p.Member, undefined, { includeUsers: true });
    checkManager(ctx, g, p);
    if (!isMember(ctx, g, member)) throw memberNotFound(member, g);
    removeMember(g, member);
  },
};

export const GROUP_CONTACT_CMDLETS: CmdletDefinition[] = [
  getDistributionGroup,
  newDistributionGroup,
  setDistributionGroup,
  removeDistributionGroup,
  getDistributionGroupMember,
  addDistributionGroupMember,
  removeDistributionGroupMember,
];
