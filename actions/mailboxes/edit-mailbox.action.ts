import { z } from 'zod';
import { defineAction } from '../define-action';
import { refHelp } from '../input-refs';
import {
  addressList,
  checkCustomAttributes,
  customAttributesField,
  editBehaviour,
  mailboxNames,
  needsOneOf,
  textField,
  yesNo,
  type FieldSpec,
} from './mailbox-lifecycle.helpers';

/**
 * Edits a cloud mailbox's own properties (display name, addresses, mail tip, address list visibility,
 * custom attributes) with Set-Mailbox, and its owner's contact and organisation fields with Set-User.
 * Hybrid (directory-synced) objects are refused by Exchange itself and reported as such. Undo puts every
 * changed field back to the value captured just before the run.
 */
const FIELDS: readonly FieldSpec[] = [
  { key: 'displayName', label: 'Display name', cmdlet: 'Set-Mailbox', param: 'DisplayName', kind: 'text' },
  { key: 'mailTip', label: 'Mail tip', cmdlet: 'Set-Mailbox', param: 'MailTip', kind: 'text' },
  { key: 'hiddenFromAddressLists', label: 'Hidden from address lists', cmdlet: 'Set-Mailbox', param: 'HiddenFromAddressListsEnabled', kind: 'yesNo' },
  { key: 'title', label: 'Job title', cmdlet: 'Set-User', param: 'Title', kind: 'text' },
  { key: 'department', label: 'Department', cmdlet: 'Set-User', param: 'Department', kind: 'text' },
  { key: 'company', label: 'Company', cmdlet: 'Set-User', param: 'Company', kind: 'text' },
  { key: 'office', label: 'Office', cmdlet: 'Set-User', param: 'Office', kind: 'text' },
  { key: 'phone', label: 'Phone', cmdlet: 'Set-User', param: 'Phone', kind: 'text' },
  { key: 'mobilePhone', label: 'Mobile phone', cmdlet: 'Set-User', param: 'MobilePhone', kind: 'text' },
  { key: 'streetAddress', label: 'Street address', cmdlet: 'Set-User', param: 'StreetAddress', kind: 'text' },
  { key: 'city', label: 'City', cmdlet: 'Set-User', param: 'City', kind: 'text' },
  { key: 'stateOrProvince', label: 'State or province', cmdlet: 'Set-User', param: 'StateOrProvince', kind: 'text' },
  { key: 'postalCode', label: 'Postal code', cmdlet: 'Set-User', param: 'PostalCode', kind: 'text' },
  { key: 'countryOrRegion', label: 'Country or region', cmdlet: 'Set-User', param: 'CountryOrRegion', kind: 'text' },
];

const LABELS: Record<string, string> = {
  displayName: 'display name',
  addEmailAddresses: 'addresses to add',
  removeEmailAddresses: 'addresses to remove',
  primarySmtpAddress: 'primary address',
  mailTip: 'mail tip',
  hiddenFromAddressLists: 'hidden from address lists',
  customAttributes: 'custom attributes',
  title: 'job title',
  department: 'department',
  company: 'company',
  office: 'office',
  phone: 'phone',
  mobilePhone: 'mobile phone',
  streetAddress: 'street address',
  city: 'city',
  stateOrProvince: 'state',
  postalCode: 'postal code',
  countryOrRegion: 'country',
  manager: 'manager',
};

const behaviour = editBehaviour({
  actionId: 'mailbox.edit',
  fields: FIELDS,
  parts: ['emailAddresses', 'primarySmtpAddress', 'customAttributes', 'manager'],
});

export const editMailboxAction = defineAction({
  id: 'mailbox.edit',
  title: 'Edit mailbox',
  category: 'Mailboxes',
  description: 'Change a mailbox and its owner: display name, email addresses, mail tip, address list visibility, custom attributes, contact and organisation details, manager.',
  phrases: [
    'edit mailbox jane@contoso.com',
    'edit the mailbox of megan@contoso.com',
    'update the mailbox properties of jane@contoso.com',
    'add an email address to the mailbox of jane@contoso.com',
    'set a mail tip on the mailbox jane@contoso.com',
    'hide the mailbox megan@contoso.com from the address list',
    'change the mailbox details of adele@contoso.com',
    'modify mailbox settings for grady@contoso.com',
    "add an alias to {user}'s mailbox",
    'give {user} another alias',
    'remove an old proxy address from a user mailbox',
    'change the primary SMTP address of {user}',
  ],
  paramRules: [
    { name: 'hiddenFromAddressLists', when: [{ pattern: /\b(?:hide|hidden)\b.*\baddress (?:list|book)/i, value: 'Yes' }, { pattern: /\b(?:unhide|show)\b.*\baddress (?:list|book)/i, value: 'No' }] },
    { name: 'addEmailAddresses', capture: /\b(?:add|give|with)\b[^;!?]*?\b(?:alias(?:es)?|proxy address(?:es)?)\s+((?:[^\s,;]+@[^\s,;]+(?:\s*(?:,|and)\s*)?)+)/i, as: 'emails' },
    { name: 'mailTip', capture: /\bmail ?tip\b[^"]*"([^"]+)"/i },
  ],
  target: 'mailbox',
  // "set the mail tip of jane to \"On leave\"": what follows "to" is a new value; the mailbox follows of/for/on
  textTargets: { kinds: ['email', 'name'], after: ['of', 'for', 'on'] },
  input: z.object({
    displayName: textField(256, 'New display name.'),
    addEmailAddresses: addressList('Addresses to add, one per line.'),
    removeEmailAddresses: addressList('Addresses to remove, one per line.'),
    primarySmtpAddress: z.string().trim().email().optional().describe('New primary (reply) address.'),
    mailTip: textField(175, 'Mail tip shown to senders.'),
    hiddenFromAddressLists: yesNo('Hide the mailbox from the address lists.'),
    customAttributes: customAttributesField,
    title: textField(64, 'Job title.'),
    department: textField(64, 'Department.'),
    company: textField(64, 'Company.'),
    office: textField(128, 'Office.'),
    phone: textField(64, 'Business phone.'),
    mobilePhone: textField(64, 'Mobile phone.'),
    streetAddress: textField(256, 'Street address.'),
    city: textField(128, 'City.'),
    stateOrProvince: textField(128, 'State or province.'),
    postalCode: textField(40, 'Postal code.'),
    countryOrRegion: textField(128, 'Country or region.'),
    manager: z.string().trim().min(1).optional().describe(refHelp('user', 'Manager (user principal name), or None to clear.')),
  }),
  check: (input) => ({ ...needsOneOf(input, Object.keys(LABELS), LABELS), ...checkCustomAttributes(input.customAttributes) }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (_input, targets) => `Edit the mailbox ${mailboxNames(targets)}.`,
  preview: behaviour.preview,
  run: behaviour.run,
  undo: behaviour.undo,
});
