import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import { StewardError } from '../errors';
import { refHelp } from '../input-refs';
import { assertMailEnabled, onOff, upnList } from './distribution-group.helpers';

const ALIAS = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$/;

const input = z.object({
  name: z.string().trim().min(1).max(64).describe('Unique name of the group (at most 64 characters).'),
  displayName: z.string().trim().max(256).optional().describe('Name shown in the address book (default: the name).'),
  alias: z.string().trim().max(64).regex(ALIAS, 'Letters, digits and . - _ (no spaces); a dot only between them').optional().describe('Mail alias (default: the name without spaces).'),
  primarySmtpAddress: z.string().trim().email().optional().describe('Email address (default: alias@ the default domain).'),
  type: z.enum(['Distribution', 'Security']).default('Distribution').describe('Security: a mail-enabled security group (can also grant access).'),
  managedBy: z.array(z.string().trim().email()).default([]).describe(refHelp('user', 'Owners (user principal names, one per line).')),
  members: z.array(z.string().trim().email()).default([]).describe(refHelp('user', 'Members (user principal names, one per line); they need a mailbox.')),
  memberJoinRestriction: z.enum(['Open', 'Closed', 'ApprovalRequired']).default('Closed'),
  memberDepartRestriction: z.enum(['Open', 'Closed']).default('Closed'),
  requireSenderAuthenticationEnabled: z.boolean().default(true).describe('On: only people inside the organisation can send to the group.'),
  hiddenFromAddressListsEnabled: z.boolean().default(false).describe('Hide the group from the address lists.'),
  notes: z.string().max(1024).optional(),
});
type Input = z.infer<typeof input>;

function aliasOf(i: Input): string {
  return i.alias ?? i.name.replace(/[^A-Za-z0-9._-]/g, '').replace(/^\.+|\.+$/g, '');
}

/** Owners and members (scope-checked), with their mailboxes, and a free name, alias and address. */
async function resolve(ctx: ActionContext, i: Input) {
  const alias = aliasOf(i);
  if (!alias || !ALIAS.test(alias)) {
    throw new StewardError('VALIDATION_FAILED', `"${i.name}" gives no usable mail alias. Nothing was changed.`, { hint: 'Give an alias with letters, digits, dot, dash or underscore.' });
  }
  const owners = await ctx.resolveUsers(upnList(i.managedBy));
  const members = await ctx.resolveUsers(upnList(i.members));
  await assertMailEnabled(ctx, [...owners, ...members]);
  const address = i.primarySmtpAddress ?? `${alias}@(default domain)`;
  for (const [what, value] of [['name', i.name], ['alias', alias], ['address', i.primarySmtpAddress ?? '']] as const) {
    if (!value) continue;
    const taken = await ctx.directory.exchange.invoke('Get-Recipient', { Anr: value, ResultSize: '50' });
    const clash = taken.find((r) => [r.Name, r.Alias, r.DisplayName, r.PrimarySmtpAddress].some((v) => typeof v === 'string' && v.toLowerCase() === value.toLowerCase()));
    if (clash) {
      throw new StewardError('VALIDATION_FAILED', `The ${what} "${value}" is already used by ${String(clash.DisplayName)}. Nothing was changed.`, { hint: `Pick another ${what}.` });
    }
  }
  return { alias, owners, members, address };
}

/**
 * Creates a distribution group or mail-enabled security group in Exchange (New-DistributionGroup; Graph
 * cannot create these), then hides it from the address lists when asked (Set-DistributionGroup), the
 * two calls the catalog lists. Owners and members are users in the operator's scope with a mailbox.
 */
