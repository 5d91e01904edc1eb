import type { DirectoryBackend, DirectoryUser } from '../directory.types';
import { WHOLE_TENANT } from '../governance/scope.guard';
import type { TargetKindHandler } from './target-kinds';

/**
 * Deleted users: the targets of restore and purge. A user in /directory/deletedItems is not reachable
 * through /users, and Entra prefixes its UPN with its object id (without hyphens) to free the name,
 * so this kind lists the recycle bin and matches on the UPN the user had before deletion.
 */
export interface DeletedUserTarget extends DirectoryUser {
  deletedDateTime: string | null;
  /** The UPN before deletion (what operators type, and what a restore gives back). */
  originalUserPrincipalName: string;
}

const SELECT = 'id,displayName,userPrincipalName,mail,deletedDateTime,userType,department,jobTitle,country,companyName,city,state,officeLocation,employeeType,accountEnabled,usageLocation';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Recycle bins hold at most a few thousand users; more than this many are not searched. */
const MAX_BIN = 5000;

type Raw = Omit<DeletedUserTarget, 'originalUserPrincipalName'> & { '@odata.type'?: string };

function withOriginalUpn(u: Raw): DeletedUserTarget {
  const prefix = u.id.replace(/-/g, '').toLowerCase();
  const upn = u.userPrincipalName ?? '';
  const original = upn.toLowerCase().startsWith(prefix) ? upn.slice(prefix.length) : upn;
  const { '@odata.type': _type, ...rest } = u;
  return { ...rest, deletedDateTime: u.deletedDateTime ?? null, originalUserPrincipalName: original };
}

async function loadDeletedUser(directory: DirectoryBackend, id: string): Promise<DeletedUserTarget | null> {
  if (!GUID.test(id.trim())) return null;
  try {
    const raw = await directory.graph.get<Raw>(`/directory/deletedItems/${id.trim()}?$select=${SELECT}`);
    if (raw['@odata.type'] && raw['@odata.type'] !== '#microsoft.graph.user') return null;
    return withOriginalUpn(raw);
  } catch (e) {
    if ((e as { status?: unknown }).status === 404) return null;
    throw e;
  }
}

const matches = (u: DeletedUserTarget, lowered: string): boolean =>
  u.id.toLowerCase() === lowered ||
  u.originalUserPrincipalName.toLowerCase() === lowered ||
  u.userPrincipalName.toLowerCase() === lowered ||
  (u.mail ?? '').toLowerCase() === lowered ||
  u.displayName.toLowerCase() === lowered;

export const deletedUserKind: TargetKindHandler<'deletedUser'> = {
  kind: 'deletedUser',
  noun: 'deleted user',
  plural: 'deleted users',
  named: true,
  example: 'lidia@contoso.com',
  async find(directory, text, top) {
    const term = text.trim();
    if (term === '') return [];
    if (GUID.test(term)) {
      const one = await loadDeletedUser(directory, term);
      return one ? [one] : [];
    }
    const bin = (await directory.graph.list<Raw>(`/directory/deletedItems/microsoft.graph.user?$select=${SELECT}`, { max: MAX_BIN })).map(withOriginalUpn);
    const lowered = term.toLowerCase();
    const exact = bin.filter((u) => matches(u, lowered));
    if (exact.length > 0) return exact.slice(0, top);
    return bin
      .filter((u) => u.displayName.toLowerCase().startsWith(lowered) || u.originalUserPrincipalName.toLowerCase().startsWith(lowered))
      .slice(0, top);
  },
  load: loadDeletedUser,
  matches,
  ref: (u) => ({
    id: u.id,
    display: u.displayName,
    detail: [u.originalUserPrincipalName, 'deleted'].filter(Boolean).join(' · '),
    label: u.originalUserPrincipalName,
  }),
  // Virtual tenants select users by their properties, which a deleted user keeps; group-based scopes
  // cannot be evaluated for it, so only operators who manage the whole tenant pass those.
  async scope(env, users) {
    if (await env.guard.wholeTenant(env.operator)) return users.map(() => ({ allowed: true, scope: WHOLE_TENANT }));
    return env.guard.checkAll(env.operator, users);
  },
};
