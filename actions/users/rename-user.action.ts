import { z } from 'zod';
import { defineAction, type ActionContext, type ChangeLine } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { names } from './reset-mfa.action';

/**
 * Rename user: UPN, first, last and display name in one PATCH. Only the names that differ are sent, so
 * an unchanged UPN never triggers the sign-in and OneDrive side effects of a UPN change.
 */

const NAME_FIELDS = ['userPrincipalName', 'displayName', 'givenName', 'surname'] as const;
type NameField = (typeof NAME_FIELDS)[number];
type Names = Partial<Record<NameField, string | null>>;

const LABELS: Record<NameField, string> = {
  userPrincipalName: 'User principal name',
  displayName: 'Display name',
  givenName: 'First name',
  surname: 'Last name',
};

/** A UPN is alias@domain with no spaces; the domain must also be verified (Graph checks that). */
const UPN = /^[A-Za-z0-9._%+'!#$&*=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

async function currentNames(ctx: ActionContext, user: DirectoryUser): Promise<Names> {
  return ctx.directory.graph.get<Names>(`/users/${encodeURIComponent(user.id)}?$select=userPrincipalName,displayName,givenName,surname`);
}

function diff(current: Names, wanted: Names): { body: Names; changes: ChangeLine[] } {
  const body: Names = {};
  const changes: ChangeLine[] = [];
  for (const key of NAME_FIELDS) {
    const next = wanted[key];
    if (next === undefined || next === null || next === '' || next === (current[key] ?? '')) continue;
    body[key] = next;
    changes.push({ label: LABELS[key], before: current[key] || '(empty)', after: next });
  }
  return { body, changes };
}

export const renameUserAction = defineAction({
  id: 'user.rename',
  title: 'Rename user',
  category: 'Users',
  description: 'Change the user principal name, first, last and display name of a user (e.g. after a name change).',
  phrases: [
    'give {user} a new name',
    'change the UPN of {user}',
    "change {user}'s display name",
    'change the display name of {user}',
    'update the user principal name after a name change',
    '{user} got married, change her surname',
    'rename the account of a user',
    'change the first and last name of {user}',
    'update the name of {user}',
    'rename {user}',
  ],
  paramRules: [
    { name: 'userPrincipalName', capture: /\b(?:to|as)\s+([A-Za-z0-9._%+#-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i, as: 'email' },
    { name: 'displayName', capture: /\b(?:to|as)\s+["“]?([A-Z][\w'-]+(?: [A-Z][\w'-]+)+)["”]?\s*$/ },
  ],
  target: 'user',
  input: z.object({
    userPrincipalName: z.string().trim().regex(UPN, 'Type a user principal name such as jane.smith@contoso.com.').optional().describe('New sign-in name; its domain must be verified in the tenant.'),
    givenName: z.string().trim().max(64).optional().describe('New first name.'),
    surname: z.string().trim().max(64).optional().describe('New last name.'),
    displayName: z.string().trim().min(1).max(256).optional().describe('New display name.'),
  }),
  check(input): Record<string, string> {
    const given = NAME_FIELDS.some((k) => input[k] !== undefined && input[k] !== '');
    return given ? {} : { displayName: 'Type at least one new name: user principal name, first, last or display name.' };
  },
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) =>
    `Rename ${names(targets)}${input.userPrincipalName ? ` (new sign-in name ${input.userPrincipalName})` : ''}.`,
  describeInput: (input) => NAME_FIELDS.filter((k) => input[k]).map((k) => ({ label: LABELS[k], value: input[k] as string })),
  // Undo: rename back to the names the user had (only the names this run set). A name that was empty
  // before cannot be set back to empty by a rename, so such a run offers no undo.
  undo: {
    capture: (ctx, user) => currentNames(ctx, user),
    restore(captured, input) {
      const before = captured as Names;
      const keys = NAME_FIELDS.filter((k) => input[k] !== undefined && input[k] !== '' && input[k] !== before[k]);
      if (keys.length === 0 || keys.some((k) => typeof before[k] !== 'string' || before[k] === '')) return null;
      return { actionId: 'user.rename', params: Object.fromEntries(keys.map((k) => [k, before[k]])) };
    },
  },
  async preview(ctx, user, input) {
    const { changes } = diff(await currentNames(ctx, user), input);
    if (changes.length === 0) return { changes, noop: 'The user already has these names.' };
    const warnings = input.userPrincipalName && changes.some((c) => c.label === LABELS.userPrincipalName)
      ? ['The user signs in with the new name from now on; cached sign-ins ask again and the OneDrive URL changes.']
      : [];
    return { changes, warnings };
  },
  async run(ctx, user, input) {
    const current = await currentNames(ctx, user);
    const { body, changes } = diff(current, input);
    if (changes.length === 0) return { outcome: 'skipped', message: 'The user already had these names.' };
    await ctx.directory.graph.patch(`/users/${encodeURIComponent(user.id)}`, body);
    return {
      outcome: 'succeeded',
      message: 'User renamed.',
      changes,
      audit: { before: Object.fromEntries(Object.keys(body).map((k) => [k, current[k as NameField] ?? null])), after: body },
    };
  },
});
