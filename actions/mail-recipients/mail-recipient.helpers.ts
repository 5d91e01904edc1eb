import { z } from 'zod';
import { BackendError } from '../backends/graph/graph-error';
import type { ActionContext, ChangeLine } from '../define-action';
import type { ExchangeObject } from '../exchange-gateway.types';
import { StewardError } from '../errors';

/**
 * What the mail contact and mail user actions share: address handling (Exchange's "SMTP:/smtp:"
 * prefixes), "is this address taken?" reads, and before → after lines for edits.
 */

export const CATEGORY = 'Mail contacts and mail users';

export const emailList = (help: string) => z.array(z.string().trim().email()).optional().describe(help);

export function invalid(message: string, hint: string): StewardError {
  return new StewardError('VALIDATION_FAILED', message, { hint });
}

/** "SMTP:a@b" → "a@b". */
export function bare(address: string): string {
  return address.replace(/^smtp:/i, '');
}

export function str(o: ExchangeObject | undefined, key: string): string {
  const v = o?.[key];
  return typeof v === 'string' ? v : '';
}

/** Proxy addresses other than the primary, bare. */
export function secondaryAddresses(o: ExchangeObject): string[] {
  const all = Array.isArray(o.EmailAddresses) ? (o.EmailAddresses as unknown[]).map(String) : [];
  return all.filter((a) => a.startsWith('smtp:')).map(bare);
}

function isNotFound(e: unknown): boolean {
  return e instanceof BackendError ? e.status === 404 || e.code === 'ManagementObjectNotFoundException' : false;
}

/** The recipient that already uses `address` (any kind), or null. */
export async function recipientUsing(ctx: ActionContext, address: string): Promise<ExchangeObject | null> {
  try {
    const found = await ctx.directory.exchange.invoke('Get-Recipient', { Identity: address });
    const lowered = address.toLowerCase();
    return (
      found.find((r) => {
        const addresses = Array.isArray(r.EmailAddresses) ? (r.EmailAddresses as unknown[]).map((a) => bare(String(a)).toLowerCase()) : [];
        return addresses.includes(lowered) || bare(str(r, 'ExternalEmailAddress')).toLowerCase() === lowered;
      }) ?? null
    );
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** Refuses addresses another recipient uses (Exchange would refuse them at run time, after partial work). */
export async function assertAddressesFree(ctx: ActionContext, addresses: readonly string[], ownGuid?: string): Promise<void> {
  for (const address of addresses) {
    const holder = await recipientUsing(ctx, address);
    if (holder && str(holder, 'Guid') !== ownGuid) {
      throw invalid(`${address} is already used by ${str(holder, 'DisplayName')} (${str(holder, 'RecipientTypeDetails')}).`, 'Pick another address; an address belongs to one recipient only.');
    }
  }
}

/** Each address at most once across the lists ("add x" and "remove x" together make no sense). */
export function overlapErrors(lists: Record<string, readonly string[] | undefined>): Record<string, string> {
  const seen = new Map<string, string>();
  const errors: Record<string, string> = {};
  for (const [key, list] of Object.entries(lists)) {
    for (const address of list ?? []) {
      const lowered = address.toLowerCase();
      const other = seen.get(lowered);
      if (other !== undefined && other !== key) errors[key] = `${address} is also in ${other}: name each address once.`;
      else if (other === key) errors[key] = `${address} is listed twice.`;
      seen.set(lowered, key);
    }
  }
  return errors;
}

/** The edit's before → after lines for plain text fields (only the ones that change). */
export function textChanges(fields: readonly { label: string; before: string; after: string | undefined }[]): ChangeLine[] {
  return fields
    .filter((f) => f.after !== undefined && f.after !== f.before)
    .map((f) => ({ label: f.label, before: f.before || '(empty)', after: f.after || '(empty)' }));
}

/** Address list before → after (secondary addresses; the primary has its own line). */
export function addressChange(before: readonly string[], add: readonly string[], remove: readonly string[]): { change: ChangeLine | null; after: string[] } {
  const removed = new Set(remove.map((a) => a.toLowerCase()));
  const kept = before.filter((a) => !removed.has(a.toLowerCase()));
  const added = add.filter((a) => !before.some((b) => b.toLowerCase() === a.toLowerCase()));
  const after = [...kept, ...added];
  const changed = added.length > 0 || kept.length !== before.length;
  const show = (list: readonly string[]) => (list.length > 0 ? list.join(', ') : '(none)');
  return { change: changed ? { label: 'Other email addresses', before: show(before), after: show(after) } : null, after };
}

/** Only defined values: Exchange treats an explicit null as "clear". */
export function defined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
