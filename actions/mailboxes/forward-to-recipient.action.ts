import { z } from 'zod';
import { defineAction, type ActionContext, type ChangeLine } from '../define-action';
import { StewardError } from '../errors';
import type { ExchangeObject } from '../exchange-gateway.types';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import { forwardingParts, KEEP_COPY_RULE, readForwarding, type ForwardingState } from './forwarding.helpers';
import { identityOf, shown, text, yesNo, problemIf } from './mailbox-settings.helpers';

/**
 * Forwarding to a recipient in the address book (Set-Mailbox -ForwardingAddress): a mailbox, mail
 * user, mail contact or distribution group. People outside the company need a mail contact or mail
 * user first (or use "forward to an SMTP address"). The recipient is resolved before the confirm card,
 * so a name that matches nobody (or several) is refused with nothing changed. An address-book forward
 * wins over an SMTP forward, which the card says when both are set.
 * Undo puts back the recipient and keep-a-copy flag captured before the run.
 */

const input = z.object({
  enabled: z.boolean().default(true).describe('On: forward to the recipient below. Off: stop forwarding to an address-book recipient.'),
  forwardingAddress: z.string().trim().min(1).optional().describe('Mailbox, mail user, mail contact or group: address or name.'),
  deliverToMailboxAndForward: z.boolean().default(true).describe('Save a local copy: keep the messages in the mailbox too.'),
});
type Input = z.infer<typeof input>;

const RECIPIENT_TYPES = ['UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox', 'MailUser', 'MailContact', 'MailUniversalDistributionGroup', 'MailUniversalSecurityGroup'];

/** The one recipient a text names, or a clear refusal. */
async function resolveRecipient(ctx: ActionContext, name: string): Promise<ExchangeObject> {
  let found: ExchangeObject[] = [];
  try {
    found = await ctx.directory.exchange.invoke('Get-Recipient', { Identity: name, RecipientTypeDetails: RECIPIENT_TYPES });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code !== 'ManagementObjectNotFoundException' && code !== 'ManagementObjectAmbiguousException') throw e;
    if (code === 'ManagementObjectAmbiguousException') found = [{}, {}];
  }
  if (found.length === 0) {
    throw new StewardError('VALIDATION_FAILED', `No recipient "${name}" in the address book: nothing was changed.`, {
      hint: 'Give the mailbox, mail contact or group by its email address. For an outside address without a contact, use "forward … to an SMTP address".',
    });
  }
  if (found.length > 1) {
    throw new StewardError('VALIDATION_FAILED', `"${name}" matches several recipients: nothing was changed.`, { hint: 'Give the recipient by its email address.' });
  }
  return found[0];
}

interface Next {
  recipient: string | null;
  keepCopy: boolean;
}

async function plan(ctx: ActionContext, mailbox: MailboxTarget, current: ForwardingState, i: Input): Promise<Next> {
  if (!i.enabled) return { recipient: null, keepCopy: current.smtp ? i.deliverToMailboxAndForward : false };
  const r = await resolveRecipient(ctx, i.forwardingAddress ?? '');
  if (text(r, 'ExternalDirectoryObjectId') === mailbox.id) {
    throw new StewardError('VALIDATION_FAILED', `${mailbox.displayName} can't forward to itself: nothing was changed.`, { hint: 'Pick another recipient.' });
  }
  const address = text(r, 'PrimarySmtpAddress');
  // Get-Mailbox shows the current recipient by UPN (people) or address (contacts, groups): compare both ways.
  const same = current.recipient !== null && [address, text(r, 'ExternalDirectoryObjectId'), text(r, 'Alias')].some((v) => v && v.toLowerCase() === current.recipient!.toLowerCase());
  return { recipient: same ? current.recipient : address, keepCopy: i.deliverToMailboxAndForward };
}

function changeLines(current: ForwardingState, next: Next): ChangeLine[] {
  const lines: ChangeLine[] = [];
  if ((current.recipient ?? '').toLowerCase() !== (next.recipient ?? '').toLowerCase()) {
    lines.push({ label: 'Forward to (address book)', before: shown(current.recipient), after: shown(next.recipient) });
  }
  if (current.keepCopy !== next.keepCopy) lines.push({ label: 'Keep a copy', before: yesNo(current.keepCopy), after: yesNo(next.keepCopy) });
  return lines;
}

