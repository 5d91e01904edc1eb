import { z } from 'zod';
import { defineAction } from '../define-action';
import { StewardError } from '../errors';
import type { ExchangeObject } from '../exchange-gateway.types';
import { identityOf, readMailbox, text } from './mailbox-settings.helpers';

/**
 * The archive's display name in Outlook (Set-Mailbox -ArchiveName). The mailbox needs an archive
 * first: the preview refuses one without, naming the action that creates it, so nothing is sent.
 * Undo sets the name captured before the run.
 */

const input = z.object({
  archiveName: z.string().trim().min(1).max(64).describe('How the archive shows in Outlook, e.g. "Online Archive - Jane Doe".'),
});

function archiveOf(m: ExchangeObject): { active: boolean; name: string } {
  const names = m.ArchiveName;
  return { active: text(m, 'ArchiveStatus') === 'Active', name: Array.isArray(names) ? names.map(String).join(', ') : text(m, 'ArchiveName') };
}

function needsArchive(displayName: string): StewardError {
  return new StewardError('VALIDATION_FAILED', `${displayName} has no archive, so it has no archive name to set: nothing was changed.`, {
    hint: `Enable the archive first ("enable the archive for ${displayName}").`,
  });
}

export const setArchiveNameAction = defineAction({
  id: 'mailbox.set-archive-name',
  title: 'Set archive name',
  category: 'Mailboxes',
  description: "Rename a mailbox's online archive as it appears in Outlook.",
  phrases: [
    'rename the archive of jane@contoso.com to "Jane – Archive"',
    'change the archive name of a mailbox',
    'set the name of the online archive for {mailbox}',
    'change the display name of the archive mailbox',
    "call {mailbox}'s archive \"Old mail\"",
    "rename {user}'s online archive",
    "rename {user}'s archive to \"Online Archive - Jane\"",
    'change the archive name for {mailbox}',
    'archive name of {user} should be "Jane Archive"',
    'the archive of {user} still shows the old name, please fix the archive name',
    'set ArchiveName on {mailbox} to "Archive - Sales"',
    'could you please rename the online archive of {user}',
    '{user} changed her surname, rename her online archive to match',
    'the archive folder in Outlook shows the wrong name for {user}',
    'retitle the archive mailbox of {mailbox}',
    "fix the name of {user}'s archive mailbox",
    'can the archive of {user} be renamed to "Project X archive"?',
    'name the archive of {mailbox} "Sales archive"',
    "change how {user}'s online archive is named in the Outlook folder pane",
    'archive name change for {user}',
    'give the archive of {mailbox} a clearer name',
    "{user}'s archive is called \"Online Archive\", call it \"Jane - old mail\" instead",
  ],
  // a new name in quotes is what this action sets (turning the archive on or off never names it)
  paramRules: [{ name: 'archiveName', capture: /\b(?:to|as|called|named|call\b[^"]*)\s*"([^"]+)"/i, evidence: true }],
  target: 'mailbox',
  input,
  permission: 'helpdesk',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) => `Rename the archive of ${targets.map((t) => t.displayName).join(', ')} to "${i.archiveName}".`,
  describeInput: (i) => [{ label: 'Archive name', value: i.archiveName }],
  undo: {
    capture: async (ctx, mailbox) => ({ archiveName: archiveOf(await readMailbox(ctx, mailbox)).name }),
    restore: (captured) => {
      const { archiveName } = captured as { archiveName: string };
      return archiveName ? { actionId: 'mailbox.set-archive-name', params: { archiveName } } : null;
    },
  },
  async preview(ctx, mailbox, i) {
    const a = archiveOf(await readMailbox(ctx, mailbox));
    if (!a.active) throw needsArchive(mailbox.displayName);
    if (a.name === i.archiveName) return { changes: [], noop: `The archive is already called "${i.archiveName}".` };
    return { changes: [{ label: 'Archive name', before: a.name || '(none)', after: i.archiveName }] };
  },
  async run(ctx, mailbox, i) {
    const a = archiveOf(await readMailbox(ctx, mailbox));
    if (!a.active) throw needsArchive(mailbox.displayName);
    if (a.name === i.archiveName) return { outcome: 'skipped', message: `The archive was already called "${i.archiveName}".` };
    await ctx.directory.exchange.invoke('Set-Mailbox', { Identity: identityOf(mailbox), ArchiveName: i.archiveName });
    return {
      outcome: 'succeeded',
      message: `Archive renamed to "${i.archiveName}".`,
      changes: [{ label: 'Archive name', before: a.name || '(none)', after: i.archiveName }],
      audit: { archiveName: { before: a.name, after: i.archiveName } },
    };
  },
});
