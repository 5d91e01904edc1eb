import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import { addRemove, type ExchangeObject } from '../exchange-gateway.types';
import type { MailContactTarget } from '../targets/exchange-recipient.target';
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

/** Address-book details Set-Contact writes (action key → Exchange property). */
const DETAILS = { firstName: 'FirstName', lastName: 'LastName', company: 'Company', title: 'Title', phone: 'Phone' } as const;
const DETAIL_LABELS: Record<keyof typeof DETAILS, string> = { firstName: 'First name', lastName: 'Last name', company: 'Company', title: 'Title', phone: 'Phone' };
type DetailKey = keyof typeof DETAILS;
const DETAIL_KEYS = Object.keys(DETAILS) as DetailKey[];

const input = z.object({
  externalEmailAddress: z.string().trim().email().optional().describe('New external address (it replaces the current one as the primary).'),
  displayName: z.string().trim().min(1).max(256).optional().describe('New display name.'),
  addEmailAddresses: emailList('Addresses to add, one per line.'),
  removeEmailAddresses: emailList('Addresses to remove, one per line.'),
  hiddenFromAddressLists: hiddenFromAddressListsField('contact'),
  // Text details accept "" (clear) from an undo request; a form leaves an empty field alone.
  firstName: z.string().trim().max(64).optional().describe('First name.'),
  lastName: z.string().trim().max(64).optional().describe('Last name.'),
  company: z.string().trim().max(64).optional().describe('Company.'),
  title: z.string().trim().max(64).optional().describe('Job title.'),
  phone: z.string().trim().max(64).optional().describe('Business phone.'),
});
type Input = z.infer<typeof input>;

interface Current {
  external: string;
  primary: string;
  displayName: string;
  addresses: string[];
  hidden: boolean;
  details: Record<DetailKey, string>;
}

async function readCurrent(ctx: ActionContext, contact: MailContactTarget): Promise<Current> {
  const exo = ctx.directory.exchange;
  const [mail] = await exo.invoke('Get-MailContact', { Identity: contact.id });
  const [details] = await exo.invoke('Get-Contact', { Identity: contact.id });
  return {
    external: bare(str(mail, 'ExternalEmailAddress')),
    primary: str(mail, 'PrimarySmtpAddress'),
    displayName: str(mail, 'DisplayName'),
    addresses: secondaryAddresses(mail as ExchangeObject),
    hidden: readHidden(mail),
    details: Object.fromEntries(DETAIL_KEYS.map((k) => [k, str(details, DETAILS[k])])) as Record<DetailKey, string>,
  };
}

/** What the run will write, and the card's before → after lines; refuses removals that cannot work. */
function plan(current: Current, value: Input) {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const external = value.externalEmailAddress !== undefined && !same(value.externalEmailAddress, current.external) ? value.externalEmailAddress : undefined;
  for (const address of value.removeEmailAddresses ?? []) {
    if (same(address, current.primary) || same(address, current.external)) {
      throw invalid(`${address} is the contact's external (primary) address and cannot be removed.`, 'Give a new external address instead, to replace it.');
    }
    if (!current.addresses.some((a) => same(a, address))) {
      throw invalid(`${address} is not one of the contact's addresses.`, `Its other addresses are: ${current.addresses.join(', ') || '(none)'}.`);
    }
  }
  const add = (value.addEmailAddresses ?? []).filter((a) => !current.addresses.some((b) => same(a, b)) && !same(a, current.primary));
  const remove = value.removeEmailAddresses ?? [];
  const addresses = addressChange(current.addresses, add, remove);
  const details = Object.fromEntries(DETAIL_KEYS.filter((k) => value[k] !== undefined && value[k] !== current.details[k]).map((k) => [k, value[k]!])) as Partial<Record<DetailKey, string>>;
  const displayName = value.displayName !== undefined && value.displayName !== current.displayName ? value.displayName : undefined;
  const { hidden, change: hiddenLine } = hiddenChange(current.hidden, value.hiddenFromAddressLists);
  const changes = [
    ...(external ? [{ label: 'External address', before: current.external, after: external }] : []),
    ...textChanges([{ label: 'Display name', before: current.displayName, after: displayName }]),
    ...(addresses.change ? [addresses.change] : []),
    ...(hiddenLine ? [hiddenLine] : []),
    ...textChanges(DETAIL_KEYS.map((k) => ({ label: DETAIL_LABELS[k], before: current.details[k], after: details[k] }))),
  ];
  return { external, displayName, hidden, add, remove: remove.filter((a) => current.addresses.some((b) => same(a, b))), details, changes };
}

/**
 * Edits a mail contact: mail attributes (incl. hiding it from the address lists) with Set-MailContact,
 * address-book details with Set-Contact.
 * Undo puts back exactly the values that changed (addresses added are removed again and vice versa).
 */
