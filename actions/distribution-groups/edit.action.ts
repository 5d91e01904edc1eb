import { z } from 'zod';
import { defineAction, type ActionContext, type ChangeLine } from '../define-action';
import { StewardError } from '../errors';
import type { ExchangeObject } from '../exchange-gateway.types';
import { addRemove } from '../exchange-gateway.types';
import { refHelp } from '../input-refs';
import type { DistributionGroupTarget } from '../targets/exchange-recipient.target';
import { dgNames, list, onOff, readGroup, text, upnList } from './distribution-group.helpers';

const yesNo = z.enum(['Yes', 'No']).optional();
const users = (help: string) => z.array(z.string().trim().email()).optional().describe(refHelp('user', help));

const input = z.object({
  displayName: z.string().trim().min(1).max(256).optional(),
  primarySmtpAddress: z.string().trim().email().optional().describe('New primary address (the old one stays as an alias).'),
  addEmailAddresses: z.array(z.string().trim().email()).optional().describe('Extra addresses to add, one per line.'),
  removeEmailAddresses: z.array(z.string().trim().email()).optional().describe('Addresses to remove, one per line.'),
  managedBy: users('Owners: replaces the list (user principal names, one per line).'),
  memberJoinRestriction: z.enum(['Open', 'Closed', 'ApprovalRequired']).optional(),
  memberDepartRestriction: z.enum(['Open', 'Closed']).optional(),
  requireSenderAuthenticationEnabled: yesNo.describe('Yes: only people inside the organisation can send to the group.'),
  hiddenFromAddressListsEnabled: yesNo.describe('Yes: hide the group from the address lists.'),
  moderationEnabled: yesNo.describe('Yes: messages to the group wait for a moderator.'),
  moderatedBy: users('Moderators: replaces the list.'),
  acceptMessagesOnlyFromSendersOrMembers: users('Only these users may send to the group: replaces the list (empty: everyone allowed by the setting above).'),
  mailTip: z.string().max(175).optional(),
  description: z.string().max(1024).optional(),
});
type Input = z.infer<typeof input>;

const bool = (v: 'Yes' | 'No') => v === 'Yes';
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.some((y) => y.toLowerCase() === x.toLowerCase()));
const shownList = (values: readonly string[]) => (values.length === 0 ? '(none)' : values.join(', '));

/** One editable property: where it lives in Get-DistributionGroup, how it is shown and how it is sent. */
interface Field {
  label: string;
  /** The Set-DistributionGroup parameter and its value; null when the wanted value equals the current one. */
  plan(ctx: ActionContext, current: ExchangeObject, i: Input): Promise<{ line: ChangeLine; params: Record<string, unknown> } | null>;
}

function scalar(key: keyof Input, param: string, label: string, show: (v: unknown) => string = (v) => (v === null || v === '' || v === undefined ? '(none)' : String(v))): Field {
  return {
    label,
    async plan(_ctx, current, i) {
      const wanted = i[key];
      if (wanted === undefined) return null;
      const value = wanted === 'Yes' || wanted === 'No' ? bool(wanted) : wanted;
      const was = current[param];
      if (was === value || ((was === null || was === undefined || was === '') && value === '')) return null;
      return { line: { label, before: show(was), after: show(value) }, params: { [param]: value } };
    },
  };
}

/** A user list that replaces the current one (shown by UPN, as Exchange lists them). */
function userList(key: 'managedBy' | 'moderatedBy' | 'acceptMessagesOnlyFromSendersOrMembers', param: string, label: string): Field {
  return {
    label,
    async plan(ctx, current, i) {
      const wanted = i[key];
      if (wanted === undefined) return null;
      const resolved = (await ctx.resolveUsers(upnList(wanted))).map((u) => u.userPrincipalName);
      const was = list(current, param);
      if (sameSet(was, resolved)) return null;
      return { line: { label, before: shownList(was), after: shownList(resolved) }, params: { [param]: resolved } };
    },
  };
}

const yes = (v: unknown) => onOff(v);

