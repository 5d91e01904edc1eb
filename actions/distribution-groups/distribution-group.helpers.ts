import type { ActionContext, ChangeLine } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import type { ExchangeObject } from '../exchange-gateway.types';
import { upnList } from '../groups/group-action.helpers';
import type { DistributionGroupTarget } from '../targets/exchange-recipient.target';

/**
 * What the distribution group actions share: reading a group, its members and its send rights through
 * Exchange, and the before → after lines. Kept here so each action file stays a declaration.
 */

export { upnList };

export function dgNames(groups: readonly DistributionGroupTarget[]): string {
  return groups.map((g) => g.displayName).join(', ');
}

export function kindOf(group: DistributionGroupTarget): string {
  return group.recipientTypeDetails === 'MailUniversalSecurityGroup' ? 'mail-enabled security group' : 'distribution group';
}

export function text(o: ExchangeObject, key: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : '';
}

export function list(o: ExchangeObject, key: string): string[] {
  const v = o[key];
  return Array.isArray(v) ? v.map(String) : [];
}

export async function readGroup(ctx: ActionContext, group: DistributionGroupTarget): Promise<ExchangeObject> {
  const [found] = await ctx.directory.exchange.invoke('Get-DistributionGroup', { Identity: group.id });
  if (!found) throw new StewardError('TARGET_NOT_FOUND', `${group.displayName} no longer exists in Exchange. Nothing was changed.`);
  return found;
}

export interface MemberInfo {
  /** Entra object id for users and groups, empty for contacts. */
  id: string;
  displayName: string;
  address: string;
}

export async function readMembers(ctx: ActionContext, group: DistributionGroupTarget): Promise<MemberInfo[]> {
  const rows = await ctx.directory.exchange.invoke('Get-DistributionGroupMember', { Identity: group.id, ResultSize: 'Unlimited' });
  return rows.map((r) => ({ id: text(r, 'ExternalDirectoryObjectId'), displayName: text(r, 'DisplayName'), address: text(r, 'PrimarySmtpAddress') }));
}

/** Lists up to this many names on a card line; longer lists show counts and the difference. */
const LIST_LIMIT = 12;

/** "Members: Ann, Bob → Ann, Bob, Jane" (short lists) or "40 → 41 (+ Jane Doe)". */
export function listLine(label: string, before: readonly string[], added: readonly string[], removed: readonly string[]): ChangeLine {
  const gone = new Set(removed.map((n) => n.toLowerCase()));
  const after = [...before.filter((n) => !gone.has(n.toLowerCase())), ...added];
  const show = (names: readonly string[]) => (names.length === 0 ? '(none)' : names.join(', '));
  if (before.length <= LIST_LIMIT && after.length <= LIST_LIMIT) return { label, before: show(before), after: show(after) };
  const delta = [...added.map((n) => `+ ${n}`), ...removed.map((n) => `− ${n}`)];
  return { label, before: String(before.length), after: delta.length > 0 ? `${after.length} (${delta.join(', ')})` : String(after.length) };
}

/**
 * The users named for a membership change (resolved in the operator's scope), split into those that
 * change and those already in (add) or already out (remove).
 */
export async function planMembers(
  ctx: ActionContext,
  group: DistributionGroupTarget,
  upns: readonly string[],
  mode: 'add' | 'remove',
): Promise<{ current: MemberInfo[]; change: DirectoryUser[]; unchanged: DirectoryUser[] }> {
  const users = await ctx.resolveUsers(upnList(upns));
  const current = await readMembers(ctx, group);
  const has = new Set(current.map((m) => m.id.toLowerCase()));
  const change = users.filter((u) => has.has(u.id.toLowerCase()) === (mode === 'remove'));
  return { current, change, unchanged: users.filter((u) => !change.includes(u)) };
}

const MAIL_RECIPIENTS = ['UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox', 'MailUser'];

/** Exchange only takes mail-enabled recipients as members: a user without a mailbox is refused up front. */
export async function assertMailEnabled(ctx: ActionContext, users: readonly DirectoryUser[]): Promise<void> {
  const missing: string[] = [];
  for (const u of users) {
    try {
      const found = await ctx.directory.exchange.invoke('Get-Recipient', { Identity: u.id, RecipientTypeDetails: MAIL_RECIPIENTS });
      if (found.length === 0) missing.push(u.userPrincipalName);
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'ManagementObjectNotFoundException') throw e;
      missing.push(u.userPrincipalName);
    }
  }
  if (missing.length > 0) {
    throw new StewardError('VALIDATION_FAILED', `${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no mailbox, so Exchange cannot make ${missing.length === 1 ? 'it a member' : 'them members'}. Nothing was changed.`, {
      hint: 'License the user for Exchange Online first, or leave them out.',
    });
  }
}

/** Who holds which send right on a group: Send As (recipient permission) and Send on behalf, by UPN (lower case). */
export interface SendRights {
  sendAs: string[];
  sendOnBehalf: string[];
}

