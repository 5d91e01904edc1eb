import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import { addRemove } from '../exchange-gateway.types';
import type { MailUserTarget } from '../targets/exchange-recipient.target';
import {
  addressChange,
  assertAddressesFree,
  bare,
  CATEGORY,
  defined,
  emailList,
  invalid,
  overlapErrors,
  secondaryAddresses,
  str,
  textChanges,
} from './mail-recipient.helpers';
import { asYesNo, hiddenChange, hiddenFromAddressListsField, hiddenFromAddressListsRule, readHidden } from './address-list-visibility.helpers';

const input = z.object({
  externalEmailAddress: z.string().trim().email().optional().describe('New external address mail is delivered to.'),
  displayName: z.string().trim().min(1).max(256).optional().describe('New display name.'),
  microsoftOnlineServicesId: z.string().trim().email().optional().describe('New sign-in name (on a verified domain).'),
  addEmailAddresses: emailList('Addresses to add, one per line.'),
  removeEmailAddresses: emailList('Addresses to remove, one per line.'),
  hiddenFromAddressLists: hiddenFromAddressListsField('mail user'),
  // "" (clear) only comes from an undo request; a form leaves an empty field alone.
  firstName: z.string().trim().max(64).optional().describe('First name.'),
  lastName: z.string().trim().max(64).optional().describe('Last name.'),
});
type Input = z.infer<typeof input>;

interface Current {
  guid: string;
  external: string;
  upn: string;
  primary: string;
  displayName: string;
  addresses: string[];
  hidden: boolean;
  firstName: string;
  lastName: string;
}

async function readCurrent(ctx: ActionContext, mailUser: MailUserTarget): Promise<Current> {
  const exo = ctx.directory.exchange;
  const [mail] = await exo.invoke('Get-MailUser', { Identity: mailUser.id });
  const [user] = await exo.invoke('Get-User', { Identity: mailUser.id });
  return {
    guid: str(mail, 'Guid'),
    external: bare(str(mail, 'ExternalEmailAddress')),
    upn: str(mail, 'MicrosoftOnlineServicesID') || str(mail, 'UserPrincipalName'),
    primary: str(mail, 'PrimarySmtpAddress'),
    displayName: str(mail, 'DisplayName'),
    addresses: secondaryAddresses(mail),
    hidden: readHidden(mail),
    firstName: str(user, 'FirstName'),
    lastName: str(user, 'LastName'),
  };
}

function plan(current: Current, value: Input) {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const changed = (next: string | undefined, now: string) => (next !== undefined && !same(next, now) ? next : undefined);
  for (const address of value.removeEmailAddresses ?? []) {
    if (same(address, current.primary)) throw invalid(`${address} is the mail user's primary address and cannot be removed.`, 'Remove another address, or keep this one.');
    if (!current.addresses.some((a) => same(a, address))) {
      throw invalid(`${address} is not one of the mail user's addresses.`, `Its other addresses are: ${current.addresses.join(', ') || '(none)'}.`);
    }
  }
  const add = (value.addEmailAddresses ?? []).filter((a) => !current.addresses.some((b) => same(a, b)) && !same(a, current.primary));
  const remove = value.removeEmailAddresses ?? [];
  const addresses = addressChange(current.addresses, add, remove);
  const external = changed(value.externalEmailAddress, current.external);
  const upn = changed(value.microsoftOnlineServicesId, current.upn);
  const displayName = value.displayName !== undefined && value.displayName !== current.displayName ? value.displayName : undefined;
  const firstName = value.firstName !== undefined && value.firstName !== current.firstName ? value.firstName : undefined;
  const lastName = value.lastName !== undefined && value.lastName !== current.lastName ? value.lastName : undefined;
  const { hidden, change: hiddenLine } = hiddenChange(current.hidden, value.hiddenFromAddressLists);
  const changes = [
    ...(external ? [{ label: 'External address', before: current.external, after: external }] : []),
    ...(upn ? [{ label: 'Sign-in name', before: current.upn, after: upn }] : []),
    ...textChanges([{ label: 'Display name', before: current.displayName, after: displayName }]),
    ...(addresses.change ? [addresses.change] : []),
    ...(hiddenLine ? [hiddenLine] : []),
    ...textChanges([
      { label: 'First name', before: current.firstName, after: firstName },
      { label: 'Last name', before: current.lastName, after: lastName },
    ]),
  ];
  return { external, upn, displayName, hidden, firstName, lastName, add, remove, changes };
}

/**
 * Edits a mail user: Set-MailUser for the external address, sign-in name, addresses and address list
 * visibility, Set-User for first and last name. The password is not here: it goes through user.manage-password (Graph).
 * Undo puts back exactly what changed.
 */
