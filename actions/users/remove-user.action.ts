import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';

/**
 * Remove user: a soft delete. Entra keeps the user in /directory/deletedItems for 30 days with its
 * licenses, mailbox and group memberships, so the preview says it can be restored.
 */
export const removeUserAction = defineAction({
  id: 'user.remove',
  title: 'Remove user',
  category: 'Users',
  description: 'Delete user accounts (e.g. leavers). They stay restorable from the recycle bin for 30 days.',
  phrases: [
    'delete the user {user}',
    'remove {user} from the tenant',
    "delete {user}'s account",
    'offboard {user}',
    'get rid of the account of a leaver',
    'delete the account of someone who left',
    'remove user accounts',
    'delete these users',
  ],
  target: 'user',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'graph',
  summarize: (_input, targets) => `Delete ${names(targets)}; restorable from the recycle bin for 30 days.`,
  async preview(ctx, user) {
    if (user.id === ctx.operator.objectId) return { changes: [], noop: 'You cannot remove your own account.' };
    const warnings = user.userType === 'Guest' ? ['This is a guest account.'] : [];
    return { changes: [{ label: 'Account', before: 'active', after: 'deleted (restorable for 30 days)' }], warnings };
  },
  async run(ctx, user) {
    if (user.id === ctx.operator.objectId) return { outcome: 'skipped', message: 'You cannot remove your own account.' };
    await ctx.directory.graph.delete(`/users/${encodeURIComponent(user.id)}`);
    return {
      outcome: 'succeeded',
      message: 'User deleted; restorable from the recycle bin for 30 days.',
      changes: [{ label: 'Account', before: 'active', after: 'deleted (restorable for 30 days)' }],
      audit: { deleted: user.userPrincipalName },
    };
  },
});