/** An address another recipient already uses is refused before the confirm card (Exchange would refuse it at run). */
async function assertAddressesFree(ctx: ActionContext, selfId: string, addresses: readonly string[]): Promise<void> {
  for (const address of addresses) {
    let found: ExchangeObject[] = [];
    try {
      found = await ctx.directory.exchange.invoke('Get-Recipient', { Identity: address });
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'ManagementObjectNotFoundException') throw e;
    }
    const other = found.find((r) => text(r, 'ExternalDirectoryObjectId') !== selfId);
    if (other) {
      throw new StewardError('VALIDATION_FAILED', `${address} is already used by ${text(other, 'DisplayName')}. Nothing was changed.`, { hint: 'Pick an address no other recipient has.' });
    }
  }
}

/** The editable properties, in card order. */
const FIELDS: Field[] = [
  scalar('displayName', 'DisplayName', 'Display name'),
  {
    label: 'Addresses',
    async plan(ctx, current, i) {
      const before = list(current, 'EmailAddresses');
      let after = [...before];
      const has = (a: string) => after.some((x) => x.slice(5).toLowerCase() === a.toLowerCase());
      const add = (i.addEmailAddresses ?? []).filter((a) => !has(a));
      const remove = (i.removeEmailAddresses ?? []).filter((a) => has(a));
      const primary = i.primarySmtpAddress && i.primarySmtpAddress.toLowerCase() !== text(current, 'PrimarySmtpAddress').toLowerCase() ? i.primarySmtpAddress : undefined;
      if (add.length === 0 && remove.length === 0 && !primary) return null;
      await assertAddressesFree(ctx, text(current, 'ExternalDirectoryObjectId'), [...add, ...(primary ? [primary] : [])]);
      after = after.filter((x) => !remove.some((r) => r.toLowerCase() === x.slice(5).toLowerCase()));
      after.push(...add.map((a) => `smtp:${a}`));
      if (primary) after = [`SMTP:${primary}`, ...after.filter((x) => x.slice(5).toLowerCase() !== primary.toLowerCase()).map((x) => `smtp:${x.slice(5)}`)];
      return {
        line: { label: 'Addresses', before: before.join(', '), after: after.join(', ') },
        params: {
          ...(add.length + remove.length > 0 ? { EmailAddresses: addRemove({ add: add.map((a) => `smtp:${a}`), remove: remove.map((a) => `smtp:${a}`) }) } : {}),
          ...(primary ? { PrimarySmtpAddress: primary } : {}),
        },
      };
    },
  },
  userList('managedBy', 'ManagedBy', 'Owners'),
  scalar('memberJoinRestriction', 'MemberJoinRestriction', 'Joining'),
  scalar('memberDepartRestriction', 'MemberDepartRestriction', 'Leaving'),
  scalar('requireSenderAuthenticationEnabled', 'RequireSenderAuthenticationEnabled', 'Internal senders only', yes),
  scalar('hiddenFromAddressListsEnabled', 'HiddenFromAddressListsEnabled', 'Hidden from address lists', yes),
  scalar('moderationEnabled', 'ModerationEnabled', 'Moderation', yes),
  userList('moderatedBy', 'ModeratedBy', 'Moderators'),
  userList('acceptMessagesOnlyFromSendersOrMembers', 'AcceptMessagesOnlyFromSendersOrMembers', 'Accept mail only from'),
  scalar('mailTip', 'MailTip', 'Mail tip'),
  {
    label: 'Description',
    async plan(_ctx, current, i) {
      if (i.description === undefined) return null;
      const was = list(current, 'Description').join('\n');
      if (was === i.description) return null;
      return { line: { label: 'Description', before: was || '(none)', after: i.description || '(none)' }, params: { Description: i.description ? [i.description] : [] } };
    },
  },
];

async function planEdit(ctx: ActionContext, group: DistributionGroupTarget, i: Input): Promise<{ changes: ChangeLine[]; params: Record<string, unknown> }> {
  const current = await readGroup(ctx, group);
  const changes: ChangeLine[] = [];
  const params: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const planned = await field.plan(ctx, current, i);
    if (!planned) continue;
    changes.push(planned.line);
    Object.assign(params, planned.params);
  }
  return { changes, params };
}

const KEYS = Object.keys(input.shape) as (keyof Input)[];

/**
 * Edits a distribution group or mail-enabled security group with one Set-DistributionGroup call
 * (with -BypassSecurityGroupManagerCheck: Steward is not a manager of the group). Only what the
 * operator gave and what differs from the current value is sent; the card shows each before → after.
 */
