import { z } from 'zod';
import { defineAction } from '../define-action';
import { flag, identityOf, mailboxNames, onOff, readMailbox } from './mailbox-settings.helpers';

/**
 * Mailbox audit logging (Set-Mailbox -AuditEnabled). Exchange Online audits every mailbox by default
 * (organisation AuditDisabled = false) and the per-mailbox switch still applies, so turning it off is
 * worth a warning: actions on the mailbox stop reaching the audit log. Undo sets the captured value.
 */
export const setAuditAction = defineAction({
  id: 'mailbox.set-audit',
  title: 'Mailbox audit logging',
  category: 'Mailboxes',
  description: 'Turn mailbox audit logging on or off (who opened, sent from or deleted what in the mailbox).',
  phrases: [
    'enable mailbox auditing for jane@contoso.com',
    'turn on audit logging on a mailbox',
    "stop auditing {mailbox}'s mailbox",
    'stop writing the mailbox audit log for several mailboxes',
    'make sure mailbox access is audited',
    "check that audit logging is enabled on {mailbox}'s mailbox and switch it on",
    'set AuditEnabled on {mailbox}',
    'mailbox auditing on for {user}',
    'turn off mailbox audit logging for {mailbox}',
    "enable AuditEnabled on {user}'s mailbox",
    'we need to track who opens {mailbox}, enable mailbox auditing',
    'Set-Mailbox {user} -AuditEnabled $true',
    'is mailbox auditing enabled on {mailbox}? if not please turn it on',
    'disable mailbox audit for {mailbox}, it is a service mailbox',
    'start auditing the shared mailbox {mailbox}',
    'switch on mailbox access auditing for {user}',
    'stop mailbox auditing on {mailbox}',
    "log owner and delegate actions on {user}'s mailbox with mailbox audit logging",
    'can you enable mailbox auditing for {user}? compliance asked',
    'turn on mailbox audit for {user}',
    '{mailbox} should have mailbox auditing enabled',
    'no more mailbox auditing on {mailbox}',
  ],
  paramRules: [
    {
      name: 'enabled',
      when: [
        { pattern: /\b(?:disable|turn off|switch off|stop|remove|deactivate|no longer)\b[^.]*\baudit/i, value: false },
        { pattern: /\b(?:enable|turn on|switch on|start|activate|make sure|audit)\b/i, value: true },
      ],
    },
  ],
  target: 'mailbox',
  input: z.object({ enabled: z.boolean().describe('On: audit actions on the mailbox. Off: stop auditing it.') }),
  permission: 'admin',
  bulk: true,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) => `${i.enabled ? 'Turn on' : 'Turn off'} mailbox audit logging for ${mailboxNames(targets)}.`,
  describeInput: (i) => [{ label: 'Audit logging', value: onOff(i.enabled) }],
  undo: {
    capture: async (ctx, mailbox) => ({ enabled: flag(await readMailbox(ctx, mailbox), 'AuditEnabled') }),
    restore: (captured) => ({ actionId: 'mailbox.set-audit', params: captured as { enabled: boolean } }),
  },
  async preview(ctx, mailbox, i) {
    const before = flag(await readMailbox(ctx, mailbox), 'AuditEnabled');
    if (before === i.enabled) return { changes: [], noop: `Audit logging is already ${onOff(before).toLowerCase()}.` };
    const warnings = i.enabled ? [] : ['Mailbox actions (sign-ins, sends, deletions) stop reaching the audit log; investigations will not see them.'];
    return { changes: [{ label: 'Audit logging', before: onOff(before), after: onOff(i.enabled) }], warnings };
  },
  async run(ctx, mailbox, i) {
    const before = flag(await readMailbox(ctx, mailbox), 'AuditEnabled');
    if (before === i.enabled) return { outcome: 'skipped', message: `Audit logging was already ${onOff(before).toLowerCase()}.` };
    await ctx.directory.exchange.invoke('Set-Mailbox', { Identity: identityOf(mailbox), AuditEnabled: i.enabled });
    return {
      outcome: 'succeeded',
      message: `Audit logging turned ${onOff(i.enabled).toLowerCase()}.`,
      changes: [{ label: 'Audit logging', before: onOff(before), after: onOff(i.enabled) }],
      audit: { auditEnabled: { before, after: i.enabled } },
    };
  },
});
