import { z } from 'zod';
import { BackendError } from '../backends/graph/graph-error';
import { defineAction, type ActionContext } from '../define-action';
import { addRemove } from '../exchange-gateway.types';
import { passwordProblem } from '../users/password.generator';
import { assertAddressesFree, CATEGORY, defined, emailList, invalid, overlapErrors, str } from './mail-recipient.helpers';

const input = z.object({
  name: z.string().trim().min(1).max(64).describe('Name (unique in Exchange), e.g. Alex Contractor.'),
  microsoftOnlineServicesId: z.string().trim().email().describe('Sign-in name on a verified domain, e.g. alex.contractor@contoso.com.'),
  password: z.string().min(1).describe('Password for the new account. Secret: never logged or shown again.'),
  externalEmailAddress: z.string().trim().email().describe('The external address the mail user\'s mail is delivered to.'),
  displayName: z.string().trim().min(1).max(256).optional().describe('Display name; the name when empty.'),
  alias: z.string().trim().regex(/^[A-Za-z0-9._-]{1,64}$/, 'Letters, digits, dot, dash or underscore (at most 64)').optional().describe('Alias; from the sign-in name when empty.'),
  firstName: z.string().trim().max(64).optional().describe('First name.'),
  lastName: z.string().trim().max(64).optional().describe('Last name.'),
  additionalEmailAddresses: emailList('More addresses for the mail user, one per line.'),
});
type Input = z.infer<typeof input>;

/** Sign-in name checks Exchange would only report after the fact: verified domain, not taken. */
async function assertSignInName(ctx: ActionContext, value: Input): Promise<void> {
  const upn = value.microsoftOnlineServicesId;
  const domain = upn.split('@')[1].toLowerCase();
  const orgs = await ctx.directory.graph.get<{ value: { verifiedDomains?: { name: string }[] }[] }>('/organization?$select=verifiedDomains');
  const domains = orgs.value.flatMap((o) => (o.verifiedDomains ?? []).map((d) => d.name));
  if (!domains.some((d) => d.toLowerCase() === domain)) {
    throw invalid(`${domain} is not a verified domain of this tenant, so ${upn} cannot be a sign-in name.`, `Use one of: ${domains.join(', ')}.`);
  }
  const holder = await ctx.directory.getUser(upn).catch((e: unknown) => {
    if (e instanceof BackendError && e.status === 404) return null;
    throw e;
  });
  if (holder) throw invalid(`${upn} is already the sign-in name of ${holder.displayName}.`, 'Pick another sign-in name.');
}

/**
 * A new mail user: an Entra account (enabled, unlicensed, signs in with the given password) whose mail
 * goes to an external address. New-MailUser creates both; extra addresses come with Set-MailUser.
 * The password is secret (never logged, audited or shown). No Undo: removing it again is
 * mail-user.remove, a destructive action with its own confirm.
 */
