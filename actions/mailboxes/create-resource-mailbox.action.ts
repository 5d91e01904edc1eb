import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import {
  ALIAS_RULE,
  assertAddressFree,
  assertAliasFree,
  assertVerifiedDomain,
  checkCustomAttributes,
  checkPolicies,
  createMailbox,
  customAttributesField,
  mailboxLine,
  parseCustomAttributes,
  policyField,
  RESOURCE_FIELDS,
  settingLines,
  userList,
} from './mailbox-lifecycle.helpers';

/**
 * Creates a room or equipment mailbox (New-Mailbox -Room / -Equipment; its Entra user is created
 * disabled and needs no licence), then its policies and custom attributes (Set-Mailbox) and booking
 * rules (Set-CalendarProcessing) through the edit planner. Validated before anything is created. No
 * undo: deleting the new resource also deletes its account, which is mailbox.remove's confirmed job.
 */
const input = z.object({
  type: z.enum(['Room', 'Equipment']).describe('Room (a meeting room) or Equipment (a projector, car, camera…).'),
  displayName: z.string().trim().min(1).max(256).describe('Display name, e.g. Room 14 or Projector 2.'),
  alias: ALIAS_RULE.optional().describe('Alias (the part before @); from the display name when empty.'),
  name: z.string().trim().min(1).max(64).optional().describe('Exchange name (unique); the alias when empty.'),
  primarySmtpAddress: z.string().trim().email().optional().describe('Primary address; alias@ the default domain when empty.'),
  resourceCapacity: z.number().int().min(0).max(100000).optional().describe('How many people or units it holds.'),
  customAttributes: customAttributesField,
  retentionPolicy: policyField('Retention'),
  addressBookPolicy: policyField('Address book'),
  automateProcessing: z.enum(['None', 'AutoUpdate', 'AutoAccept']).default('AutoAccept').describe('AutoAccept books requests automatically.'),
  bookingWindowInDays: z.number().int().min(0).max(1080).default(180).describe('How far ahead it can be booked (0 to 1080 days).'),
  maximumDurationInMinutes: z.number().int().min(0).max(2147483647).default(1440).describe('Longest booking in minutes.'),
  allowConflicts: z.boolean().default(false).describe('Accept overlapping bookings.'),
  allowRecurringMeetings: z.boolean().default(true).describe('Accept recurring meetings.'),
  resourceDelegates: userList('Users who approve booking requests.'),
});
type Input = z.infer<typeof input>;

const SETTINGS: Record<string, string> = {
  resourceCapacity: 'Capacity',
  customAttributes: 'Custom attributes',
  retentionPolicy: 'Retention policy',
  addressBookPolicy: 'Address book policy',
  automateProcessing: 'Booking processing',
  bookingWindowInDays: 'Booking window (days)',
  maximumDurationInMinutes: 'Maximum duration (minutes)',
  allowConflicts: 'Allow conflicts',
  allowRecurringMeetings: 'Allow recurring meetings',
  resourceDelegates: 'Booking delegates',
};

const aliasOf = (i: Input) => i.alias ?? (i.displayName.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '').slice(0, 64).toLowerCase() || 'resource');

async function addressOf(ctx: ActionContext, i: Input): Promise<string> {
  if (i.primarySmtpAddress) return i.primarySmtpAddress;
  const orgs = await ctx.directory.graph.get<{ value: { verifiedDomains?: { name: string; isDefault?: boolean }[] }[] }>('/organization?$select=verifiedDomains');
  const domains = orgs.value.flatMap((o) => o.verifiedDomains ?? []);
  return `${aliasOf(i)}@${(domains.find((d) => d.isDefault) ?? domains[0])?.name ?? 'contoso.com'}`;
}

async function validate(ctx: ActionContext, i: Input): Promise<string> {
  const alias = aliasOf(i);
  await assertAliasFree(ctx, alias, 'alias');
  if (i.name && i.name.toLowerCase() !== alias.toLowerCase()) await assertAliasFree(ctx, i.name, 'name');
  const address = await addressOf(ctx, i);
  await assertVerifiedDomain(ctx, address, 'primarySmtpAddress');
  await assertAddressFree(ctx, address, null, 'primarySmtpAddress');
  await checkPolicies(ctx, i);
  await ctx.resolveUsers(i.resourceDelegates ?? []);
  return address;
}

