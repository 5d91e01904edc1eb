import { z } from 'zod';
import { refHelp } from '../input-refs';
import { defineAction, type ActionContext, type ChangeLine } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';

/**
 * Edit user properties: one PATCH with only the properties that change, plus the manager reference
 * (PUT or DELETE manager/$ref). Reading the current values first gives the confirm card its
 * before → after lines and keeps unchanged properties out of the request.
 */

const text = (max: number, what: string) => z.string().trim().min(1).max(max).optional().describe(what);

const PROPERTIES = {
  displayName: text(256, 'Name shown in address lists.'),
  givenName: text(64, 'First name.'),
  surname: text(64, 'Last name.'),
  jobTitle: text(128, 'Job title.'),
  department: text(64, 'Department.'),
  companyName: text(64, 'Company name.'),
  officeLocation: text(128, 'Office location.'),
  employeeId: text(16, 'Employee id.'),
  employeeType: text(64, 'Employee type, e.g. Employee or Contractor.'),
  employeeHireDate: z.string().date('Use a date such as 2026-01-31.').optional().describe('Hire date.'),
  streetAddress: text(1024, 'Street address.'),
  city: text(128, 'City.'),
  state: text(128, 'State or province.'),
  postalCode: text(40, 'Postal code.'),
  country: text(128, 'Country or region.'),
  usageLocation: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'Use a two-letter country code such as US or FR.')
    .transform((v) => v.toUpperCase())
    .optional()
    .describe('Two-letter country code where services are used (needed before licensing).'),
  businessPhones: z.array(z.string().trim().min(1).max(64)).max(1, 'Only one business phone is accepted.').optional().describe('Business phone (one).'),
  mobilePhone: text(64, 'Mobile phone.'),
  faxNumber: text(64, 'Fax number.'),
  otherMails: z.array(z.string().trim().email('Each alternate email must be an email address.')).optional().describe('Alternate email addresses, one per line.'),
  preferredLanguage: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Use a language tag such as en-US.')
    .optional()
    .describe('Preferred language, e.g. en-US.'),
};

type PropertyKey = keyof typeof PROPERTIES;
/** "employeeHireDate" → "Employee hire date". */
const labelFromKey = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
const KEYS = Object.keys(PROPERTIES) as PropertyKey[];

const input = z.object({
  ...PROPERTIES,
  manager: z.string().trim().email('Type the manager\'s user principal name, e.g. jane@contoso.com.').optional().describe(refHelp('user', 'New manager (user principal name).')),
  removeManager: z.boolean().default(false).describe('Clear the manager.'),
});
type Input = z.infer<typeof input>;

type Current = Partial<Record<PropertyKey, unknown>>;
interface ManagerRef {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '(empty)';
  if (Array.isArray(v)) return v.length === 0 ? '(empty)' : v.join(', ');
  return String(v);
};

/** Graph's wire value for a form value (hire date is a DateTimeOffset). */
const wire = (key: PropertyKey, v: unknown): unknown => (key === 'employeeHireDate' && typeof v === 'string' ? `${v}T00:00:00Z` : v);
const same = (key: PropertyKey, before: unknown, after: unknown): boolean =>
  key === 'employeeHireDate' ? String(before ?? '').slice(0, 10) === after : JSON.stringify(before ?? null) === JSON.stringify(after);

async function readCurrent(ctx: ActionContext, user: DirectoryUser): Promise<{ props: Current; manager: ManagerRef | null }> {
  const id = encodeURIComponent(user.id);
  const props = await ctx.directory.graph.get<Current>(`/users/${id}?$select=${KEYS.join(',')}`);
  const manager = await ctx.directory.graph
    .get<ManagerRef>(`/users/${id}/manager?$select=id,displayName,userPrincipalName`)
    .catch((e: unknown) => {
      if ((e as { status?: number }).status === 404) return null;
      throw e;
    });
  return { props, manager };
}

/** The new manager, resolved like any user named in an input (by UPN, inside the operator's scope). */
async function resolveManager(ctx: ActionContext, user: DirectoryUser, upn: string): Promise<DirectoryUser> {
  const [manager] = await ctx.resolveUsers([upn]);
  if (manager.id === user.id) {
    throw new StewardError('VALIDATION_FAILED', 'A user cannot be their own manager. Nothing was changed.', { hint: 'Pick another manager.' });
  }
  return manager;
}

interface Plan {
  body: Record<string, unknown>;
  changes: ChangeLine[];
  manager?: { set?: DirectoryUser; remove?: boolean };
}

async function plan(ctx: ActionContext, user: DirectoryUser, wanted: Input): Promise<Plan> {
  const { props, manager } = await readCurrent(ctx, user);
  const body: Record<string, unknown> = {};
  const changes: ChangeLine[] = [];
  for (const key of KEYS) {
    const next = wanted[key];
    if (next === undefined || same(key, props[key], next)) continue;
    body[key] = wire(key, next);
    changes.push({ label: labelFromKey(key), before: show(key === 'employeeHireDate' ? String(props[key] ?? '').slice(0, 10) : props[key]), after: show(next) });
  }
  const out: Plan = { body, changes };
  const managerName = (m: ManagerRef | null) => (m ? `${m.displayName ?? ''} (${m.userPrincipalName ?? m.id})`.trim() : '(none)');
  if (wanted.manager) {
    const next = await resolveManager(ctx, user, wanted.manager);
    if (next.id !== manager?.id) {
      out.manager = { set: next };
      changes.push({ label: 'Manager', before: managerName(manager), after: `${next.displayName} (${next.userPrincipalName})` });
    }
  } else if (wanted.removeManager && manager) {
    out.manager = { remove: true };
    changes.push({ label: 'Manager', before: managerName(manager), after: '(none)' });
  }
  return out;
}

