import type { ActionContext } from '../define-action';
import { StewardError } from '../errors';

/**
 * Temporary passwords by mail: Graph sendMail from the configured sender mailbox (MAIL_SENDER). The
 * password travels only in the message body; callers never log or audit it (audit keeps recipients).
 */
export function mailRecipients(emailTo: readonly string[] | undefined): string[] {
  return [...new Set((emailTo ?? []).map((e) => e.trim()).filter(Boolean).map((e) => e.toLowerCase()))];
}

/** Preview-time check: a clear refusal when mail is asked for but no sender mailbox is configured. */
export function requireMailSender(ctx: ActionContext, recipients: readonly string[]): string | undefined {
  if (recipients.length === 0) return undefined;
  if (!ctx.mailSender) {
    throw new StewardError('VALIDATION_FAILED', 'Sending the temporary password by mail is not configured.', {
      hint: 'Set MAIL_SENDER to the mailbox that sends it, or leave "Email the password to" empty.',
      details: { emailTo: recipients.join(', ') },
    });
  }
  return ctx.mailSender;
}

/** Sends the password; returns a problem line instead of throwing so the account change still reports. */
export async function sendPasswordMail(
  ctx: ActionContext,
  recipients: readonly string[],
  account: { upn: string; displayName?: string },
  password: string,
): Promise<string | undefined> {
  const sender = requireMailSender(ctx, recipients);
  if (!sender) return undefined;
  const who = account.displayName ? `${account.displayName} (${account.upn})` : account.upn;
  const content = [
    `A temporary password was set for ${who}.`,
    '',
    `Sign-in name: ${account.upn}`,
    `Temporary password: ${password}`,
    '',
    'The password must be changed at the first sign-in. Delete this message once it has been used.',
  ].join('\n');
  try {
    await ctx.directory.graph.post(`/users/${encodeURIComponent(sender)}/sendMail`, {
      message: {
        subject: `Temporary password for ${account.upn}`,
        body: { contentType: 'Text', content },
        toRecipients: recipients.map((address) => ({ emailAddress: { address } })),
      },
      saveToSentItems: false,
    });
    return undefined;
  } catch (e) {
    const reason = e instanceof Error ? e.message.replace(password, '***') : 'unknown error';
    return `the password mail to ${recipients.join(', ')} could not be sent (${reason})`;
  }
}
