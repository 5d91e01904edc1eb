import { z } from 'zod';
import { defineAction } from '../define-action';
import { addRemove } from '../exchange-gateway.types';
import { assertAddressesFree, CATEGORY, defined, emailList, invalid, overlapErrors, str } from './mail-recipient.helpers';

/**
 * A new mail contact: an external address in the address book (Exchange-only; Graph's /contacts is
 * read-only). New-MailContact takes the mail attributes, Set-MailContact the extra addresses and the
 * address-list visibility, Set-Contact the address-book details (company, title, phone).
 * No Undo: taking a contact back is mail-contact.remove, which is permanent and asks its own confirm.
 */
export const mailContactCreateAction = defineAction({
  id: 'mail-contact.create',
  title: 'Create mail contact',
  category: CATEGORY,
  description: "Add an external person to the address book as a mail contact, with their details and extra addresses.",
  phrases: [
    'create mail contact orders@fabrikam.com',
    'add an external contact to the address book',
    'new mail contact for a partner at another company',
    'make a mail contact for jo.lee@litware.com',
    'set up an external mail contact',
    'put a supplier from outside the company in the address book as a contact',
    'create a contact named "Kim Akers" in the global address list',
    'add ann@fabrikam.com as a mail contact',
    'create a contact for the vendor ann@fabrikam.com in the GAL',
    'could you please add our supplier ann@fabrikam.com to the global address list',
    'New-MailContact for ann@fabrikam.com',
    'make a mail contact named "Kim Akers" with the address ann@fabrikam.com',
    'new contact ann@fabrikam.com, company Fabrikam',
    'add a partner email address to the address book as a contact',
    'set up a GAL contact for our lawyer at ann@fabrikam.com',
    'mail contact please for ann@fabrikam.com',
    'create contacts for the Fabrikam consultants in Exchange',
    'can you add an external email as a contact in the address book?',
    'the contractor ann@fabrikam.com should show up in the GAL as a contact',
    'new external contact ann@fabrikam.com',
    'we need an address book entry for an outside consultant, create a mail contact',
    'make an outside address like {user} show up in the GAL',
  ],
  paramRules: [
    { name: 'externalEmailAddress', capture: /\bcontacts?\s+(?:for\s+)?([^\s@,;]+@[^\s@,;]+\.[A-Za-z]{2,})/i, as: 'email' },
    { name: 'name', capture: /\b(?:called|named)\s+"([^"]+)"/i },
  ],
  // The address in the line is the one the new object gets (read by a param rule), not an object to look up.
  textTargets: { kinds: ['email'] },
  target: 'none',
  input: z.object({
    name: z.string().trim().min(1).max(64).describe('Name (unique in Exchange), e.g. Sales (Northwind).'),
    externalEmailAddress: z.string().trim().email().describe('The external email address mail is sent to.'),
    displayName: z.string().trim().min(1).max(256).optional().describe('Display name in the address book; the name when empty.'),
    alias: z.string().trim().regex(/^[A-Za-z0-9._-]{1,64}$/, 'Letters, digits, dot, dash or underscore (at most 64)').optional().describe('Alias; derived from the name when empty.'),
    firstName: z.string().trim().max(64).optional().describe('First name.'),
    lastName: z.string().trim().max(64).optional().describe('Last name.'),
    additionalEmailAddresses: emailList('More addresses the contact answers to, one per line.'),
    company: z.string().trim().max(64).optional().describe('Company.'),
    title: z.string().trim().max(64).optional().describe('Job title.'),
    phone: z.string().trim().max(64).optional().describe('Business phone.'),
    hiddenFromAddressListsEnabled: z.boolean().default(false).describe('Hide the contact from the address lists.'),
  }),
  check: (input) => overlapErrors({ externalEmailAddress: [input.externalEmailAddress], additionalEmailAddresses: input.additionalEmailAddresses }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (input) => `Create the mail contact "${input.displayName ?? input.name}" for ${input.externalEmailAddress}.`,
  describeInput: (input) => [
    { label: 'Name', value: input.name },
    { label: 'External address', value: input.externalEmailAddress },
    ...((input.additionalEmailAddresses ?? []).length > 0 ? [{ label: 'Other addresses', value: input.additionalEmailAddresses!.join(', ') }] : []),
    { label: 'Hidden from address lists', value: input.hiddenFromAddressListsEnabled ? 'Yes' : 'No' },
  ],
  async preview(ctx, _none, input) {
    const existing = await ctx.directory.exchange.invoke('Get-Recipient', { Anr: input.name, RecipientTypeDetails: ['MailContact'] });
    const sameName = existing.find((r) => str(r, 'Name').toLowerCase() === input.name.toLowerCase());
    if (sameName) throw invalid(`A mail contact named "${input.name}" already exists (${str(sameName, 'PrimarySmtpAddress')}).`, 'Pick another name: names are unique in Exchange.');
    await assertAddressesFree(ctx, [input.externalEmailAddress, ...(input.additionalEmailAddresses ?? [])]);
    const details = [
      ['Company', input.company],
      ['Title', input.title],
      ['Phone', input.phone],
    ].filter(([, v]) => v) as [string, string][];
    return {
      changes: [
        { label: 'Mail contact', before: '(none)', after: `${input.displayName ?? input.name} <${input.externalEmailAddress}>` },
        ...((input.additionalEmailAddresses ?? []).length > 0 ? [{ label: 'Other email addresses', before: '(none)', after: input.additionalEmailAddresses!.join(', ') }] : []),
        ...details.map(([label, value]) => ({ label, before: '(empty)', after: value })),
      ],
    };
  },
  async run(ctx, _none, input) {
    const exo = ctx.directory.exchange;
    const [created] = await exo.invoke(
      'New-MailContact',
      defined({
        Name: input.name,
        ExternalEmailAddress: `SMTP:${input.externalEmailAddress}`,
        DisplayName: input.displayName,
        Alias: input.alias,
        FirstName: input.firstName,
        LastName: input.lastName,
      }),
    );
    const identity = str(created, 'Guid') || input.name;
    const extra = input.additionalEmailAddresses ?? [];
    if (extra.length > 0 || input.hiddenFromAddressListsEnabled) {
      await exo.invoke(
        'Set-MailContact',
        defined({
          Identity: identity,
          EmailAddresses: extra.length > 0 ? addRemove({ add: extra.map((a) => `smtp:${a}`) }) : undefined,
          HiddenFromAddressListsEnabled: input.hiddenFromAddressListsEnabled ? true : undefined,
        }),
      );
    }
    if (input.company || input.title || input.phone) {
      await exo.invoke('Set-Contact', defined({ Identity: identity, Company: input.company || undefined, Title: input.title || undefined, Phone: input.phone || undefined }));
    }
    return {
      outcome: 'succeeded',
      message: `Created the mail contact ${str(created, 'DisplayName') || input.name} (${input.externalEmailAddress}).`,
      changes: [{ label: 'Mail contact', before: '(none)', after: `${str(created, 'DisplayName') || input.name} <${input.externalEmailAddress}>` }],
      audit: { contactGuid: identity, externalEmailAddress: input.externalEmailAddress },
    };
  },
});