export async function readSendRights(ctx: ActionContext, group: DistributionGroupTarget): Promise<SendRights> {
  const perms = await ctx.directory.exchange.invoke('Get-RecipientPermission', { Identity: group.id });
  const view = await readGroup(ctx, group);
  return {
    sendAs: perms.filter((p) => list(p, 'AccessRights').includes('SendAs')).map((p) => text(p, 'Trustee').toLowerCase()),
    sendOnBehalf: list(view, 'GrantSendOnBehalfTo').map((t) => t.toLowerCase()),
  };
}

export const RIGHT_LABEL = { sendAs: 'Send As', sendOnBehalf: 'Send on behalf' } as const;
export type SendRight = keyof typeof RIGHT_LABEL;
export const SEND_RIGHTS: readonly SendRight[] = ['sendAs', 'sendOnBehalf'];

/** Per right: the UPNs (lower case) that would change, and those already as wanted. */
export interface RightsPlan {
  before: SendRights;
  change: Record<SendRight, string[]>;
  unchanged: Record<SendRight, string[]>;
}

export async function planRights(
  ctx: ActionContext,
  group: DistributionGroupTarget,
  wanted: Record<SendRight, readonly string[]>,
  mode: 'grant' | 'remove',
): Promise<RightsPlan> {
  const before = await readSendRights(ctx, group);
  const change = { sendAs: [] as string[], sendOnBehalf: [] as string[] };
  const unchanged = { sendAs: [] as string[], sendOnBehalf: [] as string[] };
  for (const right of SEND_RIGHTS) {
    const users = await ctx.resolveUsers(upnList(wanted[right]));
    for (const u of users) {
      const upn = u.userPrincipalName.toLowerCase();
      const holds = before[right].includes(upn);
      (holds === (mode === 'remove') ? change : unchanged)[right].push(upn);
    }
  }
  return { before, change, unchanged };
}

export function rightsLines(plan: RightsPlan, mode: 'grant' | 'remove'): ChangeLine[] {
  return SEND_RIGHTS.filter((r) => plan.change[r].length > 0).map((r) =>
    listLine(RIGHT_LABEL[r], plan.before[r], mode === 'grant' ? plan.change[r] : [], mode === 'remove' ? plan.change[r] : []),
  );
}

export function rightsWarnings(plan: RightsPlan, mode: 'grant' | 'remove'): string[] {
  return SEND_RIGHTS.filter((r) => plan.unchanged[r].length > 0).map(
    (r) => `${plan.unchanged[r].join(', ')} ${mode === 'grant' ? 'already hold' : 'do not hold'} ${RIGHT_LABEL[r]}: left as is.`,
  );
}

export function describeRights(input: { sendAs: readonly string[]; sendOnBehalf: readonly string[] }): { label: string; value: string }[] {
  return SEND_RIGHTS.filter((r) => input[r].length > 0).map((r) => ({ label: RIGHT_LABEL[r], value: upnList(input[r]).join(', ') }));
}

/** At least one person for one of the two rights. */
export function needsTrustee(input: { sendAs: readonly string[]; sendOnBehalf: readonly string[] }): Record<string, string> {
  return upnList(input.sendAs).length + upnList(input.sendOnBehalf).length > 0
    ? {}
    : { sendAs: 'Name at least one user, for Send As or for Send on behalf (user principal names, one per line).' };
}

/**
 * Applies a rights plan, one call per trustee and right (Add/Remove-RecipientPermission for Send As,
 * one Set-DistributionGroup -GrantSendOnBehalfTo Add/Remove for Send on behalf).
 */
export async function applyRights(
  ctx: ActionContext,
  group: DistributionGroupTarget,
  plan: RightsPlan,
  mode: 'grant' | 'remove',
): Promise<{ done: Record<SendRight, string[]>; failed: string[] }> {
  const done = { sendAs: [] as string[], sendOnBehalf: [] as string[] };
  const failed: string[] = [];
  for (const upn of plan.change.sendAs) {
    try {
      await ctx.directory.exchange.invoke(mode === 'grant' ? 'Add-RecipientPermission' : 'Remove-RecipientPermission', {
        Identity: group.id,
        Trustee: upn,
        AccessRights: 'SendAs',
        Confirm: false,
      });
      done.sendAs.push(upn);
    } catch (e) {
      failed.push(`Send As for ${upn}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (plan.change.sendOnBehalf.length > 0) {
    try {
      const users = plan.change.sendOnBehalf;
      await ctx.directory.exchange.invoke('Set-DistributionGroup', {
        Identity: group.id,
        GrantSendOnBehalfTo: { '@odata.type': '#Exchange.GenericHashTable', [mode === 'grant' ? 'Add' : 'Remove']: users },
        BypassSecurityGroupManagerCheck: true,
      });
      done.sendOnBehalf.push(...users);
    } catch (e) {
      failed.push(`Send on behalf: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { done, failed };
}

export function onOff(value: unknown): string {
  return value === true ? 'Yes' : value === false ? 'No' : '(not set)';
}
