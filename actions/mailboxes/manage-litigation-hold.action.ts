import { z } from 'zod';
import { defineAction, type ChangeLine } from '../define-action';
import type { ExchangeObject } from '../exchange-gateway.types';
import { flag, identityOf, onOff, readMailbox, shown, text, problemIf } from './mailbox-settings.helpers';

/**
 * Litigation hold (Set-Mailbox -LitigationHoldEnabled, with LitigationHoldDuration in days or
 * Unlimited, LitigationHoldOwner, RetentionComment and RetentionUrl). Turning a hold off lets
 * retention purge what it preserved, so the card says so. The duration is always sent with a hold
 * (no days or 0 = Unlimited); owner, comment and URL are sent when given ("" clears them).
 * Undo restores the hold state, duration, owner, comment and URL captured before the run; the hold
 * date (LitigationHoldDate) is Exchange's own and restarts when a hold is turned on again.
 */

const input = z.object({
  enabled: z.boolean().describe('On: place the mailbox on litigation hold. Off: release the hold.'),
  durationDays: z.number().int().min(0).max(36500).optional().describe('Keep items this many days after they were received or created. Empty or 0: unlimited.'),
  owner: z.string().trim().max(256).optional().describe('Who placed the hold (shown in Exchange).'),
  retentionComment: z.string().trim().max(1024).optional().describe('Comment shown to the user in Outlook.'),
  retentionUrl: z.string().trim().max(2048).optional().describe('Web page with more information, shown to the user.'),
});
type Input = z.infer<typeof input>;

interface Hold {
  enabled: boolean;
  duration: string;
  owner: string;
  comment: string;
  url: string;
}

function holdOf(m: ExchangeObject): Hold {
  const d = text(m, 'LitigationHoldDuration') || 'Unlimited';
  return {
    enabled: flag(m, 'LitigationHoldEnabled'),
    duration: /^\d+/.test(d) ? String(parseInt(d, 10)) : 'Unlimited',
    owner: text(m, 'LitigationHoldOwner'),
    comment: text(m, 'RetentionComment'),
    url: text(m, 'RetentionUrl'),
  };
}

const days = (d: string) => (d === 'Unlimited' ? 'Unlimited' : `${d} days`);

function plan(h: Hold, i: Input): { changes: ChangeLine[]; parameters: Record<string, unknown> } {
  const changes: ChangeLine[] = [];
  const parameters: Record<string, unknown> = {};
  if (h.enabled !== i.enabled) {
    changes.push({ label: 'Litigation hold', before: onOff(h.enabled), after: onOff(i.enabled) });
    parameters.LitigationHoldEnabled = i.enabled;
  }
  const duration = i.durationDays ? String(i.durationDays) : i.durationDays === 0 || i.enabled ? 'Unlimited' : undefined;
  if (duration !== undefined && duration !== h.duration) {
    changes.push({ label: 'Hold duration', before: days(h.duration), after: days(duration) });
    parameters.LitigationHoldDuration = duration;
  }
  for (const [key, label, property, before] of [
    ['owner', 'Hold owner', 'LitigationHoldOwner', h.owner],
    ['retentionComment', 'Comment', 'RetentionComment', h.comment],
    ['retentionUrl', 'URL', 'RetentionUrl', h.url],
  ] as const) {
    const v = i[key];
    if (v === undefined || v === before) continue;
    changes.push({ label, before: shown(before), after: shown(v) });
    parameters[property] = v === '' ? null : v;
  }
  return { changes, parameters };
}

