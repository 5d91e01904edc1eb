import { z } from 'zod';
import { defineAction, type ChangeLine } from '../define-action';
import type { ExchangeObject } from '../exchange-gateway.types';
import { formatBytes, identityOf, mailboxNames, quotaBytes, quotaParameter, readMailbox, text } from './mailbox-settings.helpers';

/**
 * Mailbox size limits (Set-Mailbox IssueWarningQuota / ProhibitSendQuota / ProhibitSendReceiveQuota).
 * Exchange requires warning ≤ send ≤ send-and-receive, so check() refuses any other order before
 * anything is sent. The card shows each limit before → after. Undo puts back the byte-exact values
 * read before the run (Get-Mailbox shows "98 GB (105,226,698,752 bytes)"; the byte count is used).
 */

const SIZE_HELP = 'A size such as 98GB, 49.5 GB, 500MB, or Unlimited.';
const size = (what: string) => z.string().trim().min(1).describe(`${what}. ${SIZE_HELP}`);

const input = z.object({
  issueWarningQuota: size('Warn the user from this size'),
  prohibitSendQuota: size('Stop sending from this size'),
  prohibitSendReceiveQuota: size('Stop sending and receiving from this size'),
});
type Input = z.infer<typeof input>;

const QUOTAS = [
  { key: 'issueWarningQuota', property: 'IssueWarningQuota', label: 'Warning quota' },
  { key: 'prohibitSendQuota', property: 'ProhibitSendQuota', label: 'Prohibit send quota' },
  { key: 'prohibitSendReceiveQuota', property: 'ProhibitSendReceiveQuota', label: 'Prohibit send and receive quota' },
] as const;

const human = (value: string): string => {
  const bytes = quotaBytes(value);
  return bytes === undefined ? value : formatBytes(bytes);
};

function diff(mailbox: ExchangeObject, i: Input): { changes: ChangeLine[]; parameters: Record<string, string> } {
  const changes: ChangeLine[] = [];
  const parameters: Record<string, string> = {};
  for (const q of QUOTAS) {
    const before = quotaBytes(text(mailbox, q.property) || 'Unlimited');
    const after = quotaBytes(i[q.key]);
    if (before === after) continue;
    changes.push({ label: q.label, before: formatBytes(before ?? Infinity), after: formatBytes(after ?? Infinity) });
    parameters[q.property] = quotaParameter(i[q.key]);
  }
  return { changes, parameters };
}

/** Captured quotas as exact byte counts (or Unlimited), so the undo rounds nothing. */
function exact(mailbox: ExchangeObject, property: string): string {
  const bytes = quotaBytes(text(mailbox, property) || 'Unlimited');
  return bytes === undefined || !Number.isFinite(bytes) ? 'Unlimited' : String(bytes);
}

