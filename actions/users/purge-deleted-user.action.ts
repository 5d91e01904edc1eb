import { z } from 'zod';
import { defineAction } from '../define-action';
import { deletedSince } from './restore-user.action';
import { names } from './reset-mfa.action';

/**
 * Remove user from recycle bin: the permanent delete. After it the object, mailbox and OneDrive can no
 * longer be recovered through Entra, so it is destructive and acts only on users already in the bin.
 */
export const purgeDeletedUserAction = defineAction({
  id: 'user.purge-deleted',
  title: 'Remove user from recycle bin',
  category: 'Users',
  description: 'Permanently delete users that are in the recycle bin; they can no longer be restored.',
  phrases: [
    'permanently delete {user}',
    'purge {user} from the recycle bin',
    'empty the deleted user {user} out of the recycle bin',
    'hard delete a deleted user',
    'remove user from recycle bin',
    'erase a deleted account forever',
  ],
  target: 'deletedUser',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'graph',
  summarize: (_input, targets) => `Permanently delete ${names(targets)} from the recycle bin; this cannot be undone.`,
  async preview(_ctx, user) {
    return {
      changes: [{ label: 'Account', before: deletedSince(user), after: 'permanently deleted (cannot be restored)' }],
      warnings: ['The mailbox and OneDrive of this user can no longer be recovered.'],
    };
  },
  async run(ctx, user) {
    await ctx.directory.graph.delete(`/directory/deletedItems/${encodeURIComponent(user.id)}`);
    return {
      outcome: 'succeeded',
      message: 'Permanently deleted.',
      changes: [{ label: 'Account', before: 'deleted', after: 'permanently deleted' }],
      audit: { purged: user.originalUserPrincipalName },
    };
  },
});
