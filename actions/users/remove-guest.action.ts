import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { names } from './reset-mfa.action';

/**
 * Remove guest user: the same soft delete as "Remove user", but guarded so a member account is never
 * deleted by mistake: the target's userType is read and must be Guest, at preview and again at run.
 */

interface GuestInfo {
  userType?: string | null;
  externalUserState?: string | null;
  creationType?: string | null;
}

async function guestInfo(ctx: ActionContext, user: DirectoryUser): Promise<GuestInfo> {
  return ctx.directory.graph.get<GuestInfo>(`/users/${encodeURIComponent(user.id)}?$select=userType,externalUserState,creationType`);
}

export const removeGuestAction = defineAction({
  id: 'user.remove-guest',
  title: 'Remove guest user',
  category: 'Users',
  description: 'Delete external (B2B guest) accounts; member accounts are refused. Restorable for 30 days.',
  phrases: [
    'remove the guest {user}',
    'delete external user {user}',
    'remove guest accounts',
    'get rid of the B2B guest {user}',
    'revoke the guest access of {user}',
    'clean up old guests',
    'delete guest user',
  ],
  target: 'user',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'graph',
  summarize: (_input, targets) => `Delete the guest account${targets.length === 1 ? '' : 's'} of ${names(targets)}; restorable for 30 days.`,
  async preview(ctx, user) {
    const info = await guestInfo(ctx, user);
    if (info.userType !== 'Guest') {
      throw new StewardError('VALIDATION_FAILED', `${user.userPrincipalName} is not a guest (user type: ${info.userType ?? 'Member'}), so it was not removed. Nothing was changed.`, {
        hint: 'Use "Remove user" to delete a member account.',
        details: { userId: user.id },
      });
    }
    const state = info.externalUserState ? ` (invitation ${info.externalUserState === 'PendingAcceptance' ? 'pending' : info.externalUserState.toLowerCase()})` : '';
    return { changes: [{ label: 'Guest account', before: `active${state}`, after: 'deleted (restorable for 30 days)' }] };
  },
  async run(ctx, user) {
    const info = await guestInfo(ctx, user);
    if (info.userType !== 'Guest') return { outcome: 'skipped', message: 'Not a guest account: not removed.' };
    await ctx.directory.graph.delete(`/users/${encodeURIComponent(user.id)}`);
    return {
      outcome: 'succeeded',
      message: 'Guest deleted; restorable from the recycle bin for 30 days.',
      changes: [{ label: 'Guest account', before: 'active', after: 'deleted (restorable for 30 days)' }],
      audit: { deleted: user.userPrincipalName, externalUserState: info.externalUserState ?? null },
    };
  },
});
