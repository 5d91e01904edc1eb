import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { names } from './reset-mfa.action';

/**
 * Graph can change membership of cloud security and Microsoft 365 groups only; dynamic groups follow their
 * rule, mail-enabled security and distribution groups belong to Exchange, synced groups to on-prem AD.
 * Those are listed and left alone rather than failing the whole run.
 */
interface MemberGroup {
  id: string;
  displayName: string;
  groupTypes?: string[];
  mailEnabled?: boolean;
  securityEnabled?: boolean;
  onPremisesSyncEnabled?: boolean | null;
  membershipRule?: string | null;
}

interface Split {
  removable: MemberGroup[];
  skipped: { group: MemberGroup; why: string }[];
}

async function split(ctx: ActionContext, user: DirectoryUser, exclude: readonly string[]): Promise<Split> {
  const groups = await ctx.directory.graph.list<MemberGroup>(
    `/users/${encodeURIComponent(user.id)}/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,mailEnabled,securityEnabled,onPremisesSyncEnabled,onPremisesSecurityIdentifier,membershipRule`,
  );
  const excluded = new Set(exclude.map((e) => e.trim().toLowerCase()));
  const out: Split = { removable: [], skipped: [] };
  for (const g of groups) {
    const types = g.groupTypes ?? [];
    if (excluded.has(g.id.toLowerCase()) || excluded.has(g.displayName.toLowerCase())) out.skipped.push({ group: g, why: 'excluded' });
    else if (types.includes('DynamicMembership') || g.membershipRule) out.skipped.push({ group: g, why: 'dynamic membership: the rule decides' });
    else if (g.onPremisesSyncEnabled) out.skipped.push({ group: g, why: 'synced from on-premises AD: change it there' });
    else if (g.mailEnabled && !types.includes('Unified')) out.skipped.push({ group: g, why: 'mail-enabled: managed in Exchange' });
    else out.removable.push(g);
  }
  return out;
}

const list = (groups: readonly MemberGroup[]) => (groups.length === 0 ? 'None' : groups.map((g) => g.displayName).join(', '));

export const removeFromAllGroupsAction = defineAction({
  id: 'user.remove-from-all-groups',
  title: 'Remove user from all groups',
  category: 'Users',
  description: 'Take a user out of every cloud security and Microsoft 365 group they are a direct member of (offboarding).',
  phrases: [
    'remove jane@contoso.com from every group',
    'take jane@contoso.com out of all groups',
    'strip all group memberships from jane@contoso.com',
    'clear all group memberships of a user',
    'remove the group memberships of jane@contoso.com',
    'remove a user from all distribution, security and Microsoft 365 groups',
    'drop jane@contoso.com from all the groups they belong to',
  ],
  target: 'user',
  input: z.object({
    excludeGroups: z.array(z.string()).default([]).describe('Groups to keep (display names or ids, one per line).'),
  }),
  permission: 'management',
  bulk: false,
  destructive: true,
  backend: 'graph',
  summarize: (_input, targets) => `Remove ${names(targets)} from every cloud security and Microsoft 365 group.`,
  describeInput: (input) => (input.excludeGroups.length > 0 ? [{ label: 'Keep', value: input.excludeGroups.join(', ') }] : []),
  async preview(ctx, user, input) {
    const s = await split(ctx, user, input.excludeGroups);
    const warnings = s.skipped.map((x) => `${x.group.displayName} stays (${x.why}).`);
    if (s.removable.length === 0) return { changes: [], warnings, noop: 'No cloud security or Microsoft 365 group to leave.' };
    const all = [...s.removable, ...s.skipped.map((x) => x.group)];
    return {
      changes: [{ label: 'Groups', before: `${all.length} (${list(all)})`, after: `${s.skipped.length} (${list(s.skipped.map((x) => x.group))})` }],
      items: s.removable.map((g) => `Leave ${g.displayName}`),
      warnings,
    };
  },
  async run(ctx, user, input) {
    const s = await split(ctx, user, input.excludeGroups);
    if (s.removable.length === 0) return { outcome: 'skipped', message: 'No cloud security or Microsoft 365 group to leave.' };
    const removed: MemberGroup[] = [];
    const failed: { group: MemberGroup; error: string }[] = [];
    for (const g of s.removable) {
      try {
        await ctx.directory.graph.delete(`/groups/${encodeURIComponent(g.id)}/members/${encodeURIComponent(user.id)}/$ref`);
        removed.push(g);
      } catch (e) {
        failed.push({ group: g, error: e instanceof Error ? e.message : String(e) });
      }
    }
    const kept = [...s.skipped.map((x) => x.group), ...failed.map((f) => f.group)];
    const all = [...s.removable, ...s.skipped.map((x) => x.group)];
    return {
      outcome: failed.length > 0 ? 'failed' : 'succeeded',
      message:
        `Removed from ${removed.length} group${removed.length === 1 ? '' : 's'}.` +
        (failed.length > 0 ? ` Failed: ${failed.map((f) => `${f.group.displayName} (${f.error})`).join('; ')}.` : '') +
        (s.skipped.length > 0 ? ` Left alone: ${list(s.skipped.map((x) => x.group))}.` : ''),
      changes: [{ label: 'Groups', before: `${all.length}`, after: `${kept.length}` }],
      audit: { removed: removed.map((g) => g.id), failed: failed.map((f) => f.group.id), skipped: s.skipped.map((x) => x.group.id) },
    };
  },
});
