import { z } from 'zod';
import type { ActionContext, ChangeLine, ParamRule, UndoSpec } from '../define-action';
import { StewardError } from '../errors';
import { addRemove, type ExchangeObject } from '../exchange-gateway.types';
import { refHelp } from '../input-refs';
import type { MailboxTarget } from '../targets/exchange-recipient.target';

/**
 * What the mailbox lifecycle actions share: the mailbox type guard, one declarative edit planner (a
 * table of fields → the cmdlet parameter each one sets, plus the few multi-valued edits: addresses,
 * custom attributes, manager, delegates), and the undo that replays the planner's "previous values".
 * Every edit action and the follow-up settings of the create actions go through planEdit, so a field
 * is read, compared, shown before → after, written and undone the same way everywhere.
 */

export type MailboxKind = 'UserMailbox' | 'SharedMailbox' | 'RoomMailbox' | 'EquipmentMailbox';

export const TYPE_LABEL: Record<string, string> = {
  UserMailbox: 'user mailbox',
  SharedMailbox: 'shared mailbox',
  RoomMailbox: 'room mailbox',
  EquipmentMailbox: 'equipment mailbox',
};

/** Set-Mailbox -Type value for each mailbox kind (and back). */
export const TYPE_PARAM: Record<MailboxKind, 'Regular' | 'Shared' | 'Room' | 'Equipment'> = {
  UserMailbox: 'Regular',
  SharedMailbox: 'Shared',
  RoomMailbox: 'Room',
  EquipmentMailbox: 'Equipment',
};

/** The word an operator types to empty a text field (an empty form field means "leave as is"). */
export const CLEAR = 'none';
const isClear = (v: unknown) => typeof v === 'string' && v.trim().toLowerCase() === CLEAR;

export function invalid(message: string, hint: string, details: Record<string, unknown> = {}): StewardError {
  return new StewardError('VALIDATION_FAILED', message, { hint, details });
}

export function mailboxLine(m: Pick<MailboxTarget, 'displayName' | 'primarySmtpAddress'>): string {
  return m.primarySmtpAddress ? `${m.displayName} (${m.primarySmtpAddress})` : m.displayName;
}

export function mailboxNames(targets: readonly MailboxTarget[]): string {
  if (targets.length === 0) return 'the mailbox';
  if (targets.length <= 3) return targets.map((m) => m.primarySmtpAddress || m.displayName).join(', ');
  return `${targets.length} mailboxes`;
}

/** "a" or "an" before a word. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Refuses a mailbox of another kind, saying which action fits it. */
export function assertKind(target: MailboxTarget, expected: MailboxKind, actionHint: string): void {
  if (target.recipientTypeDetails === expected) return;
  const actual = TYPE_LABEL[target.recipientTypeDetails] ?? target.recipientTypeDetails;
  throw invalid(`${mailboxLine(target)} is ${article(actual)} ${actual}, not ${article(TYPE_LABEL[expected])} ${TYPE_LABEL[expected]}. Nothing was changed.`, actionHint, {
    recipientTypeDetails: target.recipientTypeDetails,
  });
}

// ---- inputs shared by several declarations -------------------------------------------------------

export const yesNo = (help: string) => z.enum(['Yes', 'No']).optional().describe(help);

