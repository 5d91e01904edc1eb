import { z } from 'zod';
import type { ActionContext, ChangeLine, TargetOutcome, TargetPreview, UndoSpec } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { addRemove, type ExchangeObject } from '../exchange-gateway.types';
import type { MailboxTarget } from '../targets/exchange-recipient.target';

/**
 * What the mailbox permission actions share. Every one of them is "a list of grants to add or
 * remove" (a PermissionChange per mailbox · trustee · right), planned from what Exchange says now:
 * the confirm card shows each "mailbox · right" line with its holders before → after, the run sends
 * the cmdlets of each right (Add/Remove-MailboxPermission, Add/Remove-RecipientPermission for Send
 * As, Set-Mailbox -GrantSendOnBehalfTo for Send on behalf), and the undo is the exact inverse of the
 * changes that were made (entries that were already there, or already absent, are never touched).
 */

export const RIGHTS = ['FullAccess', 'SendAs', 'SendOnBehalf', 'ReadPermission', 'ChangePermission', 'ChangeOwner', 'DeleteItem', 'ExternalAccount'] as const;
export type Right = (typeof RIGHTS)[number];

/** Rights kept in the mailbox's own permission list (Add-MailboxPermission); the others are recipient-level. */
export const MAILBOX_LEVEL: readonly Right[] = ['FullAccess', 'ReadPermission', 'ChangePermission', 'ChangeOwner', 'DeleteItem', 'ExternalAccount'];

export const RIGHT_LABEL: Record<Right, string> = {
  FullAccess: 'Full access',
  SendAs: 'Send as',
  SendOnBehalf: 'Send on behalf',
  ReadPermission: 'Read permissions',
  ChangePermission: 'Change permissions',
  ChangeOwner: 'Change owner',
  DeleteItem: 'Delete item',
  ExternalAccount: 'External account',
};

/** "full access", "Send-As", "send on behalf of", "read permissions" → the right. */
function rightFromText(text: string): string {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  const aliases: Record<string, Right> = {
    fullaccess: 'FullAccess',
    full: 'FullAccess',
    sendas: 'SendAs',
    sendonbehalf: 'SendOnBehalf',
    sendonbehalfof: 'SendOnBehalf',
    onbehalf: 'SendOnBehalf',
    readpermission: 'ReadPermission',
    readpermissions: 'ReadPermission',
    changepermission: 'ChangePermission',
    changepermissions: 'ChangePermission',
    changeowner: 'ChangeOwner',
    deleteitem: 'DeleteItem',
    deleteitems: 'DeleteItem',
    externalaccount: 'ExternalAccount',
  };
  return aliases[key] ?? text;
}

/** Chat and forms say rights many ways ("full access and send as", "FullAccess,SendAs"); the schema wants the enum. */
function normalizeRights(value: unknown): unknown {
  const list = typeof value === 'string' ? value.split(/\s*(?:,|;|\band\b|&)\s*/i) : value;
  if (!Array.isArray(list)) return value;
  const out = list.map((v) => (typeof v === 'string' ? rightFromText(v.trim()) : v)).filter((v) => v !== '');
  return [...new Set(out)];
}

/** The rights input: a multi-select on forms, words in chat. */
export function rightsInput(help: string) {
  return z.preprocess(normalizeRights, z.array(z.enum(RIGHTS)).min(1, 'Pick at least one right.')).describe(help);
}

/** The chat words of the rights, for paramRules: "give them full access and send as". */
const RIGHT_WORDS =
  '(?:full[ -]?access|send[ -]as|send[ -]on[ -]behalf(?:[ -]of)?|read[ -]permissions?|change[ -]permissions?|change[ -]owner(?:ship)?|delete[ -]items?|external[ -]account)';
export const RIGHTS_IN_TEXT = new RegExp(`(${RIGHT_WORDS}(?:\\s*(?:,|and|&)\\s*${RIGHT_WORDS})*)`, 'i');

export const rightNames = (rights: readonly Right[]): string =>
  RIGHTS.every((r) => rights.includes(r)) ? 'every right (Full access, Send as, Send on behalf and the other mailbox rights)' : rights.map((r) => RIGHT_LABEL[r]).join(', ');

/** Splits "a@x.com, b@x.com; c@x.com" and lines into UPNs. */
export function upnList(values: readonly string[]): string[] {
  return [...new Set(values.flatMap((v) => v.split(/[\s,;]+/)).map((v) => v.trim()).filter(Boolean))];
}

export function namesOf(items: readonly { displayName: string }[]): string {
  if (items.length === 0) return 'nobody';
  if (items.length <= 3) return items.map((i) => i.displayName).join(', ');
  return `${items.slice(0, 3).map((i) => i.displayName).join(', ')} and ${items.length - 3} more`;
}

// ---- Reading what Exchange says ------------------------------------------------------------------

