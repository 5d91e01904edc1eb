import { z } from 'zod';
import { defineAction } from '../define-action';
import { editBehaviour, mailboxNames, needsOneOf, RESOURCE_FIELDS, RESOURCE_LABELS, resourceInputShape } from './mailbox-lifecycle.helpers';

/**
 * Edits an equipment mailbox (projectors, cars, camera kits): the same fields as a room, but only for
 * RecipientTypeDetails = EquipmentMailbox, so rooms are never changed by mistake. Undo restores each
 * changed value captured before the run.
 */
const behaviour = editBehaviour({
  actionId: 'mailbox.edit-equipment',
  fields: RESOURCE_FIELDS,
  parts: ['resourceDelegates'],
  kind: 'EquipmentMailbox',
  kindHint: 'Use "edit room mailbox" for meeting rooms, "edit shared mailbox" for shared ones.',
});

export const editEquipmentMailboxAction = defineAction({
  id: 'mailbox.edit-equipment',
  title: 'Edit equipment mailbox',
  category: 'Mailboxes',
  description: 'Change an equipment mailbox: name, policies and booking rules (auto-accept, booking window, maximum duration, conflicts, recurring bookings, delegates).',
  phrases: [
    'edit equipment mailbox camera@contoso.com',
    'edit the equipment camera@contoso.com',
    'change the booking rules of the equipment mailbox camera@contoso.com',
    'allow double booking of camera@contoso.com equipment',
    'update the resource settings of the projector mailbox',
    'set the maximum booking duration of equipment camera@contoso.com',
    'the equipment mailbox {mailbox} should auto accept bookings',
    'let the pool car {mailbox} be booked for 8 hours at most',
    'the fleet manager must approve bookings of the van equipment mailbox {mailbox}',
    'change the booking window of the equipment {mailbox} to 30 days',
    'allow recurring bookings of the equipment mailbox {mailbox}',
    'rename the equipment mailbox {mailbox}',
    'the projector equipment {mailbox} gets double booked, stop allowing conflicts',
    'add {user} as booking delegate for the company car equipment mailbox',
    'Set-CalendarProcessing on the equipment {mailbox}: AutomateProcessing AutoAccept',
    'make the loaner laptop equipment {mailbox} decline conflicting reservations',
    'the camera equipment resource should only be bookable 14 days ahead',
    'change the reservation rules of the pool car equipment mailbox',
    'update the equipment resource {mailbox} so bookings need approval by a delegate',
    'set the retention policy of the equipment mailbox {mailbox}',
    'the beamer equipment mailbox should decline bookings longer than a day',
    'only the field team may book the equipment {mailbox}',
  ],
  paramRules: [
    { name: 'allowConflicts', when: [{ pattern: /\b(?:allow|permit) (?:double|overlapping|conflicting) book/i, value: 'Yes' }] },
    { name: 'bookingWindowInDays', capture: /\bbooking window\b.*?\bto\s+(\d+)\s*days?\b/i, as: 'number' },
  ],
  target: 'mailbox',
  textTargets: { kinds: ['email', 'name'], nouns: ['equipment', 'equipment mailbox', 'resource mailbox'] },
  input: z.object(resourceInputShape),
  check: (input) => needsOneOf(input, Object.keys(RESOURCE_LABELS), RESOURCE_LABELS),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (_input, targets) => `Edit the equipment mailbox ${mailboxNames(targets)}.`,
  preview: behaviour.preview,
  run: behaviour.run,
  undo: behaviour.undo,
});
