import { z } from 'zod';
import type { ActionContext, TargetOutcome, TargetPreview } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import type { UserAnnotationsDoc } from '../ports';

/**
 * Shared by the tag and portal-attribute actions: these are Steward's own data (Cosmos), so preview and
 * run only read and write the annotations store and never call the tenant.
 */

export const MAX_TAG_LENGTH = 64;
export const MAX_TAGS = 50;

/** One tag: letters, digits, spaces, dot, dash, underscore; trimmed. */
export const tagSchema = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(MAX_TAG_LENGTH, `A tag has at most ${MAX_TAG_LENGTH} characters.`)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'A tag uses letters, digits, spaces, ".", "-" and "_" only.');

export const tagListSchema = z.array(tagSchema).max(MAX_TAGS, `At most ${MAX_TAGS} tags.`);

/** Tags compare without regard to case; the first spelling wins. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export const hasTag = (tags: readonly string[], tag: string) => tags.some((t) => t.toLowerCase() === tag.toLowerCase());

export const formatTags = (tags: readonly string[]) => (tags.length === 0 ? 'None' : tags.join(', '));

export const formatAttribute = (value: string | undefined) => (value === undefined ? 'Not set' : value);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** The stored annotations of a user, or the empty ones. */
async function current(ctx: ActionContext, user: DirectoryUser): Promise<{ tags: string[]; attributes: Record<string, string> }> {
  const doc = await ctx.annotations.get(ctx.tenantId, user.id);
  return { tags: doc?.tags ?? [], attributes: doc?.attributes ?? {} };
}

/** Preview of a tag change: "Tags: Onboarding → Onboarding, VIP", or a no-op. */
export async function previewTags(ctx: ActionContext, user: DirectoryUser, next: (tags: string[]) => string[]): Promise<TargetPreview> {
  const { tags } = await current(ctx, user);
  const after = next(tags);
  if (sameList(tags, after)) return { changes: [], noop: `Tags are already ${formatTags(tags)}.` };
  return { changes: [{ label: 'Tags', before: formatTags(tags), after: formatTags(after) }] };
}

/** Applies a tag change under the document's ETag; the change is computed on what is stored at that moment. */
export async function runTags(ctx: ActionContext, user: DirectoryUser, next: (tags: string[]) => string[]): Promise<TargetOutcome> {
  const { before, after } = await ctx.annotations.update(ctx.tenantId, user.id, (doc) => stamp(ctx, user, { ...doc, tags: next(doc.tags) }));
  if (sameList(before.tags, after.tags)) return { outcome: 'skipped', message: `Tags were already ${formatTags(before.tags)}.` };
  return {
    outcome: 'succeeded',
    message: `Tags are now ${formatTags(after.tags)} (stored in Steward only, not in Entra ID).`,
    changes: [{ label: 'Tags', before: formatTags(before.tags), after: formatTags(after.tags) }],
    audit: { tags: { before: before.tags, after: after.tags } },
  };
}

/** Preview of portal attribute changes, one line per attribute that changes. */
export async function previewAttributes(
  ctx: ActionContext,
  user: DirectoryUser,
  next: (attributes: Record<string, string>) => Record<string, string>,
): Promise<TargetPreview> {
  const { attributes } = await current(ctx, user);
  const changes = attributeChanges(attributes, next({ ...attributes }));
  if (changes.length === 0) return { changes: [], noop: 'The portal attributes already have these values.' };
  return { changes };
}

export async function runAttributes(
  ctx: ActionContext,
  user: DirectoryUser,
  next: (attributes: Record<string, string>) => Record<string, string>,
): Promise<TargetOutcome> {
  const { before, after } = await ctx.annotations.update(ctx.tenantId, user.id, (doc) =>
    stamp(ctx, user, { ...doc, attributes: next({ ...doc.attributes }) }),
  );
  const changes = attributeChanges(before.attributes, after.attributes);
  if (changes.length === 0) return { outcome: 'skipped', message: 'The portal attributes already had these values.' };
  return {
    outcome: 'succeeded',
    message: `Portal attributes updated (stored in Steward only, not in Entra ID).`,
    changes,
    audit: { attributes: { before: before.attributes, after: after.attributes } },
  };
}

function attributeChanges(before: Record<string, string>, after: Record<string, string>) {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names
    .filter((n) => before[n] !== after[n])
    .map((n) => ({ label: `Portal attribute ${n}`, before: formatAttribute(before[n]), after: formatAttribute(after[n]) }));
}

function stamp(ctx: ActionContext, user: DirectoryUser, doc: UserAnnotationsDoc): UserAnnotationsDoc {
  return { ...doc, userPrincipalName: user.userPrincipalName, updatedAt: ctx.now().toISOString(), updatedBy: ctx.operator.objectId };
}

/** "Onboarding and VIP", for summaries. */
export function tagWords(tags: readonly string[]): string {
  const quoted = tags.map((t) => `"${t}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** One tag written before the word: "add a VIP tag to …", "remove the Pilot tag from …". */
export const TAG_BEFORE_WORD = new RegExp('\\b(?:a|an|the|remove|delete|drop|add|apply)\\s+["“]?(?!(?:the|a|an|all|every)\\b)([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)["”]?\\s+(?:tag|label)\\b', 'iu');

/** Tag names a chat line states: "add tags VIP, Pilot to …", "tag … as VIP", "set the tags of … to A and B". */
export const TAG_LIST = '["“]?(?!(?:to|for|from|of|on|the|a|an)\\b)(?![\\w.-]*@)([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*(?:\\s*(?:,|\\band\\b|&)\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)*)["”]?';
