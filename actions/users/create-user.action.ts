import { z } from 'zod';
import { BackendError } from '../backends/graph/graph-error';
import { defineAction, type ActionContext } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { generatePassword } from './password.generator';
import { mailRecipients, requireMailSender, sendPasswordMail } from './password-mail';
import { freeUnits, licenceList, resolveSku, subscribedSkus, type SubscribedSku } from './sku.resolver';

/**
 * A new cloud account: sign-in name on a verified domain of the tenant, organisational properties,
 * optional licences (usage location first), optional manager, and a generated temporary password shown
 * only in the 1:1 result (and, when asked, mailed from the configured sender mailbox).
 */
const input = z.object({
  displayName: z.string().trim().min(1).max(256).describe('Display name, e.g. Rita Ora.'),
  userPrincipalName: z.string().trim().email().describe('Sign-in name on a verified domain, e.g. rita.ora@contoso.com.'),
  givenName: z.string().max(64).optional().describe('First name.'),
  surname: z.string().max(64).optional().describe('Last name.'),
  mailNickname: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'Letters, digits, dot, dash or underscore (at most 64)').optional().describe('Mail alias; from the sign-in name when empty.'),
  usageLocation: z.string().trim().regex(/^[A-Za-z]{2}$/, 'A two-letter country code, e.g. US').optional().describe('Usage location (two-letter country code); needed for licences.'),
  department: z.string().max(64).optional().describe('Department.'),
  jobTitle: z.string().max(128).optional().describe('Job title.'),
  licenses: z.array(z.string().min(1)).optional().describe('Licences to assign (product name or part number), one per line.'),
  manager: z.string().email().optional().describe('Manager (user principal name).'),
  accountEnabled: z.boolean().default(true).describe('The account may sign in.'),
  forceChangePasswordNextSignIn: z.boolean().default(true).describe('The user must pick a new password at first sign-in.'),
  emailTo: z.array(z.string().email()).optional().describe('Email the temporary password to these addresses (e.g. the manager), one per line.'),
});
type Input = z.infer<typeof input>;

interface CreatePlan {
  skus: SubscribedSku[];
  licences: SubscribedSku[];
  manager: DirectoryUser | null;
  recipients: string[];
}

function invalid(message: string, hint: string, details: Record<string, unknown>): StewardError {
  return new StewardError('VALIDATION_FAILED', message, { hint, details });
}

async function planFor(ctx: ActionContext, input: Input): Promise<CreatePlan> {
  const g = ctx.directory.graph;
  const upn = input.userPrincipalName;
  const domain = upn.split('@')[1].toLowerCase();
  const orgs = await g.get<{ value: { verifiedDomains?: { name: string }[] }[] }>('/organization?$select=verifiedDomains');
  const domains = orgs.value.flatMap((o) => (o.verifiedDomains ?? []).map((d) => d.name));
  if (!domains.some((d) => d.toLowerCase() === domain)) {
    throw invalid(`${domain} is not a verified domain of this tenant, so ${upn} cannot be a sign-in name.`, `Use one of: ${domains.join(', ')}.`, {
      userPrincipalName: upn,
    });
  }
  const taken = await g.get(`/users/${encodeURIComponent(upn)}?$select=id`).then(
    () => true,
    (e: unknown) => {
      if (e instanceof BackendError && e.status === 404) return false;
      throw e;
    },
  );
  if (taken) throw invalid(`A user ${upn} already exists.`, 'Pick another sign-in name for the new user.', { userPrincipalName: upn });

  const names = (input.licenses ?? []).map((l) => l.trim()).filter(Boolean);
  const skus = names.length > 0 ? await subscribedSkus(ctx) : [];
  const licences: SubscribedSku[] = [];
  for (const name of names) {
    const sku = resolveSku(name, skus);
    if (licences.some((s) => s.skuId === sku.skuId)) continue;
    if (freeUnits(sku) < 1) {
      throw invalid(`No free ${licenceList([sku.skuId], skus)} licences.`, 'Free a licence or buy more, or create the user without it.', { licenses: name });
    }
    licences.push(sku);
  }
  if (licences.length > 0 && !input.usageLocation) {
    throw invalid('A usage location is needed before a licence can be assigned.', 'Add a two-letter usage location, e.g. US.', { usageLocation: '' });
  }
  const manager = input.manager ? (await ctx.resolveUsers([input.manager]))[0] ?? null : null;
  const recipients = mailRecipients(input.emailTo);
  requireMailSender(ctx, recipients);
  return { skus, licences, manager, recipients };
}

function nickname(input: Input): string {
  return input.mailNickname ?? input.userPrincipalName.split('@')[0].replace(/[^A-Za-z0-9._-]/g, '').slice(0, 64);
}

function newUserLine(input: Input): string {
  return `${input.displayName} (${input.userPrincipalName})`;
}