/** A mailbox as the permission actions refer to it (target or found while scanning). */
export interface MailboxRef {
  /** Entra user id (ExternalDirectoryObjectId): the Identity the cmdlets get. */
  id: string;
  displayName: string;
  address: string;
}

export const mailboxRefOf = (m: MailboxTarget): MailboxRef => ({ id: m.id, displayName: m.displayName, address: m.primarySmtpAddress || m.userPrincipalName });

/** A trustee as the cmdlets show it (UPN for people), with the name the card shows. */
export interface Person {
  upn: string;
  displayName: string;
}

export const personOf = (u: DirectoryUser): Person => ({ upn: u.userPrincipalName, displayName: u.displayName });

/** Who holds each right on one mailbox: trustee labels exactly as Exchange lists them (UPNs for people). */
export type Holders = Record<Right, string[]>;

function emptyHolders(): Holders {
  return Object.fromEntries(RIGHTS.map((r) => [r, []])) as unknown as Holders;
}

const str = (o: ExchangeObject, key: string): string => (typeof o[key] === 'string' ? (o[key] as string) : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? v.split(/\s*,\s*/) : []);

/** Explicit, allowing entries of Get-MailboxPermission output into holders (SELF, inherited and Deny entries left out). */
function addMailboxPermissions(holders: Holders, rows: readonly ExchangeObject[]): void {
  for (const row of rows) {
    const user = str(row, 'User');
    if (!user || /^NT AUTHORITY\\/i.test(user) || row.IsInherited === true || row.Deny === true) continue;
    for (const right of list(row.AccessRights)) {
      const r = MAILBOX_LEVEL.find((m) => m.toLowerCase() === right.toLowerCase());
      if (r && !holders[r].some((h) => same(h, user))) holders[r].push(user);
    }
  }
}

export const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The holders of every right on one mailbox: Get-MailboxPermission, Get-RecipientPermission, Get-Mailbox. */
export async function readHolders(ctx: ActionContext, mailboxId: string): Promise<Holders> {
  const exo = ctx.directory.exchange;
  const [perms, sendAs, [mailbox]] = await Promise.all([
    exo.invoke('Get-MailboxPermission', { Identity: mailboxId }),
    exo.invoke('Get-RecipientPermission', { Identity: mailboxId }),
    exo.invoke('Get-Mailbox', { Identity: mailboxId }),
  ]);
  const holders = emptyHolders();
  addMailboxPermissions(holders, perms);
  for (const row of sendAs) {
    const trustee = str(row, 'Trustee');
    if (trustee && list(row.AccessRights).some((r) => same(r, 'SendAs')) && !holders.SendAs.some((h) => same(h, trustee))) holders.SendAs.push(trustee);
  }
  holders.SendOnBehalf = list(mailbox?.GrantSendOnBehalfTo).filter(Boolean);
  return holders;
}

/**
 * Every mailbox where one of `upns` holds a right (what "copy permissions" and "remove a user's
 * access" start from). Exchange has no reverse index for Full Access, so each mailbox's permission
 * list is read once (a few at a time); Send As comes from Get-RecipientPermission -Trustee and Send on
 * behalf from Get-Mailbox's GrantSendOnBehalfTo.
 */
export async function scanHolders(ctx: ActionContext, upns: readonly string[]): Promise<{ mailbox: MailboxRef; holders: Holders }[]> {
  const exo = ctx.directory.exchange;
  const mailboxes = await exo.invoke('Get-Mailbox', { ResultSize: 'Unlimited' }, { max: 10_000 });
  const byId = new Map<string, { mailbox: MailboxRef; holders: Holders }>();
  const entry = (o: ExchangeObject) => {
    const id = str(o, 'ExternalDirectoryObjectId');
    let e = byId.get(id);
    if (!e) {
      e = { mailbox: { id, displayName: str(o, 'DisplayName'), address: str(o, 'PrimarySmtpAddress') }, holders: emptyHolders() };
      byId.set(id, e);
    }
    return e;
  };
  const wanted = (label: string) => upns.some((u) => same(u, label));
  for (const m of mailboxes) {
    const behalf = list(m.GrantSendOnBehalfTo);
    if (behalf.some(wanted)) entry(m).holders.SendOnBehalf = behalf;
  }
  await forEachBounded(mailboxes, 8, async (m) => {
    const rows = await exo.invoke('Get-MailboxPermission', { Identity: str(m, 'ExternalDirectoryObjectId') });
    if (rows.some((r) => wanted(str(r, 'User')))) addMailboxPermissions(entry(m).holders, rows);
  });
  const ids = new Map(mailboxes.map((m) => [str(m, 'Name').toLowerCase(), m]));
  for (const upn of upns) {
    for (const row of await exo.invoke('Get-RecipientPermission', { Trustee: upn })) {
      const m = ids.get(str(row, 'Identity').toLowerCase());
      if (!m) continue; // Send As on a group or mail user: not a mailbox right
      const holders = entry(m).holders;
      const trustee = str(row, 'Trustee');
      if (!holders.SendAs.some((h) => same(h, trustee))) holders.SendAs.push(trustee);
    }
  }
  // Send As holders other than `upns` on these mailboxes matter for the before → after lines.
  for (const e of byId.values()) {
    if (e.holders.SendAs.length === 0) continue;
    const all = await exo.invoke('Get-RecipientPermission', { Identity: e.mailbox.id });
    e.holders.SendAs = [...new Set(all.map((r) => str(r, 'Trustee')).filter(Boolean))];
  }
  return [...byId.values()].sort((a, b) => a.mailbox.displayName.localeCompare(b.mailbox.displayName));
}

