import type { Role } from '../../actions/governance/roles';

/**
 * Reads the governance commands' own words from a chat line: the user, the roles after "as", the
 * permission sets and virtual tenants named, and names around "to"/"from". Only wording lives here;
 * what is allowed is decided in actions/governance/.
 */

const EMAIL = /[A-Za-z0-9._%+#'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

const ROLE_WORDS: [RegExp, Role][] = [
  [/\btenant[\s-]?admin(?:istrator)?s?\b|\bglobal admin\w*\b|^admin(?:istrator)?s?$/i, 'TenantAdmin'],
  [/\bmanagement\b|\bmanager\b/i, 'Management'],
  [/\bhelp[\s-]?desk\b/i, 'Helpdesk'],
  [/\baudit(?:or|ors)?\b/i, 'Audit'],
  [/\breaders?\b|\bread[\s-]?only\b/i, 'Reader'],
];

/** Clause keywords that end a list of names. */
const CLAUSE_END = /\s+(?:with(?:\s+the)?\s+permission\s+sets?|(?:and\s+|with\s+|in\s+|scoped\s+to\s+|limited\s+to\s+)(?:the\s+)?virtual\s+tenants?|and\s+permission\s+sets?|as\s+|to\s+(?=\S+@)|from\s+(?=\S+@))|$/i;

export function firstEmail(text: string): string | undefined {
  return EMAIL.exec(text)?.[0];
}

/** The user a line names: its first email, else the recognizer's target, else the words after `after`. */
export function userFrom(text: string, targets: readonly string[], after?: RegExp): string | undefined {
  const email = firstEmail(text);
  if (email) return email;
  if (after) {
    const captured = after.exec(text)?.slice(1).find((g) => g?.trim());
    if (captured) return unquote(captured.trim());
  }
  return targets[0];
}

/** Roles after "as": "as Helpdesk", "as Helpdesk and Audit", "as a tenant admin". */
export function rolesFrom(text: string): { roles: Role[]; unknown: string[] } {
  const m = /\bas\s+(?:an?\s+)?(.+?)(?=\s+with\b|\s+(?:in|and|scoped to|limited to)\s+(?:the\s+)?virtual\b|$)/i.exec(text);
  if (!m) return { roles: [], unknown: [] };
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const part of splitNames(m[1])) {
    const cleaned = part.replace(/\b(?:role|(?:steward\s+)?operators?)\b/gi, '').trim();
    const hit = ROLE_WORDS.find(([re]) => re.test(cleaned));
    if (hit) roles.push(hit[1]);
    else if (cleaned) unknown.push(cleaned);
  }
  return { roles: [...new Set(roles)], unknown };
}

/** Names after "permission set(s)", e.g. `with permission sets "Password desk", MFA desk`. */
export function permissionSetsFrom(text: string): string[] {
  return namesAfter(text, /\bpermission\s+sets?\s+/i);
}

/** Names after "virtual tenant(s)". */
export function virtualTenantsFrom(text: string): string[] {
  return namesAfter(text, /\bvirtual\s+tenants?\s+/i);
}

function namesAfter(text: string, keyword: RegExp): string[] {
  const m = keyword.exec(text);
  if (!m) return [];
  const rest = text.slice(m.index + m[0].length);
  const end = CLAUSE_END.exec(rest);
  const list = end ? rest.slice(0, end.index) : rest;
  return splitNames(list);
}

/** "a, b and c" / `"Sales and Marketing", b`: quoted names keep their commas and "and"s. */
export function splitNames(list: string): string[] {
  const out: string[] = [];
  const re = /"([^"]+)"|“([^”]+)”|'([^']+)'|([^,;"“”']+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(list)) !== null) {
    if (m[1] ?? m[2] ?? m[3]) out.push((m[1] ?? m[2] ?? m[3]).trim());
    else for (const p of m[4].split(/\s+(?:and|&)\s+/i)) if (p.trim()) out.push(p.trim());
  }
  return out.map((n) => n.replace(/[.!?]+$/, '').trim()).filter(Boolean);
}

export function unquote(text: string): string {
  return text.trim().replace(/^["“']/, '').replace(/["”']$/, '').trim();
}
