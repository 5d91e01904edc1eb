import { z } from 'zod';
import type { ActionContext, ChangeLine } from '../define-action';
import { defineAction } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { batchErrorMessage, GraphBatcher } from './graph-batch.client';
import { names } from './reset-mfa.action';

/**
 * The same property changes on several users at once, sent as Graph JSON batches (≤ 20 PATCH
 * /users/{id} per POST /$batch) instead of one request per user; each user's sub-response decides that
 * user's outcome, so one refusal never hides the others.
 */

const PROPERTIES = {
  department: 'Department',
  jobTitle: 'Job title',
  officeLocation: 'Office location',
  companyName: 'Company name',
  city: 'City',
  state: 'State or province',
  country: 'Country or region',
  usageLocation: 'Usage location',
  employeeType: 'Employee type',
} as const satisfies Partial<Record<keyof DirectoryUser, string>>;

type Property = keyof typeof PROPERTIES;
const KEYS = Object.keys(PROPERTIES) as Property[];

const text = (label: string, max: number) => z.string().trim().min(1, `${label} cannot be empty.`).max(max, `${label} has at most ${max} characters.`).optional();

/** One batcher per confirmed run (the engine builds one context per run), so targets share batches. */
const batchers = new WeakMap<ActionContext, GraphBatcher>();
function batcherFor(ctx: ActionContext): GraphBatcher {
  let batcher = batchers.get(ctx);
  if (!batcher) {
    batcher = new GraphBatcher(ctx.directory.graph);
    batchers.set(ctx, batcher);
  }
  return batcher;
}

type Input = Partial<Record<Property, string>>;

function changesFor(user: DirectoryUser, input: Input): ChangeLine[] {
  return KEYS.filter((k) => input[k] !== undefined && (user[k] ?? '') !== input[k]).map((k) => ({
    label: PROPERTIES[k],
    before: user[k] ? String(user[k]) : 'Not set',
    after: String(input[k]),
  }));
}

/** "set department to Research", "job title = Analyst": what a chat line states for one property. */
const capture = (words: string) =>
  new RegExp(`\\b(?:${words})\\b(?:\\s+(?:of|for)\\s+.+?)?\\s*(?:\\bto\\b|=|:)\\s*["“]?([^"”,;]+?)["”]?(?=\\s+(?:for|on|of|and)\\b|[,;]|$)`, 'i');

export const bulkEditPropertiesAction = defineAction({
  id: 'user.bulk-edit-properties',
  title: 'Edit users properties in bulk',
  category: 'Users',
  description: 'Give several users the same job and location properties (department, job title, office, …) in one request.',
  phrases: [
    'bulk edit user properties',
    'bulk edit user properties of a@contoso.com and b@contoso.com: department to Research',
    'update the department of several users at once',
    'change properties for multiple users',
    'mass update job titles',
    'edit attributes of many accounts in bulk',
    'set the same office location for a batch of users',
  ],
  paramRules: [
    { name: 'department', capture: capture('department') },
    { name: 'jobTitle', capture: capture('job\\s*title|title') },
    { name: 'officeLocation', capture: capture('office(?:\\s*location)?') },
    { name: 'companyName', capture: capture('company(?:\\s*name)?') },
    { name: 'city', capture: capture('city') },
    { name: 'usageLocation', capture: capture('usage\\s*location') },
  ],
  target: 'user',
  input: z.object({
    department: text('Department', 64).describe('New department for every selected user.'),
    jobTitle: text('Job title', 128).describe('New job title.'),
    officeLocation: text('Office location', 128).describe('New office location.'),
    companyName: text('Company name', 64).describe('New company name.'),
    city: text('City', 128).describe('New city.'),
    state: text('State', 128).describe('New state or province.'),
    country: text('Country', 128).describe('New country or region.'),
    usageLocation: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'Usage location is a two-letter country code (ISO 3166-1), e.g. US.')
      .transform((v) => v.toUpperCase())
      .optional()
      .describe('Two-letter country code where services are used (needed before licences).'),
    employeeType: text('Employee type', 64).describe('New employee type.'),
  }),
  check(input): Record<string, string> {
    return KEYS.some((k) => input[k] !== undefined) ? {} : { department: 'Give at least one property to change.' };
  },
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) =>
    `Set ${KEYS.filter((k) => input[k] !== undefined)
      .map((k) => `${PROPERTIES[k].toLowerCase()} to "${input[k]}"`)
      .join(', ')} for ${names(targets)}.`,
  describeInput: (input) => KEYS.filter((k) => input[k] !== undefined).map((k) => ({ label: PROPERTIES[k], value: String(input[k]) })),
  async preview(_ctx, user, input) {
    const changes = changesFor(user, input);
    return changes.length === 0 ? { changes, noop: 'These properties already have these values.' } : { changes };
  },
  async plan(_ctx, user, input) {
    const changes = changesFor(user, input);
    if (changes.length === 0) return { requests: [], done: { outcome: 'skipped', message: 'These properties already had these values.' } };
    const body = Object.fromEntries(KEYS.filter((k) => input[k] !== undefined && (user[k] ?? '') !== input[k]).map((k) => [k, input[k]]));
    return {
      requests: [{ method: 'PATCH', url: `/users/${user.id}`, body }],
      done: {
        outcome: 'succeeded',
        message: `Updated ${changes.map((c) => c.label.toLowerCase()).join(', ')}.`,
        changes,
        audit: { properties: Object.fromEntries(changes.map((c) => [c.label, { before: c.before, after: c.after }])) },
      },
    };
  },
  async run(ctx, user, input) {
    const changes = changesFor(user, input);
    if (changes.length === 0) return { outcome: 'skipped', message: 'These properties already had these values.' };
    const body = Object.fromEntries(KEYS.filter((k) => input[k] !== undefined && (user[k] ?? '') !== input[k]).map((k) => [k, input[k]]));
    const response = await batcherFor(ctx).send('PATCH', `/users/${user.id}`, body);
    if (response.status >= 400) {
      throw new StewardError('BACKEND_ERROR', `The tenant refused the change: ${batchErrorMessage(response)}`);
    }
    return {
      outcome: 'succeeded',
      message: `Updated ${changes.map((c) => c.label.toLowerCase()).join(', ')}.`,
      changes,
      audit: { properties: Object.fromEntries(changes.map((c) => [c.label, { before: c.before, after: c.after }])) },
    };
  },
});
