import type { DirectoryUser } from '../directory.types';
import type { Condition, ScopeFilter, UserAttribute } from './virtual-tenant.schema';

/**
 * Evaluates a virtual tenant's filter against one user. Pure except for group membership, which is
 * asked for lazily (once per user, only when an attribute or domain condition did not decide first),
 * so a scope made of attributes never costs a directory call.
 */

/** The ids of the groups the user belongs to (transitively); called at most once per evaluation. */
export type GroupIdsOf = () => Promise<ReadonlySet<string>>;

export async function evaluateFilter(filter: ScopeFilter, user: DirectoryUser, groupIds: GroupIdsOf): Promise<boolean> {
  const memo = memoize(groupIds);
  return evaluate(filter, user, memo);
}

async function evaluate(filter: ScopeFilter, user: DirectoryUser, groupIds: GroupIdsOf): Promise<boolean> {
  switch (filter.type) {
    case 'all': {
      // Cheap conditions first: group membership only when everything else holds.
      for (const f of byCost(filter.filters)) if (!(await evaluate(f, user, groupIds))) return false;
      return true;
    }
    case 'any': {
      for (const f of byCost(filter.filters)) if (await evaluate(f, user, groupIds)) return true;
      return false;
    }
    case 'group':
      return (await groupIds()).has(filter.groupId);
    default:
      return matchesCondition(filter, user);
  }
}

function matchesCondition(condition: Exclude<Condition, { type: 'group' }>, user: DirectoryUser): boolean {
  if (condition.type === 'domain') {
    const upn = user.userPrincipalName.toLowerCase();
    const domain = upn.slice(upn.lastIndexOf('@') + 1);
    return upn.includes('@') && condition.domains.some((d) => d.toLowerCase() === domain);
  }
  const actual = normalize(attributeOf(user, condition.attribute));
  const wanted = condition.values.map(normalize);
  switch (condition.op) {
    case 'eq':
      return actual !== '' && wanted.includes(actual);
    case 'ne':
      return !wanted.includes(actual);
    case 'startsWith':
      return actual !== '' && wanted.some((w) => actual.startsWith(w));
  }
}

export function attributeOf(user: DirectoryUser, attribute: UserAttribute): string | null | undefined {
  return user[attribute];
}

function normalize(v: string | null | undefined): string {
  return (v ?? '').trim().toLowerCase();
}

/** Whether the filter ever needs group membership (so callers can skip the directory call). */
export function needsGroups(filter: ScopeFilter): boolean {
  if (filter.type === 'all' || filter.type === 'any') return filter.filters.some(needsGroups);
  return filter.type === 'group';
}

function byCost(filters: readonly ScopeFilter[]): ScopeFilter[] {
  return [...filters].sort((a, b) => Number(needsGroups(a)) - Number(needsGroups(b)));
}

function memoize(fn: GroupIdsOf): GroupIdsOf {
  let cached: Promise<ReadonlySet<string>> | undefined;
  return () => (cached ??= fn());
}

const OP_TEXT = { eq: '=', ne: '!=', startsWith: 'starts with' } as const;

/** The filter in the compact syntax (virtual-tenant.syntax.ts parses it back). */
export function describeFilter(filter: ScopeFilter, nested = false): string {
  switch (filter.type) {
    case 'all':
    case 'any': {
      const joined = filter.filters.map((f) => describeFilter(f, true)).join(filter.type === 'all' ? ' and ' : ' or ');
      return nested && filter.filters.length > 1 ? `(${joined})` : joined;
    }
    case 'domain':
      return filter.domains.length === 1 ? `domain = ${filter.domains[0]}` : `domain in (${filter.domains.join(', ')})`;
    case 'group':
      return `member of ${quote(filter.groupName)}`;
    case 'attribute': {
      const values = filter.values.map(quote);
      if (values.length === 1) return `${filter.attribute} ${OP_TEXT[filter.op]} ${values[0]}`;
      if (filter.op === 'eq') return `${filter.attribute} in (${values.join(', ')})`;
      if (filter.op === 'ne') return `${filter.attribute} not in (${values.join(', ')})`;
      return `(${values.map((v) => `${filter.attribute} starts with ${v}`).join(' or ')})`;
    }
  }
}

/** Quotes a value only when the syntax needs it (spaces, keywords, punctuation). */
function quote(value: string): string {
  return /^[\w.@-]+$/.test(value) && !/^(and|or|not|in|is)$/i.test(value) ? value : `"${value.replace(/"/g, "'")}"`;
}
