import { z } from 'zod';
import { BackendError } from '../backends/graph/graph-error';
import { defineAction, type ActionContext } from '../define-action';
import { generatePassword, passwordProblem } from '../users/password.generator';
import { freeUnits, resolveSku, skuName, subscribedSkus, type SubscribedSku } from '../users/sku.resolver';
import { skuRef } from '../input-refs';
import {
  addressList,
  ALIAS_RULE,
  assertAddressFree,
  assertAliasFree,
  assertVerifiedDomain,
  checkCustomAttributes,
  createMailbox,
  customAttributesField,
  invalid,
  mailboxLine,
  parseCustomAttributes,
  settingLines,
} from './mailbox-lifecycle.helpers';

/**
 * Creates a user mailbox and its Entra account in one step with New-Mailbox (MicrosoftOnlineServicesID
 * + Password), then extra addresses and custom attributes (Set-Mailbox), then the licence through Graph
 * (PATCH usageLocation, POST assignLicense).
 *
 * Why New-Mailbox rather than Graph's POST /users + licence: Exchange creates the mailbox at once, so
 * the follow-up Set-Mailbox has a mailbox to write to; after a Graph licence assignment the mailbox is
 * provisioned asynchronously (minutes in a real tenant) and an immediate Set-Mailbox would fail. The
 * catalog lists this path; the password travels as a string in the admin API envelope and is never
 * logged or audited (secretParams; the sandbox's request log redacts it too). Without a licence the
 * mailbox works for the 30-day grace period, which the preview says. No undo: reversing means deleting
 * the new account, which is mailbox.remove's confirmed, destructive job.
 */
const input = z.object({
  displayName: z.string().trim().min(1).max(256).describe('Display name, e.g. Rita Ora.'),
  microsoftOnlineServicesId: z.string().trim().email().describe('Sign-in name (UPN) and primary address, e.g. rita.ora@contoso.com.'),
  firstName: z.string().trim().max(64).optional().describe('First name.'),
  lastName: z.string().trim().max(64).optional().describe('Last name.'),
  alias: ALIAS_RULE.optional().describe('Alias; the part of the sign-in name before @ when empty.'),
  name: z.string().trim().min(1).max(64).optional().describe('Exchange name (unique); the alias when empty.'),
  password: z.string().optional().describe('[secret] Initial password; a strong one is generated and shown only to you when empty.'),
  resetPasswordOnNextLogon: z.boolean().default(true).describe('The user must pick a new password at first sign-in.'),
  emailAddresses: addressList('More addresses, one per line.'),
  customAttributes: customAttributesField,
  license: skuRef('Licence with Exchange Online (e.g. Office 365 E3); without one the mailbox is disabled after 30 days.').optional(),
  usageLocation: z.string().trim().regex(/^[A-Za-z]{2}$/, 'A two-letter country code, e.g. US').optional().describe('Usage location (two-letter country code); needed for the licence.'),
});
type Input = z.infer<typeof input>;

const SETTINGS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  emailAddresses: 'More addresses',
  customAttributes: 'Custom attributes',
  license: 'Licence',
  usageLocation: 'Usage location',
};

const aliasOf = (i: Input) => i.alias ?? (i.microsoftOnlineServicesId.split('@')[0].replace(/[^A-Za-z0-9._-]/g, '').slice(0, 64) || 'user');
const EXCHANGE_PLAN = /^EXCHANGE_S_(STANDARD|ENTERPRISE|DESKLESS|ESSENTIALS)/;

async function validate(ctx: ActionContext, i: Input): Promise<SubscribedSku | null> {
  const upn = i.microsoftOnlineServicesId;
  await assertVerifiedDomain(ctx, upn, 'microsoftOnlineServicesId');
  const taken = await ctx.directory.graph.get(`/users/${encodeURIComponent(upn)}?$select=id`).then(
    () => true,
    (e: unknown) => {
      if (e instanceof BackendError && e.status === 404) return false;
      throw e;
    },
  );
  if (taken) throw invalid(`A user ${upn} already exists. Nothing was changed.`, 'Pick another sign-in name.', { microsoftOnlineServicesId: upn });
  const alias = aliasOf(i);
  await assertAliasFree(ctx, alias, 'alias');
  if (i.name && i.name.toLowerCase() !== alias.toLowerCase()) await assertAliasFree(ctx, i.name, 'name');
  for (const a of [upn, ...(i.emailAddresses ?? [])]) await assertAddressFree(ctx, a, null, a === upn ? 'microsoftOnlineServicesId' : 'emailAddresses');
  if (!i.license) return null;
  const sku = resolveSku(i.license, await subscribedSkus(ctx));
  if (!sku.servicePlans.some((p) => EXCHANGE_PLAN.test(p.servicePlanName))) {
    throw invalid(`${skuName(sku)} has no Exchange Online plan, so it gives no mailbox. Nothing was changed.`, 'Pick a licence that includes Exchange Online (e.g. Office 365 E3).', { license: i.license });
  }
  if (freeUnits(sku) < 1) throw invalid(`No free ${skuName(sku)} licences. Nothing was changed.`, 'Free a licence or buy more, or create the mailbox without one.', { license: i.license });
  if (!i.usageLocation) throw invalid('A usage location is needed before a licence can be assigned. Nothing was changed.', 'Add a two-letter usage location, e.g. US.', { usageLocation: '' });
  return sku;
}

