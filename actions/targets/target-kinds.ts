import type { TargetKind, TargetTypes } from '../define-action';
import type { DirectoryBackend } from '../directory.types';
import { WHOLE_TENANT, type ScopeDecision, type ScopeGuard } from '../governance/scope.guard';
import type { Operator } from '../governance/roles';
import { GROUP_SELECT, type GroupTarget } from './group-target.types';
import { deletedUserKind } from './deleted-user.target';
import { scopeByOwners } from './owner-scope';
import { appRegistrationKind } from './app-registration.target';
import { distributionGroupKind, mailboxKind, mailContactKind, mailUserKind, mobileDeviceKind } from './exchange-recipient.target';

/** How a target is shown and stored (plan, audit, cards), whatever its kind. */
export interface TargetRef {
  id: string;
  display: string;
  /** Second line on cards: UPN and department, mail and group type. */
  detail: string;
  /** The plan's and audit's `upn` field: a user's UPN, a group's mail or name. */
  label: string;
}

export interface ScopeEnv {
  operator: Operator;
  guard: ScopeGuard;
  directory: DirectoryBackend;
}

/**
 * Everything the engine and the dialog need to know about one kind of target. The engine looks the
 * handler up by the action's `target`; nothing else branches on the kind.
 */
export interface TargetKindHandler<K extends TargetKind = TargetKind> {
  kind: K;
  /** "user", "group": wording of cards and errors. */
  noun: string;
  /**
   * Kinds that one name may belong to in either ("it-team@…" is a Microsoft 365 group or a distribution list) share a
   * family: a request read as an action on one may go on as the same job on the other (see the action dialog).
   */
  family?: string;
  plural: string;
  /** False for 'none': the request names no target and the action runs once. */
  named: boolean;
  /** Form placeholder and not-found hint. */
  example: string;
  find(directory: DirectoryBackend, text: string, top: number): Promise<TargetTypes[K][]>;
  load(directory: DirectoryBackend, id: string): Promise<TargetTypes[K] | null>;
  /** The text names exactly this target (id, UPN, mail, display name), lower-cased. */
  matches(target: TargetTypes[K], lowered: string): boolean;
  ref(target: TargetTypes[K]): TargetRef;
  /** One decision per target, in order. */
  scope(env: ScopeEnv, targets: readonly TargetTypes[K][]): Promise<ScopeDecision[]>;
}

const userKind: TargetKindHandler<'user'> = {
  kind: 'user',
  noun: 'user',
  plural: 'users',
  named: true,
  example: 'jane@contoso.com',
  find: (directory, text, top) => directory.findUsers(text, { top }),
  load: (directory, id) => directory.getUser(id),
  matches: (u, lowered) =>
    u.userPrincipalName.toLowerCase() === lowered || (u.mail ?? '').toLowerCase() === lowered || u.id.toLowerCase() === lowered || u.displayName.toLowerCase() === lowered,
  ref: (u) => ({
    id: u.id,
    display: u.displayName,
    detail: [u.userPrincipalName, u.department].filter(Boolean).join(' · '),
    label: u.userPrincipalName,
  }),
  scope: (env, users) => env.guard.checkAll(env.operator, users),
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function odataQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function isNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { status?: unknown }).status === 404;
}

