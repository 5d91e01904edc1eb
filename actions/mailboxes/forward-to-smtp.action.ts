import { z } from 'zod';
import { defineAction, type ActionContext, type ChangeLine } from '../define-action';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import { forwardingParts, KEEP_COPY_RULE, readForwarding, type ForwardingState } from './forwarding.helpers';
import { identityOf, shown, text, yesNo, problemIf } from './mailbox-settings.helpers';

/**
 * Forwarding to any SMTP address (Set-Mailbox -ForwardingSmtpAddress): no recipient object needed,
 * so this is how mail goes to an outside address. The confirm card warns when the tenant's outbound
 * spam policy blocks external auto-forwarding (AutoForwardingMode Automatic or Off), and when an
 * address-book forward (ForwardingAddress) is set, because that one takes precedence.
 *
 * `enabled` (not in the catalog's parameter list) says "start" or "stop" explicitly, so an address
 * the chat line failed to name can never silently turn forwarding off. Stopping also clears
 * keep-a-copy unless an address-book forward remains (as the Exchange admin center does).
 * Undo puts back the exact address and keep-a-copy flag captured before the run.
 */

const input = z.object({
  enabled: z.boolean().default(true).describe('On: forward to the address below. Off: stop forwarding to an SMTP address.'),
  forwardingSmtpAddress: z.string().trim().toLowerCase().email().optional().describe('Where mail goes, e.g. someone@fabrikam.com.'),
  deliverToMailboxAndForward: z.boolean().default(true).describe('Save a local copy: keep the messages in the mailbox too.'),
});
type Input = z.infer<typeof input>;

function plan(current: ForwardingState, input: Input): { smtp: string | null; keepCopy: boolean } {
  if (input.enabled) return { smtp: input.forwardingSmtpAddress ?? null, keepCopy: input.deliverToMailboxAndForward };
  return { smtp: null, keepCopy: current.recipient ? input.deliverToMailboxAndForward : false };
}

function changeLines(current: ForwardingState, next: { smtp: string | null; keepCopy: boolean }): ChangeLine[] {
  const lines: ChangeLine[] = [];
  if (current.smtp !== next.smtp) lines.push({ label: 'Forward to (SMTP)', before: shown(current.smtp), after: shown(next.smtp) });
  if (current.keepCopy !== next.keepCopy) lines.push({ label: 'Keep a copy', before: yesNo(current.keepCopy), after: yesNo(next.keepCopy) });
  return lines;
}

/** Whether the tenant's outbound spam policy stops automatic forwarding to outside addresses. */
async function externalForwardingBlocked(ctx: ActionContext): Promise<string | null> {
  const [policy] = await ctx.directory.exchange.invoke('Get-HostedOutboundSpamFilterPolicy', { Identity: 'Default' });
  const mode = policy ? text(policy, 'AutoForwardingMode') : '';
  return mode === 'On' ? null : mode || 'Automatic';
}

