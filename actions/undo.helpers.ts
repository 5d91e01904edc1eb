import type { UndoSpec } from './define-action';
import type { DirectoryUser } from './directory.types';
import type { GroupTarget } from './targets/group-target.types';
import { planMembership } from './groups/group-action.helpers';

/**
 * Undo declarations shared by several reversible actions (see `undo` in define-action.ts). Each captures
 * the prior state just before the run and answers the request that puts it back.
 */

/** Block / unblock sign-in: back to the sign-in state the user had (revoked sessions stay revoked). */
export const signInUndo: UndoSpec<{ blocked: boolean }, DirectoryUser> = {
  async capture(ctx, user) {
    const current = await ctx.directory.getUser(user.id);
    return { accountEnabled: current?.accountEnabled !== false };
  },
  restore(captured) {
    const { accountEnabled } = captured as { accountEnabled: boolean };
    return { actionId: 'user.set-sign-in-status', params: { blocked: !accountEnabled, revokeSessions: false } };
  },
};

/** Any tag change (add, remove, flush, manage): manage-tags with the exact list the user had. */
export const tagsUndo: UndoSpec<unknown, DirectoryUser> = {
  async capture(ctx, user) {
    const doc = await ctx.annotations.get(ctx.tenantId, user.id);
    return { tags: [...(doc?.tags ?? [])] };
  },
  restore(captured) {
    return { actionId: 'user.manage-tags', params: { tags: (captured as { tags: string[] }).tags } };
  },
};

/**
 * Group members added or removed: the inverse action with exactly the users that changed (members who
 * were already there, or already absent, are left alone by the undo too).
 */
export function membershipUndo(mode: 'add' | 'remove', inverseActionId: string): UndoSpec<{ members: string[]; asOwner?: boolean }, GroupTarget> {
  return {
    async capture(ctx, group, input) {
      const { change } = await planMembership(ctx, group, input.members, input.asOwner ? 'owners' : 'members', mode);
      return { members: change.map((u) => u.userPrincipalName) };
    },
    restore(captured, input) {
      const members = (captured as { members: string[] }).members;
      if (members.length === 0) return null;
      // Owners added to a Microsoft 365 group come off through manage-members (remove-members takes members only).
      if (input.asOwner) return { actionId: 'm365-group.manage-members', params: { removeOwners: members } };
      return { actionId: inverseActionId, params: { members } };
    },
  };
}
