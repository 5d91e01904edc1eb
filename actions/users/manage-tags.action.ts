import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';
import { hasTag, previewTags, runTags, TAG_LIST, tagListSchema, tagWords, uniqueTags } from './user-annotations.helpers';
import { tagsUndo } from '../undo.helpers';

interface ManageTagsInput {
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
}

/**
 * Sets users' Steward tags to an exact list (`tags`), or adds and removes in one step (`addTags`,
 * `removeTags`, as the catalog has it). An exact list wins over the add / remove lists.
 */
function manage(input: ManageTagsInput) {
  return (tags: string[]) => {
    if (input.tags !== undefined) return uniqueTags(input.tags);
    const kept = tags.filter((t) => !hasTag(input.removeTags ?? [], t));
    return uniqueTags([...kept, ...(input.addTags ?? []).filter((t) => !hasTag(input.removeTags ?? [], t))]);
  };
}

export const manageTagsAction = defineAction({
  id: 'user.manage-tags',
  title: 'Manage tags',
  category: 'Users',
  description: 'Set the exact list of Steward tags of users (or add and remove in one step). Nothing in Entra ID changes.',
  phrases: [
    'set the tags of jane@contoso.com to Onboarding, VIP',
    'manage tags of {user}',
    'edit the tags on {user}',
    'add and remove tags for {user}',
    "change {user}'s tags",
    'update user tags',
  ],
  paramRules: [{ name: 'tags', capture: new RegExp(`\\btags?\\b.*?\\b(?:to|=|:)\\s+${TAG_LIST}`, 'iu'), as: 'list' }],
  target: 'user',
  input: z.object({
    tags: tagListSchema.optional().describe('The exact tags the users will have, one per line (replaces the current ones).'),
    addTags: tagListSchema.optional().describe('Or: tags to add, one per line.'),
    removeTags: tagListSchema.optional().describe('And: tags to remove, one per line.'),
  }),
  check(input): Record<string, string> {
    const none = (l?: string[]) => l === undefined || l.length === 0;
    if (input.tags === undefined && none(input.addTags) && none(input.removeTags)) {
      return { tags: 'Give the exact tags, or tags to add or remove.' };
    }
    return {};
  },
  undo: tagsUndo,
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'internal',
  summarize: (input, targets) =>
    input.tags !== undefined
      ? `Set the tags of ${names(targets)} to ${input.tags.length === 0 ? 'none' : tagWords(uniqueTags(input.tags))}.`
      : `Change the tags of ${names(targets)}.`,
  describeInput: (input) =>
    input.tags !== undefined
      ? [{ label: 'Tags', value: input.tags.length === 0 ? 'None' : uniqueTags(input.tags).join(', ') }]
      : [
          { label: 'Add', value: (input.addTags ?? []).join(', ') || '—' },
          { label: 'Remove', value: (input.removeTags ?? []).join(', ') || '—' },
        ],
  preview: (ctx, user, input) => previewTags(ctx, user, manage(input)),
  run: (ctx, user, input) => runTags(ctx, user, manage(input)),
});
