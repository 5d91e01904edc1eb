import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';
import { signInUndo } from '../undo.helpers';

const state = (enabled: boolean | null | undefined) => (enabled === false ? 'Blocked' : 'Allowed');

export const setSignInStatusAction = defineAction({
  id: 'user.set-sign-in-status',
  title: 'Block or unblock sign-in',
  category: 'Users',
  description: 'Block a user from signing in to Microsoft 365 (optionally signing them out at once), or allow sign-in again.',
  phrases: [
    'block jane@contoso.com',
    'block sign-in for a user',
    'disable the account of a user',
    'unblock jane@contoso.com',
    'allow sign-in again',
    'allow a user to sign in again',
    'enable the user account',
    'stop a user from logging in',
    'lock out a user',
    'prevent a user from signing in',
    'lock {user} out of Microsoft 365',
  ],
  paramRules: [
    {
      name: 'blocked',
      when: [
        { pattern: /\b(unblock|un-block|re-?enable|enable|allow|unlock|reactivate|restore sign)/i, value: false },
        { pattern: /\b(block|disable|lock|deactivate|stop|prevent|suspend|deny)/i, value: true },
      ],
    },
  ],
  target: 'user',
  input: z.object({
    blocked: z.boolean().describe('On: block sign-in. Off: allow sign-in.'),
    revokeSessions: z.boolean().default(true).describe('When blocking, also sign the user out everywhere.'),
  }),
  undo: signInUndo,
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) =>
    input.blocked
      ? `Block sign-in for ${names(targets)}${input.revokeSessions ? ' and sign them out everywhere' : ''}.`
      : `Allow ${names(targets)} to sign in again.`,
  describeInput: (input) =>
    input.blocked ? [{ label: 'Revoke sessions', value: input.revokeSessions ? 'Yes' : 'No' }] : [],
  async preview(_ctx, user, input) {
    const before = state(user.accountEnabled);
    const after = input.blocked ? 'Blocked' : 'Allowed';
    if (before === after) return { changes: [], noop: `Sign-in is already ${after.toLowerCase()}.` };
    const changes = [{ label: 'Sign-in', before, after }];
    if (input.blocked && input.revokeSessions) changes.push({ label: 'Sign-in sessions', before: 'Active', after: 'Revoked' });
    return { changes };
  },
  async run(ctx, user, input) {
    const current = await ctx.directory.getUser(user.id);
    const before = state(current?.accountEnabled);
    const after = input.blocked ? 'Blocked' : 'Allowed';
    if (before === after) return { outcome: 'skipped', message: `Sign-in was already ${after.toLowerCase()}.` };
    await ctx.directory.setAccountEnabled(user.id, !input.blocked);
    const revoke = input.blocked && input.revokeSessions;
    if (revoke) await ctx.directory.revokeSignInSessions(user.id);
    return {
      outcome: 'succeeded',
      message: input.blocked ? `Sign-in blocked${revoke ? ' and sessions revoked' : ''}.` : 'Sign-in allowed again.',
      changes: [{ label: 'Sign-in', before, after }],
      audit: { accountEnabled: { before: before === 'Allowed', after: !input.blocked } },
    };
  },
});
