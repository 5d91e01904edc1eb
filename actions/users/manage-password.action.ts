import { z } from 'zod';
import { defineAction } from '../define-action';
import { generatePassword, passwordProblem } from './password.generator';
import { mailRecipients, requireMailSender, sendPasswordMail } from './password-mail';
import { names } from './reset-mfa.action';

export const managePasswordAction = defineAction({
  id: 'user.manage-password',
  title: 'Reset password',
  category: 'Users',
  description: 'Set a new password (a generated temporary one by default, shown only to you) and make the user change it at next sign-in.',
  phrases: [
    'reset the password of jane@contoso.com',
    'reset password for a user',
    'give a user a new temporary password',
    'user forgot their password',
    'change the password of a user',
    'set a new password',
    'a user needs a new password',
    'cannot log in and needs a fresh password',
  ],
  paramRules: [
    {
      name: 'generateRandom',
      when: [
        { pattern: /\b(i(?:'ll| will)? choose|my own|own password|specific password|custom password|password i (?:choose|pick|give))\b/i, value: false },
        { pattern: /\b(random|temporary|generate|new)\b/i, value: true },
      ],
    },
  ],
  target: 'user',
  input: z.object({
    generateRandom: z.boolean().default(true).describe('Generate a strong temporary password and show it only to you, once.'),
    password: z.string().optional().describe('The new password, when you do not want a generated one. Secret: never logged.'),
    forceChangePasswordNextSignIn: z.boolean().default(true).describe('The user must pick a new password at next sign-in.'),
    forceChangePasswordNextSignInWithMfa: z.boolean().default(false).describe('Ask for MFA before that change.'),
    emailTo: z.array(z.string().email()).optional().describe('Email the new password to these addresses (e.g. the manager), one per line.'),
  }),
  secretParams: ['password'],
  check(input): Record<string, string> {
    if (input.password !== undefined && input.password !== '') {
      const problem = passwordProblem(input.password);
      return problem ? { password: `The password ${problem}.` } : {};
    }
    return input.generateRandom ? {} : { password: 'Type a password, or turn on "Generate random".' };
  },
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) =>
    `Give ${names(targets)} a new ${usesGenerated(input) ? 'generated temporary' : 'chosen'} password; the old one stops working at once.`,
  describeInput: (input) => [
    { label: 'Password', value: usesGenerated(input) ? 'Generated, shown only to you after the change' : 'The one you typed' },
    { label: 'Change at next sign-in', value: input.forceChangePasswordNextSignIn ? 'Yes' : 'No' },
    { label: 'MFA before the change', value: input.forceChangePasswordNextSignInWithMfa ? 'Yes' : 'No' },
    ...(mailRecipients(input.emailTo).length > 0 ? [{ label: 'Email the password to', value: mailRecipients(input.emailTo).join(', ') }] : []),
  ],
  async preview(ctx, user, input) {
    const recipients = mailRecipients(input.emailTo);
    const sender = requireMailSender(ctx, recipients);
    const changes = [{ label: 'Password', before: 'Current password', after: usesGenerated(input) ? 'New temporary password' : 'New password' }];
    if (input.forceChangePasswordNextSignIn) changes.push({ label: 'At next sign-in', before: '—', after: 'Must choose a new password' });
    const warnings = user.accountEnabled === false ? ['Sign-in is blocked for this user: unblock it too, or the new password cannot be used.'] : [];
    if (sender) warnings.push(`The new password will also be mailed to ${recipients.join(', ')} from ${sender}.`);
    return { changes, warnings };
  },
  async run(ctx, user, input) {
    const password = usesGenerated(input) ? generatePassword(ctx.randomBytes) : (input.password as string);
    await ctx.directory.resetPassword(user.id, {
      password,
      forceChangePasswordNextSignIn: input.forceChangePasswordNextSignIn,
      forceChangePasswordNextSignInWithMfa: input.forceChangePasswordNextSignInWithMfa,
    });
    const recipients = mailRecipients(input.emailTo);
    const mailProblem = await sendPasswordMail(ctx, recipients, { upn: user.userPrincipalName, displayName: user.displayName }, password);
    const mailed = recipients.length > 0 && !mailProblem;
    return {
      outcome: 'succeeded',
      message:
        (input.forceChangePasswordNextSignIn ? 'Password reset; the user must choose a new one at next sign-in.' : 'Password reset.') +
        (mailed ? ` The password was mailed to ${recipients.join(', ')}.` : '') +
        (mailProblem ? ` But ${mailProblem}.` : ''),
      changes: [{ label: 'Password', before: 'Previous', after: 'Reset' }],
      secrets: usesGenerated(input) ? [{ label: `Temporary password for ${user.userPrincipalName}`, value: password }] : [],
      audit: { generated: usesGenerated(input), forceChangePasswordNextSignIn: input.forceChangePasswordNextSignIn, passwordMailedTo: mailed ? recipients : [] },
    };
  },
});

function usesGenerated(input: { generateRandom: boolean; password?: string }): boolean {
  return !input.password;
}
