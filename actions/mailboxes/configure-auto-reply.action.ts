import { z } from 'zod';
import { defineAction, type ActionContext, type ChangeLine } from '../define-action';
import type { MailboxTarget } from '../targets/exchange-recipient.target';
import { mailboxNames, shown } from './mailbox-settings.helpers';

/**
 * Automatic replies (out of office) through Graph: PATCH /v1.0/users/{id}/mailboxSettings with
 * automaticRepliesSetting, the documented endpoint for this job (MailboxSettings.ReadWrite), preferred
 * over Set-MailboxAutoReplyConfiguration. Mapping: Enabled → alwaysEnabled, Disabled → disabled,
 * Scheduled → scheduled; audience None → none, Known → contactsOnly, All → all. Times are UTC and sent as
 * dateTimeTimeZone {dateTime, timeZone: "UTC"}. Turning replies off keeps the messages (as Outlook does).
 * Undo patches back the whole automaticRepliesSetting read before the run.
 */

const STATES = ['Enabled', 'Disabled', 'Scheduled'] as const;
const AUDIENCES = ['None', 'Known', 'All'] as const;
const TO_GRAPH_STATUS: Record<(typeof STATES)[number], string> = { Enabled: 'alwaysEnabled', Disabled: 'disabled', Scheduled: 'scheduled' };
const TO_GRAPH_AUDIENCE: Record<(typeof AUDIENCES)[number], string> = { None: 'none', Known: 'contactsOnly', All: 'all' };
const FROM_GRAPH_STATUS = Object.fromEntries(Object.entries(TO_GRAPH_STATUS).map(([k, v]) => [v, k])) as Record<string, (typeof STATES)[number]>;
const FROM_GRAPH_AUDIENCE = Object.fromEntries(Object.entries(TO_GRAPH_AUDIENCE).map(([k, v]) => [v, k])) as Record<string, (typeof AUDIENCES)[number]>;
const AUDIENCE_LABEL: Record<string, string> = { None: 'Nobody outside', Known: 'Known contacts only', All: 'Everyone outside' };

const input = z.object({
  state: z.enum(STATES).describe('Enabled: always on. Scheduled: between the start and end time. Disabled: off.'),
  startTime: z.string().trim().min(1).optional().describe('Scheduled only: start, UTC, e.g. 2026-12-20 08:00.'),
  endTime: z.string().trim().min(1).optional().describe('Scheduled only: end, UTC, e.g. 2027-01-04 18:00.'),
  internalMessage: z.string().max(8000).optional().describe('Reply to people in the organisation (HTML allowed).'),
  externalMessage: z.string().max(8000).optional().describe('Reply to people outside (HTML allowed). Empty: none.'),
  externalAudience: z.enum(AUDIENCES).default('All').describe('Who outside gets the external reply.'),
});
type Input = z.infer<typeof input>;

