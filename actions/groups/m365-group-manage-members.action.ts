import { z } from 'zod';
import { defineAction, type ChangeLine, type TargetOutcome } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { assertActive, assertFamily, familyMisfit, groupNames, listRelation, planMembership, relationLine, runMembership, upnList } from './group-action.helpers';

const LISTS = [
  { key: 'addMembers', relation: 'members', mode: 'add' },
  { key: 'removeMembers', relation: 'members', mode: 'remove' },
  { key: 'addOwners', relation: 'owners', mode: 'add' },
  { key: 'removeOwners', relation: 'owners', mode: 'remove' },
] as const;

const upns = z.array(z.string().email()).optional();

/** One request that changes both members and owners of a Microsoft 365 group (e.g. promote a member to owner). */
export const m365GroupManageMembersAction = defineAction({
  id: 'm365-group.manage-members',
  title: 'Manage Microsoft 365 group members',
  category: 'Microsoft 365 groups',
  description: 'Add and remove members and owners of a Microsoft 365 group in one go.',
  phrases: [
    'manage members of the Microsoft 365 group retail@contoso.com',
    'manage the owners of the group retail@contoso.com',
    'change the owners and members of the M365 group',
    'add and remove owners of an Office 365 group',
    'promote a member to owner in the M365 group',
  ],
  textTargets: { kinds: ['email', 'name'], after: ['of', 'in'] },
  target: 'group',
  input: z.object({
    addMembers: upns.describe('Members to add (user principal names), one per line'),
    removeMembers: upns.describe('Members to remove, one per line'),
    addOwners: upns.describe('Owners to add, one per line'),
    removeOwners: upns.describe('Owners to remove, one per line'),
  }),
  check: (input): Record<string, string> =>
    LISTS.some((l) => (input[l.key]?.length ?? 0) > 0) ? {} : { addMembers: 'Give at least one user to add or remove.' },
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (_input, groups) => `Change the members and owners of ${groupNames(groups)}.`,
  describeInput: (input) =>
    LISTS.filter((l) => (input[l.key]?.length ?? 0) > 0).map((l) => ({
      label: `${l.mode === 'add' ? 'Add' : 'Remove'} ${l.relation}`,
      value: upnList(input[l.key] ?? []).join(', '),
    })),
  // Undo: the same action with each list inverted, holding only the users that actually changed.
  undo: {
    async capture(ctx, group, input) {
      const changed: Record<string, string[]> = {};
      for (const l of LISTS) {
        if ((input[l.key]?.length ?? 0) === 0) continue;
        changed[l.key] = (await planMembership(ctx, group, input[l.key] ?? [], l.relation, l.mode)).change.map((u) => u.userPrincipalName);
      }
      return changed;
    },
    restore(captured) {
      const changed = captured as Record<string, string[] | undefined>;
      const inverse = { addMembers: 'removeMembers', removeMembers: 'addMembers', addOwners: 'removeOwners', removeOwners: 'addOwners' } as const;
      const params: Record<string, string[]> = {};
      for (const l of LISTS) {
        const users = changed[l.key] ?? [];
        if (users.length > 0) params[inverse[l.key]] = users;
      }
      return Object.keys(params).length === 0 ? null : { actionId: 'm365-group.manage-members', params };
    },
  },
  fits: (group) => familyMisfit(group, 'm365'),
  async preview(ctx, group, input) {
    assertFamily(group, 'm365');
    assertActive(group);
    const changes: ChangeLine[] = [];
    for (const relation of ['members', 'owners'] as const) {
      const lists = LISTS.filter((l) => l.relation === relation && (input[l.key]?.length ?? 0) > 0);
      if (lists.length === 0) continue;
      const count = (await listRelation(ctx, group.id, relation)).length;
      const added: DirectoryUser[] = [];
      const removed: DirectoryUser[] = [];
      for (const l of lists) {
        const plan = await planMembership(ctx, group, input[l.key] ?? [], relation, l.mode);
        (l.mode === 'add' ? added : removed).push(...plan.change);
      }
      changes.push(relationLine(relation === 'members' ? 'Members' : 'Owners', count, added, removed));
    }
    const nothing = changes.every((c) => !c.after.includes('('));
    return nothing ? { changes, noop: 'Nothing to change: every user already is where you asked.' } : { changes };
  },
  async run(ctx, group, input) {
    const results: TargetOutcome[] = [];
    for (const l of LISTS) {
      if ((input[l.key]?.length ?? 0) > 0) results.push(await runMembership(ctx, group, input[l.key] ?? [], l.relation, l.mode));
    }
    const ran = results.filter((r) => r.outcome !== 'skipped');
    if (ran.length === 0) return { outcome: 'skipped', message: `Nothing to change in ${group.displayName}.` };
    return {
      outcome: ran.some((r) => r.outcome === 'failed') ? 'failed' : 'succeeded',
      message: ran.map((r) => r.message).join(' '),
      changes: ran.flatMap((r) => r.changes ?? []),
      audit: Object.assign({}, ...ran.map((r, i) => ({ [`step${i + 1}`]: r.audit }))),
    };
  },
});