export const mailUserCreateAction = defineAction({
  id: 'mail-user.create',
  title: 'Create mail user',
  category: CATEGORY,
  description: 'Create a mail user: an account that signs in to Microsoft 365 while its mail goes to an external address.',
  phrases: [
    'create mail user contractor@fabrikam.com',
    'new mail-enabled user for an external consultant',
    'add a mail user whose mail goes to their own company',
    'set up a mail user account for a partner',
    'create a mail user for contractor ann@fabrikam.com',
    'New-MailUser for an external consultant',
    'set up a mail-enabled user with a contoso login and mail going to ann@fabrikam.com',
    'the consultant needs a Microsoft 365 sign-in but mail should go to ann@fabrikam.com, make a mail user',
    'create a MailUser with an external email address',
    'mail user please for the Fabrikam contractor ann@fabrikam.com',
    'we need a mail user account for a vendor who keeps their own company email',
    'create a mail-enabled user without a mailbox',
    'add a mail user so the freelancer can sign in while mail goes to ann@fabrikam.com',
    'could you please create a mail user for ann@fabrikam.com',
    'make a mail user whose external address is ann@fabrikam.com',
    'new mail user, external address ann@fabrikam.com',
    'new MEU for an external auditor',
    'set up a mail user with a sign-in name and password for a partner',
  ],
  paramRules: [
    { name: 'externalEmailAddress', capture: /\bmail[- ]?users?\s+(?:for\s+)?([^\s@,;]+@[^\s@,;]+\.[A-Za-z]{2,})/i, as: 'email' },
    { name: 'name', capture: /\b(?:called|named)\s+"([^"]+)"/i },
  ],
  // The address in the line is the one the new object gets (read by a param rule), not an object to look up.
  textTargets: { kinds: ['email'] },
  target: 'none',
  input,
  secretParams: ['password'],
  check(value): Record<string, string> {
    const problem = passwordProblem(value.password);
    return {
      ...(problem ? { password: `The password ${problem}.` } : {}),
      ...overlapErrors({ externalEmailAddress: [value.externalEmailAddress], additionalEmailAddresses: value.additionalEmailAddresses }),
    };
  },
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (value) => `Create the mail user ${value.displayName ?? value.name} (${value.microsoftOnlineServicesId}), mail delivered to ${value.externalEmailAddress}.`,
  describeInput: (value) => [
    { label: 'Name', value: value.name },
    { label: 'Sign-in name', value: value.microsoftOnlineServicesId },
    { label: 'Password', value: 'The one you typed' },
    { label: 'External address', value: value.externalEmailAddress },
    ...((value.additionalEmailAddresses ?? []).length > 0 ? [{ label: 'Other addresses', value: value.additionalEmailAddresses!.join(', ') }] : []),
  ],
  async preview(ctx, _none, value) {
    await assertSignInName(ctx, value);
    await assertAddressesFree(ctx, [value.microsoftOnlineServicesId, value.externalEmailAddress, ...(value.additionalEmailAddresses ?? [])]);
    return {
      changes: [
        { label: 'Mail user', before: '(none)', after: `${value.displayName ?? value.name} <${value.microsoftOnlineServicesId}>` },
        { label: 'Mail delivered to', before: '(none)', after: value.externalEmailAddress },
        { label: 'Entra account', before: '(none)', after: 'Enabled, no licence' },
        ...((value.additionalEmailAddresses ?? []).length > 0 ? [{ label: 'Other email addresses', before: '(none)', after: value.additionalEmailAddresses!.join(', ') }] : []),
      ],
    };
  },
  async run(ctx, _none, value) {
    const exo = ctx.directory.exchange;
    const [created] = await exo.invoke(
      'New-MailUser',
      defined({
        Name: value.name,
        MicrosoftOnlineServicesID: value.microsoftOnlineServicesId,
        Password: value.password,
        ExternalEmailAddress: `SMTP:${value.externalEmailAddress}`,
        DisplayName: value.displayName,
        Alias: value.alias,
        FirstName: value.firstName,
        LastName: value.lastName,
      }),
    );
    const extra = value.additionalEmailAddresses ?? [];
    if (extra.length > 0) {
      await exo.invoke('Set-MailUser', { Identity: value.microsoftOnlineServicesId, EmailAddresses: addRemove({ add: extra.map((a) => `smtp:${a}`) }) });
    }
    const userId = str(created, 'ExternalDirectoryObjectId');
    return {
      outcome: 'succeeded',
      message: `Created the mail user ${str(created, 'DisplayName') || value.name} (${value.microsoftOnlineServicesId}); mail goes to ${value.externalEmailAddress}.`,
      changes: [{ label: 'Mail user', before: '(none)', after: `${str(created, 'DisplayName') || value.name} <${value.microsoftOnlineServicesId}>` }],
      audit: { userId, microsoftOnlineServicesId: value.microsoftOnlineServicesId, externalEmailAddress: value.externalEmailAddress },
    };
  },
});