/** "2026-12-20", "2026-12-20 08:00", "2026-12-20T08:00:00.0000000" (all UTC) → Date; undefined when not a time. */
export function parseUtc(value: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2})(:\d{2})?(?:\.\d+)?)?Z?$/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(`${m[1]}T${(m[2] ?? '00:00').padStart(5, '0')}${m[3] ?? ':00'}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const graphTime = (d: Date) => ({ dateTime: d.toISOString().slice(0, 19), timeZone: 'UTC' });
const showTime = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const excerpt = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);

interface GraphReplies {
  status: string;
  externalAudience: string;
  internalReplyMessage: string;
  externalReplyMessage: string;
  scheduledStartDateTime?: { dateTime: string; timeZone: string };
  scheduledEndDateTime?: { dateTime: string; timeZone: string };
}

const settingsPath = (mailbox: MailboxTarget) => `/users/${encodeURIComponent(mailbox.id)}/mailboxSettings`;

async function readReplies(ctx: ActionContext, mailbox: MailboxTarget): Promise<GraphReplies> {
  const s = await ctx.directory.graph.get<{ automaticRepliesSetting: GraphReplies }>(`${settingsPath(mailbox)}?$select=automaticRepliesSetting`);
  return s.automaticRepliesSetting;
}

function body(i: Input): Record<string, unknown> {
  const setting: Record<string, unknown> = { status: TO_GRAPH_STATUS[i.state], externalAudience: TO_GRAPH_AUDIENCE[i.externalAudience] };
  if (i.internalMessage !== undefined) setting.internalReplyMessage = i.internalMessage;
  if (i.externalMessage !== undefined) setting.externalReplyMessage = i.externalMessage;
  const start = i.startTime ? parseUtc(i.startTime) : undefined;
  const end = i.endTime ? parseUtc(i.endTime) : undefined;
  if (start) setting.scheduledStartDateTime = graphTime(start);
  if (end) setting.scheduledEndDateTime = graphTime(end);
  return { automaticRepliesSetting: setting };
}

function diff(current: GraphReplies, i: Input): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const before = FROM_GRAPH_STATUS[current.status] ?? current.status;
  if (before !== i.state) lines.push({ label: 'Automatic replies', before, after: i.state });
  if (i.state === 'Scheduled') {
    const start = parseUtc(i.startTime ?? '')!;
    const end = parseUtc(i.endTime ?? '')!;
    const was = (t?: { dateTime: string }) => (t ? parseUtc(t.dateTime) : undefined);
    const [ws, we] = [was(current.scheduledStartDateTime), was(current.scheduledEndDateTime)];
    const wasText = before === 'Scheduled' && ws && we ? `${showTime(ws)} – ${showTime(we)}` : '(not scheduled)';
    const nowText = `${showTime(start)} – ${showTime(end)}`;
    if (wasText !== nowText) lines.push({ label: 'Schedule', before: wasText, after: nowText });
  }
  const audienceBefore = FROM_GRAPH_AUDIENCE[current.externalAudience] ?? current.externalAudience;
  if (audienceBefore !== i.externalAudience) lines.push({ label: 'External audience', before: AUDIENCE_LABEL[audienceBefore] ?? audienceBefore, after: AUDIENCE_LABEL[i.externalAudience] });
  if (i.internalMessage !== undefined && i.internalMessage !== current.internalReplyMessage) {
    lines.push({ label: 'Internal message', before: shown(excerpt(current.internalReplyMessage)), after: shown(excerpt(i.internalMessage)) });
  }
  if (i.externalMessage !== undefined && i.externalMessage !== current.externalReplyMessage) {
    lines.push({ label: 'External message', before: shown(excerpt(current.externalReplyMessage)), after: shown(excerpt(i.externalMessage)) });
  }
  return lines;
}

export const configureAutoReplyAction = defineAction({
  id: 'mailbox.configure-auto-reply',
  title: 'Configure automatic replies',
  category: 'Mailboxes',
  description: 'Turn automatic replies (out of office) on, off or on a schedule, with the internal and external messages.',
  phrases: [
    'set an out of office reply for jane@contoso.com saying "I am away until Monday"',
    'turn on automatic replies for a mailbox',
    'schedule the out-of-office of {mailbox} from 2026-12-20 to 2027-01-04',
    'stop the automatic reply of a mailbox',
    'configure the OOF message for a user',
    'enable an auto-reply on several mailboxes',
    'end the out of office for {mailbox}',
    'ooo on for {user} till fri',
    'turn off the OOO for {user}, she is back from holiday',
    '{user} is on leave until June, please set an out of office reply',
    'could you please set up automatic replies on {mailbox} with the message "I have left the company"',
    'offboarding {user}: set an auto reply telling senders to contact jane@contoso.com instead',
    "can you put an away message on {user}'s mailbox while she is on maternity leave",
    '{user} forgot to set her out of office before going on vacation',
    'disable automatic replies for {user}',
    'set the OOF for {user} internal only, no external reply',
    'schedule automatic replies for {user} from monday to friday next week',
    'change the out of office message of {mailbox}',
    'update the external auto-reply text for {user}',
    'Set-MailboxAutoReplyConfiguration -AutoReplyState Scheduled for {user}',
    '{mailbox} should auto-respond that the inbox is no longer monitored',
    'remove the vacation reply from {user}',
    'kill the OOO on {mailbox}',
    'can {user} get an out-of-office autoreply for external senders only?',
  ],
  paramRules: [
    {
      name: 'state',
      when: [
        { pattern: /\b(?:turn off|switch off|disable|stop|cancel|remove|end|clear)\b[^.]*\b(?:auto(?:matic)?[- ]?repl|out[- ]of[- ]office|oof|ooo)/i, value: 'Disabled' },
        { pattern: /\b(?:schedule|scheduled|from \d{4}-\d{2}-\d{2}|between|until \d{4})/i, value: 'Scheduled' },
        { pattern: /\b(?:set|turn on|switch on|enable|configure|activate|start|add|create)\b/i, value: 'Enabled' },
      ],
    },
    { name: 'internalMessage', capture: /\b(?:saying|message|reply|text)\s*:?\s*"([^"]+)"/i },
    { name: 'startTime', capture: /\bfrom\s+(\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?)/i },
    { name: 'endTime', capture: /\b(?:to|until|till)\s+(\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?)/i },
    {
      name: 'externalAudience',
      when: [
        { pattern: /\b(?:only (?:to )?(?:my |known )?contacts|known (?:senders|contacts))\b/i, value: 'Known' },
        { pattern: /\b(?:internal only|no external|not (?:to )?external|nobody outside)\b/i, value: 'None' },
      ],
    },
  ],
  target: 'mailbox',
  input,
  check: (i) => {
    const errors: Record<string, string> = {};
    for (const key of ['startTime', 'endTime'] as const) {
      if (i[key] && !parseUtc(i[key]!)) errors[key] = `"${i[key]}" is not a date and time. Write it as 2026-12-20 08:00 (UTC).`;
    }
    if (i.state === 'Scheduled') {
      if (!i.startTime) errors.startTime = 'A scheduled reply needs a start time, e.g. 2026-12-20 08:00 (UTC).';
      if (!i.endTime) errors.endTime = 'A scheduled reply needs an end time, e.g. 2027-01-04 18:00 (UTC).';
      const start = i.startTime ? parseUtc(i.startTime) : undefined;
      const end = i.endTime ? parseUtc(i.endTime) : undefined;
      if (start && end && end <= start) errors.endTime = 'The end time must be after the start time.';
    }
    if (i.state !== 'Disabled' && !i.internalMessage?.trim()) errors.internalMessage = 'Write the reply people in the organisation receive.';
    return errors;
  },
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (i, targets) =>
    i.state === 'Disabled'
      ? `Turn off automatic replies for ${mailboxNames(targets)}.`
      : i.state === 'Scheduled'
        ? `Schedule automatic replies for ${mailboxNames(targets)} from ${showTime(parseUtc(i.startTime!)!)} to ${showTime(parseUtc(i.endTime!)!)}.`
        : `Turn on automatic replies for ${mailboxNames(targets)}.`,
  describeInput: (i) => [
    { label: 'Automatic replies', value: i.state },
    ...(i.state !== 'Disabled' ? [{ label: 'External audience', value: AUDIENCE_LABEL[i.externalAudience] }] : []),
    ...(i.internalMessage ? [{ label: 'Internal message', value: excerpt(i.internalMessage) }] : []),
    ...(i.externalMessage ? [{ label: 'External message', value: excerpt(i.externalMessage) }] : []),
  ],
  undo: {
    capture: (ctx, mailbox) => readReplies(ctx, mailbox),
    restore: (captured) => {
      const r = captured as GraphReplies;
      return {
        actionId: 'mailbox.configure-auto-reply',
        params: {
          state: FROM_GRAPH_STATUS[r.status] ?? 'Disabled',
          externalAudience: FROM_GRAPH_AUDIENCE[r.externalAudience] ?? 'All',
          internalMessage: r.internalReplyMessage,
          externalMessage: r.externalReplyMessage,
          ...(r.scheduledStartDateTime ? { startTime: r.scheduledStartDateTime.dateTime } : {}),
          ...(r.scheduledEndDateTime ? { endTime: r.scheduledEndDateTime.dateTime } : {}),
        },
      };
    },
  },
  async preview(ctx, mailbox, i) {
    const changes = diff(await readReplies(ctx, mailbox), i);
    return changes.length > 0 ? { changes } : { changes, noop: 'Automatic replies are already set that way.' };
  },
  async run(ctx, mailbox, i) {
    const current = await readReplies(ctx, mailbox);
    const changes = diff(current, i);
    if (changes.length === 0) return { outcome: 'skipped', message: 'Automatic replies were already set that way.' };
    await ctx.directory.graph.patch(settingsPath(mailbox), body(i));
    return {
      outcome: 'succeeded',
      message: i.state === 'Disabled' ? 'Automatic replies turned off.' : i.state === 'Scheduled' ? 'Automatic replies scheduled.' : 'Automatic replies turned on.',
      changes,
      audit: { status: { before: current.status, after: TO_GRAPH_STATUS[i.state] } },
    };
  },
});
