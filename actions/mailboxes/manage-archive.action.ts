import { z } from 'zod';
import { defineAction, type ChangeLine } from '../define-action';
import type { ExchangeObject } from '../exchange-gateway.types';
import { flag, identityOf, mailboxNames, onOff, readMailbox, text, problemIf } from './mailbox-settings.helpers';

/**
 * The archive mailbox: Enable-Mailbox -Archive (and -AutoExpandingArchive), or Disable-Mailbox
 * -Archive. Disabling disconnects the archive: the user loses access at once, and Exchange purges it
 * after 30 days unless it is reconnected, so the card warns. No Undo: reconnecting a disconnected archive
 * is a support operation (Connect-Mailbox is not available in Exchange Online), and a fresh
 * Enable-Mailbox -Archive would create a new, empty archive rather than bring the old one back.
 * Auto-expanding archiving cannot be turned off once on; enabling it needs an archive (created in the
 * same run when asked for both).
 */

const input = z.object({
  enabled: z.boolean().describe('On: give the mailbox an archive. Off: disable (disconnect) its archive.'),
  autoExpandingArchive: z.boolean().default(false).describe('Also turn on auto-expanding archiving (cannot be turned off later).'),
});
type Input = z.infer<typeof input>;

interface ArchiveState {
  active: boolean;
  autoExpanding: boolean;
  name: string;
}

function stateOf(m: ExchangeObject): ArchiveState {
  const names = m.ArchiveName;
  return {
    active: text(m, 'ArchiveStatus') === 'Active',
    autoExpanding: flag(m, 'AutoExpandingArchiveEnabled'),
    name: Array.isArray(names) ? names.map(String).join(', ') : text(m, 'ArchiveName'),
  };
}

function plan(s: ArchiveState, i: Input): { changes: ChangeLine[]; calls: [string, Record<string, unknown>][] } {
  const changes: ChangeLine[] = [];
  const calls: [string, Record<string, unknown>][] = [];
  if (i.enabled && !s.active) {
    changes.push({ label: 'Archive', before: 'None', after: 'Active' });
    calls.push(['Enable-Mailbox', { Archive: true }]);
  }
  if (i.enabled && i.autoExpandingArchive && !s.autoExpanding) {
    changes.push({ label: 'Auto-expanding archive', before: onOff(false), after: onOff(true) });
    calls.push(['Enable-Mailbox', { AutoExpandingArchive: true }]);
  }
  if (!i.enabled && s.active) {
    changes.push({ label: 'Archive', before: s.name ? `Active (${s.name})` : 'Active', after: 'Disconnected' });
    calls.push(['Disable-Mailbox', { Archive: true, Confirm: false }]);
  }
  return { changes, calls };
}

export const manageArchiveAction = defineAction({
  id: 'mailbox.manage-archive',
  title: 'Manage archive mailbox',
  category: 'Mailboxes',
  description: 'Give mailboxes an online archive (optionally auto-expanding), or disable an archive (the user loses access; purged after 30 days).',
  phrases: [
    'enable the archive for jane@contoso.com',
    'turn on the online archive of a mailbox',
    'create an archive mailbox for {mailbox}',
    'enable auto-expanding archiving for a mailbox',
    'remove the archive of {mailbox}',
    'take the archive away from a mailbox',
    'remove the online archive from {mailbox}',
    'enable archiving for {user}',
    "{user}'s mailbox is almost full, please turn on the online archive",
    'turn on the auto-expanding archive for {mailbox}',
    'can {user} get an online archive?',
    '{user} needs an archive mailbox',
    'archive on for {user}',
    'disable the archive mailbox of {user}',
    'Enable-Mailbox {user} -Archive',
    'provision an in-place archive for {mailbox}',
    'please activate the archive on the shared mailbox {mailbox}',
    'the archive of {user} is full, enable AutoExpandingArchive',
    'give {user} an online archive so old mail can move out of the mbx',
    'offboarding {user}: disable the online archive',
    'switch off the personal archive for {user}',
    'set up Exchange Online Archiving for {user}',
    '{mailbox} should have an archive',
    "add an archive to {user}'s mbx",
  ],
  paramRules: [
    {
      name: 'enabled',
      when: [
        { pattern: /\b(?:disable|turn off|switch off|remove|delete|disconnect|get rid of)\b[^.]*\barchiv/i, value: false },
        { pattern: /\b(?:enable|turn on|switch on|create|add|give|provision|activate|set up)\b[^.]*\barchiv/i, value: true },
      ],
    },
    { name: 'autoExpandingArchive', when: [{ pattern: /\bauto[- ]?expand/i, value: true }] },
  ],
  target: 'mailbox',
  input,
  check: (i) => problemIf(!i.enabled && i.autoExpandingArchive, 'autoExpandingArchive', 'Auto-expanding archiving needs an archive: turn it off when disabling the archive.'),
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) =>
    i.enabled
      ? `Enable the archive${i.autoExpandingArchive ? ' with auto-expanding archiving' : ''} for ${mailboxNames(targets)}.`
      : `Disable (disconnect) the archive of ${mailboxNames(targets)}.`,
  describeInput: (i) => [
    { label: 'Archive', value: i.enabled ? 'Enable' : 'Disable' },
    ...(i.enabled ? [{ label: 'Auto-expanding', value: i.autoExpandingArchive ? 'Yes' : 'No' }] : []),
  ],
  async preview(ctx, mailbox, i) {
    const s = stateOf(await readMailbox(ctx, mailbox));
    const { changes } = plan(s, i);
    if (changes.length === 0) {
      return { changes, noop: i.enabled ? 'The mailbox already has this archive setting.' : 'The mailbox has no archive.' };
    }
    const warnings: string[] = [];
    if (!i.enabled) {
      warnings.push(`${mailbox.displayName} loses access to the archive at once. Exchange keeps the disconnected archive for 30 days, then purges it; Steward cannot undo this.`);
    }
    if (i.enabled && i.autoExpandingArchive && !s.autoExpanding) warnings.push('Auto-expanding archiving cannot be turned off once enabled.');
    if (i.enabled && mailbox.recipientTypeDetails !== 'UserMailbox' && mailbox.recipientTypeDetails !== 'SharedMailbox') {
      warnings.push(`${mailbox.displayName} is a resource mailbox: Exchange does not give those an archive.`);
    }
    return { changes, warnings };
  },
  async run(ctx, mailbox, i) {
    const { changes, calls } = plan(stateOf(await readMailbox(ctx, mailbox)), i);
    if (calls.length === 0) return { outcome: 'skipped', message: i.enabled ? 'The archive was already set that way.' : 'The mailbox had no archive.' };
    for (const [cmdlet, parameters] of calls) await ctx.directory.exchange.invoke(cmdlet, { Identity: identityOf(mailbox), ...parameters });
    const after = stateOf(await readMailbox(ctx, mailbox));
    return {
      outcome: 'succeeded',
      message: i.enabled ? `Archive enabled${after.name ? ` (${after.name})` : ''}.` : 'Archive disabled; it is purged after 30 days unless reconnected.',
      changes,
      audit: { calls: calls.map(([c, p]) => `${c} ${Object.keys(p).join(' ')}`) },
    };
  },
});