export const mailContactEditAction = defineAction({
  id: 'mail-contact.edit',
  title: 'Edit mail contact',
  category: CATEGORY,
  description: "Change a mail contact's external address, display name, other addresses, address list visibility or address-book details.",
  phrases: [
    'edit mail contact terry.adams@fabrikam.com',
    'change the external address of a mail contact',
    'update the company and phone of the contact rob.young@litware.com',
    'add an email address to a mail contact',
    'modify an external contact',
    "fix the job title on an address book contact",
    "give the contact rob.young@litware.com a different job title and phone number",
    'set the company and title of the mail contact {user}',
    'a mail contact moved to another company, update their job details',
    'change the job title of the contact {user}',
    'the external contact {user} needs a new department',
    'change the external email of the mail contact ann@fabrikam.com to ann@litware.com',
    'update contact ann@fabrikam.com with the new phone number',
    'Set-MailContact ann@fabrikam.com -ExternalEmailAddress',
    'rename the mail contact ann@fabrikam.com',
    'fix the display name of the external contact {user}',
    'add another email address to the contact ann@fabrikam.com',
    'update the company name on the mail contact {user}',
    'remove an old extra address from the mail contact {user}',
    "the contact ann@fabrikam.com's job title and company are wrong, please fix",
    'change the first and last name of the mail contact {user}',
    'the GAL contact {user} needs the new phone number',
    'set the title of the contact {user} to "Account Manager"',
    "{user}'s contact needs a new company and job title",
    'the mail contact {user} has a new address at another company, update it',
    'update the company and job title on the contact {user}',
    'hide the contact ann@fabrikam.com from the GAL',
    'we still need the contact {user}, just take it off the address lists',
    'make the mail contact {user} invisible in the address book',
    'unhide the mail contact {user} so people find it in the address book again',
    'show the contact {user} in the global address list again',
  ],
  paramRules: [
    hiddenFromAddressListsRule,
    { name: 'externalEmailAddress', capture: /\bexternal (?:e-?mail )?address\b.*?\bto\s+([^\s@,;]+@[^\s@,;]+\.[A-Za-z]{2,})/i, as: 'email' },
    { name: 'company', capture: /\bcompany\s+to\s+"([^"]+)"/i },
    { name: 'title', capture: /\btitle\s+to\s+"([^"]+)"/i },
  ],
  textTargets: { kinds: ['email', 'name'], after: ['contact', 'of', 'for'] },
  target: 'mailContact',
  input,
  check(value): Record<string, string> {
    const given = Object.entries(value).some(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
    if (!given) return { displayName: 'Say what to change: an address, the display name, address list visibility or a detail.' };
    return overlapErrors({ addEmailAddresses: value.addEmailAddresses, removeEmailAddresses: value.removeEmailAddresses });
  },
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (_value, contacts) => `Edit the mail contact ${contacts.map((c) => `${c.displayName} (${c.externalEmailAddress})`).join(', ')}.`,
  async preview(ctx, contact, value) {
    const p = plan(await readCurrent(ctx, contact), value);
    await assertAddressesFree(ctx, [...(p.external ? [p.external] : []), ...p.add], contact.id);
    return p.changes.length > 0 ? { changes: p.changes } : { changes: [], noop: 'Nothing to change: the contact already has these values.' };
  },
  async run(ctx, contact, value) {
    const exo = ctx.directory.exchange;
    const p = plan(await readCurrent(ctx, contact), value);
    if (p.changes.length === 0) return { outcome: 'skipped', message: 'Nothing to change.' };
    const mail = defined({
      ExternalEmailAddress: p.external ? `SMTP:${p.external}` : undefined,
      DisplayName: p.displayName,
      HiddenFromAddressListsEnabled: p.hidden,
      EmailAddresses: p.add.length + p.remove.length > 0 ? addRemove({ add: p.add.map((a) => `smtp:${a}`), remove: p.remove.map((a) => `smtp:${a}`) }) : undefined,
    });
    if (Object.keys(mail).length > 0) await exo.invoke('Set-MailContact', { Identity: contact.id, ...mail });
    const details = Object.fromEntries(Object.entries(p.details).map(([k, v]) => [DETAILS[k as DetailKey], v]));
    if (Object.keys(details).length > 0) await exo.invoke('Set-Contact', { Identity: contact.id, ...details });
    return { outcome: 'succeeded', message: `Updated the mail contact ${p.displayName ?? contact.displayName}.`, changes: p.changes, audit: { changed: p.changes.map((c) => c.label) } };
  },
  undo: {
    capture: (ctx, contact) => readCurrent(ctx, contact),
    restore(captured, value) {
      const before = captured as Current;
      const p = plan(before, value);
      if (p.changes.length === 0) return null;
      const params: Record<string, unknown> = {};
      if (p.external) params.externalEmailAddress = before.external;
      if (p.displayName !== undefined) params.displayName = before.displayName;
      if (p.hidden !== undefined) params.hiddenFromAddressLists = asYesNo(before.hidden);
      if (p.remove.length > 0) params.addEmailAddresses = p.remove.map((a) => before.addresses.find((b) => b.toLowerCase() === a.toLowerCase()) ?? a);
      if (p.add.length > 0) params.removeEmailAddresses = p.add;
      for (const key of Object.keys(p.details) as DetailKey[]) params[key] = before.details[key];
      return { actionId: 'mail-contact.edit', params };
    },
  },
});