export const manageLitigationHoldAction = defineAction({
  id: 'mailbox.manage-litigation-hold',
  title: 'Manage litigation hold',
  category: 'Mailboxes',
  description: 'Place a mailbox on litigation hold (everything kept, including deleted and edited items) for a number of days or without limit, or release it.',
  phrases: [
    'put jane@contoso.com on litigation hold',
    'place a mailbox on legal hold for 2555 days',
    'enable litigation hold for {mailbox}',
    'remove the litigation hold from a mailbox',
    'release the legal hold on {mailbox}',
    'preserve all mail of a mailbox for an investigation',
    'put the mailbox of {name} on hold so nothing can be purged',
    'lit hold on {user}',
    'put {user} on lit hold indefinitely',
    "legal asked us to put {user}'s mailbox on hold",
    'set LitigationHoldEnabled on {mailbox} with a LitigationHoldDuration of 365 days',
    'offboarding {user}: litigation hold for 7 years please',
    "HR needs {user}'s mailbox preserved for a lawsuit",
    'take {user} off litigation hold',
    'the case is closed, lift the legal hold on {mailbox}',
    'can you put a litigation hold on {user} for 10 years?',
    'set the litigation hold duration of {mailbox} to 2555 days',
    'disable lit hold for {user}',
    "preserve {user}'s email for ediscovery so nothing can be purged",
    '{user} left the company, legal wants all her mail kept on hold indefinitely',
    '{user} is under investigation, keep every item in the mailbox including deleted ones',
    'is it possible to put {mailbox} on legal hold with no end date',
    'turn litigation hold off on {mailbox}',
    'release {user} from litigation hold',
  ],
  paramRules: [
    {
      name: 'enabled',
      when: [
        { pattern: /\b(?:remove|release|lift|disable|turn off|take off|end|stop|cancel)\b[^.]*\b(?:litigation|legal)?\s*hold/i, value: false },
        { pattern: /\b(?:put|place|enable|turn on|set|add|preserve|start)\b/i, value: true },
      ],
    },
    { name: 'durationDays', capture: /\bfor\s+(\d{1,5})\s+days?\b/i, as: 'number' },
    { name: 'retentionComment', capture: /\b(?:comment|reason)\s*:?\s*"([^"]+)"/i },
  ],
  target: 'mailbox',
  input,
  check: (i) => problemIf(!!i.retentionUrl && !/^https?:\/\/\S+$/i.test(i.retentionUrl), 'retentionUrl', 'Give a full web address starting with https://.'),
  permission: 'admin',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) => {
    const who = targets.map((t) => t.displayName).join(', ');
    return i.enabled ? `Place ${who} on litigation hold (${i.durationDays ? `${i.durationDays} days` : 'no time limit'}).` : `Release the litigation hold on ${who}.`;
  },
  describeInput: (i) => [
    { label: 'Litigation hold', value: onOff(i.enabled) },
    ...(i.enabled ? [{ label: 'Duration', value: i.durationDays ? `${i.durationDays} days` : 'Unlimited' }] : []),
    ...(i.owner ? [{ label: 'Owner', value: i.owner }] : []),
    ...(i.retentionComment ? [{ label: 'Comment', value: i.retentionComment }] : []),
    ...(i.retentionUrl ? [{ label: 'URL', value: i.retentionUrl }] : []),
  ],
  undo: {
    capture: async (ctx, mailbox) => holdOf(await readMailbox(ctx, mailbox)),
    restore: (captured) => {
      const h = captured as Hold;
      return {
        actionId: 'mailbox.manage-litigation-hold',
        params: {
          enabled: h.enabled,
          durationDays: h.duration === 'Unlimited' ? 0 : Number(h.duration),
          owner: h.owner,
          retentionComment: h.comment,
          retentionUrl: h.url,
        },
      };
    },
  },
  async preview(ctx, mailbox, i) {
    const h = holdOf(await readMailbox(ctx, mailbox));
    const { changes } = plan(h, i);
    if (changes.length === 0) return { changes, noop: i.enabled ? 'The mailbox is already on this hold.' : 'The mailbox is not on litigation hold.' };
    const warnings =
      !i.enabled && h.enabled
        ? ['Releasing the hold lets retention policies and users delete what the hold preserved. Make sure legal or compliance agreed.']
        : [];
    return { changes, warnings };
  },
  async run(ctx, mailbox, i) {
    const h = holdOf(await readMailbox(ctx, mailbox));
    const { changes, parameters } = plan(h, i);
    if (changes.length === 0) return { outcome: 'skipped', message: i.enabled ? 'The mailbox was already on this hold.' : 'The mailbox was not on litigation hold.' };
    await ctx.directory.exchange.invoke('Set-Mailbox', { Identity: identityOf(mailbox), ...parameters });
    return {
      outcome: 'succeeded',
      message: i.enabled ? 'Litigation hold is on.' : 'Litigation hold released.',
      changes,
      audit: { before: h, set: parameters },
    };
  },
});
