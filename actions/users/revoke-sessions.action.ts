import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';

export const revokeSessionsAction = defineAction({
  id: 'user.revoke-sessions',
  title: 'Revoke sessions',
  category: 'Users',
  description: 'Invalidate refresh tokens and browser sessions so every app asks the user to sign in again.',
  phrases: [
    'revoke sessions for jane@contoso.com',
    'sign a user out of everything',
    'kill all active sessions of a user',
    'force sign out everywhere',
    'invalidate refresh tokens',
    'invalidate all tokens of a user',
    'log the user out of all devices',
  ],
  target: 'user',
  input: z.object({}),
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (_input, targets) =>
    `Sign ${names(targets)} out of every app and device. Access tokens already issued stay valid until they expire (about an hour).`,
  async preview() {
    return { changes: [{ label: 'Sign-in sessions', before: 'Active', after: 'Revoked: sign-in required again' }] };
  },
  async run(ctx, user) {
    await ctx.directory.revokeSignInSessions(user.id);
    return {
      outcome: 'succeeded',
      message: 'Sessions revoked: every app will ask for sign-in again within a few minutes.',
      changes: [{ label: 'Sign-in sessions', before: 'Active', after: 'Revoked' }],
    };
  },
});
