import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';
import { previewTags, runTags } from './user-annotations.helpers';
import { tagsUndo } from '../undo.helpers';

/** Removes every Steward tag of users (e.g. at the end of a pilot). */
const flush = () => [] as string[];

export const flushTagsAction = defineAction({
  id: 'user.flush-tags',
  title: 'Flush tags',
  category: 'Users',
  description: 'Remove every Steward tag of users, e.g. when a pilot ends. Nothing in Entra ID changes.',
  phrases: [
    'flush tags of jane@contoso.com',
    'flush tags',
    'clear all tags of {user}',
    "clear {user}'s tags",
    "delete all of {user}'s tags",
    'wipe all tags from a user',
    'reset the tags of {user} to none',
    'flush the tags of {user}',
    'remove every tag from {user}',
  ],
  target: 'user',
  input: z.object({}),
  undo: tagsUndo,
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'internal',
  summarize: (_input, targets) => `Remove every tag of ${names(targets)}.`,
  preview: (ctx, user) => previewTags(ctx, user, flush),
  run: (ctx, user) => runTags(ctx, user, flush),
});