export const distributionGroupEditAction = defineAction({
  id: 'distribution-group.edit',
  title: 'Edit distribution group',
  category: 'Distribution groups',
  description: 'Change the name, addresses, owners, delivery and moderation settings of a distribution group or mail-enabled security group.',
  phrases: [
    'edit the distribution group nw-sales@contoso.com',
    'update the settings of a distribution list',
    'rename the DL announcements@contoso.com',
    'change the owners of the distribution group',
    'hide the distribution list from the address book',
    'let external senders mail the distribution group',
    'allow outside senders to email the team@contoso.com distribution group',
    'change who may send to the distribution list',
    'turn on moderation for the DL so a moderator approves every post',
    'make the distribution group {group} moderated by {user}',
    'change the moderators of a mailing list',
    'add an alias address to a distribution list',
    'only people inside the company may email the {group} list',
    'stop outside senders from mailing the distribution group',
    'set a mail tip on the {group} distribution list',
    'change the depart restriction of a distribution group so members can leave',
    'rename the DL {group} to "Sales EMEA"',
    'change the primary SMTP address of the distribution group {group}',
    'set {user} as owner (ManagedBy) of the DL {group}',
    'change the DL owner of nw-sales@contoso.com to {user}',
    'the {group} DL should accept mail from external senders',
    'allow external email to the nw-sales@contoso.com distribution list',
    'RequireSenderAuthenticationEnabled false on the DL {group}',
    'hide the DL {group} from the GAL',
    'unhide the distribution group {group} in the global address list',
    'restrict who can send to the DL {group} to {user} only',
    'MemberJoinRestriction Open on the {group} distribution group so people can join themselves',
    'change the display name of the distribution list {group}',
    'add a secondary smtp address to the DL {group}',
    'update the description of the {group} distribution group',
    'messages to the {group} DL should need approval from a moderator',
    'DL settings: {group} should be hidden and internal senders only',
  ],
  paramRules: [
    { name: 'displayName', capture: /\brename\b.*?\bto\s+"?([^"@]+?)"?\s*$/i },
    { name: 'hiddenFromAddressListsEnabled', when: [{ pattern: /\bunhide\b|\bshow\b.*\baddress (?:book|list)/i, value: 'No' }, { pattern: /\bhide\b/i, value: 'Yes' }] },
    { name: 'moderationEnabled', when: [{ pattern: /\bunmoderated\b|\b(?:turn off|disable|stop|remove|end)\b[^.]*\bmoderation\b/i, value: 'No' }, { pattern: /\bmoderat(?:ed|ion|or|ors)\b/i, value: 'Yes' }] },
    { name: 'addEmailAddresses', capture: /\b(?:add|give|with)\b[^;!?]*?\b(?:alias(?:es)?|proxy address(?:es)?)\s+((?:[^\s,;]+@[^\s,;]+(?:\s*(?:,|and)\s*)?)+)/i, as: 'emails' },
    {
      name: 'requireSenderAuthenticationEnabled',
      when: [
        // "stop outside senders", "internal senders only" before "outside senders" alone (which lets them in)
        { pattern: /\b(?:block|stop|no|reject|deny)\b[^.]*\b(?:external|outside) (?:senders?|people|mail)\b|\b(?:only|just)\b[^.]*\b(?:internal|inside|in the company|within the company|our own)\b|\binternal senders? only\b/i, value: 'Yes' },
        { pattern: /\b(?:external|outside) senders?\b/i, value: 'No' },
      ],
    },
  ],
  textTargets: { kinds: ['email', 'name'] },
  target: 'distributionGroup',
  input,
  check: (i): Record<string, string> => (KEYS.some((k) => i[k] !== undefined) ? {} : { displayName: 'Give at least one setting to change.' }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (_i, groups) => `Edit ${dgNames(groups)}.`,
  async preview(ctx, group, i) {
    const { changes } = await planEdit(ctx, group, i);
    return changes.length > 0 ? { changes } : { changes, noop: 'Nothing to change: the group already has these settings.' };
  },
  async run(ctx, group, i) {
    const { changes, params } = await planEdit(ctx, group, i);
    if (changes.length === 0) return { outcome: 'skipped', message: `Nothing to change on ${group.displayName}.` };
    await ctx.directory.exchange.invoke('Set-DistributionGroup', { Identity: group.id, ...params, BypassSecurityGroupManagerCheck: true });
    return { outcome: 'succeeded', message: `Updated ${group.displayName}.`, changes, audit: { changed: Object.keys(params) } };
  },
});