export const forwardToRecipientAction = defineAction({
  id: 'mailbox.forward-to-recipient',
  title: 'Forward email to an address-book recipient',
  category: 'Mailboxes',
  description: "Forward a mailbox's incoming mail to another mailbox, mail contact or group from the address book, keeping a copy or not; or stop it.",
  phrases: [
    "forward jane@contoso.com's mail to the recipient {name}",
    'forward email of a mailbox to a colleague from the address book',
    'forward mail to the mailbox of {name}',
    "forward {mailbox}'s mail to {name}",
    'send everything a mailbox receives on to a mail contact',
    'send the mail of a leaver to their manager',
    "forward {mailbox}'s messages to the contact {name}",
    'stop forwarding to the address book recipient',
    'redirect a mailbox to the shared mailbox info@contoso.com as recipient',
    "redirect {mailbox}'s incoming mail to a person in the global address list",
    'forward a mailbox to an internal recipient from the GAL',
    "send all of {user}'s incoming mail to the {group} group",
    'set ForwardingAddress on {user}',
    "forward {user}'s mail to her colleague {user}",
    'fwd {mailbox} to another internal mailbox',
    '{user} is on leave until June, forward her mail internally to {user}',
    'offboarding {user}: forward incoming mail to the shared mailbox {mailbox}',
    'forward all mail of {mailbox} to the {group} group',
    'set ForwardingAddress of {user} to {user} and keep a copy',
    "please forward {user}'s emails to a colleague internally",
    'could you redirect {mailbox} to another internal recipient',
    'forward mail from {user} to the mailbox of {name} without keeping a copy',
    "fwd {user}'s mail to another user in the company",
    'forward the inbox of {user} to a mail contact from the GAL',
    'stop forwarding {mailbox} to the internal recipient',
    'clear the address book forwarding on {user}',
    "can {user}'s incoming emails be forwarded to {name} in the address book?",
    'forward to an internal user: {user} to {user}',
    "route {mailbox}'s mail to a coworker's mailbox",
    "{user}'s mail should go to {user} while she is away",
  ],
  paramRules: [
    {
      name: 'enabled',
      when: [
        { pattern: /\b(?:stop|disable|turn off|switch off|remove|cancel|clear|end|no longer)\b[^.]*\bforward/i, value: false },
        { pattern: /\b(?:forward|redirect|send)/i, value: true },
      ],
    },
    {
      name: 'forwardingAddress',
      capture:
        /\bto\s+(?:(?:the|a|recipient|contact|mail contact|mailbox|shared mailbox|user|colleague|group|distribution group)\s+)*("[^"]+"|[A-Za-z0-9._%+#-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/,
    },
    KEEP_COPY_RULE,
  ],
  // The recipient is often a person's name ("to Megan Bowen"): only addresses name the mailboxes here.
  textTargets: { kinds: ['email', 'name'] },
  target: 'mailbox',
  input,
  check: (i) =>
    problemIf(i.enabled && !i.forwardingAddress, 'forwardingAddress', 'Name the recipient to forward to (a mailbox, mail contact or group), or turn Enabled off to stop forwarding.'),
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  ...forwardingParts<Input>({ actionId: 'mailbox.forward-to-recipient', forward: 'recipient', param: 'forwardingAddress', kind: 'an address-book recipient' }),
  async preview(ctx, mailbox, i) {
    const current = await readForwarding(ctx, mailbox);
    const next = await plan(ctx, mailbox, current, i);
    const changes = changeLines(current, next);
    if (changes.length === 0) {
      return { changes, noop: i.enabled ? `Mail already goes to ${next.recipient} with these settings.` : 'The mailbox does not forward to an address-book recipient.' };
    }
    const warnings = next.recipient && current.smtp ? [`The SMTP forward to ${current.smtp} stays set but no longer applies: the address-book recipient takes precedence.`] : [];
    // Keep-a-copy is part of what the operator decides on: shown even when it stays the same.
    if (next.recipient && !changes.some((c) => c.label === 'Keep a copy')) changes.push({ label: 'Keep a copy', before: yesNo(current.keepCopy), after: yesNo(next.keepCopy) });
    return { changes, warnings };
  },
  async run(ctx, mailbox, i) {
    const current = await readForwarding(ctx, mailbox);
    const next = await plan(ctx, mailbox, current, i);
    const changes = changeLines(current, next);
    if (changes.length === 0) return { outcome: 'skipped', message: i.enabled ? 'Forwarding was already set that way.' : 'The mailbox did not forward to an address-book recipient.' };
    await ctx.directory.exchange.invoke('Set-Mailbox', {
      Identity: identityOf(mailbox),
      ForwardingAddress: next.recipient,
      DeliverToMailboxAndForward: next.keepCopy,
    });
    return {
      outcome: 'succeeded',
      message: next.recipient ? `Mail now forwards to ${next.recipient}${next.keepCopy ? ' (a copy stays in the mailbox)' : ''}.` : 'Address-book forwarding stopped.',
      changes,
      audit: { forwardingAddress: { before: current.recipient, after: next.recipient }, deliverToMailboxAndForward: { before: current.keepCopy, after: next.keepCopy } },
    };
  },
});
