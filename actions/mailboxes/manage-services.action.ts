import { z } from 'zod';
import { defineAction, type ChangeLine } from '../define-action';
import { flag, identityOf, mailboxNames, onOff, readMailboxObject, problemIf } from './mailbox-settings.helpers';

/**
 * Client access protocols of a mailbox (Set-CASMailbox): ActiveSync, Outlook on the web, POP, IMAP,
 * MAPI (Outlook desktop) and EWS. Each switch is Enabled, Disabled or left alone (a choice rather than
 * a toggle, because a form toggle always posts a value and would flip services nobody asked about);
 * only switches that really change are sent. Undo sends the captured values of the switches changed.
 */

const SERVICES = [
  { key: 'activeSyncEnabled', property: 'ActiveSyncEnabled', label: 'ActiveSync', words: 'active ?sync|eas|exchange activesync' },
  { key: 'owaEnabled', property: 'OWAEnabled', label: 'Outlook on the web (OWA)', words: 'owa|outlook on the web|outlook web(?: app| access)?|web ?mail' },
  { key: 'popEnabled', property: 'PopEnabled', label: 'POP', words: 'pop3?' },
  { key: 'imapEnabled', property: 'ImapEnabled', label: 'IMAP', words: 'imap4?' },
  { key: 'mapiEnabled', property: 'MAPIEnabled', label: 'MAPI (Outlook desktop)', words: 'mapi|outlook desktop|outlook client' },
  { key: 'ewsEnabled', property: 'EwsEnabled', label: 'EWS', words: 'ews|exchange web services' },
] as const;

type ServiceKey = (typeof SERVICES)[number]['key'];
const STATE = z.enum(['Enabled', 'Disabled']);

const input = z.object(
  Object.fromEntries(SERVICES.map((s) => [s.key, STATE.optional().describe(`${s.label}: leave empty to keep as it is.`)])) as Record<
    ServiceKey,
    z.ZodOptional<typeof STATE>
  >,
);
type Input = z.infer<typeof input>;

const given = (i: Input) => SERVICES.filter((s) => i[s.key] !== undefined);

/** "disable IMAP and POP": the verb nearest before a service name decides its state. */
function ruleFor(words: string): { pattern: RegExp; value: unknown }[] {
  const off = '(?:disable|turn off|switch off|block|deactivate|shut off|stop|remove|no)';
  const on = '(?:enable|turn on|switch on|allow|activate|re-?enable|restore|unblock)';
  const list = `(?:[\\w-]+(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s+))*?`;
  return [
    { pattern: new RegExp(`\\b${off}\\s+${list}(?:${words})\\b`, 'i'), value: 'Disabled' },
    { pattern: new RegExp(`\\b${on}\\s+${list}(?:${words})\\b`, 'i'), value: 'Enabled' },
    { pattern: new RegExp(`\\b(?:${words})\\s+(?:access\\s+)?(?:off|disabled)\\b`, 'i'), value: 'Disabled' },
    { pattern: new RegExp(`\\b(?:${words})\\s+(?:access\\s+)?(?:on|enabled)\\b`, 'i'), value: 'Enabled' },
  ];
}

