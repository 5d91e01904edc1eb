import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';
import { hasTag, previewTags, runTags, TAG_BEFORE_WORD, TAG_LIST, tagListSchema, tagWords, uniqueTags } from './user-annotations.helpers';
import { tagsUndo } from '../undo.helpers';

/** Adds tags (Steward's own labels, e.g. a pilot cohort) to users; existing tags stay. Never written to Entra. */
const addTags = (add: readonly string[]) => (tags: string[]) => uniqueTags([...tags, ...add.filter((t) => !hasTag(tags, t))]);

export const addTagsAction = defineAction({
  id: 'user.add-tags',
  title: 'Add tag(s) for categorization selected user(s)',
  category: 'Users',
  description: 'Label users with tags (e.g. a pilot group) kept in Steward only; they are never written to Entra ID.',
  phrases: [
    'add tags VIP to jane@contoso.com',
    'tag {user} as {name}',
    'tag jane@contoso.com as Pilot',
    'tag {user} with {name}',
    'mark {user} with the tag {name}',
    'add the tag {name} to {user}',
    'label {user} with a tag',
    'add tags to users',
    'categorize {user} with a tag',
    'apply a tag to {user}',
  ],
  paramRules: [
    { name: 'tags', capture: new RegExp(`\\b(?:tags?|labels?|as|with)\\s+${TAG_LIST}`, 'iu'), as: 'list' },
    { name: 'tags', capture: TAG_BEFORE_WORD, as: 'list' },
  ],
  target: 'user',
  input: z.object({
    tags: tagListSchema.min(1, 'Name at least one tag.').describe('The tags to add, one per line.'),
  }),
  undo: tagsUndo,
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'internal',
  summarize: (input, targets) => `Add the tag${input.tags.length === 1 ? '' : 's'} ${tagWords(input.tags)} to ${names(targets)} (kept in Steward, not in Entra ID).`,
  describeInput: (input) => [{ label: 'Tags to add', value: input.tags.join(', ') }],
  preview: (ctx, user, input) => previewTags(ctx, user, addTags(input.tags)),
  run: (ctx, user, input) => runTags(ctx, user, addTags(input.tags)),
});
