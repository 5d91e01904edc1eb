import type { ActionContext, ChangeLine, TargetOutcome, TargetPreview } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { isUnified, type GroupTarget } from '../targets/group-target.types';

/**
 * What the group actions share: the group-kind check, the members list, the "Members: 12 → 14 (+ Jane
 * Doe)" line and the membership calls. Kept here so each action file stays a declaration.
 */

export type GroupFamily = 'security' | 'm365';

const FAMILY_NAME: Record<GroupFamily, string> = { security: 'security group', m365: 'Microsoft 365 group' };
const FAMILY_PREFIX: Record<GroupFamily, string> = { security: 'security-group', m365: 'm365-group' };

/** Why a group is not of the family an action acts on (the action's `fits`); undefined when it is. */
export function familyMisfit(group: GroupTarget, family: GroupFamily): { message: string; hint: string } | undefined {
  const actual: GroupFamily | undefined = isUnified(group) ? 'm365' : group.securityEnabled && !group.mailEnabled ? 'security' : undefined;
  if (actual === family) return undefined;
  const what = actual ? `a ${FAMILY_NAME[actual]}` : 'a mail-enabled group (managed in Exchange)';
  return {
    message: `${group.displayName} is ${what}, not a ${FAMILY_NAME[family]}. Nothing was changed.`,
    hint: actual ? `Use the ${FAMILY_PREFIX[actual]} actions for it.` : 'Manage it with the Exchange actions.',
  };
}

/** Security-group actions act on security groups only (not mail-enabled, not unified); m365 ones on unified groups. */
export function assertFamily(group: GroupTarget, family: GroupFamily): void {
  const misfit = familyMisfit(group, family);
  if (misfit) throw new StewardError('VALIDATION_FAILED', misfit.message, { hint: misfit.hint });
}

export function assertNotSynced(group: GroupTarget): void {
  if (group.onPremisesSyncEnabled) {
    throw new StewardError('VALIDATION_FAILED', `${group.displayName} is synchronized from on-premises Active Directory and is read-only in the cloud. Nothing was changed.`, {
      hint: 'Change it in Active Directory (on-premises actions).',
    });
  }
}

export function assertActive(group: GroupTarget): void {
  if (group.deletedDateTime) {
    throw new StewardError('VALIDATION_FAILED', `${group.displayName} is deleted. Nothing was changed.`, {
      hint: 'Restore it first (Microsoft 365 groups can be restored for 30 days).',
    });
  }
}

