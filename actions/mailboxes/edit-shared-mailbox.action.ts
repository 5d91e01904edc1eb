import { z } from 'zod';
import { defineAction } from '../define-action';
import { hiddenFromAddressListsField, hiddenFromAddressListsRule, HIDDEN_LABEL } from '../mail-recipients/address-list-visibility.helpers';
import { addressList, editBehaviour, mailboxNames, mailTipRule, needsOneOf, policyField, textField, userList, type FieldSpec } from './mailbox-lifecycle.helpers';

/**
 * Edits a shared mailbox: display name, retention and address book policy, mail tip, whether the address
 * lists show it (admins hide team inboxes from the GAL as often as they rename them), addresses, and who may
 * open it (Full Access: Add/Remove-MailboxPermission), send as it (Add/Remove-RecipientPermission) or
 * send on its behalf (GrantSendOnBehalfTo). Only shared mailboxes are accepted, so a typo cannot turn
 * a person's mailbox into a team inbox. Undo restores each changed value and delegate captured before
 * the run.
 */
const FIELDS: readonly FieldSpec[] = [
  { key: 'displayName', label: 'Display name', cmdlet: 'Set-Mailbox', param: 'DisplayName', kind: 'text' },
  { key: 'retentionPolicy', label: 'Retention policy', cmdlet: 'Set-Mailbox', param: 'RetentionPolicy', kind: 'policy' },
  { key: 'addressBookPolicy', label: 'Address book policy', cmdlet: 'Set-Mailbox', param: 'AddressBookPolicy', kind: 'policy' },
  { key: 'mailTip', label: 'Mail tip', cmdlet: 'Set-Mailbox', param: 'MailTip', kind: 'text' },
  { key: 'hiddenFromAddressLists', label: HIDDEN_LABEL, cmdlet: 'Set-Mailbox', param: 'HiddenFromAddressListsEnabled', kind: 'yesNo' },
];

const LABELS: Record<string, string> = {
  displayName: 'display name',
  retentionPolicy: 'retention policy',
  addressBookPolicy: 'address book policy',
  mailTip: 'mail tip',
  hiddenFromAddressLists: 'hidden from address lists',
  addEmailAddresses: 'addresses to add',
  removeEmailAddresses: 'addresses to remove',
  addFullAccess: 'Full Access to add',
  removeFullAccess: 'Full Access to remove',
  addSendAs: 'Send As to add',
  removeSendAs: 'Send As to remove',
  addSendOnBehalf: 'send on behalf to add',
  removeSendOnBehalf: 'send on behalf to remove',
};

const behaviour = editBehaviour({
  actionId: 'mailbox.edit-shared',
  fields: FIELDS,
  parts: ['emailAddresses', 'fullAccess', 'sendAs', 'sendOnBehalf'],
  kind: 'SharedMailbox',
  kindHint: 'Use "edit mailbox" for user mailboxes, or "edit room mailbox" / "edit equipment mailbox" for resources.',
});

export const editSharedMailboxAction = defineAction({
  id: 'mailbox.edit-shared',
  title: 'Edit shared mailbox',
  category: 'Mailboxes',
  description:
    'Change a shared mailbox: display name, retention and address book policy, mail tip, visibility in the address lists, email addresses, Full Access, Send As and send-on-behalf delegates.',
  phrases: [
    'edit shared mailbox info@contoso.com',
    'edit the shared mailbox ithelp@contoso.com',
    'change the retention policy of the shared mailbox info@contoso.com',
    'give jane@contoso.com send as on the shared mailbox ithelp@contoso.com',
    'update the shared inbox ithelp@contoso.com',
    'add an alias address to the shared mailbox info@contoso.com',
    'modify the settings of a shared mailbox',
    'rename the shared mailbox ithelp@contoso.com to Service Desk',
    'add another email address to the info@contoso.com shared mailbox',
    'change the display name of the shared mailbox {user}',
    'change the display name of the shared mailbox {mailbox} to Info Desk',
    'set the retention policy on the shared mbx {mailbox}',
    'update the display name and retention policy of the shared mbx {mailbox}',
    'apply the address book policy to the shared mailbox {mailbox}',
    'update the settings of the shared mailbox {mailbox}',
    'remove the old email address from the shared inbox {mailbox}',
    'rename the shared mbx {mailbox}',
    'the shared mailbox {mailbox} should use the 2 year retention policy',
    'could you please change the primary address of the shared mailbox {mailbox}',
    'edit shared mailbox',
    'edit the shared mailbox {mailbox}: new display name and an extra smtp address',
    'edit the shared mailbox {mailbox}: rename it and update its delegates',
    'set RetentionPolicy and AddressBookPolicy on the shared mailbox {mailbox}',
    'the shared mailbox {mailbox} needs a new display name',
    'modify the shared inbox {mailbox} and add an email alias',
    'hide the shared mailbox {mailbox} from the GAL',
    'the shared mailbox {mailbox} should not show up in the address book',
    'set a mail tip on the shared mailbox {mailbox}',
  ],
  paramRules: [hiddenFromAddressListsRule, mailTipRule],
  target: 'mailbox',
  textTargets: { kinds: ['email', 'name'], after: ['mailbox', 'inbox'], nouns: ['shared mailbox', 'shared inbox'] },
  input: z.object({
    displayName: textField(256, 'New display name.'),
    retentionPolicy: policyField('Retention'),
    addressBookPolicy: policyField('Address book'),
    mailTip: textField(175, 'Mail tip shown to senders.'),
    hiddenFromAddressLists: hiddenFromAddressListsField('shared mailbox'),
    addEmailAddresses: addressList('Addresses to add, one per line.'),
    removeEmailAddresses: addressList('Addresses to remove, one per line.'),
    addFullAccess: userList('Users who may open the mailbox (Full Access, mapped in Outlook), to add.'),
    removeFullAccess: userList('Full Access users to remove.'),
    addSendAs: userList('Users who may send as the mailbox, to add.'),
    removeSendAs: userList('Send As users to remove.'),
    addSendOnBehalf: userList('Users who may send on behalf of the mailbox, to add.'),
    removeSendOnBehalf: userList('Send-on-behalf users to remove.'),
  }),
  check: (input) => needsOneOf(input, Object.keys(LABELS), LABELS),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (_input, targets) => `Edit the shared mailbox ${mailboxNames(targets)}.`,
  preview: behaviour.preview,
  run: behaviour.run,
  undo: behaviour.undo,
});