/** A quoted mail tip on the chat line ("set the mail tip … \"Replies within 2 days\""), for the mailbox edits. */
export const mailTipRule: ParamRule = { name: 'mailTip', capture: /\bmail ?tip\b[^"]*"([^"]+)"/i };
export const textField = (max: number, help: string) => z.string().trim().min(1).max(max).optional().describe(`${help} Type "None" to clear it.`);
export const addressList = (help: string) => z.array(z.string().trim().email()).optional().describe(help);
export const userList = (help: string) => z.array(z.string().trim().min(1)).optional().describe(refHelp('user', help));
export const customAttributesField = z
  .array(z.string().trim().min(1))
  .optional()
  .describe('Custom attributes, one per line: CustomAttribute1=Sales (or 1=Sales); nothing after "=" clears it.');
export const policyField = (what: string) => z.string().trim().min(1).max(128).optional().describe(`${what} policy name. Type "None" to remove it.`);

const CUSTOM_ATTRIBUTE = /^(?:CustomAttribute|ca)?\s*(\d{1,2})\s*[=:]\s*(.*)$/i;

/** "CustomAttribute3=Sales" lines → {CustomAttribute3: 'Sales'}; a message per bad line. */
export function parseCustomAttributes(lines: readonly string[] | undefined): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const line of lines ?? []) {
    const m = CUSTOM_ATTRIBUTE.exec(line);
    const n = m ? Number(m[1]) : 0;
    if (!m || n < 1 || n > 15) {
      problems.push(`"${line}" is not CustomAttributeN=value with N from 1 to 15`);
      continue;
    }
    values[`CustomAttribute${n}`] = m[2].trim().slice(0, 1024);
  }
  return { values, problems };
}

/** check() part for a customAttributes input. */
export function checkCustomAttributes(lines: readonly string[] | undefined): Record<string, string> {
  const { problems } = parseCustomAttributes(lines);
  return problems.length > 0 ? { customAttributes: `${problems.join('; ')}. Write one per line, e.g. CustomAttribute1=Sales.` } : {};
}

/** check() part: at least one of the keys is given. */
export function needsOneOf(input: Record<string, unknown>, keys: readonly string[], labels: Record<string, string>): Record<string, string> {
  const given = keys.some((k) => {
    const v = input[k];
    return v !== undefined && !(Array.isArray(v) && v.length === 0);
  });
  return given ? {} : { [keys[0]]: `Give at least one change: ${keys.map((k) => labels[k] ?? k).join(', ')}.` };
}

// ---- reading the mailbox --------------------------------------------------------------------------

type EditCmdlet = 'Set-Mailbox' | 'Set-User' | 'Set-CalendarProcessing';

/** Lazily read views of one mailbox; each cmdlet runs at most once per plan. */
export class MailboxState {
  private cache = new Map<string, Promise<ExchangeObject[]>>();

  constructor(
    private readonly ctx: ActionContext,
    readonly target: MailboxTarget,
  ) {}

  private read(cmdlet: string): Promise<ExchangeObject[]> {
    let hit = this.cache.get(cmdlet);
    if (!hit) {
      hit = this.ctx.directory.exchange.invoke(cmdlet, { Identity: this.target.id });
      this.cache.set(cmdlet, hit);
    }
    return hit;
  }

  async one(cmdlet: 'Get-Mailbox' | 'Get-User' | 'Get-CalendarProcessing' | 'Get-MailboxStatistics'): Promise<ExchangeObject> {
    const [first] = await this.read(cmdlet);
    if (!first) throw new StewardError('TARGET_NOT_FOUND', `${mailboxLine(this.target)} no longer exists.`, { hint: 'Pick the mailbox again.' });
    return first;
  }

  sendAs(): Promise<ExchangeObject[]> {
    return this.read('Get-RecipientPermission');
  }

  /** Explicit (not inherited, not SELF, not deny) Full Access trustees. */
  async fullAccess(): Promise<string[]> {
    const entries = await this.read('Get-MailboxPermission');
    return entries
      .filter((e) => e.Deny !== true && e.IsInherited !== true && Array.isArray(e.AccessRights) && e.AccessRights.includes('FullAccess'))
      .map((e) => str(e.User))
      .filter((u) => u.includes('@'));
  }

  view(cmdlet: EditCmdlet): Promise<ExchangeObject> {
    return this.one(cmdlet === 'Set-Mailbox' ? 'Get-Mailbox' : cmdlet === 'Set-User' ? 'Get-User' : 'Get-CalendarProcessing');
  }
}

// ---- the edit planner -----------------------------------------------------------------------------

/** A single-valued field: input key → cmdlet parameter (also the output property read for "before"). */
export interface FieldSpec {
  key: string;
  label: string;
  cmdlet: EditCmdlet;
  param: string;
  kind: 'text' | 'yesNo' | 'int' | 'choice' | 'policy';
}

/** Multi-valued edits an action may offer (each reads its inputs by fixed keys). */
export type EditPart = 'emailAddresses' | 'primarySmtpAddress' | 'customAttributes' | 'manager' | 'resourceDelegates' | 'fullAccess' | 'sendAs' | 'sendOnBehalf';

export interface PlannedCall {
  cmdlet: string;
  params: Record<string, unknown>;
}

export interface EditPlan {
  changes: ChangeLine[];
  calls: PlannedCall[];
  /** Input for the same action that puts every changed value back (empty when nothing changes). */
  undo: Record<string, unknown>;
  warnings: string[];
}

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '(none)';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (Array.isArray(v)) return v.length > 0 ? v.map(String).join(', ') : '(none)';
  return String(v);
};

