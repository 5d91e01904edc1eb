import { z } from 'zod';
import { defineAction } from '../define-action';
import { editBehaviour, mailboxNames, needsOneOf, RESOURCE_FIELDS, RESOURCE_LABELS, resourceInputShape } from './mailbox-lifecycle.helpers';

/**
 * Edits a room mailbox: display name, policies, capacity (Set-Mailbox) and how bookings are handled
 * (Set-CalendarProcessing). Refuses any other kind of mailbox (the catalog asks to validate
 * RecipientTypeDetails = RoomMailbox). Undo restores each changed value captured before the run.
 */
const behaviour = editBehaviour({
  actionId: 'mailbox.edit-room',
  fields: RESOURCE_FIELDS,
  parts: ['resourceDelegates'],
  kind: 'RoomMailbox',
  kindHint: 'Use "edit equipment mailbox" for equipment, "edit shared mailbox" for shared ones.',
});

export const editRoomMailboxAction = defineAction({
  id: 'mailbox.edit-room',
  title: 'Edit room mailbox',
  category: 'Mailboxes',
  description: 'Change a meeting room: name, capacity, policies and booking rules (auto-accept, booking window, maximum duration, conflicts, recurring meetings, delegates).',
  phrases: [
    'edit room mailbox room12@contoso.com',
    'edit the meeting room room12@contoso.com',
    'change the capacity of the room room12@contoso.com',
    'set the booking window of conference room room12@contoso.com',
    'let room12@contoso.com accept recurring meetings',
    'update booking settings of the room mailbox',
    'change who approves bookings for the meeting room room12@contoso.com',
    '{room} should require approval for meeting requests',
    'set the capacity of the room {mailbox} to 16',
    'the meeting room {mailbox} should auto accept meeting requests',
    'restrict who can book the boardroom {mailbox}',
    'bookings of the meeting room {mailbox} need approval from the office manager',
    'let people book the room {mailbox} up to 365 days ahead',
    'the room mailbox {mailbox} declines recurring meetings, please allow them',
    'change BookingWindowInDays of the room {mailbox} to 90 days',
    'make the conference room {mailbox} reject double bookings',
    'add {user} as a booking delegate of the meeting room {mailbox}',
    'set AutomateProcessing to AutoAccept on the room mailbox {mailbox}',
    'meetings in the room {mailbox} should be limited to 4 hours',
    'can you rename the meeting room {mailbox} to Fjord',
    'only managers should be able to book the meeting room {mailbox}',
    'the room {mailbox} is not auto-accepting invites, fix its calendar processing',
    'turn off auto accept for the meeting room {mailbox} so delegates approve requests',
    'change the booking policy of the conference room {mailbox}',
    'allow booking of the room {mailbox} up to a year in advance',
    'autoaccept on for the meeting room {mailbox}',
    '{room} should show the organizer and subject in its calendar',
  ],
  paramRules: [
    { name: 'resourceCapacity', capture: /\bcapacity\b.*?\bto\s+(\d+)\b/i, as: 'number' },
    { name: 'bookingWindowInDays', capture: /\bbooking window\b.*?\bto\s+(\d+)\s*days?\b/i, as: 'number' },
  ],
  target: 'mailbox',
  textTargets: { kinds: ['email', 'name'], nouns: ['room', 'room mailbox', 'meeting room', 'conference room'] },
  input: z.object(resourceInputShape),
  check: (input) => needsOneOf(input, Object.keys(RESOURCE_LABELS), RESOURCE_LABELS),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (_input, targets) => `Edit the room mailbox ${mailboxNames(targets)}.`,
  preview: behaviour.preview,
  run: behaviour.run,
  undo: behaviour.undo,
});
