import { z } from 'zod';

/**
 * Permission sets: custom roles that grant actions by id. Stored per tenant; an operator may hold
 * several and the grant is the union of their roles and sets (see permission.service.ts).
 *
 * Notation of an entry (one of):
 * - an action id, `user.reset-mfa`: that action;
 * - a category wildcard, `user.*`: every action whose id starts with `user.` (the part of an action id
 *   before the dot is its category), including actions added to the catalog later.
 * Nothing else is accepted (no bare `*`): a set that should grant everything is the TenantAdmin role.
 */

export const PERMISSION_PATTERN = /^[a-z0-9-]+\.(?:\*|[a-z0-9-]+)$/;

export const permissionPatternSchema = z
  .string()
  .trim()
  .regex(PERMISSION_PATTERN, 'must be an action id ("user.reset-mfa") or a category wildcard ("user.*")');

export const permissionSetSchema = z
  .object({
    name: z.string().trim().min(1, 'needs a name').max(64, 'is longer than 64 characters'),
    description: z.string().trim().max(300).optional(),
    actions: z.array(permissionPatternSchema).min(1, 'needs at least one action').max(200),
  })
  .strict();
export type PermissionSetInput = z.infer<typeof permissionSetSchema>;

/** The export / import document. `format` and `version` are written on export and optional on import. */
export const PERMISSION_SETS_FORMAT = 'steward.permission-sets';
export const permissionSetsFileSchema = z
  .object({
    format: z.literal(PERMISSION_SETS_FORMAT).optional(),
    version: z.literal(1).optional(),
    permissionSets: z.array(permissionSetSchema).max(100, 'holds more than 100 sets'),
  })
  .strict();
export type PermissionSetsFile = z.infer<typeof permissionSetsFileSchema>;

/** A stored permission set (one Cosmos document per set, partitioned by tenant). */
export interface PermissionSet extends PermissionSetInput {
  id: string;
  tenantId: string;
  updatedAt: string;
  updatedBy: string;
}

/** Sets are named case-insensitively; the key is also the document id (Cosmos ids exclude / \ ? #). */
export function permissionSetKey(name: string): string {
  return encodeURIComponent(name.trim().toLowerCase()).replace(/%/g, '~');
}

export function patternMatches(pattern: string, actionId: string): boolean {
  if (pattern.endsWith('.*')) return actionId.startsWith(pattern.slice(0, -1));
  return pattern === actionId;
}

/** Problems with a set's entries against the catalog: unknown ids, wildcards that match nothing. */
export function patternProblems(patterns: readonly string[], actionIds: readonly string[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  patterns.forEach((pattern, index) => {
    if (actionIds.some((id) => patternMatches(pattern, id))) return;
    problems.push({
      index,
      message: pattern.endsWith('.*') ? `"${pattern}" matches no action` : `unknown action "${pattern}"`,
    });
  });
  return problems;
}

export interface ParsedPermissionSets {
  ok: boolean;
  sets: PermissionSetInput[];
  /** One line per problem, naming where it is ("permissionSets[1].actions[0]: unknown action …"). */
  problems: string[];
}

/**
 * Parses an import document: JSON syntax, then shape (zod), then action ids against the catalog and
 * duplicate names. Every problem is reported; a document with any problem imports nothing.
 */
export function parsePermissionSets(text: string, actionIds: readonly string[]): ParsedPermissionSets {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, sets: [], problems: [`Not valid JSON: ${e instanceof Error ? e.message : String(e)}.`] };
  }
  if (Array.isArray(raw)) raw = { permissionSets: raw };
  const parsed = permissionSetsFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, sets: [], problems: parsed.error.issues.map((i) => `${pathText(i.path)}: ${issueText(i)}`) };
  }
  const problems: string[] = [];
  const seen = new Map<string, number>();
  parsed.data.permissionSets.forEach((set, i) => {
    const key = set.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) problems.push(`permissionSets[${i}].name: "${set.name}" is also the name of permissionSets[${first}]`);
    else seen.set(key, i);
    for (const p of patternProblems(set.actions, actionIds)) problems.push(`permissionSets[${i}].actions[${p.index}]: ${p.message}`);
  });
  return { ok: problems.length === 0, sets: problems.length === 0 ? parsed.data.permissionSets : [], problems };
}

/** The export document, stable and readable (sets by name, keys in a fixed order). */
export function formatPermissionSets(sets: readonly PermissionSetInput[]): string {
  const file: PermissionSetsFile = {
    format: PERMISSION_SETS_FORMAT,
    version: 1,
    permissionSets: [...sets]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => ({ name: s.name, ...(s.description ? { description: s.description } : {}), actions: [...s.actions] })),
  };
  return JSON.stringify(file, null, 2);
}

function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'document';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function issueText(issue: z.ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return 'is missing';
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}