const lower = (v: string) => v.toLowerCase();
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Accepted policy names, read from Exchange so a typo is refused before anything is written. */
async function policyName(ctx: ActionContext, field: FieldSpec, value: string): Promise<string | null> {
  if (isClear(value)) return null;
  const cmdlet = field.param === 'RetentionPolicy' ? 'Get-RetentionPolicy' : 'Get-AddressBookPolicy';
  const all = await ctx.directory.exchange.invoke(cmdlet);
  const names = all.map((p) => str(p.Name));
  const hit = names.find((n) => lower(n) === lower(value));
  if (!hit) throw invalid(`There is no ${field.label.toLowerCase()} "${value}". Nothing was changed.`, `Use one of: ${names.join(', ')}${field.param === 'AddressBookPolicy' ? ', or None' : ''}.`, { [field.key]: value });
  return hit;
}

/** Checks that an address is free (or already this mailbox's). */
export async function assertAddressFree(ctx: ActionContext, address: string, ownerId: string | null, key: string): Promise<void> {
  let found: ExchangeObject[] = [];
  try {
    found = await ctx.directory.exchange.invoke('Get-Recipient', { Identity: address });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ManagementObjectNotFoundException' && (e as { status?: number }).status !== 404) throw e;
  }
  const other = found.find((r) => str(r.ExternalDirectoryObjectId) !== ownerId);
  if (other) {
    throw invalid(`${address} is already used by ${str(other.DisplayName)} (${str(other.RecipientTypeDetails)}). Nothing was changed.`, 'Pick an address nobody uses yet.', { [key]: address });
  }
}

function upnsOf(values: unknown): string[] {
  return Array.isArray(values) ? values.map(String).filter(Boolean) : [];
}

/** A delegate list: who has it now, and how adding / removing people is written. */
interface DelegateSpec {
  addKey: string;
  removeKey: string;
  label: string;
  current(state: MailboxState): Promise<string[]>;
  write(w: { target: MailboxTarget; add: string[]; remove: string[]; sets: Record<EditCmdlet, Record<string, unknown>>; extra: PlannedCall[] }): void;
}

/** Per-trustee permission cmdlets (Full Access, Send As) add one call per person. */
function perTrustee(add: string, remove: string, params: (id: string, user: string) => Record<string, unknown>, addOnly: Record<string, unknown> = {}): DelegateSpec['write'] {
  return ({ target, add: added, remove: removed, extra }) => {
    for (const user of added) extra.push({ cmdlet: add, params: { ...params(target.id, user), ...addOnly } });
    for (const user of removed) extra.push({ cmdlet: remove, params: { ...params(target.id, user), Confirm: false } });
  };
}

