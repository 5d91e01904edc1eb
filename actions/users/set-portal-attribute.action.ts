import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';
import { previewAttributes, runAttributes } from './user-annotations.helpers';

/**
 * Portal attributes are Steward's own name = value facts about a user (e.g. Office = Paris), kept in
 * Cosmos and shown on the user summary card. Entra's extension attributes are tenant data and are not
 * touched here, so their names are refused rather than silently shadowed.
 */
const EXTENSION_ATTRIBUTE = /^extensionAttribute\d+$/i;

interface AttributeInput {
  attribute: string;
  value?: string;
  operation: 'add' | 'update' | 'remove';
}

function apply(input: AttributeInput) {
  return (attributes: Record<string, string>) => {
    // Names compare without regard to case: "office" updates "Office".
    const existing = Object.keys(attributes).find((k) => k.toLowerCase() === input.attribute.toLowerCase());
    const next = { ...attributes };
    if (existing) delete next[existing];
    if (input.operation !== 'remove' && input.value !== undefined && input.value !== '') next[existing ?? input.attribute] = input.value;
    return next;
  };
}

export const setPortalAttributeAction = defineAction({
  id: 'user.set-portal-attribute',
  title: 'Set portal attribute',
  category: 'Users',
  description: 'Add, update or remove a Steward portal attribute (name = value) of users; kept in Steward only, never written to Entra ID.',
  phrases: [
    'set portal attribute Office=Paris on jane@contoso.com',
    'set portal attribute {name} to {name} for {user}',
    'set Office=Paris on {user}',
    'update the custom attribute of {user}',
    'remove a portal attribute from {user}',
    'set portal attributes',
    'change a portal attribute value',
  ],
  paramRules: [
    {
      name: 'attribute',
      capture: /(?:\battributes?\s+|\b(?=[A-Za-z][\w-]*\s*=))(?!(?:value|values|to|of|from|for|on)\b)([A-Za-z][\w-]*)/i,
    },
    { name: 'value', capture: /\battributes?\s+[A-Za-z][\w-]*\s+to\s+("[^"]+"|[^\s,;]+)/i },
    { name: 'value', capture: /\b[A-Za-z][\w-]*\s*=\s*("[^"]+"|[^\s,;]+)/ },
    {
      name: 'operation',
      when: [
        { pattern: /\b(?:remove|delete|clear|unset)\b/i, value: 'remove' },
        { pattern: /\badd\b/i, value: 'add' },
        { pattern: /\b(?:set|update|change)\b/i, value: 'update' },
      ],
    },
  ],
  target: 'user',
  input: z.object({
    attribute: z
      .string()
      .trim()
      .min(1, 'Name the attribute.')
      .max(64, 'An attribute name has at most 64 characters.')
      .regex(/^[A-Za-z][\w-]*$/, 'An attribute name starts with a letter and uses letters, digits, "-" and "_".')
      .describe('The portal attribute name, e.g. Office.'),
    value: z.string().trim().max(256, 'A value has at most 256 characters.').optional().describe('The value; empty removes the attribute.'),
    operation: z.enum(['add', 'update', 'remove']).default('update').describe('Add or update the value, or remove the attribute.'),
  }),
  check(input): Record<string, string> {
    if (EXTENSION_ATTRIBUTE.test(input.attribute)) {
      return { attribute: `${input.attribute} is an Entra extension attribute, not a portal attribute: Steward never writes portal attributes to Entra.` };
    }
    if (input.operation !== 'remove' && (input.value === undefined || input.value === '')) {
      return { value: 'Give a value, or choose "remove".' };
    }
    return {};
  },
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'internal',
  summarize: (input, targets) =>
    input.operation === 'remove'
      ? `Remove the portal attribute ${input.attribute} from ${names(targets)}.`
      : `Set the portal attribute ${input.attribute} = ${input.value} on ${names(targets)} (kept in Steward, not in Entra ID).`,
  describeInput: (input) => [
    { label: 'Attribute', value: input.attribute },
    { label: 'Value', value: input.operation === 'remove' ? '(removed)' : input.value ?? '' },
  ],
  preview: (ctx, user, input) => previewAttributes(ctx, user, apply(input)),
  run: (ctx, user, input) => runAttributes(ctx, user, apply(input)),
});