export const createUserAction = defineAction({
  id: 'user.create',
  title: 'Create user',
  category: 'Users',
  description: 'Create a new user with job information, usage location and licences; the temporary password is shown only to you (and can be mailed).',
  phrases: [
    'create a new user',
    'create user',
    'add a new employee account',
    'onboard a new hire',
    'set up an account for a new starter',
    'new user',
    'make an account for our new colleague',
    'provision a new user account',
    'create a Microsoft 365 account',
    'create an account for a new employee named Rita Ora',
  ],
  paramRules: [
    { name: 'displayName', capture: /\b(?:called|named)\s+"?([^"@,;]+?)"?\s*(?:$|,|;|\bwith\b|\bas\b|\bin\b)/i },
    { name: 'userPrincipalName', capture: /\b(?:user|account|upn|sign-in name)\s+([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i, as: 'email' },
    { name: 'emailTo', capture: /\b(?:e-?mail|send|mail)\s+(?:the\s+)?(?:temporary\s+)?password\s+to\s+((?:[^\s,;]+@[^\s,;]+[\s,;]*(?:and\s+)?)+)/i, as: 'emails' },
  ],
  target: 'none',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input) => `Create the user ${newUserLine(input)} with a generated temporary password.`,
  describeInput: (input) => [
    { label: 'New user', value: newUserLine(input) },
    ...(input.jobTitle ? [{ label: 'Job title', value: input.jobTitle }] : []),
    ...(input.department ? [{ label: 'Department', value: input.department }] : []),
    ...(input.usageLocation ? [{ label: 'Usage location', value: input.usageLocation.toUpperCase() }] : []),
    { label: 'Licences', value: (input.licenses ?? []).join(', ') || 'None' },
    ...(input.manager ? [{ label: 'Manager', value: input.manager }] : []),
    { label: 'Password', value: 'Generated, shown only to you after the change' },
    { label: 'Change at first sign-in', value: input.forceChangePasswordNextSignIn ? 'Yes' : 'No' },
    ...(input.emailTo && input.emailTo.length > 0 ? [{ label: 'Email the password to', value: mailRecipients(input.emailTo).join(', ') }] : []),
  ],
  async preview(ctx, _none, input) {
    const plan = await planFor(ctx, input);
    const changes = [
      { label: 'User', before: 'None', after: newUserLine(input) },
      { label: 'Licences', before: 'None', after: licenceList(plan.licences.map((s) => s.skuId), plan.skus) },
    ];
    if (plan.manager) changes.push({ label: 'Manager', before: 'None', after: plan.manager.displayName });
    const items = [
      `mailNickname: ${nickname(input)}`,
      ...(input.usageLocation ? [`usageLocation: ${input.usageLocation.toUpperCase()}`] : []),
      ...(input.department ? [`department: ${input.department}`] : []),
      ...(input.jobTitle ? [`jobTitle: ${input.jobTitle}`] : []),
    ];
    const warnings = plan.recipients.length > 0 ? [`The temporary password will also be mailed to ${plan.recipients.join(', ')} from ${ctx.mailSender}.`] : [];
    return { changes, items, warnings };
  },
  async run(ctx, _none, input) {
    const plan = await planFor(ctx, input);
    const g = ctx.directory.graph;
    const password = generatePassword(ctx.randomBytes);
    const created = await g.post<{ id: string }>('/users', {
      accountEnabled: input.accountEnabled,
      displayName: input.displayName,
      mailNickname: nickname(input),
      userPrincipalName: input.userPrincipalName,
      passwordProfile: { password, forceChangePasswordNextSignIn: input.forceChangePasswordNextSignIn },
      ...(input.givenName ? { givenName: input.givenName } : {}),
      ...(input.surname ? { surname: input.surname } : {}),
      ...(input.usageLocation ? { usageLocation: input.usageLocation.toUpperCase() } : {}),
      ...(input.department ? { department: input.department } : {}),
      ...(input.jobTitle ? { jobTitle: input.jobTitle } : {}),
    });
    const newId = encodeURIComponent(created.id);
    const problems: string[] = [];
    if (plan.licences.length > 0) {
      await g
        .post(`/users/${newId}/assignLicense`, { addLicenses: plan.licences.map((s) => ({ skuId: s.skuId, disabledPlans: [] })), removeLicenses: [] })
        .catch((e: unknown) => {
          problems.push(`licences not assigned: ${e instanceof Error ? e.message : String(e)}`);
        });
    }
    if (plan.manager) {
      await g.put(`/users/${newId}/manager/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/users/${plan.manager.id}` }).catch((e: unknown) => {
        problems.push(`manager not set: ${e instanceof Error ? e.message : String(e)}`);
      });
    }
    const mailProblem = await sendPasswordMail(ctx, plan.recipients, { upn: input.userPrincipalName, displayName: input.displayName }, password);
    if (mailProblem) problems.push(mailProblem);
    const mailed = plan.recipients.length > 0 && !mailProblem;
    return {
      outcome: 'succeeded',
      message:
        `Created ${input.userPrincipalName} with ${problems.some((p) => p.startsWith('licences')) ? 0 : plan.licences.length} licence(s)` +
        (input.forceChangePasswordNextSignIn ? '; the user must change the password at first sign-in.' : '.') +
        (mailed ? ` The temporary password was mailed to ${plan.recipients.join(', ')}.` : '') +
        (problems.length > 0 ? ` Problems: ${problems.join('; ')}.` : ''),
      changes: [{ label: 'User', before: 'None', after: newUserLine(input) }],
      secrets: [{ label: `Temporary password for ${input.userPrincipalName}`, value: password }],
      audit: {
        newUserId: created.id,
        licences: plan.licences.map((s) => s.skuId),
        managerId: plan.manager?.id ?? null,
        passwordMailedTo: mailed ? plan.recipients : [],
        problems,
      },
    };
  },
});