export const editPropertiesAction = defineAction({
  id: 'user.edit-properties',
  title: 'Edit user properties',
  category: 'Users',
  description: 'Change profile properties of a user (job title, department, office, address, phones, manager…); only what you fill in changes.',
  phrases: [
    'update the job title of {user}',
    "change {user}'s department",
    'edit user properties',
    'set the manager of {user}',
    '{user} has a new manager',
    "update {user}'s phone number",
    'assign {user} a new manager',
    'update the contact details and office location of {user}',
    'change the mobile number and address of {user}',
    "update {user}'s city and country",
    'edit the profile of a user',
    'set the employee id and hire date',
    'change the attributes of {user}',
  ],
  paramRules: [
    { name: 'jobTitle', capture: /\b(?:job )?title\s+(?:to|as|=)\s+["“]?([^"”.;@]+?)["”]?\s*$/i },
    { name: 'department', capture: /\bdepartment\s+(?:to|as|=)\s+["“]?([^"”.;@]+?)["”]?\s*$/i },
    { name: 'manager', capture: /\bmanager\s+(?:to|as|=|is)\s+([A-Za-z0-9._%+#-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i, as: 'email' },
  ],
  target: 'user',
  input,
  check(value): Record<string, string> {
    if (value.manager && value.removeManager) return { removeManager: 'Either set a new manager or clear it, not both.' };
    const any = KEYS.some((k) => value[k] !== undefined) || value.manager !== undefined || value.removeManager;
    return any ? {} : { jobTitle: 'Fill in at least one property to change.' };
  },
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'graph',
  summarize: (value, targets) => {
    const fields = [...KEYS.filter((k) => value[k] !== undefined).map((k) => labelFromKey(k).toLowerCase()), ...(value.manager || value.removeManager ? ['manager'] : [])];
    return `Update the ${fields.join(', ')} of ${targets[0]?.displayName ?? 'the user'}.`;
  },
  describeInput: (value) => [
    ...KEYS.filter((k) => value[k] !== undefined).map((k) => ({ label: labelFromKey(k), value: show(value[k]) })),
    ...(value.manager ? [{ label: 'Manager', value: value.manager }] : []),
    ...(value.removeManager ? [{ label: 'Manager', value: 'Clear' }] : []),
  ],
  // Undo: the previous values of the properties this run set, and the previous manager. A property that
  // was empty before cannot be emptied again through this form, so such a run offers no undo.
  undo: {
    capture: (ctx, user) => readCurrent(ctx, user),
    restore(captured, value) {
      const { props, manager } = captured as { props: Current; manager: ManagerRef | null };
      const params: Record<string, unknown> = {};
      for (const key of KEYS) {
        const next = value[key];
        if (next === undefined || same(key, props[key], next)) continue;
        const before = key === 'employeeHireDate' && typeof props[key] === 'string' ? (props[key] as string).slice(0, 10) : props[key];
        if (before === null || before === undefined || before === '') return null;
        params[key] = before;
      }
      const sameManager = !!value.manager && manager?.userPrincipalName?.toLowerCase() === value.manager.toLowerCase();
      if ((value.manager && !sameManager) || (value.removeManager && manager)) {
        if (manager && !manager.userPrincipalName) return null;
        if (manager?.userPrincipalName) params.manager = manager.userPrincipalName;
        else params.removeManager = true;
      }
      return Object.keys(params).length === 0 ? null : { actionId: 'user.edit-properties', params };
    },
  },
  async preview(ctx, user, value) {
    const { changes } = await plan(ctx, user, value);
    return changes.length === 0 ? { changes, noop: 'The user already has these values.' } : { changes };
  },
  async run(ctx, user, value) {
    const next = await plan(ctx, user, value);
    if (next.changes.length === 0) return { outcome: 'skipped', message: 'The user already had these values.' };
    const id = encodeURIComponent(user.id);
    if (Object.keys(next.body).length > 0) await ctx.directory.graph.patch(`/users/${id}`, next.body);
    if (next.manager?.set) {
      await ctx.directory.graph.put(`/users/${id}/manager/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/users/${next.manager.set.id}` });
    } else if (next.manager?.remove) {
      await ctx.directory.graph.delete(`/users/${id}/manager/$ref`);
    }
    return {
      outcome: 'succeeded',
      message: `Updated ${next.changes.length} propert${next.changes.length === 1 ? 'y' : 'ies'}.`,
      changes: next.changes,
      audit: { changed: next.changes.map((c) => ({ property: c.label, before: c.before, after: c.after })) },
    };
  },
});