/** A group by id: the active one, else the one in the recycle bin (restore acts on those). */
async function loadGroup(directory: DirectoryBackend, id: string): Promise<GroupTarget | null> {
  if (!GUID.test(id)) return null;
  for (const path of [`/groups/${id}?$select=${GROUP_SELECT}`, `/directory/deletedItems/${id}?$select=${GROUP_SELECT}`]) {
    try {
      const group = await directory.graph.get<GroupTarget & { '@odata.type'?: string }>(path);
      if (path.startsWith('/directory') && group['@odata.type'] && group['@odata.type'] !== '#microsoft.graph.group') return null;
      return { ...group, groupTypes: group.groupTypes ?? [] };
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
  return null;
}

const groupKind: TargetKindHandler<'group'> = {
  kind: 'group',
  family: 'groups',
  noun: 'group',
  plural: 'groups',
  named: true,
  example: 'SG-Printers or sales@contoso.com',
  async find(directory, text, top) {
    const term = text.trim();
    if (GUID.test(term)) {
      const one = await loadGroup(directory, term);
      return one ? [one] : [];
    }
    const q = odataQuote(term);
    const filter = `displayName eq ${q} or mail eq ${q} or mailNickname eq ${q} or startswith(displayName,${q})`;
    const found = await directory.graph.list<GroupTarget>(`/groups?$filter=${encodeURIComponent(filter)}&$select=${GROUP_SELECT}&$top=${top}`, { max: top });
    if (found.length > 0) return found.map((g) => ({ ...g, groupTypes: g.groupTypes ?? [] }));
    // A deleted group is found by its exact name (restore).
    const deleted = await directory.graph.list<GroupTarget>(
      `/directory/deletedItems/microsoft.graph.group?$select=${GROUP_SELECT}`,
      { max: 500 },
    );
    const lowered = term.toLowerCase();
    return deleted.filter((g) => groupKind.matches({ ...g, groupTypes: g.groupTypes ?? [] }, lowered)).slice(0, top).map((g) => ({ ...g, groupTypes: g.groupTypes ?? [] }));
  },
  load: loadGroup,
  matches: (g, lowered) =>
    g.id.toLowerCase() === lowered ||
    g.displayName.toLowerCase() === lowered ||
    (g.mail ?? '').toLowerCase() === lowered ||
    (g.mailNickname ?? '').toLowerCase() === lowered,
  ref: (g) => ({
    id: g.id,
    display: g.displayName,
    detail: [g.mail, g.groupTypes.includes('Unified') ? 'Microsoft 365 group' : g.securityEnabled ? 'Security group' : 'Group', g.deletedDateTime ? 'deleted' : '']
      .filter(Boolean)
      .join(' · '),
    label: g.mail ?? g.displayName,
  }),
  /**
   * A scoped operator may act on a group when at least one of its owners is in their scope (a group
   * has no attribute a virtual tenant could select on); tenant-wide operators act on any group.
   */
  scope: (env, groups) => scopeByOwners(env, groups, (g) => (g.deletedDateTime ? null : `/groups/${g.id}/owners`)),
};

const NEW_TARGET: TargetRef = { id: 'new', display: 'New', detail: '', label: 'new' };

const noneKind: TargetKindHandler<'none'> = {
  kind: 'none',
  noun: 'object',
  plural: 'objects',
  named: false,
  example: '',
  find: async () => [],
  load: async () => null,
  matches: () => false,
  ref: () => NEW_TARGET,
  // What a create action touches (owners, members) is checked as inputs (ActionContext.resolveUsers).
  scope: async (env, targets) => {
    const whole = await env.guard.wholeTenant(env.operator);
    return targets.map(() => ({ allowed: true, scope: whole ? WHOLE_TENANT : 'New object (its owners and members are checked)' }));
  },
};

export type TargetKindRegistry = { readonly [K in TargetKind]: TargetKindHandler<K> };

/** The built-in target kinds. */
export const TARGET_KINDS: TargetKindRegistry = {
  user: userKind,
  group: groupKind,
  deletedUser: deletedUserKind,
  appRegistration: appRegistrationKind,
  mailbox: mailboxKind,
  distributionGroup: distributionGroupKind,
  mailContact: mailContactKind,
  mailUser: mailUserKind,
  mobileDevice: mobileDeviceKind,
  none: noneKind,
};

/** The handler for a kind, with its target type erased (the engine treats targets opaquely). */
export function targetKind(registry: TargetKindRegistry, kind: TargetKind): TargetKindHandler<TargetKind> {
  return registry[kind] as unknown as TargetKindHandler<TargetKind>;
}