export const mailUserEditAction = defineAction({
  id: 'mail-user.edit',
  title: 'Edit mail user',
  category: CATEGORY,
  description: "Change a mail user's external address, sign-in name, display name, addresses, address list visibility, or first and last name.",
  phrases: [
    'edit the mail user partner@contoso.com',
    'change where the mail user alex.c@contoso.com gets mail',
    'update the external address of a mail user',
    'rename a mail user',
    'add an email address to the mail user',
    'change the display name of the mail user {user}',
    'rename a mail-enabled user or change where its mail goes',
    'change the external address of the mail user {user} to ann@fabrikam.com',
    "update the mail user's external email address",
    'the mail user {user} moved to a new company, mail should now go to ann@litware.com',
    'Set-MailUser {user} -ExternalEmailAddress ann@fabrikam.com',
    'change the sign-in name of the mail user {user}',
    'rename the mail user {user} to "Ann Beebe (Fabrikam)"',
    'add an alias address to the mail user {user}',
    'remove an old extra email address from the mail user {user}',
    'fix the first and last name of the mail user {user}',
    'update the MicrosoftOnlineServicesID of a mail user',
    'point the mail user {user} to a new external email',
    'the contractor {user} is a mail user, change where his mail gets delivered',
    'edit mail-enabled user {user}',
    'change the UPN of the mail user {user}',
    'hide the mail user {user} from the GAL',
    'the mail user auditor@contoso.com should be hidden from the address book',
    'keep the mail-enabled user {user} out of the global address list',
    'unhide the mail user {user}, it should be listed in the address book again',
  ],
  paramRules: [
    hiddenFromAddressListsRule,
    { name: 'externalEmailAddress', capture: /\bexternal (?:e-?mail )?address\b.*?\bto\s+([^\s@,;]+@[^\s@,;]+\.[A-Za-z]{2,})/i, as: 'email' },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['user', 'of', 'for'] },
  target: 'mailUser',
  input,
  check(value): Record<string, string> {
    const given = Object.values(value).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
    if (!given) return { displayName: 'Say what to change: an address, the sign-in name, the display name, address list visibility or a name.' };
    return overlapErrors({ addEmailAddresses: value.addEmailAddresses, removeEmailAddresses: value.removeEmailAddresses });
  },
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (_value, users) => `Edit the mail user ${users.map((u) => `${u.displayName} (${u.userPrincipalName})`).join(', ')}.`,
  async preview(ctx, mailUser, value) {
    const current = await readCurrent(ctx, mailUser);
    const p = plan(current, value);
    if (p.upn) {
      const holder = await ctx.directory.getUser(p.upn);
      if (holder && holder.id !== mailUser.id) throw invalid(`${p.upn} is already the sign-in name of ${holder.displayName}.`, 'Pick another sign-in name.');
      const domain = p.upn.split('@')[1].toLowerCase();
      const orgs = await ctx.directory.graph.get<{ value: { verifiedDomains?: { name: string }[] }[] }>('/organization?$select=verifiedDomains');
      const domains = orgs.value.flatMap((o) => (o.verifiedDomains ?? []).map((d) => d.name.toLowerCase()));
      if (!domains.includes(domain)) throw invalid(`${domain} is not a verified domain of this tenant.`, `Use one of: ${domains.join(', ')}.`);
    }
    await assertAddressesFree(ctx, [...(p.external ? [p.external] : []), ...p.add], current.guid);
    return p.changes.length > 0 ? { changes: p.changes } : { changes: [], noop: 'Nothing to change: the mail user already has these values.' };
  },
  async run(ctx, mailUser, value) {
    const exo = ctx.directory.exchange;
    const p = plan(await readCurrent(ctx, mailUser), value);
    if (p.changes.length === 0) return { outcome: 'skipped', message: 'Nothing to change.' };
    const mail = defined({
      ExternalEmailAddress: p.external ? `SMTP:${p.external}` : undefined,
      MicrosoftOnlineServicesID: p.upn,
      DisplayName: p.displayName,
      HiddenFromAddressListsEnabled: p.hidden,
      EmailAddresses: p.add.length + p.remove.length > 0 ? addRemove({ add: p.add.map((a) => `smtp:${a}`), remove: p.remove.map((a) => `smtp:${a}`) }) : undefined,
    });
    if (Object.keys(mail).length > 0) await exo.invoke('Set-MailUser', { Identity: mailUser.id, ...mail });
    const names = defined({ FirstName: p.firstName, LastName: p.lastName });
    if (Object.keys(names).length > 0) await exo.invoke('Set-User', { Identity: mailUser.id, ...names });
    return { outcome: 'succeeded', message: `Updated the mail user ${p.displayName ?? mailUser.displayName}.`, changes: p.changes, audit: { changed: p.changes.map((c) => c.label) } };
  },
  undo: {
    capture: (ctx, mailUser) => readCurrent(ctx, mailUser),
    restore(captured, value) {
      const before = captured as Current;
      const p = plan(before, value);
      if (p.changes.length === 0) return null;
      const params: Record<string, unknown> = {};
      if (p.external) params.externalEmailAddress = before.external;
      if (p.upn) params.microsoftOnlineServicesId = before.upn;
      if (p.displayName !== undefined) params.displayName = before.displayName;
      if (p.hidden !== undefined) params.hiddenFromAddressLists = asYesNo(before.hidden);
      if (p.remove.length > 0) params.addEmailAddresses = p.remove.map((a) => before.addresses.find((b) => b.toLowerCase() === a.toLowerCase()) ?? a);
      if (p.add.length > 0) params.removeEmailAddresses = p.add;
      if (p.firstName !== undefined) params.firstName = before.firstName;
      if (p.lastName !== undefined) params.lastName = before.lastName;
      return { actionId: 'mail-user.edit', params };
    },
  },
});

