import { z } from 'zod';
import { defineAction } from '../define-action';
import { StewardError } from '../errors';
import type { DeletedUserTarget } from '../targets/deleted-user.target';

/**
 * Restore user: brings a user back from the recycle bin with its licenses, mailbox and group
 * memberships. Entra frees the UPN at deletion, so a clash with an active user is caught at preview:
 * the operator then restores under a new UPN (beta's newUserPrincipalName).
 */

const RETENTION_DAYS = 30;
const UPN = /^[A-Za-z0-9._%+'!#$&*=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** "deleted on 2026-11-20 (restorable until 2026-12-20)". */
export function deletedSince(user: Pick<DeletedUserTarget, 'deletedDateTime'>): string {
  if (!user.deletedDateTime) return 'deleted';
  const at = new Date(user.deletedDateTime);
  const until = new Date(at.getTime() + RETENTION_DAYS * 24 * 3600 * 1000);
  return `deleted on ${at.toISOString().slice(0, 10)} (restorable until ${until.toISOString().slice(0, 10)})`;
}

export const restoreUserAction = defineAction({
  id: 'user.restore',
  title: 'Restore user',
  category: 'Users',
  description: 'Bring back a deleted user from the recycle bin (within 30 days), with licenses, mailbox and group memberships.',
  phrases: [
    'restore the deleted user {user}',
    'undelete {user}',
    'bring back a user that was deleted by mistake',
    "recover {user}'s account from the recycle bin",
    'restore user',
    'reinstate a removed account',
  ],
  target: 'deletedUser',
  input: z.object({
    newUserPrincipalName: z
      .string()
      .trim()
      .regex(UPN, 'Type a user principal name such as jane.smith@contoso.com.')
      .optional()
      .describe('Restore under this UPN (when the old one is now used by someone else).'),
    autoReconcileProxyConflict: z.boolean().default(false).describe('Drop email addresses that another object now uses instead of failing.'),
  }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) =>
    `Restore ${targets[0]?.displayName ?? 'the user'} from the recycle bin${input.newUserPrincipalName ? ` as ${input.newUserPrincipalName}` : ''}.`,
  describeInput: (input) => [
    ...(input.newUserPrincipalName ? [{ label: 'New user principal name', value: input.newUserPrincipalName }] : []),
    ...(input.autoReconcileProxyConflict ? [{ label: 'Drop conflicting addresses', value: 'Yes' }] : []),
  ],
  async preview(ctx, user, input) {
    const upn = input.newUserPrincipalName ?? user.originalUserPrincipalName;
    const taken = await ctx.directory.getUser(upn);
    if (taken) {
      throw new StewardError('VALIDATION_FAILED', `${upn} is now used by ${taken.displayName}, so ${user.displayName} cannot be restored under it. Nothing was changed.`, {
        hint: 'Ask again with a new user principal name for the restored user.',
      });
    }
    const changes = [{ label: 'Account', before: deletedSince(user), after: 'active' }];
    if (input.newUserPrincipalName) changes.push({ label: 'User principal name', before: user.originalUserPrincipalName, after: upn });
    return { changes };
  },
  async run(ctx, user, input) {
    const path = `/directory/deletedItems/${encodeURIComponent(user.id)}/restore`;
    const conflictHandling = input.newUserPrincipalName !== undefined || input.autoReconcileProxyConflict;
    const restored = conflictHandling
      ? await ctx.directory.graph.post<{ userPrincipalName?: string }>(
          path,
          {
            autoReconcileProxyConflict: input.autoReconcileProxyConflict,
            ...(input.newUserPrincipalName ? { newUserPrincipalName: input.newUserPrincipalName } : {}),
          },
          { version: 'beta' },
        )
      : await ctx.directory.graph.post<{ userPrincipalName?: string }>(path);
    const upn = restored?.userPrincipalName ?? input.newUserPrincipalName ?? user.originalUserPrincipalName;
    return {
      outcome: 'succeeded',
      message: `Restored as ${upn}.`,
      changes: [{ label: 'Account', before: 'deleted', after: 'active' }],
      audit: { userPrincipalName: upn, deletedDateTime: user.deletedDateTime },
    };
  },
});
