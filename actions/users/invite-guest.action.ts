import { z } from 'zod';
import { defineAction } from '../define-action';
import { StewardError } from '../errors';

/**
 * B2B invitation (POST /invitations): Entra adds the external person as a Guest user at once (state
 * PendingAcceptance until they redeem), and optionally mails them the invitation.
 */
const DEFAULT_REDIRECT = 'https://myapps.microsoft.com';

interface Invitation {
  id: string;
  status: string;
  inviteRedeemUrl?: string;
  invitedUser?: { id: string };
}

export const inviteGuestAction = defineAction({
  id: 'user.invite-guest',
  title: 'Invite guest user',
  category: 'Users',
  description: 'Invite an external person as a guest: they are added to the directory at once and can redeem the invitation.',
  phrases: [
    'invite anna@northwind.com as a guest',
    'invite anna@northwind.com as guest user',
    'send a guest invitation to anna@northwind.com',
    'add an external user',
    'invite a guest user',
    'give an outside partner guest access',
    'invite an external collaborator to the tenant',
    'add sam@fabrikam.com as a guest',
  ],
  paramRules: [
    { name: 'email', capture: /([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/, as: 'email' },
    {
      name: 'sendInvitationMessage',
      when: [
        { pattern: /\b(?:without|don'?t|do not|no)\b[^.;]{0,20}\b(?:invit\w*|e-?mail|message)/i, value: false },
        { pattern: /\b(?:send|with)\b[^.;]{0,20}\b(?:invit\w*|e-?mail|message)/i, value: true },
      ],
    },
  ],
  target: 'none',
  input: z.object({
    email: z.string().trim().email().describe('Email address of the person to invite, e.g. anna@northwind.com.'),
    displayName: z.string().max(256).optional().describe('Display name of the guest.'),
    redirectUrl: z.string().url().default(DEFAULT_REDIRECT).describe('Where the guest lands after redeeming.'),
    sendInvitationMessage: z.boolean().default(true).describe('Email the invitation to the guest.'),
    customMessage: z.string().max(1000).optional().describe('A personal message in the invitation mail.'),
  }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input) => `Invite ${input.displayName ? `${input.displayName} (${input.email})` : input.email} as a guest${input.sendInvitationMessage ? ' and email the invitation' : ''}.`,
  describeInput: (input) => [
    { label: 'Guest', value: input.displayName ? `${input.displayName} (${input.email})` : input.email },
    { label: 'Redirect URL', value: input.redirectUrl },
    { label: 'Send invitation mail', value: input.sendInvitationMessage ? 'Yes' : 'No' },
    ...(input.customMessage ? [{ label: 'Message', value: input.customMessage }] : []),
  ],
  async preview(ctx, _none, input) {
    const email = input.email.toLowerCase();
    const domain = email.split('@')[1];
    const orgs = await ctx.directory.graph.get<{ value: { verifiedDomains?: { name: string }[] }[] }>('/organization?$select=verifiedDomains');
    if (orgs.value.some((o) => (o.verifiedDomains ?? []).some((d) => d.name.toLowerCase() === domain))) {
      throw new StewardError('VALIDATION_FAILED', `${input.email} is on a domain of this tenant: members cannot be invited as guests.`, {
        hint: 'Invite an address outside the organisation.',
        details: { email: input.email },
      });
    }
    const filter = encodeURIComponent(`mail eq '${email.replace(/'/g, "''")}'`);
    const existing = await ctx.directory.graph.list<{ id: string; userType?: string; displayName: string; externalUserState?: string | null }>(
      `/users?$filter=${filter}&$select=id,displayName,userType,externalUserState`,
      { max: 5 },
    );
    const member = existing.find((u) => u.userType !== 'Guest');
    if (member) {
      throw new StewardError('VALIDATION_FAILED', `${input.email} already belongs to the member ${member.displayName}: members cannot be invited as guests.`, {
        hint: 'Invite an address outside the organisation.',
        details: { email: input.email },
      });
    }
    const guest = existing.find((u) => u.userType === 'Guest');
    return {
      changes: [{ label: 'Guest user', before: guest ? `${guest.displayName} (${guest.externalUserState ?? 'guest'})` : 'None', after: `${input.displayName ?? input.email} (PendingAcceptance)` }],
      warnings: guest ? [`${input.email} is already a guest: the invitation is sent again.`] : [],
    };
  },
  async run(ctx, _none, input) {
    const invitation = await ctx.directory.graph.post<Invitation>('/invitations', {
      invitedUserEmailAddress: input.email,
      ...(input.displayName ? { invitedUserDisplayName: input.displayName } : {}),
      inviteRedirectUrl: input.redirectUrl,
      sendInvitationMessage: input.sendInvitationMessage,
      ...(input.customMessage ? { invitedUserMessageInfo: { customizedMessageBody: input.customMessage, messageLanguage: 'en-US' } } : {}),
      invitedUserType: 'Guest',
    });
    return {
      outcome: 'succeeded',
      message:
        `Invited ${input.email} as a guest (${invitation.status}).` +
        (input.sendInvitationMessage ? ' The invitation was emailed.' : ` Redemption link: ${invitation.inviteRedeemUrl ?? '(none)'}`),
      changes: [{ label: 'Guest user', before: 'None', after: `${input.displayName ?? input.email} (${invitation.status})` }],
      audit: { invitationId: invitation.id, guestUserId: invitation.invitedUser?.id ?? null, sendInvitationMessage: input.sendInvitationMessage },
    };
  },
});
