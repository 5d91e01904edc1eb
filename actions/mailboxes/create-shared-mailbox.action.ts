import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import {
  addressList,
  ALIAS_RULE,
  assertAddressFree,
  assertAliasFree,
  assertVerifiedDomain,
  checkPolicies,
  createMailbox,
  mailboxLine,
  policyField,
  settingLines,
  userList,
  type FieldSpec,
} from './mailbox-lifecycle.helpers';

/**
 * Creates a shared mailbox (New-Mailbox -Shared): Exchange creates its Entra user too, disabled, so
 * nobody signs in to it directly and it needs no licence (up to 50 GB, no archive or hold). Policies,
 * extra addresses and delegates (Full Access with auto-mapping, Send As, send on behalf) follow through the edit planner. Everything
 * is validated before New-Mailbox runs. No undo: removing a new mailbox also deletes its user account,
 * which is mailbox.remove's decision to make (destructive, confirmed on its own).
 */
const input = z.object({
  displayName: z.string().trim().min(1).max(256).describe('Display name, e.g. Contoso Sales.'),
  alias: ALIAS_RULE.optional().describe('Alias (the part before @); from the display name when empty.'),
  name: z.string().trim().min(1).max(64).optional().describe('Exchange name (unique); the alias when empty.'),
  primarySmtpAddress: z.string().trim().email().optional().describe('Primary address; alias@ the default domain when empty.'),
  emailAddresses: addressList('More addresses, one per line.'),
  retentionPolicy: policyField('Retention'),
  addressBookPolicy: policyField('Address book'),
  fullAccessDelegates: userList('Users who may open the mailbox (Full Access; it appears in their Outlook).'),
  sendAsDelegates: userList('Users who may send as the mailbox.'),
  sendOnBehalfDelegates: userList('Users who may send on behalf of the mailbox.'),
});
type Input = z.infer<typeof input>;

const FIELDS: readonly FieldSpec[] = [
  { key: 'retentionPolicy', label: 'Retention policy', cmdlet: 'Set-Mailbox', param: 'RetentionPolicy', kind: 'policy' },
  { key: 'addressBookPolicy', label: 'Address book policy', cmdlet: 'Set-Mailbox', param: 'AddressBookPolicy', kind: 'policy' },
];

const SETTINGS: Record<string, string> = {
  emailAddresses: 'More addresses',
  retentionPolicy: 'Retention policy',
  addressBookPolicy: 'Address book policy',
  fullAccessDelegates: 'Full Access',
  sendAsDelegates: 'Send As',
  sendOnBehalfDelegates: 'Send on behalf',
};

const aliasOf = (i: Input) => i.alias ?? (i.displayName.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '').slice(0, 64) || 'shared');

async function defaultDomain(ctx: ActionContext): Promise<string> {
  const orgs = await ctx.directory.graph.get<{ value: { verifiedDomains?: { name: string; isDefault?: boolean }[] }[] }>('/organization?$select=verifiedDomains');
  const domains = orgs.value.flatMap((o) => o.verifiedDomains ?? []);
  return (domains.find((d) => d.isDefault) ?? domains[0])?.name ?? 'contoso.com';
}

async function addressOf(ctx: ActionContext, i: Input): Promise<string> {
  return i.primarySmtpAddress ?? `${aliasOf(i)}@${await defaultDomain(ctx)}`;
}

/** Everything New-Mailbox and the follow-ups would refuse, refused first (nothing is created). */
async function validate(ctx: ActionContext, i: Input): Promise<string> {
  const alias = aliasOf(i);
  await assertAliasFree(ctx, alias, 'alias');
  if (i.name && i.name.toLowerCase() !== alias.toLowerCase()) await assertAliasFree(ctx, i.name, 'name');
  const address = await addressOf(ctx, i);
  await assertVerifiedDomain(ctx, address, 'primarySmtpAddress');
  for (const a of [address, ...(i.emailAddresses ?? [])]) await assertAddressFree(ctx, a, null, a === address ? 'primarySmtpAddress' : 'emailAddresses');
  await checkPolicies(ctx, i);
  await ctx.resolveUsers([...(i.fullAccessDelegates ?? []), ...(i.sendAsDelegates ?? []), ...(i.sendOnBehalfDelegates ?? [])]);
  return address;
}