const DELEGATE_PARTS: Partial<Record<EditPart, DelegateSpec>> = {
  resourceDelegates: {
    addKey: 'addResourceDelegates',
    removeKey: 'removeResourceDelegates',
    label: 'Resource delegates',
    current: async (state) => upnsOf((await state.one('Get-CalendarProcessing')).ResourceDelegates),
    write: ({ add, remove, sets }) => {
      sets['Set-CalendarProcessing'].ResourceDelegates = addRemove({ add, remove });
    },
  },
  fullAccess: {
    addKey: 'addFullAccess',
    removeKey: 'removeFullAccess',
    label: 'Full Access',
    current: (state) => state.fullAccess(),
    write: perTrustee('Add-MailboxPermission', 'Remove-MailboxPermission', (id, user) => ({ Identity: id, User: user, AccessRights: ['FullAccess'] }), {
      // The mailbox appears in the delegate's Outlook by itself.
      AutoMapping: true,
    }),
  },
  sendAs: {
    addKey: 'addSendAs',
    removeKey: 'removeSendAs',
    label: 'Send As',
    current: async (state) => (await state.sendAs()).map((e) => str(e.Trustee)),
    write: perTrustee('Add-RecipientPermission', 'Remove-RecipientPermission', (id, user) => ({ Identity: id, Trustee: user, AccessRights: 'SendAs' }), { Confirm: false }),
  },
  sendOnBehalf: {
    addKey: 'addSendOnBehalf',
    removeKey: 'removeSendOnBehalf',
    label: 'Send on behalf',
    current: async (state) => upnsOf((await state.one('Get-Mailbox')).GrantSendOnBehalfTo),
    write: ({ add, remove, sets }) => {
      sets['Set-Mailbox'].GrantSendOnBehalfTo = addRemove({ add, remove });
    },
  },
};

/**
 * Compares the input with the mailbox as it is now and answers the change lines, the writes (one call
 * per cmdlet, plus one per Send As trustee) and the input that would restore every changed value.
 */
