import { z } from 'zod';
import { defineAction } from '../define-action';
import { generatePassword, passwordProblem } from './password.generator';
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
  ],
  paramRules: [{ name: 'generateRandom', when: [{ pattern: /\b(random|temporary|generate|new)\b/i, value: true }] }],
  target: 'user',
  input: z.object({
    generateRandom: z.boolean().default(true).describe('Generate a strong temporary password and show it only to you, once.'),
    password: z.string().optional().describe('The new password, when you do not want a generated one. Secret: never logged.'),
    forceChangePasswordNextSignIn: z.boolean().default(true).describe('The user must pick a new password at next sign-in.'),
    forceChangePasswordNextSignInWithMfa: z.boolean().default(false).describe('Ask for MFA before that change.'),
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
  ],
  async preview(_ctx, user, input) {
    const changes = [{ label: 'Password', before: 'Current password', after: usesGenerated(input) ? 'New temporary password' : 'New password' }];
    if (input.forceChangePasswordNextSignIn) changes.push({ label: 'At next sign-in', before: '—', after: 'Must choose a new password' });
    const warnings = user.accountEnabled === false ? ['Sign-in is blocked for this user: unblock it too, or the new password cannot be used.'] : [];
    return { changes, warnings };
  },
  async run(ctx, user, input) {
    const password = usesGenerated(input) ? generatePassword(ctx.randomBytes) : (input.password as string);
    await ctx.directory.resetPassword(user.id, {
      password,
      forceChangePasswordNextSignIn: input.forceChangePasswordNextSignIn,
      forceChangePasswordNextSignInWithMfa: input.forceChangePasswordNextSignInWithMfa,
    });
    return {
      outcome: 'succeeded',
      message: input.forceChangePasswordNextSignIn
        ? 'Password reset; the user must choose a new one at next sign-in.'
        : 'Password reset.',
      changes: [{ label: 'Password', before: 'Previous', after: 'Reset' }],
      secrets: usesGenerated(input) ? [{ label: `Temporary password for ${user.userPrincipalName}`, value: password }] : [],
      audit: { generated: usesGenerated(input), forceChangePasswordNextSignIn: input.forceChangePasswordNextSignIn },
    };
  },
});

function usesGenerated(input: { generateRandom: boolean; password?: string }): boolean {
  return !input.password;
}