export const createSharedMailboxAction = defineAction({
  id: 'mailbox.create-shared',
  title: 'Create shared mailbox',
  category: 'Mailboxes',
  description: 'Create a shared mailbox (no licence, no sign-in) with its addresses, retention and address book policy, and Full Access / Send As / send-on-behalf delegates.',
  phrases: [
    'create shared mailbox sales@contoso.com',
    'create a shared mailbox',
    'new shared mailbox for customer support',
    'set up a shared inbox called Contoso Sales',
    'make a shared mailbox orders@contoso.com',
    'add a shared mailbox',
    'provision a shared inbox for finance',
    'HR needs its own shared mailbox',
    'we need a shared mailbox for invoices',
    'could you please set up a shared mailbox accounts@contoso.com for the finance team',
    'new shared mbx {mailbox} pls',
    'create a shared team mailbox for marketing that the whole team can read',
    'New-Mailbox -Shared -PrimarySmtpAddress {mailbox}',
    'create a shared mailbox for payroll with send as for the payroll team',
    'new shared inbox for support, give the helpdesk team full access',
    'set up a generic shared mailbox info@contoso.com that several people can use',
    'can we get a shared mailbox for the new project?',
    'create an unlicensed shared mailbox called {name}',
    'the sales team needs a new shared mailbox sales-de@contoso.com',
    'create a shared mbx with a retention policy and an address book policy',
    'make a new shared mailbox and add FA and send-as delegates',
    'spin up a shared mailbox for the front desk',
    'create a new shared mailbox named {name} with the alias {mailbox}',
    'New-Mailbox -Shared for {mailbox}',
  ],
  paramRules: [
    { name: 'primarySmtpAddress', capture: /\bshared (?:mailbox|inbox)\s+([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i, as: 'email' },
    { name: 'displayName', capture: /\b(?:called|named)\s+"?([^"@,;]+?)"?\s*(?:$|,|;|\bwith\b)/i },
  ],
  target: 'none',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i) => `Create the shared mailbox ${i.displayName}${i.primarySmtpAddress ? ` (${i.primarySmtpAddress})` : ''}.`,
  describeInput: (i) => [
    { label: 'Display name', value: i.displayName },
    { label: 'Alias', value: aliasOf(i) },
    ...settingLines(i, SETTINGS),
  ],
  async preview(ctx, _none, i) {
    const address = await validate(ctx, i);
    return {
      changes: [{ label: 'Shared mailbox', before: 'None', after: `${i.displayName} (${address})` }],
      items: settingLines(i, SETTINGS).map((l) => `${l.label}: ${l.value}`),
      warnings: ['Its user account is created disabled (no sign-in); people open it through their delegate rights.'],
    };
  },
  async run(ctx, _none, i) {
    const address = await validate(ctx, i);
    const alias = aliasOf(i);
    const created = await createMailbox(
      ctx,
      { Shared: true, Name: i.name ?? alias, DisplayName: i.displayName, Alias: alias, PrimarySmtpAddress: address },
      {
        retentionPolicy: i.retentionPolicy,
        addressBookPolicy: i.addressBookPolicy,
        addEmailAddresses: i.emailAddresses,
        addFullAccess: i.fullAccessDelegates,
        addSendAs: i.sendAsDelegates,
        addSendOnBehalf: i.sendOnBehalfDelegates,
      },
      { fields: FIELDS, parts: ['emailAddresses', 'fullAccess', 'sendAs', 'sendOnBehalf'] },
    );
    return {
      outcome: 'succeeded',
      message: `Created the shared mailbox ${mailboxLine(created.target)}.${created.problems.length > 0 ? ` Problems: ${created.problems.join('; ')}. Finish with "edit shared mailbox".` : ''}`,
      changes: [{ label: 'Shared mailbox', before: 'None', after: mailboxLine(created.target) }, ...created.changes],
      audit: { newUserId: created.target.id, settings: created.changes.map((c) => c.label), problems: created.problems },
    };
  },
});