export async function planEdit(
  ctx: ActionContext,
  target: MailboxTarget,
  input: Record<string, unknown>,
  spec: { fields: readonly FieldSpec[]; parts?: readonly EditPart[] },
): Promise<EditPlan> {
  const state = new MailboxState(ctx, target);
  const changes: ChangeLine[] = [];
  const undo: Record<string, unknown> = {};
  const warnings: string[] = [];
  const sets: Record<EditCmdlet, Record<string, unknown>> = { 'Set-Mailbox': {}, 'Set-User': {}, 'Set-CalendarProcessing': {} };
  const extra: PlannedCall[] = [];
  const parts = new Set(spec.parts ?? []);

  for (const field of spec.fields) {
    const raw = input[field.key];
    if (raw === undefined) continue;
    const current = (await state.view(field.cmdlet))[field.param];
    let next: unknown;
    let same: boolean;
    switch (field.kind) {
      case 'yesNo':
        next = raw === 'Yes';
        same = current === next;
        break;
      case 'int':
      case 'choice':
        next = raw;
        same = str(current) === str(next);
        break;
      case 'policy':
        next = await policyName(ctx, field, String(raw));
        same = lower(str(current)) === lower(str(next));
        break;
      default:
        next = isClear(raw) ? null : String(raw);
        same = str(current) === str(next);
    }
    if (same) continue;
    sets[field.cmdlet][field.param] = next;
    changes.push({ label: field.label, before: show(current), after: show(next) });
    undo[field.key] =
      field.kind === 'yesNo' ? (current === true ? 'Yes' : 'No') : field.kind === 'int' ? current : current === null || current === undefined || current === '' ? 'None' : current;
  }

  if (parts.has('customAttributes') && input.customAttributes !== undefined) {
    const mailbox = await state.one('Get-Mailbox');
    const { values } = parseCustomAttributes(input.customAttributes as string[]);
    const restore: string[] = [];
    for (const [param, value] of Object.entries(values)) {
      const current = str(mailbox[param]);
      if (current === value) continue;
      sets['Set-Mailbox'][param] = value;
      changes.push({ label: param, before: show(current), after: show(value) });
      restore.push(`${param}=${current}`);
    }
    if (restore.length > 0) undo.customAttributes = restore;
  }

  if ((parts.has('emailAddresses') && (input.addEmailAddresses !== undefined || input.removeEmailAddresses !== undefined)) || (parts.has('primarySmtpAddress') && input.primarySmtpAddress !== undefined)) {
    const mailbox = await state.one('Get-Mailbox');
    const current = upnsOf(mailbox.EmailAddresses).filter((a) => /^smtp:/i.test(a));
    const has = (a: string) => current.some((c) => lower(c.slice(5)) === lower(a));
    const primary = str(mailbox.PrimarySmtpAddress);
    const add = ((input.addEmailAddresses as string[] | undefined) ?? []).filter((a) => !has(a));
    const remove = ((input.removeEmailAddresses as string[] | undefined) ?? []).filter((a) => has(a));
    const missing = ((input.removeEmailAddresses as string[] | undefined) ?? []).filter((a) => !has(a));
    if (missing.length > 0) warnings.push(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not an address of this mailbox (nothing to remove).`);
    const newPrimary = parts.has('primarySmtpAddress') && input.primarySmtpAddress !== undefined && lower(String(input.primarySmtpAddress)) !== lower(primary) ? String(input.primarySmtpAddress) : undefined;
    if (remove.some((a) => lower(a) === lower(primary)) && !newPrimary) {
      throw invalid(`${primary} is the primary address of ${target.displayName} and cannot be removed. Nothing was changed.`, 'Set another primary SMTP address first (in the same edit).', { removeEmailAddresses: primary });
    }
    if (newPrimary && remove.some((a) => lower(a) === lower(newPrimary))) {
      throw invalid(`${newPrimary} cannot be both the new primary address and removed. Nothing was changed.`, 'Remove it from one of the two lists.', { primarySmtpAddress: newPrimary });
    }
    for (const a of [...add, ...(newPrimary && !has(newPrimary) ? [newPrimary] : [])]) await assertAddressFree(ctx, a, target.id, 'addEmailAddresses');
    if (add.length > 0 || remove.length > 0) {
      sets['Set-Mailbox'].EmailAddresses = addRemove({ add: add.map((a) => `smtp:${a}`), remove: remove.map((a) => `smtp:${a}`) });
    }
    if (newPrimary) sets['Set-Mailbox'].PrimarySmtpAddress = newPrimary;
    if (add.length > 0 || remove.length > 0 || newPrimary) {
      const before = [primary, ...current.map((a) => a.slice(5)).filter((a) => lower(a) !== lower(primary))];
      const afterSet = [...before.filter((a) => !remove.some((r) => lower(r) === lower(a))), ...add];
      const afterPrimary = newPrimary ?? primary;
      const after = [afterPrimary, ...afterSet.filter((a) => lower(a) !== lower(afterPrimary))];
      changes.push({ label: 'Email addresses', before: before.join(', '), after: after.join(', ') });
      if (newPrimary) {
        changes.push({ label: 'Primary SMTP address', before: primary, after: newPrimary });
        undo.primarySmtpAddress = primary;
      }
      const undoRemove = [...add, ...(newPrimary && !has(newPrimary) && !add.some((a) => lower(a) === lower(newPrimary)) ? [newPrimary] : [])];
      if (undoRemove.length > 0) undo.removeEmailAddresses = undoRemove;
      if (remove.length > 0) undo.addEmailAddresses = remove;
    }
  }

  if (parts.has('manager') && input.manager !== undefined) {
    const user = await state.one('Get-User');
    const current = str(user.Manager);
    const next = isClear(input.manager) ? '' : (await ctx.resolveUsers([String(input.manager)]))[0].userPrincipalName;
    if (next && lower(next) === lower(target.userPrincipalName)) throw invalid('A user cannot be their own manager. Nothing was changed.', 'Pick someone else as manager.', { manager: next });
    if (lower(current) !== lower(next)) {
      sets['Set-User'].Manager = next || null;
      changes.push({ label: 'Manager', before: show(current), after: show(next) });
      undo.manager = current || 'None';
    }
  }

  for (const [part, delegates] of Object.entries(DELEGATE_PARTS) as [EditPart, DelegateSpec][]) {
    const addRaw = input[delegates.addKey] as string[] | undefined;
    const removeRaw = input[delegates.removeKey] as string[] | undefined;
    if (!parts.has(part) || (addRaw === undefined && removeRaw === undefined)) continue;
    const current = await delegates.current(state);
    const has = (u: string) => current.some((c) => lower(c) === lower(u));
    const add = (await ctx.resolveUsers(addRaw ?? [])).map((u) => u.userPrincipalName).filter((u) => !has(u));
    const remove = (await ctx.resolveUsers(removeRaw ?? [])).map((u) => u.userPrincipalName).filter(has);
    if (add.length === 0 && remove.length === 0) continue;
    delegates.write({ target, add, remove, sets, extra });
    changes.push({ label: delegates.label, before: show(current), after: show([...current.filter((c) => !remove.some((r) => lower(r) === lower(c))), ...add]) });
    if (add.length > 0) undo[delegates.removeKey] = add;
    if (remove.length > 0) undo[delegates.addKey] = remove;
  }

  const calls: PlannedCall[] = [];
  for (const cmdlet of ['Set-Mailbox', 'Set-User', 'Set-CalendarProcessing'] as const) {
    if (Object.keys(sets[cmdlet]).length > 0) calls.push({ cmdlet, params: { Identity: target.id, ...sets[cmdlet] } });
  }
  calls.push(...extra);
  return { changes, calls, undo, warnings };
}

/** Runs the planned writes in order; the first refusal stops the rest (and is reported by the engine). */
export async function runPlan(ctx: ActionContext, plan: Pick<EditPlan, 'calls'>): Promise<void> {
  for (const call of plan.calls) await ctx.directory.exchange.invoke(call.cmdlet, call.params);
}

/** The standard preview/run/undo of an edit action over planEdit. */
export function editBehaviour(spec: { fields: readonly FieldSpec[]; parts?: readonly EditPart[]; kind?: MailboxKind; kindHint?: string; actionId: string }) {
  const guard = (target: MailboxTarget) => {
    if (spec.kind) assertKind(target, spec.kind, spec.kindHint ?? 'Pick a mailbox of the right kind.');
  };
  const undo: UndoSpec<Record<string, unknown>, MailboxTarget> = {
    async capture(ctx, target, input) {
      return (await planEdit(ctx, target, input, spec)).undo;
    },
    restore(captured) {
      const params = captured as Record<string, unknown>;
      return Object.keys(params).length > 0 ? { actionId: spec.actionId, params } : null;
    },
  };
  return {
    async preview(ctx: ActionContext, target: MailboxTarget, input: Record<string, unknown>) {
      guard(target);
      const plan = await planEdit(ctx, target, input, spec);
      return plan.changes.length > 0
        ? { changes: plan.changes, warnings: plan.warnings }
        : { changes: [], warnings: plan.warnings, noop: `Nothing to change: ${target.displayName} already has these values.` };
    },
    async run(ctx: ActionContext, target: MailboxTarget, input: Record<string, unknown>) {
      guard(target);
      const plan = await planEdit(ctx, target, input, spec);
      if (plan.changes.length === 0) return { outcome: 'skipped' as const, message: `Nothing to change on ${target.displayName}.` };
      await runPlan(ctx, plan);
      return {
        outcome: 'succeeded' as const,
        message: `Updated ${mailboxLine(target)}: ${plan.changes.map((c) => c.label).join(', ')}.`,
        changes: plan.changes,
        audit: { cmdlets: plan.calls.map((c) => c.cmdlet), changed: plan.changes.map((c) => c.label) },
      };
    },
    undo,
  };
}

/** The booking fields of room and equipment mailboxes (Set-Mailbox and Set-CalendarProcessing). */
export const RESOURCE_FIELDS: readonly FieldSpec[] = [
  { key: 'displayName', label: 'Display name', cmdlet: 'Set-Mailbox', param: 'DisplayName', kind: 'text' },
  { key: 'retentionPolicy', label: 'Retention policy', cmdlet: 'Set-Mailbox', param: 'RetentionPolicy', kind: 'policy' },
  { key: 'addressBookPolicy', label: 'Address book policy', cmdlet: 'Set-Mailbox', param: 'AddressBookPolicy', kind: 'policy' },
  { key: 'resourceCapacity', label: 'Capacity', cmdlet: 'Set-Mailbox', param: 'ResourceCapacity', kind: 'int' },
  { key: 'automateProcessing', label: 'Booking processing', cmdlet: 'Set-CalendarProcessing', param: 'AutomateProcessing', kind: 'choice' },
  { key: 'bookingWindowInDays', label: 'Booking window (days)', cmdlet: 'Set-CalendarProcessing', param: 'BookingWindowInDays', kind: 'int' },
  { key: 'maximumDurationInMinutes', label: 'Maximum duration (minutes)', cmdlet: 'Set-CalendarProcessing', param: 'MaximumDurationInMinutes', kind: 'int' },
  { key: 'allowConflicts', label: 'Allow conflicts', cmdlet: 'Set-CalendarProcessing', param: 'AllowConflicts', kind: 'yesNo' },
  { key: 'allowRecurringMeetings', label: 'Allow recurring meetings', cmdlet: 'Set-CalendarProcessing', param: 'AllowRecurringMeetings', kind: 'yesNo' },
];

/** Inputs of the resource edit actions (and, mostly, of create-resource). */
export const resourceInputShape = {
  displayName: textField(256, 'New display name.'),
  retentionPolicy: policyField('Retention'),
  addressBookPolicy: policyField('Address book'),
  resourceCapacity: z.number().int().min(0).max(100000).optional().describe('How many people or units it holds.'),
  automateProcessing: z.enum(['None', 'AutoUpdate', 'AutoAccept']).optional().describe('AutoAccept books requests automatically; AutoUpdate only tentatively; None leaves them to delegates.'),
  bookingWindowInDays: z.number().int().min(0).max(1080).optional().describe('How far ahead it can be booked (0 to 1080 days).'),
  maximumDurationInMinutes: z.number().int().min(0).max(2147483647).optional().describe('Longest booking in minutes (0 = no limit).'),
  allowConflicts: yesNo('Accept overlapping bookings.'),
  allowRecurringMeetings: yesNo('Accept recurring meetings.'),
  addResourceDelegates: userList('Users who approve booking requests, to add.'),
  removeResourceDelegates: userList('Booking delegates to remove.'),
};

export const RESOURCE_LABELS: Record<string, string> = {
  displayName: 'display name',
  retentionPolicy: 'retention policy',
  addressBookPolicy: 'address book policy',
  resourceCapacity: 'capacity',
  automateProcessing: 'booking processing',
  bookingWindowInDays: 'booking window',
  maximumDurationInMinutes: 'maximum duration',
  allowConflicts: 'allow conflicts',
  allowRecurringMeetings: 'allow recurring meetings',
  addResourceDelegates: 'delegates to add',
  removeResourceDelegates: 'delegates to remove',
};

/** Sign-in names and addresses must be on a verified domain of the tenant. */
export async function assertVerifiedDomain(ctx: ActionContext, address: string, key: string): Promise<void> {
  const orgs = await ctx.directory.graph.get<{ value: { verifiedDomains?: { name: string }[] }[] }>('/organization?$select=verifiedDomains');
  const domains = orgs.value.flatMap((o) => (o.verifiedDomains ?? []).map((d) => d.name));
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  if (!domains.some((d) => d.toLowerCase() === domain)) {
    throw invalid(`${domain} is not a verified domain of this tenant, so ${address} cannot be used. Nothing was changed.`, `Use one of: ${domains.join(', ')}.`, { [key]: address });
  }
}

/** Refuses an alias (or name) an existing recipient already has. */
export async function assertAliasFree(ctx: ActionContext, alias: string, key: string): Promise<void> {
  let found: ExchangeObject[] = [];
  try {
    found = await ctx.directory.exchange.invoke('Get-Recipient', { Identity: alias });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ManagementObjectNotFoundException' && (e as { status?: number }).status !== 404) throw e;
  }
  if (found.length > 0) {
    throw invalid(`The name or alias "${alias}" is already used by ${str(found[0].DisplayName)}. Nothing was changed.`, 'Pick another alias.', { [key]: alias });
  }
}

/** The target of a mailbox New-Mailbox just created (its output object). */
export function createdTarget(o: ExchangeObject): MailboxTarget {
  return {
    id: str(o.ExternalDirectoryObjectId),
    displayName: str(o.DisplayName),
    userPrincipalName: str(o.UserPrincipalName) || str(o.PrimarySmtpAddress),
    primarySmtpAddress: str(o.PrimarySmtpAddress),
    alias: str(o.Alias),
    recipientTypeDetails: str(o.RecipientTypeDetails),
  };
}

export const ALIAS_RULE = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'Letters, digits, dot, dash or underscore (at most 64)');

// ---- creating ----------------------------------------------------------------------------------------

/** Refuses unknown policy names before anything is created. */
export async function checkPolicies(ctx: ActionContext, input: { retentionPolicy?: string; addressBookPolicy?: string }): Promise<void> {
  for (const field of RESOURCE_FIELDS.filter((f) => f.kind === 'policy')) {
    const value = input[field.key as 'retentionPolicy' | 'addressBookPolicy'];
    if (value !== undefined) await policyName(ctx, field, value);
  }
}

export interface Created {
  target: MailboxTarget;
  /** The follow-up settings that were applied. */
  changes: ChangeLine[];
  /** Follow-up steps Exchange refused (the mailbox exists regardless). */
  problems: string[];
}

/**
 * New-Mailbox, then the settings New-Mailbox has no parameter for, through the same planner as the
 * edit actions (so they are written and shown the same way). A refused follow-up does not undo the
 * creation: it is reported, and the operator can finish with the matching edit action.
 */
export async function createMailbox(
  ctx: ActionContext,
  newMailbox: Record<string, unknown>,
  followUp: Record<string, unknown>,
  spec: { fields: readonly FieldSpec[]; parts?: readonly EditPart[] },
): Promise<Created> {
  const [created] = await ctx.directory.exchange.invoke('New-Mailbox', newMailbox);
  const target = createdTarget(created ?? {});
  const problems: string[] = [];
  let changes: ChangeLine[] = [];
  if (Object.values(followUp).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0))) {
    try {
      const plan = await planEdit(ctx, target, followUp, spec);
      await runPlan(ctx, plan);
      changes = plan.changes;
    } catch (e) {
      problems.push(`settings not applied: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { target, changes, problems };
}

/** Confirm-card lines for the follow-up settings of a create action. */
export function settingLines(input: Record<string, unknown>, labels: Record<string, string>): { label: string; value: string }[] {
  return Object.entries(labels)
    .filter(([key]) => input[key] !== undefined && !(Array.isArray(input[key]) && (input[key] as unknown[]).length === 0))
    .map(([key, label]) => ({ label, value: show(input[key]) }));
}