async function forEachBounded<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Display names for trustee labels (UPNs), read once per label. */
export class NameBook {
  private readonly cache = new Map<string, Promise<string>>();
  constructor(private readonly ctx: ActionContext) {}

  add(people: readonly Person[]): void {
    for (const p of people) this.cache.set(p.upn.toLowerCase(), Promise.resolve(p.displayName));
  }

  name(label: string): Promise<string> {
    const key = label.toLowerCase();
    let found = this.cache.get(key);
    if (!found) {
      found = this.ctx.directory
        .getUser(label)
        .then((u) => u?.displayName ?? label)
        .catch(() => label);
      this.cache.set(key, found);
    }
    return found;
  }
}

// ---- Planning, preview, run --------------------------------------------------------------------

export interface PermissionChange {
  mailbox: MailboxRef;
  trustee: Person;
  right: Right;
  op: 'add' | 'remove';
  /** Full Access only: whether Outlook adds the mailbox to the delegate's profile. */
  autoMapping: boolean;
}

export interface MailboxState {
  mailbox: MailboxRef;
  holders: Holders;
}

/** Grants of `rights` to `trustees` that are not there yet (the mailbox owner never gets rights on their own mailbox). */
export function planGrants(state: MailboxState, trustees: readonly (Person & { id?: string })[], rights: readonly Right[], autoMapping: boolean): PermissionChange[] {
  const out: PermissionChange[] = [];
  for (const trustee of trustees) {
    if (trustee.id === state.mailbox.id) continue;
    for (const right of rights) {
      if (state.holders[right].some((h) => same(h, trustee.upn))) continue;
      out.push({ mailbox: state.mailbox, trustee, right, op: 'add', autoMapping });
    }
  }
  return out;
}

/** Removals of `rights` from `trustees` that hold them now. */
export function planRemovals(state: MailboxState, trustees: readonly Person[], rights: readonly Right[]): PermissionChange[] {
  const out: PermissionChange[] = [];
  for (const trustee of trustees) {
    for (const right of rights) {
      if (state.holders[right].some((h) => same(h, trustee.upn))) out.push({ mailbox: state.mailbox, trustee, right, op: 'remove', autoMapping: false });
    }
  }
  return out;
}

const lineKey = (c: { mailbox: MailboxRef; right: Right }) => `${c.mailbox.id}|${c.right}`;

/**
 * "IT Helpdesk · Full access: Irvin Sayers, Adele Vance → Irvin Sayers, Adele Vance, Megan Bowen",
 * one line per mailbox and right that changes, in the order of RIGHTS.
 */
export async function changeLines(ctx: ActionContext, states: readonly MailboxState[], changes: readonly PermissionChange[], book = new NameBook(ctx)): Promise<ChangeLine[]> {
  book.add(changes.map((c) => c.trustee));
  const byMailbox = new Map(states.map((s) => [s.mailbox.id, s]));
  const keys = [...new Set(changes.map(lineKey))];
  const lines: { order: string; line: ChangeLine }[] = [];
  for (const key of keys) {
    const group = changes.filter((c) => lineKey(c) === key);
    const { mailbox, right } = group[0];
    const before = byMailbox.get(mailbox.id)?.holders[right] ?? [];
    const removed = new Set(group.filter((c) => c.op === 'remove').map((c) => c.trustee.upn.toLowerCase()));
    const after = [...before.filter((h) => !removed.has(h.toLowerCase())), ...group.filter((c) => c.op === 'add' && !before.some((h) => same(h, c.trustee.upn))).map((c) => c.trustee.upn)];
    const show = async (labels: string[]) => (labels.length === 0 ? '(nobody)' : (await Promise.all(labels.map((l) => book.name(l)))).join(', '));
    lines.push({
      order: `${mailbox.displayName}|${RIGHTS.indexOf(right)}`,
      line: { label: `${mailbox.displayName} · ${RIGHT_LABEL[right]}`, before: await show(before), after: await show(after) },
    });
  }
  return lines.sort((a, b) => a.order.localeCompare(b.order, undefined, { numeric: true })).map((l) => l.line);
}