export const forwardToSmtpAction = defineAction({
  id: 'mailbox.forward-to-smtp',
  title: 'Forward email to an SMTP address',
  category: 'Mailboxes',
  description: "Forward a mailbox's incoming mail to any email address (inside or outside the company), keeping a copy or not; or stop it.",
  phrases: [
    "forward jane@contoso.com's mail to jane.doe@gmail.com",
    'forward the email of {mailbox} to an external address',
    'set up mail forwarding to partner@fabrikam.com',
    'redirect incoming mail of a mailbox to someone@outlook.com',
    'send a copy of all mail to an outside email address',
    'stop forwarding email to the smtp address',
    'cancel the smtp forwarding of a mailbox',
    'forward email of a@contoso.com and b@contoso.com to help@fabrikam.com without keeping a copy',
    'forward the mailbox of {name} to the external address {email}',
    'set ForwardingSmtpAddress on {user} to an outside address',
    "forward {user}'s mail to her gmail address",
    'fwd {mailbox} to the external address ann@fabrikam.com',
    "stop forwarding {user}'s mailbox",
    'turn off mail forwarding on {mailbox}',
    'remove the external forward on {user}',
    'ForwardingSmtpAddress for {user} to ann@fabrikam.com with DeliverToMailboxAndForward',
    'could you set up forwarding from {user} to her personal email',
    '{user} is leaving, forward her emails to her new address at another company',
    'please forward all incoming email for {mailbox} to an outside partner address',
    "auto-forward {user}'s mail to an external smtp address and keep a copy",
    '{mailbox} should forward everything to ann@fabrikam.com',
    'disable the smtp forward on {mailbox}',
    'set up external forwarding for {user} to a private mailbox',
    'forward mail of {user} to ann@fabrikam.com without a local copy',
    'clear ForwardingSmtpAddress on {user}',
    '{user} no longer needs mail forwarded, stop it',
    'remove mail forwarding from {mailbox}',
  ],
  paramRules: [
    {
      name: 'enabled',
      when: [
        { pattern: /\b(?:stop|disable|turn off|switch off|remove|cancel|clear|end|no longer)\b[^.]*\bforward/i, value: false },
        { pattern: /\bforward/i, value: true },
      ],
    },
    { name: 'forwardingSmtpAddress', capture: /\bto\s+(?:the\s+(?:smtp\s+|external\s+)?address\s+)?([A-Za-z0-9._%+#-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i, as: 'email' },
    KEEP_COPY_RULE,
  ],
  // "forwarding from X to the external address Y": Y is the forwarding value, X the mailbox
  textTargets: { kinds: ['email', 'name'], after: ['from', 'of', 'for'] },
  target: 'mailbox',
  input,
  check: (i) =>
    problemIf(i.enabled && !i.forwardingSmtpAddress, 'forwardingSmtpAddress', 'Give the address to forward to (e.g. someone@fabrikam.com), or turn Enabled off to stop forwarding.'),
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  ...forwardingParts<Input>({ actionId: 'mailbox.forward-to-smtp', forward: 'smtp', param: 'forwardingSmtpAddress', kind: 'an SMTP address' }),
  async preview(ctx, mailbox, i) {
    const current = await readForwarding(ctx, mailbox);
    const next = plan(current, i);
    const changes = changeLines(current, next);
    if (changes.length === 0) {
      return { changes, noop: i.enabled ? `Mail already goes to ${i.forwardingSmtpAddress} with these settings.` : 'The mailbox does not forward to an SMTP address.' };
    }
    const warnings: string[] = [];
    if (i.enabled && i.forwardingSmtpAddress) {
      const domain = i.forwardingSmtpAddress.split('@')[1];
      const { verifiedDomains } = await ctx.directory.getOrganization();
      const external = !verifiedDomains.some((d) => d.toLowerCase() === domain);
      const blocked = external ? await externalForwardingBlocked(ctx) : null;
      if (blocked) {
        warnings.push(
          `${domain} is outside the organisation and the outbound spam filter policy blocks automatic external forwarding (AutoForwardingMode: ${blocked}): messages will not be forwarded until the policy allows it (AutoForwardingMode On).`,
        );
      }
      if (current.recipient) warnings.push(`This mailbox also forwards to ${current.recipient} (address book), which takes precedence over the SMTP address.`);
    }
    // Keep-a-copy is part of what the operator decides on: shown even when it stays the same.
    if (next.smtp && !changes.some((c) => c.label === 'Keep a copy')) changes.push({ label: 'Keep a copy', before: yesNo(current.keepCopy), after: yesNo(next.keepCopy) });
    return { changes, warnings };
  },
  async run(ctx, mailbox, i) {
    const current = await readForwarding(ctx, mailbox);
    const next = plan(current, i);
    const changes = changeLines(current, next);
    if (changes.length === 0) return { outcome: 'skipped', message: i.enabled ? 'Forwarding was already set that way.' : 'The mailbox did not forward to an SMTP address.' };
    await ctx.directory.exchange.invoke('Set-Mailbox', {
      Identity: identityOf(mailbox),
      ForwardingSmtpAddress: next.smtp ? `smtp:${next.smtp}` : null,
      DeliverToMailboxAndForward: next.keepCopy,
    });
    return {
      outcome: 'succeeded',
      message: next.smtp ? `Mail now forwards to ${next.smtp}${next.keepCopy ? ' (a copy stays in the mailbox)' : ''}.` : 'SMTP forwarding stopped.',
      changes,
      audit: { forwardingSmtpAddress: { before: current.smtp, after: next.smtp }, deliverToMailboxAndForward: { before: current.keepCopy, after: next.keepCopy } },
    };
  },
});