export const createResourceMailboxAction = defineAction({
  id: 'mailbox.create-resource',
  title: 'Create resource mailbox',
  category: 'Mailboxes',
  description: 'Create a room or equipment mailbox with its capacity, policies, custom attributes and booking rules.',
  phrases: [
    'create a resource mailbox for Room 12',
    'create a room mailbox',
    'add a new meeting room called Room 14',
    'create an equipment mailbox for the projector',
    'set up a bookable room for the board',
    'new conference room mailbox',
    'make a bookable equipment resource for the company car',
    'we need a room mailbox for the new boardroom, capacity 12',
    'create a bookable resource for the pool car',
    'add a new meeting room "Oslo" that people can book in Outlook',
    'new equipment mailbox for the loaner laptop',
    'could you create a room resource for the training room with 20 seats',
    'set up the projector as a new bookable equipment mailbox',
    'New-Mailbox -Room for the new meeting room on the 3rd floor',
    'New-Mailbox -Equipment for the company van',
    'create a resource mailbox for the new conference room and auto-accept bookings',
    'we opened a new meeting room, please create its room mailbox',
    'can you make a new bookable room with a 180 day booking window',
    'create a new room mailbox room21@contoso.com with ResourceCapacity 8',
    'new resource mbx for the shared camera',
    'add the new huddle room as a room mailbox',
    'create an equipment resource for the pool car so staff can reserve it',
    'add a room mailbox for the new meeting room {name}',
    'we bought a new camera, please make it bookable as equipment',
  ],
  paramRules: [
    { name: 'type', when: [{ pattern: /\b(?:equipment|projector|car|camera|device)\b/i, value: 'Equipment' }, { pattern: /\broom\b/i, value: 'Room' }] },
    { name: 'displayName', capture: /\b(?:called|named|for(?= (?:the )?room\b))\s+(?:the\s+)?"?([A-Za-z0-9][A-Za-z0-9 -]*?)"?\s*(?:$|,|;|\bwith\b|\bfor\b)/i },
    { name: 'resourceCapacity', capture: /\b(?:for|seats|capacity(?: of)?)\s+(\d+)\s*(?:people|persons|seats)?\b/i, as: 'number' },
  ],
  target: 'none',
  input,
  check: (i) => checkCustomAttributes(i.customAttributes),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i) => `Create the ${i.type === 'Room' ? 'room' : 'equipment'} mailbox ${i.displayName}.`,
  describeInput: (i) => [{ label: 'Type', value: i.type }, { label: 'Display name', value: i.displayName }, { label: 'Alias', value: aliasOf(i) }, ...settingLines(i, SETTINGS)],
  async preview(ctx, _none, i) {
    const address = await validate(ctx, i);
    return {
      changes: [{ label: `${i.type} mailbox`, before: 'None', after: `${i.displayName} (${address})` }],
      items: settingLines(i, SETTINGS).map((l) => `${l.label}: ${l.value}`),
      warnings: ['Its user account is created disabled and needs no licence.'],
    };
  },
  async run(ctx, _none, i) {
    const address = await validate(ctx, i);
    const alias = aliasOf(i);
    const created = await createMailbox(
      ctx,
      {
        [i.type]: true,
        Name: i.name ?? alias,
        DisplayName: i.displayName,
        Alias: alias,
        PrimarySmtpAddress: address,
        ...(i.resourceCapacity !== undefined ? { ResourceCapacity: i.resourceCapacity } : {}),
      },
      {
        retentionPolicy: i.retentionPolicy,
        addressBookPolicy: i.addressBookPolicy,
        customAttributes: Object.keys(parseCustomAttributes(i.customAttributes).values).length > 0 ? i.customAttributes : undefined,
        automateProcessing: i.automateProcessing,
        bookingWindowInDays: i.bookingWindowInDays,
        maximumDurationInMinutes: i.maximumDurationInMinutes,
        allowConflicts: i.allowConflicts ? 'Yes' : 'No',
        allowRecurringMeetings: i.allowRecurringMeetings ? 'Yes' : 'No',
        addResourceDelegates: i.resourceDelegates,
      },
      { fields: RESOURCE_FIELDS.filter((f) => f.key !== 'displayName' && f.key !== 'resourceCapacity'), parts: ['customAttributes', 'resourceDelegates'] },
    );
    return {
      outcome: 'succeeded',
      message: `Created the ${i.type === 'Room' ? 'room' : 'equipment'} mailbox ${mailboxLine(created.target)}.${created.problems.length > 0 ? ` Problems: ${created.problems.join('; ')}. Finish with "edit ${i.type === 'Room' ? 'room' : 'equipment'} mailbox".` : ''}`,
      changes: [{ label: `${i.type} mailbox`, before: 'None', after: mailboxLine(created.target) }, ...created.changes],
      audit: { newUserId: created.target.id, type: i.type, settings: created.changes.map((c) => c.label), problems: created.problems },
    };
  },
});