export const distributionGroupCreateAction = defineAction({
  id: 'distribution-group.create',
  title: 'Create distribution group',
  category: 'Distribution groups',
  description: 'Create a distribution group or a mail-enabled security group, with owners, members and delivery settings.',
  phrases: [
    'create a distribution group called "Project Falcon"',
    'new distribution list for the marketing team',
    'make a mail-enabled security group',
    'set up a DL named Events',
    'create distribution list',
    'we need a new mailing list for the sales team',
    'set up a mailing list for a project team',
    'start an email distribution list for the event volunteers',
    'new DL please, called "Project Falcon"',
    'create a DL called "Sales EMEA" with {user} as owner',
    'can you set up a distribution list sales-emea@contoso.com for the EMEA team',
    'New-DistributionGroup -Name "Finance Team" -Type Distribution',
    'we need a DL for the new project team with {user} and {user} as members',
    'could you please create a distribution group for the board members',
    'create a mail-enabled security group named "SG-Finance-Mail"',
    'create a new distribution list hidden from the GAL',
    'spin up a new DL for the helpdesk team, owner {user}',
    'set up a distribution group for the events team, internal senders only',
    'new distribution group with closed membership, owned by {user}',
    'need a new mailing list nw-events@contoso.com with members {user} and {user}',
    'create DL',
    'please make a new distribution group that people outside the company can email',
    'the warehouse shift leads need their own distribution list, can you create one',
    'create a mail enabled sec group for the HR team',
  ],
  paramRules: [
    { name: 'name', capture: /\b(?:distribution (?:group|list)|DL|mail-enabled security group)\s+(?:called\s+|named\s+)?"?([A-Z0-9][^"]*?)"?\s*$/ },
    { name: 'name', capture: /\b(?:called|named)\s+"?([^"]+?)"?\s*$/i },
    { name: 'type', when: [{ pattern: /\bsecurity\b/i, value: 'Security' }] },
  ],
  target: 'none',
  input,
  check: (i): Record<string, string> => (i.type === 'Security' && upnList(i.managedBy).length === 0 ? { managedBy: 'A mail-enabled security group needs at least one owner.' } : {}),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i) => `Create the ${i.type === 'Security' ? 'mail-enabled security group' : 'distribution group'} "${i.displayName ?? i.name}".`,
  describeInput: (i) => [
    { label: 'Name', value: i.name },
    { label: 'Type', value: i.type === 'Security' ? 'Mail-enabled security group' : 'Distribution group' },
    { label: 'Owners', value: upnList(i.managedBy).join(', ') || '(none)' },
    { label: 'Members', value: upnList(i.members).join(', ') || '(none)' },
  ],
  async preview(ctx, _none, i) {
    const { alias, owners, members, address } = await resolve(ctx, i);
    return {
      changes: [
        { label: i.type === 'Security' ? 'Mail-enabled security group' : 'Distribution group', before: '(none)', after: `${i.displayName ?? i.name} <${address}>` },
        { label: 'Owners', before: '(none)', after: owners.map((u) => u.displayName).join(', ') || '(none)' },
        { label: 'Members', before: '(none)', after: members.map((u) => u.displayName).join(', ') || '(none)' },
        { label: 'Joining / leaving', before: '(none)', after: `${i.memberJoinRestriction} / ${i.memberDepartRestriction}` },
        { label: 'Internal senders only', before: '(none)', after: onOff(i.requireSenderAuthenticationEnabled) },
        { label: 'Hidden from address lists', before: '(none)', after: onOff(i.hiddenFromAddressListsEnabled) },
      ],
    };
  },
  async run(ctx, _none, i) {
    const { alias, owners, members } = await resolve(ctx, i);
    const [created] = await ctx.directory.exchange.invoke('New-DistributionGroup', {
      Name: i.name,
      ...(i.displayName ? { DisplayName: i.displayName } : {}),
      Alias: alias,
      ...(i.primarySmtpAddress ? { PrimarySmtpAddress: i.primarySmtpAddress } : {}),
      Type: i.type,
      ...(owners.length > 0 ? { ManagedBy: owners.map((u) => u.userPrincipalName) } : {}),
      ...(members.length > 0 ? { Members: members.map((u) => u.userPrincipalName) } : {}),
      MemberJoinRestriction: i.memberJoinRestriction,
      MemberDepartRestriction: i.memberDepartRestriction,
      RequireSenderAuthenticationEnabled: i.requireSenderAuthenticationEnabled,
      ...(i.notes ? { Notes: i.notes } : {}),
    });
    const address = String(created?.PrimarySmtpAddress ?? alias);
    if (i.hiddenFromAddressListsEnabled) {
      await ctx.directory.exchange.invoke('Set-DistributionGroup', { Identity: address, HiddenFromAddressListsEnabled: true, BypassSecurityGroupManagerCheck: true });
    }
    return {
      outcome: 'succeeded',
      message: `Created ${i.displayName ?? i.name} (${address}).`,
      changes: [{ label: 'Group', before: '(none)', after: `${i.displayName ?? i.name} <${address}>` }],
      audit: { groupId: created?.ExternalDirectoryObjectId, address, owners: owners.map((u) => u.id), members: members.map((u) => u.id) },
    };
  },
});
