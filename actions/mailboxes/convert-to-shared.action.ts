import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import { licenceList, licenceState, subscribedSkus } from '../users/sku.resolver';
import { article, invalid, mailboxLine, mailboxNames, MailboxState, TYPE_LABEL } from './mailbox-lifecycle.helpers';

/**
 * Converts user mailboxes to shared ones (Set-Mailbox -Type Shared), e.g. for a leaver's mailbox the
 * team keeps reading. A shared mailbox needs no licence while it is at most 50 GB and has neither an
 * archive nor litigation hold; the preview and the result say, per mailbox, whether the licence can
 * then go, and removeLicenses (assignLicense) is only accepted when it can. Group-assigned licences
 * stay (they are removed from the group, not the user). Undo converts back to a user mailbox when no
 * licence was removed; after a removal the licence would have to be bought back, so there is none.
 */
const FREE_LIMIT_BYTES = 50 * 1024 ** 3;

interface LicenceVerdict {
  /** Directly assigned skuIds (removable per user). */
  direct: string[];
  inherited: string[];
  names: string;
  /** Why the shared mailbox still needs a licence (empty: it does not). */
  reasons: string[];
  size: string;
}

function bytesOf(display: unknown): number {
  const m = /\(([\d,]+) bytes\)/.exec(String(display ?? ''));
  return m ? Number(m[1].replace(/,/g, '')) : 0;
}

async function verdict(ctx: ActionContext, target: MailboxTarget): Promise<LicenceVerdict> {
  const state = new MailboxState(ctx, target);
  const [mailbox, stats, licences] = await Promise.all([state.one('Get-Mailbox'), state.one('Get-MailboxStatistics'), licenceState(ctx, target.id)]);
  const all = licences.assignedLicenses.map((l) => l.skuId);
  const skus = all.length > 0 ? await subscribedSkus(ctx) : [];
  const size = String(stats.TotalItemSize ?? '').replace(/\s*\(.*\)$/, '') || 'unknown size';
  const reasons: string[] = [];
  if (bytesOf(stats.TotalItemSize) > FREE_LIMIT_BYTES) reasons.push(`it holds ${size}, more than the 50 GB a shared mailbox gets without a licence`);
  if (mailbox.ArchiveStatus === 'Active') reasons.push('it has an archive mailbox');
  if (mailbox.LitigationHoldEnabled === true) reasons.push('it is on litigation hold');
  return {
    direct: all.filter((id) => !licences.inherited.has(id)),
    inherited: all.filter((id) => licences.inherited.has(id)),
    names: licenceList(all, skus),
    reasons,
    size,
  };
}

/** One sentence: can the licence go after the conversion, and what happens to it now. */
function licenceSentence(v: LicenceVerdict, removing: boolean): string {
  if (v.direct.length + v.inherited.length === 0) return 'It has no licence, and as a shared mailbox it needs none.';
  if (v.reasons.length > 0) return `Keep the licence (${v.names}): the shared mailbox still needs one because ${v.reasons.join(' and ')}.`;
  const groupNote = v.inherited.length > 0 ? ' Licences assigned through a group stay until the user leaves that group.' : '';
  return removing
    ? `The licence (${v.names}) is no longer needed (${v.size}, no archive, no litigation hold) and will be removed.${groupNote}`
    : `The licence (${v.names}) can be removed after the conversion (${v.size}, no archive, no litigation hold): turn on "Remove licences" to free it.${groupNote}`;
}

