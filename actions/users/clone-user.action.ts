import { z } from 'zod';
import { BackendError } from '../backends/graph/graph-error';
import { defineAction, type ActionContext } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { generatePassword } from './password.generator';
import { mailRecipients, requireMailSender, sendPasswordMail } from './password-mail';
import { freeUnits, licenceList, subscribedSkus, type AssignedLicense, type SubscribedSku } from './sku.resolver';

/**
 * A new hire "like Megan": the source user's organisational properties, licences (with their disabled
 * plans), cloud group memberships and manager, copied onto a new account with a generated temporary
 * password shown once to the operator. Groups Graph cannot write (mail-enabled, dynamic, synced) are
 * named on the preview and left out.
 */
const COPIED = ['department', 'companyName', 'officeLocation', 'city', 'state', 'country', 'usageLocation', 'jobTitle', 'streetAddress', 'postalCode'] as const;

type SourceProps = Partial<Record<(typeof COPIED)[number], string | null>> & { assignedLicenses?: AssignedLicense[] };

interface SourceGroup {
  id: string;
  displayName: string;
  groupTypes?: string[];
  mailEnabled?: boolean;
  onPremisesSyncEnabled?: boolean | null;
  membershipRule?: string | null;
}

const input = z.object({
  userPrincipalName: z.string().email().describe('Sign-in name of the new user, e.g. new.hire@contoso.com.'),
  displayName: z.string().min(1).max(256).describe('Display name of the new user.'),
  givenName: z.string().optional().describe('First name.'),
  surname: z.string().optional().describe('Last name.'),
  mailNickname: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/).optional().describe('Mail alias; from the sign-in name when empty.'),
  copyLicenses: z.boolean().default(true).describe('Assign the same licences (and disabled plans).'),
  copyGroups: z.boolean().default(true).describe('Add to the same security and Microsoft 365 groups.'),
  copyManager: z.boolean().default(true).describe('Give the new user the same manager.'),
  emailTo: z.array(z.string().email()).optional().describe('Email the temporary password to these addresses (e.g. the manager), one per line.'),
});
type Input = z.infer<typeof input>;

interface ClonePlan {
  props: SourceProps;
  skus: SubscribedSku[];
  licences: AssignedLicense[];
  groups: SourceGroup[];
  skippedGroups: SourceGroup[];
  managerId: string | null;
  warnings: string[];
}

async function planFor(ctx: ActionContext, source: DirectoryUser, input: Input): Promise<ClonePlan> {
  const g = ctx.directory.graph;
  const id = encodeURIComponent(source.id);
  const existing = await g.get(`/users/${encodeURIComponent(input.userPrincipalName)}?$select=id`).then(
    () => true,
    (e: unknown) => {
      if (e instanceof BackendError && e.status === 404) return false;
      throw e;
    },
  );
  requireMailSender(ctx, mailRecipients(input.emailTo));
  if (existing) {
    throw new StewardError('VALIDATION_FAILED', `A user ${input.userPrincipalName} already exists.`, {
      hint: 'Pick another sign-in name for the new user.',
      details: { userPrincipalName: input.userPrincipalName },
    });
  }
  const props = await g.get<SourceProps>(`/users/${id}?$select=${[...COPIED, 'assignedLicenses'].join(',')}`);
  const warnings: string[] = [];
  const skus = input.copyLicenses ? await subscribedSkus(ctx) : [];
  let licences = input.copyLicenses ? (props.assignedLicenses ?? []).map((l) => ({ skuId: l.skuId.toLowerCase(), disabledPlans: l.disabledPlans ?? [] })) : [];
  licences = licences.filter((l) => {
    const sku = skus.find((s) => s.skuId === l.skuId);
    if (sku && freeUnits(sku) >= 1) return true;
    warnings.push(`No free ${licenceList([l.skuId], skus)} licence: not copied.`);
    return false;
  });
  if (licences.length > 0 && !props.usageLocation) {
    warnings.push('The source user has no usage location, so no licence can be copied.');
    licences = [];
  }
  let groups: SourceGroup[] = [];
  const skippedGroups: SourceGroup[] = [];
  if (input.copyGroups) {
    const all = await g.list<SourceGroup>(
      `/users/${id}/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,mailEnabled,securityEnabled,onPremisesSyncEnabled,membershipRule,isAssignableToRole`,
    );
    for (const grp of all) {
      const types = grp.groupTypes ?? [];
      const writable = !types.includes('DynamicMembership') && !grp.membershipRule && !grp.onPremisesSyncEnabled && (!grp.mailEnabled || types.includes('Unified'));
      (writable ? groups : skippedGroups).push(grp);
    }
    if (skippedGroups.length > 0) warnings.push(`Not copied (mail-enabled, dynamic or synced): ${skippedGroups.map((x) => x.displayName).join(', ')}.`);
  }
  let managerId: string | null = null;
  if (input.copyManager) {
    managerId = await g.get<{ id: string }>(`/users/${id}/manager?$select=id`).then(
      (m) => m.id,
      (e: unknown) => {
        if (e instanceof BackendError && e.status === 404) return null;
        throw e;
      },
    );
  }
  return { props, skus, licences, groups, skippedGroups, managerId, warnings };
}