/** The confirm card's part for a planned list of changes; `noop` when it is empty. */
export async function previewChanges(ctx: ActionContext, states: readonly MailboxState[], changes: readonly PermissionChange[], noop: string, warnings: string[] = []): Promise<TargetPreview> {
  if (changes.length === 0) return { changes: [], noop, ...(warnings.length > 0 ? { warnings } : {}) };
  const preview: TargetPreview = { changes: await changeLines(ctx, states, changes) };
  const automapped = changes.filter((c) => c.op === 'add' && c.right === 'FullAccess');
  if (automapped.length > 0) {
    const on = automapped.some((c) => c.autoMapping);
    warnings.push(
      on
        ? 'Automapping is on: Outlook adds the mailbox to the delegates\' profiles (it can only be changed later by removing and granting Full access again).'
        : 'Automapping is off: delegates open the mailbox themselves in Outlook.',
    );
  }
  if (warnings.length > 0) preview.warnings = warnings;
  return preview;
}

/** Runs the cmdlets of each change; one failure never hides the others. */
export async function applyChanges(ctx: ActionContext, changes: readonly PermissionChange[]): Promise<{ done: PermissionChange[]; failed: string[] }> {
  const exo = ctx.directory.exchange;
  const done: PermissionChange[] = [];
  const failed: string[] = [];
  const attempt = async (batch: PermissionChange[], call: () => Promise<unknown>) => {
    try {
      await call();
      done.push(...batch);
    } catch (e) {
      const what = batch.map((c) => `${c.op === 'add' ? '+' : '−'} ${RIGHT_LABEL[c.right]} for ${c.trustee.displayName} on ${c.mailbox.displayName}`).join(', ');
      failed.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const mailboxIds = [...new Set(changes.map((c) => c.mailbox.id))];
  for (const id of mailboxIds) {
    const here = changes.filter((c) => c.mailbox.id === id);
    const trustees = [...new Set(here.map((c) => c.trustee.upn.toLowerCase()))];
    for (const t of trustees) {
      const mine = here.filter((c) => c.trustee.upn.toLowerCase() === t);
      for (const op of ['remove', 'add'] as const) {
        const level = mine.filter((c) => c.op === op && MAILBOX_LEVEL.includes(c.right));
        if (level.length > 0) {
          const rights = level.map((c) => c.right);
          const params: Record<string, unknown> = { Identity: id, User: level[0].trustee.upn, AccessRights: rights, InheritanceType: 'All' };
          if (op === 'add' && rights.includes('FullAccess')) params.AutoMapping = level.find((c) => c.right === 'FullAccess')!.autoMapping;
          if (op === 'remove') params.Confirm = false;
          await attempt(level, () => exo.invoke(op === 'add' ? 'Add-MailboxPermission' : 'Remove-MailboxPermission', params));
        }
        const sendAs = mine.filter((c) => c.op === op && c.right === 'SendAs');
        if (sendAs.length > 0) {
          await attempt(sendAs, () =>
            exo.invoke(op === 'add' ? 'Add-RecipientPermission' : 'Remove-RecipientPermission', { Identity: id, Trustee: sendAs[0].trustee.upn, AccessRights: 'SendAs', Confirm: false }),
          );
        }
      }
    }
    const behalf = here.filter((c) => c.right === 'SendOnBehalf');
    if (behalf.length > 0) {
      const add = behalf.filter((c) => c.op === 'add').map((c) => c.trustee.upn);
      const remove = behalf.filter((c) => c.op === 'remove').map((c) => c.trustee.upn);
      await attempt(behalf, () => exo.invoke('Set-Mailbox', { Identity: id, GrantSendOnBehalfTo: addRemove({ add, remove }) }));
    }
  }
  return { done, failed };
}

/** The result of a run: what changed (before → after lines of the changes made), what failed. */
export async function outcomeOf(ctx: ActionContext, states: readonly MailboxState[], planned: readonly PermissionChange[], result: { done: PermissionChange[]; failed: string[] }, nothing: string): Promise<TargetOutcome> {
  if (planned.length === 0) return { outcome: 'skipped', message: nothing };
  const { done, failed } = result;
  const added = done.filter((c) => c.op === 'add');
  const removed = done.filter((c) => c.op === 'remove');
  const parts = [
    added.length > 0 ? `Granted ${countOf(added.length, 'right')} (${summarizeChanges(added)}).` : '',
    removed.length > 0 ? `Removed ${countOf(removed.length, 'right')} (${summarizeChanges(removed)}).` : '',
    failed.length > 0 ? `Failed: ${failed.join('; ')}` : '',
  ].filter(Boolean);
  return {
    outcome: failed.length === 0 ? 'succeeded' : 'failed',
    message: parts.join(' '),
    changes: await changeLines(ctx, states, done),
    audit: { changes: done.map(auditOf), failed },
  };
}

const countOf = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function summarizeChanges(changes: readonly PermissionChange[]): string {
  return changes.map((c) => `${RIGHT_LABEL[c.right]} for ${c.trustee.displayName} on ${c.mailbox.displayName}`).join('; ');
}

const auditOf = (c: PermissionChange) => ({ mailbox: c.mailbox.id, trustee: c.trustee.upn, right: c.right, op: c.op, ...(c.right === 'FullAccess' && c.op === 'add' ? { autoMapping: c.autoMapping } : {}) });

// ---- Undo: the exact inverse -------------------------------------------------------------------

const restoreEntry = z.object({
  mailbox: z.string().min(1),
  mailboxName: z.string(),
  trustee: z.string().min(1),
  right: z.enum(RIGHTS),
  op: z.enum(['add', 'remove']),
  autoMapping: z.boolean(),
});
export type RestoreEntry = z.infer<typeof restoreEntry>;

/**
 * Set by Undo only (forms skip object lists): the exact grants to put back or take away. A hand-made
 * value is held to the same rules as any input: every mailbox and trustee is scope-checked.
 */
export const restoreInput = z.array(restoreEntry).optional().describe('Undo: the exact changes that put the rights back as they were.');

/** The inverse of changes made: what Undo sends back to the same action. */
export function inverseOf(changes: readonly PermissionChange[]): RestoreEntry[] {
  return changes.map((c) => ({
    mailbox: c.mailbox.id,
    mailboxName: c.mailbox.displayName,
    trustee: c.trustee.upn,
    right: c.right,
    op: c.op === 'add' ? 'remove' : 'add',
    // Exchange does not report automapping; a removed Full Access comes back with automapping on, its default.
    autoMapping: true,
  }));
}

/** Mailboxes named outside the targets (scans, undo entries) are held to the operator's scope like targets. */
export async function assertMailboxesInScope(ctx: ActionContext, mailboxIds: readonly string[]): Promise<void> {
  const ids = [...new Set(mailboxIds)];
  if (ids.length > 0) await ctx.resolveUsers(ids);
}

/** Which of these mailboxes the operator manages (an out-of-scope mailbox is left alone and said so). */
export async function splitByScope<T extends { mailbox: MailboxRef }>(ctx: ActionContext, items: readonly T[]): Promise<{ inScope: T[]; outside: T[] }> {
  const inScope: T[] = [];
  const outside: T[] = [];
  for (const item of items) {
    try {
      await ctx.resolveUsers([item.mailbox.id]);
      inScope.push(item);
    } catch (e) {
      if (e instanceof StewardError && (e.code === 'SCOPE_DENIED' || e.code === 'TARGET_NOT_FOUND')) outside.push(item);
      else throw e;
    }
  }
  return { inScope, outside };
}

/** The restore entries as changes against the current state (entries already in place are dropped). */
export async function planRestore(ctx: ActionContext, entries: readonly RestoreEntry[]): Promise<{ states: MailboxState[]; changes: PermissionChange[] }> {
  await assertMailboxesInScope(ctx, entries.map((e) => e.mailbox));
  const people = await ctx.resolveUsers(upnList(entries.map((e) => e.trustee)));
  const byUpn = new Map(people.map((p) => [p.userPrincipalName.toLowerCase(), p]));
  const byId = new Map(people.map((p) => [p.id.toLowerCase(), p]));
  const states: MailboxState[] = [];
  const changes: PermissionChange[] = [];
  for (const id of [...new Set(entries.map((e) => e.mailbox))]) {
    const mine = entries.filter((e) => e.mailbox === id);
    const state: MailboxState = { mailbox: { id, displayName: mine[0].mailboxName || id, address: '' }, holders: await readHolders(ctx, id) };
    states.push(state);
    for (const e of mine) {
      const user = byUpn.get(e.trustee.toLowerCase()) ?? byId.get(e.trustee.toLowerCase());
      if (!user) continue;
      const person = personOf(user);
      const planned = e.op === 'add' ? planGrants(state, [{ ...person, id: user.id }], [e.right], e.autoMapping) : planRemovals(state, [person], [e.right]);
      changes.push(...planned);
    }
  }
  return { states, changes };
}

export async function previewRestore(ctx: ActionContext, entries: readonly RestoreEntry[]): Promise<TargetPreview> {
  const { states, changes } = await planRestore(ctx, entries);
  return previewChanges(ctx, states, changes, 'The rights are already as they were before: nothing to undo.');
}

export async function runRestore(ctx: ActionContext, entries: readonly RestoreEntry[]): Promise<TargetOutcome> {
  const { states, changes } = await planRestore(ctx, entries);
  return outcomeOf(ctx, states, changes, await applyChanges(ctx, changes), 'The rights were already as they were before.');
}

export const describeRestore = (entries: readonly RestoreEntry[]): { label: string; value: string }[] => [
  { label: 'Undo', value: `${countOf(entries.length, 'change')} back to the rights captured before the run` },
];

/**
 * Undo for a permission action: capture plans the changes the run is about to make (from the same
 * state the run reads), restore answers the same action with their exact inverse.
 */
export function permissionUndo<I, T>(
  actionId: string,
  plan: (ctx: ActionContext, target: T, input: I) => Promise<{ changes: PermissionChange[] }>,
): UndoSpec<I & { restore?: RestoreEntry[] }, T> {
  return {
    async capture(ctx, target, input) {
      const { changes } = input.restore ? await planRestore(ctx, input.restore) : await plan(ctx, target, input);
      return { entries: inverseOf(changes) };
    },
    restore(captured, input) {
      const entries = (captured as { entries: RestoreEntry[] }).entries;
      if (entries.length === 0) return null;
      return { actionId, params: { ...(input as Record<string, unknown>), restore: entries } };
    },
  };
}

/** "Megan Bowen has no Full access on IT Helpdesk"-style refusals: a clear message, nothing changed. */
export function refuse(message: string, hint: string): StewardError {
  return new StewardError('VALIDATION_FAILED', `${message} Nothing was changed.`, { hint });
}

// ---- Plans of the actions ----------------------------------------------------------------------

/** Everything a permission action decided for one target: shown by preview, done by run. */
export interface PermissionPlan {
  states: MailboxState[];
  changes: PermissionChange[];
  warnings: string[];
  /** Why nothing changes, when `changes` is empty. */
  noop: string;
  /** Extra lines for the card (e.g. every right a removal takes away). */
  items?: string[];
}

export async function previewPlan(ctx: ActionContext, plan: PermissionPlan): Promise<TargetPreview> {
  const preview = await previewChanges(ctx, plan.states, plan.changes, plan.noop, [...plan.warnings]);
  if (plan.items && plan.items.length > 0 && plan.changes.length > 0) preview.items = plan.items;
  return preview;
}

export async function runPlan(ctx: ActionContext, plan: PermissionPlan): Promise<TargetOutcome> {
  if (plan.changes.length === 0) return { outcome: 'skipped', message: plan.noop };
  return outcomeOf(ctx, plan.states, plan.changes, await applyChanges(ctx, plan.changes), plan.noop);
}

async function targetState(ctx: ActionContext, mailbox: MailboxTarget): Promise<MailboxState> {
  return { mailbox: mailboxRefOf(mailbox), holders: await readHolders(ctx, mailbox.id) };
}

/** The delegates (scope-checked users); the mailbox's own account is refused as its own delegate. */
async function delegatesFor(ctx: ActionContext, mailbox: MailboxTarget, texts: readonly string[]): Promise<(Person & { id: string })[]> {
  const users = await ctx.resolveUsers(upnList(texts));
  const own = users.find((u) => u.id === mailbox.id);
  if (own) throw refuse(`${own.displayName} owns the mailbox ${mailbox.displayName} and cannot be its own delegate.`, 'Pick other users as delegates.');
  return users.map((u) => ({ ...personOf(u), id: u.id }));
}

/** Grant `rights` on the target mailbox to each delegate (rights they already hold are left as they are). */
export async function planDelegateGrants(
  ctx: ActionContext,
  mailbox: MailboxTarget,
  input: { delegates: string[]; accessRights: Right[]; autoMapping: boolean },
): Promise<PermissionPlan> {
  const delegates = await delegatesFor(ctx, mailbox, input.delegates);
  const state = await targetState(ctx, mailbox);
  const changes = planGrants(state, delegates, input.accessRights, input.autoMapping);
  const complete = delegates.filter((d) => !changes.some((c) => same(c.trustee.upn, d.upn)));
  const warnings = complete.length > 0 && changes.length > 0 ? [`${namesOf(complete)} already ${complete.length === 1 ? 'has' : 'have'} ${rightNames(input.accessRights)}: left as is.`] : [];
  return { states: [state], changes, warnings, noop: `${namesOf(delegates)} already ${delegates.length === 1 ? 'has' : 'have'} ${rightNames(input.accessRights)} on ${mailbox.displayName}.` };
}

/** Take `rights` on the target mailbox away from each delegate (only those they hold). */
export async function planDelegateRemovals(ctx: ActionContext, mailbox: MailboxTarget, input: { delegates: string[]; accessRights: Right[] }): Promise<PermissionPlan> {
  const delegates = await delegatesFor(ctx, mailbox, input.delegates);
  const state = await targetState(ctx, mailbox);
  const changes = planRemovals(state, delegates, input.accessRights);
  const without = delegates.filter((d) => !changes.some((c) => same(c.trustee.upn, d.upn)));
  const warnings = without.length > 0 && changes.length > 0 ? [`${namesOf(without)} ${without.length === 1 ? 'has' : 'have'} none of these rights on ${mailbox.displayName}: left as is.`] : [];
  return { states: [state], changes, warnings, noop: `${namesOf(delegates)} ${delegates.length === 1 ? 'has' : 'have'} none of ${rightNames(input.accessRights)} on ${mailbox.displayName}.` };
}

/** Grant and remove Send As on the target mailbox. */
export async function planSendAs(ctx: ActionContext, mailbox: MailboxTarget, input: { addTrustees?: string[]; removeTrustees?: string[] }): Promise<PermissionPlan> {
  const add = input.addTrustees?.length ? await delegatesFor(ctx, mailbox, input.addTrustees) : [];
  const remove = input.removeTrustees?.length ? await delegatesFor(ctx, mailbox, input.removeTrustees) : [];
  const both = add.filter((a) => remove.some((r) => r.id === a.id));
  if (both.length > 0) throw refuse(`${namesOf(both)} ${both.length === 1 ? 'is' : 'are'} both to add and to remove.`, 'Name each user in one list only.');
  const state = await targetState(ctx, mailbox);
  const changes = [...planGrants(state, add, ['SendAs'], false), ...planRemovals(state, remove, ['SendAs'])];
  const warnings: string[] = [];
  const already = add.filter((a) => !changes.some((c) => same(c.trustee.upn, a.upn)));
  const absent = remove.filter((r) => !changes.some((c) => same(c.trustee.upn, r.upn)));
  if (already.length > 0) warnings.push(`${namesOf(already)} can already send as ${mailbox.displayName}: left as is.`);
  if (absent.length > 0) warnings.push(`${namesOf(absent)} cannot send as ${mailbox.displayName} now: nothing to remove.`);
  return { states: [state], changes, warnings: changes.length > 0 ? warnings : [], noop: `Send as on ${mailbox.displayName} is already that way. ${warnings.join(' ')}`.trim() };
}

/** The target's manager (Graph), granted Full Access; no manager is said plainly. */
export async function planManagerGrant(ctx: ActionContext, mailbox: MailboxTarget, input: { autoMapping: boolean }): Promise<PermissionPlan> {
  let manager: { id: string; userPrincipalName: string; displayName: string } | null = null;
  try {
    manager = await ctx.directory.graph.get(`/users/${encodeURIComponent(mailbox.id)}/manager?$select=id,userPrincipalName,displayName`);
  } catch (e) {
    if ((e as { status?: unknown }).status !== 404) throw e;
  }
  const state = await targetState(ctx, mailbox);
  if (!manager) {
    return {
      states: [state],
      changes: [],
      warnings: [],
      noop: `${mailbox.displayName} has no manager in Entra ID, so there is nobody to grant Full access to. Set the manager first (e.g. "update ${mailbox.userPrincipalName} manager to …"), then run this again.`,
    };
  }
  const person = { upn: manager.userPrincipalName, displayName: manager.displayName, id: manager.id };
  const changes = planGrants(state, [person], ['FullAccess'], input.autoMapping);
  return { states: [state], changes, warnings: [], noop: `${manager.displayName}, the manager, already has Full access to ${mailbox.displayName}.` };
}

/**
 * Copy what `sources` hold on other mailboxes to `receivers`. Add mode grants what is missing;
 * replace mode also takes away the receivers' rights that no source holds on that mailbox.
 * Mailboxes outside the operator's scope are left alone (and listed); nobody gets rights on their own mailbox.
 */
export async function planCopy(
  ctx: ActionContext,
  sources: readonly (Person & { id: string })[],
  receivers: readonly (Person & { id: string })[],
  mode: 'add' | 'replace',
): Promise<PermissionPlan> {
  const scanned = await scanHolders(ctx, [...sources, ...receivers].map((p) => p.upn));
  const { inScope, outside } = await splitByScope(ctx, scanned);
  const changes: PermissionChange[] = [];
  for (const state of inScope) {
    const sourceRights = RIGHTS.filter((r) => sources.some((s) => state.holders[r].some((h) => same(h, s.upn))));
    changes.push(...planGrants(state, receivers, sourceRights, true));
    if (mode === 'replace') {
      const extra = RIGHTS.filter((r) => !sourceRights.includes(r));
      changes.push(...planRemovals(state, receivers, extra));
    }
  }
  const warnings = outside.length > 0 ? [`Left alone (outside the mailboxes you manage): ${outside.map((o) => o.mailbox.displayName).join(', ')}.`] : [];
  const held = inScope.filter((s) => RIGHTS.some((r) => sources.some((src) => s.holders[r].some((h) => same(h, src.upn)))));
  const noop =
    held.length === 0
      ? `${namesOf(sources)} ${sources.length === 1 ? 'holds' : 'hold'} no rights on other mailboxes: there is nothing to copy.`
      : `${namesOf(receivers)} already ${receivers.length === 1 ? 'has' : 'have'} the same rights as ${namesOf(sources)}.`;
  const items = changes.map((c) => `${c.op === 'add' ? 'Grant' : 'Remove'} ${RIGHT_LABEL[c.right]} on ${c.mailbox.displayName} ${c.op === 'add' ? 'to' : 'from'} ${c.trustee.displayName}`);
  return { states: inScope, changes, warnings, noop, items };
}

/** The person behind a mailbox target (the user whose rights are copied or removed). */
export const ownerOf = (mailbox: MailboxTarget): Person & { id: string } => ({ id: mailbox.id, upn: mailbox.userPrincipalName, displayName: mailbox.displayName });

/** Only people's mailboxes hold rights on other mailboxes: shared, room and equipment accounts are refused. */
export function assertPersonMailbox(mailbox: MailboxTarget, why: string): void {
  if (mailbox.recipientTypeDetails && mailbox.recipientTypeDetails !== 'UserMailbox') {
    throw refuse(`${mailbox.displayName} is a ${mailbox.recipientTypeDetails.replace(/Mailbox$/, '').toLowerCase()} mailbox, not a person: ${why}`, 'Pick a user mailbox.');
  }
}

/** Every right `user` holds on other mailboxes (optionally only some mailboxes, Send As / on behalf included or not), removed. */
export async function planRemoveUserAccess(
  ctx: ActionContext,
  user: Person & { id: string },
  input: { mailboxes?: string[]; includeSendAs: boolean; includeSendOnBehalf: boolean },
): Promise<PermissionPlan> {
  const scanned = (await scanHolders(ctx, [user.upn])).filter((s) => s.mailbox.id !== user.id);
  let chosen = scanned;
  if (input.mailboxes && input.mailboxes.length > 0) {
    const wanted = upnList(input.mailboxes);
    const unknown = wanted.filter((w) => !scanned.some((s) => [s.mailbox.address, s.mailbox.id, s.mailbox.displayName].some((v) => same(v, w))));
    if (unknown.length > 0) {
      throw refuse(
        `${user.displayName} holds no rights on ${unknown.map((u) => `"${u}"`).join(', ')}.`,
        `Give the mailboxes by address; ${user.displayName} holds rights on: ${scanned.map((s) => s.mailbox.address).join(', ') || 'no mailbox'}.`,
      );
    }
    chosen = scanned.filter((s) => wanted.some((w) => [s.mailbox.address, s.mailbox.id, s.mailbox.displayName].some((v) => same(v, w))));
  }
  const { inScope, outside } = await splitByScope(ctx, chosen);
  const rights = RIGHTS.filter((r) => (r !== 'SendAs' || input.includeSendAs) && (r !== 'SendOnBehalf' || input.includeSendOnBehalf));
  const changes = inScope.flatMap((state) => planRemovals(state, [user], rights));
  const warnings = outside.length > 0 ? [`Left alone (outside the mailboxes you manage): ${outside.map((o) => o.mailbox.displayName).join(', ')}.`] : [];
  const kept = inScope.flatMap((state) => RIGHTS.filter((r) => !rights.includes(r) && state.holders[r].some((h) => same(h, user.upn))).map((r) => `${RIGHT_LABEL[r]} on ${state.mailbox.displayName}`));
  if (kept.length > 0) warnings.push(`Kept (not included): ${kept.join(', ')}.`);
  const items = changes.map((c) => `Remove ${RIGHT_LABEL[c.right]} on ${c.mailbox.displayName}`);
  return { states: inScope, changes, warnings, noop: `${user.displayName} holds no ${input.includeSendAs && input.includeSendOnBehalf ? '' : 'such '}rights on other mailboxes.`, items };
}

/** "IT Helpdesk" / "IT Helpdesk and Contoso Info" / "3 mailboxes". */
export function mailboxList(targets: readonly { displayName: string }[]): string {
  if (targets.length === 1) return targets[0].displayName;
  if (targets.length === 2) return `${targets[0].displayName} and ${targets[1].displayName}`;
  return `${targets.length} mailboxes`;
}

/** Users named as copy sources or receivers: scope-checked, without the person the target already is. */
export async function peopleExcept(ctx: ActionContext, texts: readonly string[], except: Person & { id: string }, role: string): Promise<(Person & { id: string })[]> {
  const users = (await ctx.resolveUsers(upnList(texts))).filter((u) => u.id !== except.id);
  if (users.length === 0) throw refuse(`${except.displayName} cannot be ${role} of their own permissions.`, `Name other users as ${role}s.`);
  return users.map((u) => ({ ...personOf(u), id: u.id }));
}

export const MODE_TEXT = { add: 'add to what they have', replace: 'replace what they have' } as const;