export interface MemberRef {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

/** The group's user members (or owners). */
export async function listRelation(ctx: ActionContext, groupId: string, relation: 'members' | 'owners'): Promise<MemberRef[]> {
  return ctx.directory.graph.list<MemberRef>(`/groups/${groupId}/${relation}/microsoft.graph.user?$select=id,displayName,userPrincipalName`, { max: 5000 });
}

/** "Members: 12 → 14 (+ Jane Doe, + Bob)". */
export function relationLine(label: string, before: number, added: readonly { displayName: string }[], removed: readonly { displayName: string }[]): ChangeLine {
  const after = before + added.length - removed.length;
  const delta = [...added.map((u) => `+ ${u.displayName}`), ...removed.map((u) => `− ${u.displayName}`)];
  return { label, before: String(before), after: delta.length > 0 ? `${after} (${delta.join(', ')})` : String(after) };
}

export function directoryObjectRef(id: string): { '@odata.id': string } {
  return { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` };
}

export function userBind(id: string): string {
  return `https://graph.microsoft.com/v1.0/users/${id}`;
}

export function names(users: readonly { displayName: string }[]): string {
  return users.map((u) => u.displayName).join(', ');
}

export function groupNames(groups: readonly GroupTarget[]): string {
  return groups.map((g) => g.displayName).join(', ');
}

/** Splits "a@x.com, b@x.com; c@x.com" and lines into UPNs. */
export function upnList(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(/[\s,;]+/)).map((v) => v.trim()).filter(Boolean);
}

/** The users to add or remove, resolved (in scope), split into those that change and those that already are. */
export async function planMembership(
  ctx: ActionContext,
  group: GroupTarget,
  upns: readonly string[],
  relation: 'members' | 'owners',
  mode: 'add' | 'remove',
): Promise<{ current: MemberRef[]; change: DirectoryUser[]; unchanged: DirectoryUser[] }> {
  const users = await ctx.resolveUsers(upnList(upns));
  const current = await listRelation(ctx, group.id, relation);
  const has = new Set(current.map((m) => m.id.toLowerCase()));
  const change = users.filter((u) => has.has(u.id.toLowerCase()) === (mode === 'remove'));
  const unchanged = users.filter((u) => !change.includes(u));
  return { current, change, unchanged };
}

const RELATION_LABEL = { members: 'Members', owners: 'Owners' } as const;

/** Preview of adding / removing users as members or owners. */
export async function previewMembership(
  ctx: ActionContext,
  group: GroupTarget,
  upns: readonly string[],
  relation: 'members' | 'owners',
  mode: 'add' | 'remove',
): Promise<TargetPreview> {
  const { current, change, unchanged } = await planMembership(ctx, group, upns, relation, mode);
  const label = RELATION_LABEL[relation];
  const preview: TargetPreview = {
    changes: [relationLine(label, current.length, mode === 'add' ? change : [], mode === 'remove' ? change : [])],
  };
  if (unchanged.length > 0) {
    preview.warnings = [`${names(unchanged)} ${unchanged.length === 1 ? 'is' : 'are'} ${mode === 'add' ? 'already' : 'not'} ${relation === 'owners' ? 'an owner' : 'a member'}: left as is.`];
  }
  if (change.length === 0) preview.noop = `Nothing to change: ${mode === 'add' ? 'all of them are already' : 'none of them is'} ${relation === 'owners' ? 'owners' : 'members'}.`;
  return preview;
}

/** Adds or removes users one request each, so one failure never hides the others. */
export async function runMembership(
  ctx: ActionContext,
  group: GroupTarget,
  upns: readonly string[],
  relation: 'members' | 'owners',
  mode: 'add' | 'remove',
): Promise<TargetOutcome> {
  const { current, change } = await planMembership(ctx, group, upns, relation, mode);
  const label = RELATION_LABEL[relation];
  if (change.length === 0) return { outcome: 'skipped', message: `Nothing to change in ${group.displayName}.` };
  const done: DirectoryUser[] = [];
  const failed: string[] = [];
  for (const user of change) {
    try {
      if (mode === 'add') await ctx.directory.graph.post(`/groups/${group.id}/${relation}/$ref`, directoryObjectRef(user.id));
      else await ctx.directory.graph.delete(`/groups/${group.id}/${relation}/${user.id}/$ref`);
      done.push(user);
    } catch (e) {
      failed.push(`${user.userPrincipalName}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const line = relationLine(label, current.length, mode === 'add' ? done : [], mode === 'remove' ? done : []);
  const verb = mode === 'add' ? 'Added' : 'Removed';
  const message = [done.length > 0 ? `${verb} ${names(done)} ${mode === 'add' ? 'to' : 'from'} ${group.displayName}.` : '', failed.length > 0 ? `Failed: ${failed.join('; ')}` : '']
    .filter(Boolean)
    .join(' ');
  return {
    outcome: failed.length === 0 ? 'succeeded' : 'failed',
    message,
    changes: [line],
    audit: { relation, [mode === 'add' ? 'added' : 'removed']: done.map((u) => u.id), failed },
  };
}

/** PATCH body of an edit: only what the operator gave, and what actually differs. */
export function editChanges(group: GroupTarget, input: Record<string, unknown>, keys: readonly string[]): { body: Record<string, unknown>; changes: ChangeLine[] } {
  const body: Record<string, unknown> = {};
  const changes: ChangeLine[] = [];
  const current = group as unknown as Record<string, unknown>;
  for (const key of keys) {
    const wanted = input[key];
    if (wanted === undefined) continue;
    const was = current[key] ?? null;
    if (wanted === was) continue;
    body[key] = wanted;
    changes.push({ label: LABELS[key] ?? key, before: was === null || was === '' ? '(none)' : String(was), after: wanted === null || wanted === '' ? '(none)' : String(wanted) });
  }
  return { body, changes };
}

const LABELS: Record<string, string> = { displayName: 'Display name', description: 'Description', visibility: 'Visibility' };

/** At least one property must be given. */
export function needsOneOf(input: Record<string, unknown>, keys: readonly string[]): Record<string, string> {
  return keys.some((k) => input[k] !== undefined) ? {} : { [keys[0]]: `Give at least one of: ${keys.map((k) => LABELS[k] ?? k).join(', ')}.` };
}

/** A mail nickname from a display name: letters and digits only (Graph refuses spaces and @()\[]";:<>,). */
export function nicknameFrom(displayName: string): string {
  const slug = displayName.normalize('NFKD').replace(/[^A-Za-z0-9-]+/g, '').slice(0, 64);
  return slug || 'group';
}
