import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';
import { hasTag, previewTags, runTags, TAG_BEFORE_WORD, TAG_LIST, tagListSchema, tagWords } from './user-annotations.helpers';
import { tagsUndo } from '../undo.helpers';

/** Removes the named Steward tags from users; other tags stay. */
const removeTags = (remove: readonly string[]) => (tags: string[]) => tags.filter((t) => !hasTag(remove, t));

export const removeTagsAction = defineAction({
  id: 'user.remove-tags',
  title: 'Remove tags',
  category: 'Users',
  description: 'Remove the named Steward tags from users; other tags stay. Tags live in Steward only, never in Entra ID.',
  phrases: [
    'remove the tag VIP from jane@contoso.com',
    'remove the tag {name} from {user}',
    'remove the {name} tag from {user}',
    'drop the {name} tag from {user}',
    'remove the Pilot tag from jane@contoso.com',
    'untag {user}',
    'delete a tag on {user}',
    'remove tags',
    'take the label off {user}',
  ],
  paramRules: [
    {
      name: 'tags',
      capture: new RegExp(`\\b(?:tags?|labels?|as)\\s+${TAG_LIST}`, 'iu'),
      as: 'list',
    },
    { name: 'tags', capture: TAG_BEFORE_WORD, as: 'list' },
  ],
  target: 'user',
  input: z.object({
    tags: tagListSchema.min(1, 'Name at least one tag.').describe('The tags to remove, one per line.'),
  }),
  undo: tagsUndo,
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'internal',
  summarize: (input, targets) => `Remove the tag${input.tags.length === 1 ? '' : 's'} ${tagWords(input.tags)} from ${names(targets)}.`,
  describeInput: (input) => [{ label: 'Tags to remove', value: input.tags.join(', ') }],
  preview: (ctx, user, input) => previewTags(ctx, user, removeTags(input.tags)),
  run: (ctx, user, input) => runTags(ctx, user, removeTags(input.tags)),
});
