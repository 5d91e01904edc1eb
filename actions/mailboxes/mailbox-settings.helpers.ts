import type { ActionContext } from '../define-action';
import type { ExchangeObject } from '../exchange-gateway.types';
import type { MailboxTarget } from '../targets/exchange-recipient.target';

/**
 * Small pieces the mailbox settings actions share: reading a mailbox's current state (every preview
 * and undo capture starts from what Exchange says now, never from the chat text), display helpers,
 * and Exchange's quota sizes.
 */

/** "Adele Vance" / "Adele Vance and Megan Bowen" / "3 mailboxes". */
export function mailboxNames(targets: readonly { displayName: string }[]): string {
  if (targets.length === 1) return targets[0].displayName;
  if (targets.length === 2) return `${targets[0].displayName} and ${targets[1].displayName}`;
  return `${targets.length} mailboxes`;
}

/** The mailbox's Identity for cmdlets: its Entra object id, which never changes or collides. */
export const identityOf = (mailbox: MailboxTarget): string => mailbox.id;

/** One Get-* cmdlet on this mailbox (Get-Mailbox, Get-CASMailbox, Get-MailboxRegionalConfiguration…). */
export async function readMailboxObject(ctx: ActionContext, cmdlet: string, mailbox: MailboxTarget): Promise<ExchangeObject> {
  const [found] = await ctx.directory.exchange.invoke(cmdlet, { Identity: identityOf(mailbox) }, { anchorMailbox: mailbox.userPrincipalName });
  if (!found) throw new Error(`${cmdlet} returned nothing for ${mailbox.primarySmtpAddress}.`);
  return found;
}

export const readMailbox = (ctx: ActionContext, mailbox: MailboxTarget) => readMailboxObject(ctx, 'Get-Mailbox', mailbox);

/** A string property, '' when absent. */
export function text(o: ExchangeObject, key: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : '';
}

export function flag(o: ExchangeObject, key: string): boolean {
  return o[key] === true;
}

export const yesNo = (v: boolean): string => (v ? 'Yes' : 'No');
export const onOff = (v: boolean): string => (v ? 'On' : 'Off');
/** A value on a change line: '(none)' for nothing. */
export const shown = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '(none)' : v);

// ---- Quotas -----------------------------------------------------------------------------------

const UNIT: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

/**
 * A quota as Exchange accepts it ("98GB", "49.5 GB", "1024MB", a byte count, "Unlimited") or as
 * Get-Mailbox shows it ("98 GB (105,226,698,752 bytes)": the byte count wins, so nothing is rounded).
 * Answers bytes, Infinity for Unlimited, or undefined when the text is not a size.
 */
export function quotaBytes(value: string): number | undefined {
  const t = value.trim();
  if (/^unlimited$/i.test(t)) return Infinity;
  const exact = /\(([\d,]+) bytes\)\s*$/.exec(t);
  if (exact) return Number(exact[1].replace(/,/g, ''));
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?$/i.exec(t);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNIT[(m[2] ?? 'B').toUpperCase()]);
}

/** What an operator reads: "98 GB", "49.5 GB", "Unlimited". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'Unlimited';
  const [unit, size] = (['TB', 'GB', 'MB', 'KB'] as const).map((u) => [u, UNIT[u]] as const).find(([, s]) => bytes >= s) ?? ['B', 1];
  return `${Math.round((bytes / size) * 100) / 100} ${unit}`;
}

/** The value sent to Set-Mailbox: the operator's size without spaces ("98GB"), or "Unlimited". */
export function quotaParameter(value: string): string {
  const bytes = quotaBytes(value);
  if (bytes === undefined) throw new Error(`"${value}" is not a mailbox size.`);
  if (!Number.isFinite(bytes)) return 'Unlimited';
  const exact = /\(([\d,]+) bytes\)\s*$/.exec(value);
  return exact ? String(bytes) : value.trim().replace(/\s+/g, '').toUpperCase();
}

/** A check() answer with one message when `condition` holds, else none. */
export function problemIf(condition: boolean, key: string, message: string): Record<string, string> {
  return condition ? { [key]: message } : {};
}
