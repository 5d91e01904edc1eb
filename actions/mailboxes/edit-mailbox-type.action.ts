import { z } from 'zod';
import { defineAction } from '../define-action';
import { article, invalid, mailboxLine, mailboxNames, TYPE_LABEL, TYPE_PARAM, type MailboxKind } from './mailbox-lifecycle.helpers';

/**
 * Changes what kind of mailbox it is (Set-Mailbox -Type): user (Regular), shared, room or equipment.
 * Exchange-only (Graph has no equivalent). The preview says what the change means for sign-in,
 * licensing and bookings. Undo sets the previous type back (exactly reversible).
 */
const withArticle = (w: string) => `${article(w)} ${w}`;

const KIND_OF: Record<string, MailboxKind> = { Regular: 'UserMailbox', Shared: 'SharedMailbox', Room: 'RoomMailbox', Equipment: 'EquipmentMailbox' };

const CONSEQUENCE: Record<MailboxKind, string> = {
  UserMailbox: 'A user mailbox needs an Exchange licence (assign one within 30 days) and its account must be allowed to sign in for someone to use it.',
  SharedMailbox: 'People reach a shared mailbox through delegate permissions; it needs no licence up to 50 GB without archive or litigation hold.',
  RoomMailbox: 'It becomes bookable as a meeting room and starts accepting meeting requests automatically (AutoAccept).',
  EquipmentMailbox: 'It becomes bookable as equipment and starts accepting booking requests automatically (AutoAccept).',
};

export const editMailboxTypeAction = defineAction({
  id: 'mailbox.edit-type',
  title: 'Edit mailbox type',
  category: 'Mailboxes',
  description: 'Turn a mailbox into a user, shared, room or equipment mailbox (Exchange only).',
  phrases: [
    'change mailbox type of jane@contoso.com to shared',
    'change the mailbox type of room12@contoso.com to equipment',
    'make the mailbox camera@contoso.com a room mailbox',
    'turn info@contoso.com back into a regular user mailbox',
    'switch the mailbox type of megan@contoso.com to room',
    'set mailbox type to equipment',
    'turn the room mailbox room12@contoso.com into an equipment mailbox',
    'convert camera@contoso.com into a room mailbox',
    'convert the shared mailbox ithelp@contoso.com back into a user mailbox',
    'change the mbx type of {mailbox} from user to room',
    'make {mailbox} a regular mailbox again',
    'Set-Mailbox -Type Equipment for {mailbox}',
    'the room mailbox {mailbox} should be an equipment mailbox',
    'convert the shared mailbox {mailbox} back to a regular user mailbox',
    'change the RecipientTypeDetails of {mailbox} to RoomMailbox',
    'turn the shared mailbox {mailbox} into a room mailbox',
    'set the mailbox type of {mailbox} to regular',
    '{user} is coming back, turn the shared mailbox into a regular user mailbox again',
    'convert a room mailbox to a user mailbox',
    'make {mailbox} a user mailbox again',
    'the user mailbox {mailbox} is really a meeting room, change its type to room',
    'switch {mailbox} from an equipment mailbox to a room mailbox',
    'turn the equipment mailbox {mailbox} into a shared mailbox',
    'change {mailbox} from shared back to regular',
    'change the recipient type of {mailbox} to equipment',
    'turn {mailbox} from shared back into a user mailbox',
    'convert shared mailbox back to regular user mailbox',
  ],
  paramRules: [
    {
      name: 'type',
      when: [
        { pattern: /\b(?:to|into) (?:an? )?(?:room|meeting room)\b/i, value: 'Room' },
        { pattern: /\b(?:to|into|an?) (?:an? )?equipment\b/i, value: 'Equipment' },
        { pattern: /\b(?:to|into|an?) (?:an? )?shared\b/i, value: 'Shared' },
        { pattern: /\b(?:to|into|an?) (?:an? )?(?:regular|user|normal)\b/i, value: 'Regular' },
        { pattern: /\ban? room mailbox\b/i, value: 'Room' },
      ],
    },
  ],
  target: 'mailbox',
  textTargets: { kinds: ['email', 'name'] },
  input: z.object({
    type: z.enum(['Regular', 'Shared', 'Room', 'Equipment']).describe('The new mailbox type (Regular = a user mailbox).'),
  }),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (input, targets) => `Make ${mailboxNames(targets)} ${withArticle(TYPE_LABEL[KIND_OF[input.type]])}.`,
  describeInput: (input) => [{ label: 'New type', value: TYPE_LABEL[KIND_OF[input.type]] }],
  async preview(_ctx, target, input) {
    const next = KIND_OF[input.type];
    const current = TYPE_LABEL[target.recipientTypeDetails];
    if (!current) throw invalid(`${mailboxLine(target)} is a ${target.recipientTypeDetails}, whose type this action does not change.`, 'Pick a user, shared, room or equipment mailbox.');
    if (target.recipientTypeDetails === next) return { changes: [], noop: `${target.displayName} is already ${withArticle(current)}.` };
    return { changes: [{ label: 'Mailbox type', before: current, after: TYPE_LABEL[next] }], warnings: [CONSEQUENCE[next]] };
  },
  async run(ctx, target, input) {
    const next = KIND_OF[input.type];
    if (target.recipientTypeDetails === next) return { outcome: 'skipped', message: `${target.displayName} is already ${withArticle(TYPE_LABEL[next])}.` };
    await ctx.directory.exchange.invoke('Set-Mailbox', { Identity: target.id, Type: input.type });
    const change = { label: 'Mailbox type', before: TYPE_LABEL[target.recipientTypeDetails], after: TYPE_LABEL[next] };
    return { outcome: 'succeeded', message: `${mailboxLine(target)} is now ${withArticle(TYPE_LABEL[next])}.`, changes: [change], audit: { from: target.recipientTypeDetails, to: next } };
  },
  undo: {
    async capture(_ctx, target) {
      return { type: TYPE_PARAM[target.recipientTypeDetails as MailboxKind] ?? null };
    },
    restore(captured) {
      const { type } = captured as { type: string | null };
      return type ? { actionId: 'mailbox.edit-type', params: { type } } : null;
    },
  },
});