export const convertToSharedAction = defineAction({
  id: 'mailbox.convert-to-shared',
  title: 'Convert to shared mailbox',
  category: 'Mailboxes',
  description: 'Turn user mailboxes into shared mailboxes (e.g. for leavers), and say whether their licences can then be freed.',
  phrases: [
    'convert adele@contoso.com to shared mailbox',
    'convert the mailbox of jane@contoso.com into a shared mailbox',
    'make the mailboxes of megan@contoso.com and grady@contoso.com shared',
    'turn the leaver mailbox isaiah@contoso.com into a shared one',
    'convert to shared and remove the licence for lynne@contoso.com',
    'change user mailbox to shared mailbox',
    'offboarding {user}: convert the mailbox to shared and remove the licence',
    "make {user}'s mbx shared, they left last week",
    'convert the leaver mailbox to shared so we can free the E3',
    '{user} has left, turn the mailbox into a shared mailbox',
    'can we convert {user} to a shared mailbox to save the licence?',
    'convert these user mailboxes to shared: {user} and {user}',
    'leaver {user}: keep the mailbox as a shared mailbox and release the license',
    'convert to shared',
    'shared mailbox conversion for {user}',
    'the team still needs the mail of {user} after they leave, convert it to shared',
    'please convert the mailboxes of the leavers to shared mailboxes',
    "{user}'s mailbox should become a shared mailbox, they no longer work here",
    'turn {user} into a shared mailbox and drop the license',
    'convert the ex-employee mbx to a shared mbx',
    'convert {user} to shared, keep the licence for now',
  ],
  paramRules: [{ name: 'removeLicenses', when: [{ pattern: /\b(?:remove|free|drop|release|unassign)\b.*\blicen[cs]es?\b/i, value: true }] }],
  target: 'mailbox',
  textTargets: { kinds: ['email', 'name'] },
  input: z.object({
    removeLicenses: z.boolean().default(false).describe('Remove the licences afterwards; only allowed when the shared mailbox will not need one (≤ 50 GB, no archive, no litigation hold).'),
  }),
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (input, targets) => `Convert ${mailboxNames(targets)} to shared${input.removeLicenses ? ' and remove the licences no longer needed' : ''}.`,
  describeInput: (input) => [{ label: 'Remove licences', value: input.removeLicenses ? 'Yes, where allowed' : 'No' }],
  async preview(ctx, target, input) {
    if (target.recipientTypeDetails === 'SharedMailbox') return { changes: [], noop: `${target.displayName} is already a shared mailbox.` };
    if (target.recipientTypeDetails !== 'UserMailbox') {
      throw invalid(`${mailboxLine(target)} is ${article(TYPE_LABEL[target.recipientTypeDetails] ?? 'other')} ${TYPE_LABEL[target.recipientTypeDetails] ?? target.recipientTypeDetails}; only user mailboxes convert to shared. Nothing was changed.`, 'Use "edit mailbox type" to change a resource mailbox.');
    }
    const v = await verdict(ctx, target);
    if (input.removeLicenses && v.reasons.length > 0 && v.direct.length > 0) {
      throw invalid(`The licence of ${mailboxLine(target)} cannot be removed: ${v.reasons.join(' and ')}. Nothing was changed.`, 'Convert without "Remove licences" (the licence stays), or shrink the mailbox / remove the archive or hold first.', { removeLicenses: true });
    }
    const changes = [{ label: 'Mailbox type', before: 'User mailbox', after: 'Shared mailbox' }];
    if (input.removeLicenses && v.direct.length > 0) changes.push({ label: 'Licences', before: v.names, after: v.inherited.length > 0 ? 'Group-assigned only' : 'None' });
    return {
      changes,
      warnings: [licenceSentence(v, input.removeLicenses && v.direct.length > 0), 'Its account can still sign in with its password: block sign-in if nobody should use it directly.'],
    };
  },
  async run(ctx, target, input) {
    if (target.recipientTypeDetails === 'SharedMailbox') return { outcome: 'skipped', message: `${target.displayName} is already a shared mailbox.` };
    const v = await verdict(ctx, target);
    const removing = input.removeLicenses && v.reasons.length === 0 && v.direct.length > 0;
    await ctx.directory.exchange.invoke('Set-Mailbox', { Identity: target.id, Type: 'Shared' });
    const changes = [{ label: 'Mailbox type', before: 'User mailbox', after: 'Shared mailbox' }];
    let note = licenceSentence(v, removing);
    if (removing) {
      try {
        await ctx.directory.graph.post(`/users/${encodeURIComponent(target.id)}/assignLicense`, { addLicenses: [], removeLicenses: v.direct });
        changes.push({ label: 'Licences', before: v.names, after: v.inherited.length > 0 ? 'Group-assigned only' : 'None' });
        note = `Removed the licence (${v.names}).`;
      } catch (e) {
        note = `The licence was not removed: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    return {
      outcome: 'succeeded',
      message: `Converted ${mailboxLine(target)} to a shared mailbox. ${note}`,
      changes,
      audit: { licencesRemoved: removing ? v.direct : [], licenceNeeded: v.reasons.length > 0, reasons: v.reasons },
    };
  },
  undo: {
    async capture(_ctx, target) {
      return { wasUser: target.recipientTypeDetails === 'UserMailbox' };
    },
    restore(captured, _input, outcome) {
      const removed = (outcome.audit?.licencesRemoved as string[] | undefined) ?? [];
      return (captured as { wasUser: boolean }).wasUser && removed.length === 0 ? { actionId: 'mailbox.edit-type', params: { type: 'Regular' } } : null;
    },
  },
});
