import { z } from 'zod';
import { defineAction } from '../define-action';
import { CATEGORY } from './mail-recipient.helpers';

/**
 * Deletes mail contacts. Exchange keeps no recycle bin for contacts, so there is no Undo: a contact
 * removed by mistake has to be created again (mail-contact.create).
 */
export const mailContactRemoveAction = defineAction({
  id: 'mail-contact.remove',
  title: 'Remove mail contact',
  category: CATEGORY,
  description: 'Delete one or more mail contacts from the address book. Contacts cannot be restored afterwards.',
  phrases: [
    'remove mail contact terry.adams@fabrikam.com',
    'delete the external contact rob.young@litware.com',
    'get rid of old mail contacts',
    'remove these contacts from the address book',
    'permanently delete the contact {user}',
    "we don't deal with this vendor anymore, drop their contact",
    'delete contact ann@fabrikam.com',
    'remove the mail contact {user} from the GAL',
    'Remove-MailContact {user}',
    'please delete these external contacts: {user}, {user}',
    'clean up the old vendor contacts in the address book',
    'the contact {user} is obsolete, delete it',
    'remove {user} from the address book, she is not our supplier anymore',
    'get rid of the external contact {user}',
    'can you delete the mail contact for ann@fabrikam.com?',
    'delete the stale contact {user}, the partnership ended',
    'drop the contact {user} from the global address list',
    'remove contacts',
    'delete all the Fabrikam mail contacts',
    'mail contact {user} can be deleted',
  ],
  textTargets: { kinds: ['email', 'name'] },
  target: 'mailContact',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'exchange',
  summarize: (_input, contacts) =>
    `Delete the mail contact${contacts.length === 1 ? '' : 's'} ${contacts.map((c) => `${c.displayName} (${c.externalEmailAddress})`).join(', ')} permanently.`,
  async preview(_ctx, contact) {
    return {
      changes: [{ label: 'Mail contact', before: `${contact.displayName} <${contact.externalEmailAddress}>`, after: 'Deleted permanently' }],
      warnings: ['Mail contacts have no recycle bin: this cannot be undone, and distribution lists lose this contact.'],
    };
  },
  async run(ctx, contact) {
    await ctx.directory.exchange.invoke('Remove-MailContact', { Identity: contact.id, Confirm: false });
    return {
      outcome: 'succeeded',
      message: `Deleted the mail contact ${contact.displayName} (${contact.externalEmailAddress}).`,
      changes: [{ label: 'Mail contact', before: 'Exists', after: 'Deleted' }],
      audit: { contactGuid: contact.id, externalEmailAddress: contact.externalEmailAddress },
    };
  },
});