export const createMailboxAction = defineAction({
  id: 'mailbox.create',
  title: 'Create mailbox',
  category: 'Mailboxes',
  description: 'Create a user mailbox together with its account: name, sign-in, password, extra addresses, custom attributes and an Exchange licence.',
  phrases: [
    'create a new mailbox',
    'create a user mailbox',
    'new mailbox for rita.ora@contoso.com',
    'set up a mailbox and account for a new colleague',
    'make a mailbox for our new hire',
    'provision an Exchange mailbox',
    'add a mailbox with a licence',
    'new user mailbox with a temporary password, reset at first sign-in',
    'create a mailbox for {name} with the login {user}',
    'we need a mailbox for the new starter {user}',
    'new hire starts Monday and needs a mailbox, login {user}',
    'could you please create a mailbox and user account for {name}',
    'pls create a new mbx for {user} with an E3 licence',
    'create a licensed mailbox for the new sales rep',
    'New-Mailbox for {user} with a temporary password',
    'set up an Exchange Online mailbox for a new employee, sign-in {user}',
    'onboarding {user}: create the mailbox and assign Exchange Online Plan 1',
    'can you spin up a user mailbox for the new intern?',
    'create a regular user mailbox, not a shared one, for {name}',
    'new mailbox for jane@contoso.com, usage location US',
    'new user mailbox with extra smtp addresses and custom attributes',
    'New-Mailbox -MicrosoftOnlineServicesID {user} -ResetPasswordOnNextLogon',
    'create mailbox',
    'we have a new colleague, please create a mailbox for {user}',
    '{name} joins next week and needs an email mailbox',
    'create mailbox {user} with display name {name}',
    'set up email for the new receptionist with the UPN {user}',
  ],
  paramRules: [{ name: 'microsoftOnlineServicesId', capture: /\bmailbox\s+(?:for\s+)?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i, as: 'email' }],
  target: 'none',
  input,
  secretParams: ['password'],
  check(i) {
    const problem = i.password ? passwordProblem(i.password) : undefined;
    return { ...(problem ? { password: `The password ${problem}.` } : {}), ...checkCustomAttributes(i.customAttributes) };
  },
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i) => `Create the mailbox ${i.displayName} (${i.microsoftOnlineServicesId}) and its user account.`,
  describeInput: (i) => [
    { label: 'Sign-in name', value: i.microsoftOnlineServicesId },
    { label: 'Alias', value: aliasOf(i) },
    { label: 'Password', value: i.password ? 'The one you typed' : 'Generated, shown only to you after the change' },
    { label: 'Change at first sign-in', value: i.resetPasswordOnNextLogon ? 'Yes' : 'No' },
    ...settingLines(i, SETTINGS),
  ],
  async preview(ctx, _none, i) {
    const sku = await validate(ctx, i);
    return {
      changes: [
        { label: 'Mailbox', before: 'None', after: `${i.displayName} (${i.microsoftOnlineServicesId})` },
        { label: 'Licence', before: 'None', after: sku ? skuName(sku) : 'None' },
      ],
      items: settingLines(i, SETTINGS).map((l) => `${l.label}: ${l.value}`),
      warnings: sku ? [] : ['No licence: the mailbox is disabled after the 30-day grace period unless one with Exchange Online is assigned.'],
    };
  },
  async run(ctx, _none, i) {
    const sku = await validate(ctx, i);
    const password = i.password || generatePassword(ctx.randomBytes);
    const alias = aliasOf(i);
    const created = await createMailbox(
      ctx,
      {
        Name: i.name ?? alias,
        DisplayName: i.displayName,
        Alias: alias,
        MicrosoftOnlineServicesID: i.microsoftOnlineServicesId,
        Password: password,
        ResetPasswordOnNextLogon: i.resetPasswordOnNextLogon,
        ...(i.firstName ? { FirstName: i.firstName } : {}),
        ...(i.lastName ? { LastName: i.lastName } : {}),
      },
      {
        addEmailAddresses: i.emailAddresses,
        customAttributes: Object.keys(parseCustomAttributes(i.customAttributes).values).length > 0 ? i.customAttributes : undefined,
      },
      { fields: [], parts: ['emailAddresses', 'customAttributes'] },
    );
    const problems = [...created.problems];
    let licensed = false;
    if (sku) {
      const id = encodeURIComponent(created.target.id);
      try {
        await ctx.directory.graph.patch(`/users/${id}`, { usageLocation: i.usageLocation!.toUpperCase() });
        await ctx.directory.graph.post(`/users/${id}/assignLicense`, { addLicenses: [{ skuId: sku.skuId, disabledPlans: [] }], removeLicenses: [] });
        licensed = true;
      } catch (e) {
        problems.push(`licence not assigned: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return {
      outcome: 'succeeded',
      message:
        `Created the mailbox ${mailboxLine(created.target)} and its user account` +
        (licensed ? ` with a ${skuName(sku!)} licence` : '') +
        (i.resetPasswordOnNextLogon ? '; the user must change the password at first sign-in.' : '.') +
        (problems.length > 0 ? ` Problems: ${problems.join('; ')}.` : ''),
      changes: [
        { label: 'Mailbox', before: 'None', after: mailboxLine(created.target) },
        ...created.changes,
        ...(licensed ? [{ label: 'Licence', before: 'None', after: skuName(sku!) }] : []),
      ],
      secrets: i.password ? [] : [{ label: `Initial password for ${i.microsoftOnlineServicesId}`, value: password }],
      audit: { newUserId: created.target.id, licence: licensed ? sku!.skuId : null, settings: created.changes.map((c) => c.label), problems },
    };
  },
});
