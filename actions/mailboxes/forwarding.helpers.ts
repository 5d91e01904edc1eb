import type { ActionContext, ParamRule } from '../define-action';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import { flag, mailboxNames, readMailbox, text, yesNo } from './mailbox-settings.helpers';

/**
 * What the two forwarding actions share. A mailbox has one forward to an SMTP address (ForwardingSmtpAddress) and
 * one to an address-book recipient (ForwardingAddress); each action sets its own and reads both, because the
 * address-book one takes precedence. Their summaries, parameter lines and Undo differ only in which forward.
 */

export interface ForwardingState {
  smtp: string | null;
  recipient: string | null;
  keepCopy: boolean;
}

export async function readForwarding(ctx: ActionContext, mailbox: MailboxTarget): Promise<ForwardingState> {
  const m = await readMailbox(ctx, mailbox);
  return {
    smtp: text(m, 'ForwardingSmtpAddress').replace(/^smtp:/i, '') || null,
    recipient: text(m, 'ForwardingAddress') || null,
    keepCopy: flag(m, 'DeliverToMailboxAndForward'),
  };
}

/** "keep a copy" / "no local copy" in a chat line. */
export const KEEP_COPY_RULE: ParamRule = {
  name: 'deliverToMailboxAndForward',
  when: [
    { pattern: /\b(?:without (?:keeping|saving|a copy|a local copy)|don'?t keep|do not keep|no (?:local )?copy)/i, value: false },
    { pattern: /\b(?:keep(?:ing)? a (?:local )?copy|save a (?:local )?copy|and keep)/i, value: true },
  ],
};

interface ForwardingInput {
  enabled: boolean;
  deliverToMailboxAndForward: boolean;
}

/**
 * Summary, parameter lines and Undo of a forwarding action. `forward` is the forward it sets, `param` the input that
 * holds its address, `kind` how the card calls it ("an SMTP address").
 */
export function forwardingParts<I extends ForwardingInput>(options: { actionId: string; forward: 'smtp' | 'recipient'; param: keyof I & string; kind: string }) {
  const { actionId, forward, param, kind } = options;
  const addressOf = (i: I): string => String(i[param] ?? '');
  return {
    summarize: (i: I, targets: readonly MailboxTarget[]) =>
      i.enabled
        ? `Forward the mail of ${mailboxNames(targets)} to ${addressOf(i)}${i.deliverToMailboxAndForward ? ', keeping a copy in the mailbox' : ' without keeping a copy'}.`
        : `Stop forwarding the mail of ${mailboxNames(targets)} to ${kind}.`,
    describeInput: (i: I) =>
      i.enabled
        ? [
            { label: 'Forward to', value: addressOf(i) },
            { label: 'Keep a copy', value: yesNo(i.deliverToMailboxAndForward) },
          ]
        : [{ label: 'Forwarding', value: 'Stop' }],
    undo: {
      capture: (ctx: ActionContext, mailbox: MailboxTarget) => readForwarding(ctx, mailbox),
      restore: (captured: unknown) => {
        const before = captured as ForwardingState;
        const address = before[forward];
        return {
          actionId,
          params: address
            ? { enabled: true, [param]: address, deliverToMailboxAndForward: before.keepCopy }
            : { enabled: false, deliverToMailboxAndForward: before.keepCopy },
        };
      },
    },
  };
}