export const manageServicesAction = defineAction({
  id: 'mailbox.manage-services',
  title: 'Manage mailbox services',
  category: 'Mailboxes',
  description: 'Turn mailbox protocols on or off: ActiveSync, Outlook on the web, POP, IMAP, MAPI (Outlook desktop) and EWS.',
  phrases: [
    'disable POP and IMAP for jane@contoso.com',
    'turn off ActiveSync on a mailbox',
    'enable Outlook on the web for {mailbox}',
    'block OWA access for a mailbox',
    'manage the mailbox protocols of a user',
    'turn on EWS and MAPI for a mailbox',
    'change which mail clients a mailbox may use',
    'disable OWA for {user}',
    'turn off POP3 and IMAP4 on {mailbox}',
    "block ActiveSync for {user}'s mailbox",
    '{user} should only use Outlook desktop, disable OWA and ActiveSync on the mailbox',
    'Set-CASMailbox {user} -OWAEnabled $false',
    'enable IMAP for {mailbox} so the scanner app can read it',
    'can {user} get POP access to the mailbox?',
    'turn on Outlook Web App for {user}',
    'disable EWS on {mailbox}',
    'offboarding {user}: turn off OWA, ActiveSync, POP, IMAP and MAPI on the mailbox',
    "disable mobile access via EAS for {user}'s mailbox",
    'enable MAPI for {mailbox} so Outlook can connect',
    'allow {user} to use Outlook on the web again',
    'manage email apps for {user}: uncheck POP and IMAP',
    'OWA off for {user}',
    'CAS mailbox settings: disable MAPI and EWS for {mailbox}',
    'IMAP should be enabled on {mailbox}',
  ],
  paramRules: SERVICES.map((s) => ({ name: s.key, when: ruleFor(s.words) })),
  target: 'mailbox',
  input,
  check: (i) => problemIf(given(i).length === 0, 'activeSyncEnabled', 'Choose at least one service to enable or disable.'),
  permission: 'management',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) => {
    const part = (state: 'Enabled' | 'Disabled') => given(i).filter((s) => i[s.key] === state).map((s) => s.label);
    const on = part('Enabled');
    const off = part('Disabled');
    const verbs = [off.length ? `turn off ${off.join(', ')}` : '', on.length ? `turn on ${on.join(', ')}` : ''].filter(Boolean).join(' and ');
    return `For ${mailboxNames(targets)}, ${verbs}.`;
  },
  describeInput: (i) => given(i).map((s) => ({ label: s.label, value: i[s.key] === 'Enabled' ? 'On' : 'Off' })),
  undo: {
    async capture(ctx, mailbox) {
      const cas = await readMailboxObject(ctx, 'Get-CASMailbox', mailbox);
      return Object.fromEntries(SERVICES.map((s) => [s.key, flag(cas, s.property) ? 'Enabled' : 'Disabled']));
    },
    restore(captured, i) {
      const before = captured as Record<ServiceKey, 'Enabled' | 'Disabled'>;
      const params = Object.fromEntries(given(i).map((s) => [s.key, before[s.key]]));
      return { actionId: 'mailbox.manage-services', params };
    },
  },
  async preview(ctx, mailbox, i) {
    const changes = diff(await readMailboxObject(ctx, 'Get-CASMailbox', mailbox), i).changes;
    if (changes.length === 0) return { changes, noop: 'These services are already set that way.' };
    const warnings: string[] = [];
    if (i.mapiEnabled === 'Disabled') warnings.push('Without MAPI, Outlook for Windows can no longer connect to this mailbox.');
    if (i.ewsEnabled === 'Disabled') warnings.push('Without EWS, Outlook for Mac and some third-party apps stop working with this mailbox.');
    return { changes, warnings };
  },
  async run(ctx, mailbox, i) {
    const { changes, parameters } = diff(await readMailboxObject(ctx, 'Get-CASMailbox', mailbox), i);
    if (changes.length === 0) return { outcome: 'skipped', message: 'These services were already set that way.' };
    await ctx.directory.exchange.invoke('Set-CASMailbox', { Identity: identityOf(mailbox), ...parameters });
    return { outcome: 'succeeded', message: `Updated ${changes.length} mailbox service${changes.length === 1 ? '' : 's'}.`, changes, audit: { set: parameters } };
  },
});

function diff(cas: Record<string, unknown>, i: Input): { changes: ChangeLine[]; parameters: Record<string, boolean> } {
  const changes: ChangeLine[] = [];
  const parameters: Record<string, boolean> = {};
  for (const s of given(i)) {
    const before = flag(cas, s.property);
    const after = i[s.key] === 'Enabled';
    if (before === after) continue;
    changes.push({ label: s.label, before: onOff(before), after: onOff(after) });
    parameters[s.property] = after;
  }
  return { changes, parameters };
}
