import { z } from 'zod';
import { defineAction, type ActionContext, type UndoSpec } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { names } from './reset-mfa.action';

/**
 * Graph can change membership of cloud security and Microsoft 365 groups only; distribution and
 * mail-enabled security groups belong to Exchange (Remove-DistributionGroupMember, as the catalog
 * lists), dynamic groups follow their rule and synced groups belong to on-prem AD. The first two are
 * left through their own API; the others are listed and left alone rather than failing the whole run.
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
  /** Cloud security and Microsoft 365 groups: Graph DELETE …/members/{id}/$ref. */
  removable: MemberGroup[];
  /** Distribution and mail-enabled security groups: Exchange Remove-DistributionGroupMember. */
  exchange: MemberGroup[];
  skipped: { group: MemberGroup; why: string }[];
}

/** Mail-enabled and not a Microsoft 365 group: Exchange owns its membership. */
function isExchangeGroup(g: Pick<MemberGroup, 'mailEnabled' | 'groupTypes'>): boolean {
  return g.mailEnabled === true && !(g.groupTypes ?? []).includes('Unified');
}

async function split(ctx: ActionContext, user: DirectoryUser, exclude: readonly string[]): Promise<Split> {
  const groups = await ctx.directory.graph.list<MemberGroup>(
    `/users/${encodeURIComponent(user.id)}/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,mailEnabled,securityEnabled,onPremisesSyncEnabled,onPremisesSecurityIdentifier,membershipRule`,
  );
  const excluded = new Set(exclude.map((e) => e.trim().toLowerCase()));
  const out: Split = { removable: [], exchange: [], skipped: [] };
  for (const g of groups) {
    const types = g.groupTypes ?? [];
    if (excluded.has(g.id.toLowerCase()) || excluded.has(g.displayName.toLowerCase())) out.skipped.push({ group: g, why: 'excluded' });
    else if (types.includes('DynamicMembership') || g.membershipRule) out.skipped.push({ group: g, why: 'dynamic membership: the rule decides' });
    else if (g.onPremisesSyncEnabled) out.skipped.push({ group: g, why: 'synced from on-premises AD: change it there' });
    else if (isExchangeGroup(g)) out.exchange.push(g);
    else out.removable.push(g);
  }
  return out;
}

const list = (groups: readonly MemberGroup[]) => (groups.length === 0 ? 'None' : groups.map((g) => g.displayName).join(', '));

/** Leaves one group through the API that owns its membership. */
async function leave(ctx: ActionContext, user: DirectoryUser, g: MemberGroup): Promise<void> {
  if (isExchangeGroup(g)) {
    await ctx.directory.exchange.invoke('Remove-DistributionGroupMember', { Identity: g.id, Member: user.userPrincipalName, BypassSecurityGroupManagerCheck: true, Confirm: false });
  } else {
    await ctx.directory.graph.delete(`/groups/${encodeURIComponent(g.id)}/members/${encodeURIComponent(user.id)}/$ref`);
  }
}

/** Undo: the groups this run actually left (from the outcome's audit), put back by user.rejoin-groups. */
const rejoinUndo: UndoSpec<unknown, DirectoryUser> = {
  async capture() {
    return {};
  },
  restore(_captured, _input, outcome) {
    const removed = (outcome.audit?.removed as string[] | undefined) ?? [];
    return removed.length > 0 ? { actionId: 'user.rejoin-groups', params: { groups: removed } } : null;
  },
};

