import { z } from 'zod';
import { defineAction } from '../define-action';
import type { AuthMethod } from '../directory.types';

/** Phone numbers must go before the mobile number they back up; the rest in any order. */
const DELETE_ORDER: Record<string, number> = { alternateMobile: 0, office: 1, mobile: 3 };

function deletionOrder(methods: AuthMethod[]): AuthMethod[] {
  const rank = (m: AuthMethod) => (m.kind === 'phoneMethods' ? DELETE_ORDER[m.phoneType ?? ''] ?? 2 : 2);
  return [...methods].sort((a, b) => rank(a) - rank(b));
}

const removable = (methods: AuthMethod[]) => methods.filter((m) => m.kind !== 'passwordMethods');

export const resetMfaAction = defineAction({
  id: 'user.reset-mfa',
  title: 'Reset MFA',
  category: 'Users',
  description: 'Remove every registered MFA method (the password stays) so the user registers again at next sign-in.',
  phrases: [
    'reset MFA for jane@contoso.com',
    'reset multi-factor authentication for a user',
    'clear the authenticator methods of a user',
    'user lost their phone, make them re-register mfa',
    'wipe 2fa registration',
    'remove all authentication methods',
  ],
  target: 'user',
  input: z.object({
    revokeSessions: z.boolean().default(true).describe('Also sign the user out everywhere, so the new registration is asked for at once.'),
  }),
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (_input, targets) =>
    `Remove every MFA method of ${names(targets)} so ${targets.length === 1 ? 'they register' : 'each registers'} again at next sign-in. The password is kept.`,
  describeInput: (input) => [{ label: 'Revoke sessions', value: input.revokeSessions ? 'Yes' : 'No' }],
  async preview(ctx, user, input) {
    const methods = await ctx.directory.listAuthMethods(user.id);
    const remove = removable(methods);
    if (remove.length === 0) {
      return { changes: [], noop: 'No MFA methods are registered: nothing to reset.' };
    }
    const changes = [
      {
        label: 'Authentication methods',
        before: `${methods.length} (${remove.length} MFA)`,
        after: `${methods.length - remove.length} (password only)`,
      },
    ];
    if (input.revokeSessions) changes.push({ label: 'Sign-in sessions', before: 'Active', after: 'Revoked' });
    return { changes, items: remove.map((m) => m.label) };
  },
  async run(ctx, user, input) {
    const remove = deletionOrder(removable(await ctx.directory.listAuthMethods(user.id)));
    if (remove.length === 0) return { outcome: 'skipped', message: 'No MFA methods were registered.' };
    // The default method refuses deletion while others remain: retry what failed once the rest are gone.
    let pending = remove;
    let lastError: unknown;
    for (let pass = 0; pass < 2 && pending.length > 0; pass++) {
      const failed: AuthMethod[] = [];
      for (const method of pending) {
        try {
          await ctx.directory.deleteAuthMethod(user.id, method);
        } catch (e) {
          lastError = e;
          failed.push(method);
        }
      }
      pending = failed;
    }
    const removed = remove.filter((m) => !pending.includes(m));
    if (input.revokeSessions && removed.length > 0) await ctx.directory.revokeSignInSessions(user.id);
    const audit = { removed: removed.map((m) => ({ kind: m.kind, id: m.id })), kept: pending.map((m) => ({ kind: m.kind, id: m.id })) };
    if (pending.length > 0) {
      const reason = lastError instanceof Error ? lastError.message : 'the tenant refused';
      return {
        outcome: 'failed',
        message: `Removed ${removed.length} of ${remove.length} methods; ${pending.map((m) => m.label).join(', ')} could not be removed (${reason}).`,
        audit,
      };
    }
    return {
      outcome: 'succeeded',
      message: `Removed ${removed.length} MFA method${removed.length === 1 ? '' : 's'}${input.revokeSessions ? ' and signed the user out everywhere' : ''}.`,
      changes: [{ label: 'Authentication methods', before: String(remove.length + 1), after: '1 (password only)' }],
      audit,
    };
  },
});

export function names(targets: readonly { displayName: string }[]): string {
  if (targets.length === 1) return targets[0].displayName;
  if (targets.length <= 3) return `${targets.slice(0, -1).map((t) => t.displayName).join(', ')} and ${targets[targets.length - 1].displayName}`;
  return `${targets.length} users`;
}