export const manageQuotaAction = defineAction({
  id: 'mailbox.manage-quota',
  title: 'Manage mailbox quota',
  category: 'Mailboxes',
  description: 'Set the warning, prohibit-send and prohibit-send-and-receive size limits of one or more mailboxes.',
  phrases: [
    'set the mailbox quota of jane@contoso.com',
    'change the storage limits of a mailbox',
    'set the quota of {mailbox} to warn at 45GB, stop sending at 48GB and receiving at 50GB',
    'raise the mailbox size limit for a user',
    'change the prohibit send quota of mailboxes',
    'increase the storage quota of a full mailbox',
    'mailbox full for {user}, please increase the quota',
    '{user} keeps getting mailbox almost full warnings, raise the limit to 100GB',
    "bump {user}'s mbx quota to 100 GB",
    'set ProhibitSendQuota and ProhibitSendReceiveQuota on {mailbox}',
    'increase the mailbox size of {mailbox}',
    "{user} can't send email because the mailbox is over its size limit, raise the quota",
    'lower the warning quota of {mailbox} to 40GB',
    "{user}'s mailbox should show the quota warning at 45GB",
    'can {user} get a bigger mailbox?',
    'change the mailbox storage limit of {mailbox}',
    'give {user} more mailbox space',
    'the shared mailbox {mailbox} hit its 50GB quota, raise it',
    'set mailbox size limits for {user}: warn at 90GB, prohibit send at 95GB, prohibit send and receive at 100GB',
    'make the quota of {mailbox} unlimited',
    'quota increase for {user}',
    '{mailbox} should stop receiving mail at 50GB',
  ],
  paramRules: [
    { name: 'issueWarningQuota', capture: /\bwarn(?:ing)?\b(?:\s+(?:quota|at|from|to|of))*\s+(\d+(?:\.\d+)?\s*[KMGT]?B|unlimited)\b/i },
    { name: 'prohibitSendQuota', capture: /\b(?:prohibit|block|stop)\s*sending(?!\s+and)(?:\s+(?:quota|at|from|to|of))*\s+(\d+(?:\.\d+)?\s*[KMGT]?B|unlimited)\b/i },
    { name: 'prohibitSendReceiveQuota', capture: /\b(?:send(?:ing)? and receiv(?:e|ing)|receiving)\b(?:\s+(?:quota|at|from|to|of))*\s+(\d+(?:\.\d+)?\s*[KMGT]?B|unlimited)\b/i },
  ],
  target: 'mailbox',
  input,
  check: (i) => {
    const errors: Record<string, string> = {};
    const bytes = Object.fromEntries(QUOTAS.map((q) => [q.key, quotaBytes(i[q.key])])) as Record<(typeof QUOTAS)[number]['key'], number | undefined>;
    for (const q of QUOTAS) if (bytes[q.key] === undefined) errors[q.key] = `"${i[q.key]}" is not a size. ${SIZE_HELP}`;
    if (Object.keys(errors).length > 0) return errors;
    if (bytes.issueWarningQuota! > bytes.prohibitSendQuota!) {
      errors.issueWarningQuota = `The warning quota (${human(i.issueWarningQuota)}) must not be larger than the prohibit send quota (${human(i.prohibitSendQuota)}).`;
    }
    if (bytes.prohibitSendQuota! > bytes.prohibitSendReceiveQuota!) {
      errors.prohibitSendQuota = `The prohibit send quota (${human(i.prohibitSendQuota)}) must not be larger than the prohibit send and receive quota (${human(i.prohibitSendReceiveQuota)}).`;
    }
    return errors;
  },
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    `Set the quotas of ${mailboxNames(targets)}: warn at ${human(i.issueWarningQuota)}, stop sending at ${human(i.prohibitSendQuota)}, stop sending and receiving at ${human(i.prohibitSendReceiveQuota)}.`,
  describeInput: (i) => QUOTAS.map((q) => ({ label: q.label, value: human(i[q.key]) })),
  undo: {
    capture: async (ctx, mailbox) => {
      const m = await readMailbox(ctx, mailbox);
      return Object.fromEntries(QUOTAS.map((q) => [q.key, exact(m, q.property)]));
    },
    restore: (captured) => ({ actionId: 'mailbox.manage-quota', params: captured as Record<string, string> }),
  },
  async preview(ctx, mailbox, i) {
    const { changes } = diff(await readMailbox(ctx, mailbox), i);
    return changes.length > 0 ? { changes } : { changes, noop: 'The mailbox already has these quotas.' };
  },
  async run(ctx, mailbox, i) {
    const { changes, parameters } = diff(await readMailbox(ctx, mailbox), i);
    if (changes.length === 0) return { outcome: 'skipped', message: 'The quotas were already set that way.' };
    await ctx.directory.exchange.invoke('Set-Mailbox', { Identity: identityOf(mailbox), ...parameters });
    return { outcome: 'succeeded', message: 'Mailbox quotas updated.', changes, audit: { set: parameters } };
  },
});