export const removeFromAllGroupsAction = defineAction({
  id: 'user.remove-from-all-groups',
  title: 'Remove user from all groups',
  category: 'Users',
  description: 'Take a user out of every security, Microsoft 365 and distribution group they are a direct member of (offboarding).',
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
  summarize: (_input, targets) => `Remove ${names(targets)} from every security, Microsoft 365 and distribution group.`,
  describeInput: (input) => (input.excludeGroups.length > 0 ? [{ label: 'Keep', value: input.excludeGroups.join(', ') }] : []),
  async preview(ctx, user, input) {
    const s = await split(ctx, user, input.excludeGroups);
    const warnings = s.skipped.map((x) => `${x.group.displayName} stays (${x.why}).`);
    const leaving = [...s.removable, ...s.exchange];
    if (leaving.length === 0) return { changes: [], warnings, noop: 'No group to leave.' };
    const all = [...leaving, ...s.skipped.map((x) => x.group)];
    return {
      changes: [{ label: 'Groups', before: `${all.length} (${list(all)})`, after: `${s.skipped.length} (${list(s.skipped.map((x) => x.group))})` }],
      items: [...s.removable.map((g) => `Leave ${g.displayName}`), ...s.exchange.map((g) => `Leave ${g.displayName} (distribution list, through Exchange)`)],
      warnings,
    };
  },
  async run(ctx, user, input) {
    const s = await split(ctx, user, input.excludeGroups);
    const leaving = [...s.removable, ...s.exchange];
    if (leaving.length === 0) return { outcome: 'skipped', message: 'No group to leave.' };
    const removed: MemberGroup[] = [];
    const failed: { group: MemberGroup; error: string }[] = [];
    for (const g of leaving) {
      try {
        await leave(ctx, user, g);
        removed.push(g);
      } catch (e) {
        failed.push({ group: g, error: e instanceof Error ? e.message : String(e) });
      }
    }
    const kept = [...s.skipped.map((x) => x.group), ...failed.map((f) => f.group)];
    const all = [...leaving, ...s.skipped.map((x) => x.group)];
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
  undo: rejoinUndo,
});

interface GroupInfo {
  id: string;
  displayName: string;
  mail?: string | null;
  mailEnabled?: boolean;
  groupTypes?: string[];
}

/** The groups named by id, split into those the user is not in yet and those they already rejoined. */
async function planRejoin(ctx: ActionContext, user: DirectoryUser, ids: readonly string[]): Promise<{ join: GroupInfo[]; already: GroupInfo[] }> {
  const current = new Set(
    (await ctx.directory.graph.list<{ id: string }>(`/users/${encodeURIComponent(user.id)}/memberOf/microsoft.graph.group?$select=id`)).map((g) => g.id.toLowerCase()),
  );
  const join: GroupInfo[] = [];
  const already: GroupInfo[] = [];
  for (const id of ids) {
    const g = await ctx.directory.graph.get<GroupInfo>(`/groups/${encodeURIComponent(id)}?$select=id,displayName,mail,mailEnabled,groupTypes`);
    (current.has(g.id.toLowerCase()) ? already : join).push(g);
  }
  return { join, already };
}

/**
 * The undo of "remove from all groups": puts the user back in the groups (by id) they left, each
 * through the API that owns its membership (Graph POST …/members/$ref, or Exchange
 * Add-DistributionGroupMember for distribution and mail-enabled security groups).
 */
export const rejoinGroupsAction = defineAction({
  id: 'user.rejoin-groups',
  title: 'Put a user back in groups',
  category: 'Users',
  description: 'Add a user back to groups they were taken out of (the undo of "remove user from all groups").',
  phrases: ['put jane@contoso.com back into the groups she was taken out of', 'rejoin a user to their former group memberships'],
  target: 'user',
  input: z.object({
    groups: z.array(z.string().trim().min(1)).min(1).describe('Group object ids, one per line.'),
  }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) => `Put ${names(targets)} back in ${input.groups.length} group${input.groups.length === 1 ? '' : 's'}.`,
  async preview(ctx, user, input) {
    const { join, already } = await planRejoin(ctx, user, input.groups);
    const warnings = already.length > 0 ? [`Already a member again: ${list(already)}.`] : [];
    if (join.length === 0) return { changes: [], warnings, noop: 'Already a member of all of them.' };
    return {
      changes: [{ label: 'Groups joined', before: '(none)', after: list(join) }],
      items: join.map((g) => `Join ${g.displayName}${isExchangeGroup(g) ? ' (distribution list, through Exchange)' : ''}`),
      warnings,
    };
  },
  async run(ctx, user, input) {
    const { join } = await planRejoin(ctx, user, input.groups);
    if (join.length === 0) return { outcome: 'skipped', message: 'Already a member of all of them.' };
    const joined: GroupInfo[] = [];
    const failed: string[] = [];
    for (const g of join) {
      try {
        if (isExchangeGroup(g)) {
          await ctx.directory.exchange.invoke('Add-DistributionGroupMember', { Identity: g.id, Member: user.userPrincipalName, BypassSecurityGroupManagerCheck: true });
        } else {
          await ctx.directory.graph.post(`/groups/${encodeURIComponent(g.id)}/members/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${user.id}` });
        }
        joined.push(g);
      } catch (e) {
        failed.push(`${g.displayName} (${e instanceof Error ? e.message : String(e)})`);
      }
    }
    return {
      outcome: failed.length > 0 ? 'failed' : 'succeeded',
      message: `Back in ${joined.length} group${joined.length === 1 ? '' : 's'}.` + (failed.length > 0 ? ` Failed: ${failed.join('; ')}.` : ''),
      changes: [{ label: 'Groups joined', before: '(none)', after: list(joined) }],
      audit: { joined: joined.map((g) => g.id), failed },
    };
  },
});