function nickname(input: Input): string {
  return input.mailNickname ?? input.userPrincipalName.split('@')[0].replace(/[^A-Za-z0-9._-]/g, '').slice(0, 64);
}

export const cloneUserAction = defineAction({
  id: 'user.clone',
  title: 'Clone user',
  category: 'Users',
  description: 'Create a new user from an existing one: same properties, licences, groups and manager, with a temporary password shown only to you.',
  phrases: [
    'clone jane@contoso.com',
    'set up a new user with the same access as jane@contoso.com',
    'create a new user based on jane@contoso.com',
    'copy jane@contoso.com to a new account',
    'copy the user jane@contoso.com',
    'duplicate the account of jane@contoso.com',
    'clone jane@contoso.com for a new hire',
    'new hire with the same licenses and groups as jane@contoso.com',
    'make a copy of an existing user',
    'use jane@contoso.com as a template for a new account',
  ],
  target: 'user',
  input,
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) => `Create ${input.displayName} (${input.userPrincipalName}) as a copy of ${targets[0]?.displayName ?? 'the source user'}.`,
  describeInput: (input) => [
    { label: 'New user', value: `${input.displayName} (${input.userPrincipalName})` },
    { label: 'Copy licences', value: input.copyLicenses ? 'Yes' : 'No' },
    { label: 'Copy groups', value: input.copyGroups ? 'Yes' : 'No' },
    { label: 'Copy manager', value: input.copyManager ? 'Yes' : 'No' },
    { label: 'Password', value: 'Generated, shown only to you after the change' },
    ...(mailRecipients(input.emailTo).length > 0 ? [{ label: 'Email the password to', value: mailRecipients(input.emailTo).join(', ') }] : []),
  ],
  async preview(ctx, source, input) {
    const plan = await planFor(ctx, source, input);
    const changes = [
      { label: 'User', before: 'None', after: `${input.displayName} (${input.userPrincipalName})` },
      { label: 'Licences', before: 'None', after: licenceList(plan.licences.map((l) => l.skuId), plan.skus) },
      { label: 'Groups', before: 'None', after: plan.groups.length === 0 ? 'None' : plan.groups.map((g) => g.displayName).join(', ') },
    ];
    const copied = COPIED.filter((k) => plan.props[k]).map((k) => `${k}: ${plan.props[k]}`);
    const recipients = mailRecipients(input.emailTo);
    const warnings = recipients.length > 0 ? [...plan.warnings, `The temporary password will also be mailed to ${recipients.join(', ')} from ${ctx.mailSender}.`] : plan.warnings;
    return { changes, items: copied, warnings };
  },
  async run(ctx, source, input) {
    const plan = await planFor(ctx, source, input);
    const g = ctx.directory.graph;
    const password = generatePassword(ctx.randomBytes);
    const copied = Object.fromEntries(COPIED.filter((k) => plan.props[k]).map((k) => [k, plan.props[k]]));
    const created = await g.post<{ id: string }>('/users', {
      accountEnabled: true,
      displayName: input.displayName,
      mailNickname: nickname(input),
      userPrincipalName: input.userPrincipalName,
      passwordProfile: { password, forceChangePasswordNextSignIn: true },
      ...(input.givenName ? { givenName: input.givenName } : {}),
      ...(input.surname ? { surname: input.surname } : {}),
      ...copied,
    });
    const newId = encodeURIComponent(created.id);
    const problems: string[] = [];
    if (plan.licences.length > 0) {
      await g.post(`/users/${newId}/assignLicense`, { addLicenses: plan.licences, removeLicenses: [] }).catch((e: unknown) => {
        problems.push(`licences: ${e instanceof Error ? e.message : String(e)}`);
      });
    }
    const joined: string[] = [];
    for (const grp of plan.groups) {
      try {
        await g.post(`/groups/${encodeURIComponent(grp.id)}/members/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${created.id}` });
        joined.push(grp.id);
      } catch (e) {
        problems.push(`${grp.displayName}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (plan.managerId) {
      await g.put(`/users/${newId}/manager/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/users/${plan.managerId}` }).catch((e: unknown) => {
        problems.push(`manager: ${e instanceof Error ? e.message : String(e)}`);
      });
    }
    const recipients = mailRecipients(input.emailTo);
    const mailProblem = await sendPasswordMail(ctx, recipients, { upn: input.userPrincipalName, displayName: input.displayName }, password);
    if (mailProblem) problems.push(mailProblem);
    const mailed = recipients.length > 0 && !mailProblem;
    return {
      outcome: 'succeeded',
      message:
        (mailed ? `The temporary password was mailed to ${recipients.join(', ')}. ` : '') +
        `Created ${input.userPrincipalName} with ${plan.licences.length} licence(s) and ${joined.length} group(s); the user must change the password at first sign-in.` +
        (problems.length > 0 ? ` Not copied: ${problems.join('; ')}.` : ''),
      changes: [{ label: 'User', before: 'None', after: `${input.displayName} (${input.userPrincipalName})` }],
      secrets: [{ label: `Temporary password for ${input.userPrincipalName}`, value: password }],
      audit: { newUserId: created.id, licences: plan.licences.map((l) => l.skuId), groups: joined, managerId: plan.managerId, passwordMailedTo: mailed ? recipients : [], problems },
    };
  },
});
