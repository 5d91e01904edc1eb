import { z } from 'zod';
import { defineAction, type ChangeLine } from '../define-action';
import { flag, identityOf, readMailboxObject, shown, text, yesNo } from './mailbox-settings.helpers';

/**
 * Language, time zone and date/time formats of a mailbox (Set-MailboxRegionalConfiguration).
 * Graph's PATCH /users/{id}/mailboxSettings (language, timeZone, dateFormat, timeFormat) does the same
 * job except one thing: LocalizeDefaultFolderName (rename Inbox, Sent Items… into the new language),
 * which has no Graph equivalent and is on by default here. So this action stays on the cmdlet, which
 * does all of it in one call and validates the formats against the language. When the language changes
 * and no format is given, DateFormat and TimeFormat are sent as $null (the language's defaults), as
 * Exchange requires to avoid an invalid-format error.
 * Undo restores language, time zone and both formats exactly; folder names already translated keep
 * their new names (Exchange never translates them back), which the card says.
 */

const LANGUAGES: Record<string, string> = {
  english: 'en-US', 'american english': 'en-US', 'us english': 'en-US', 'british english': 'en-GB', 'uk english': 'en-GB',
  italian: 'it-IT', french: 'fr-FR', german: 'de-DE', spanish: 'es-ES', dutch: 'nl-NL', portuguese: 'pt-BR',
  brazilian: 'pt-BR', 'brazilian portuguese': 'pt-BR', japanese: 'ja-JP',
};

/** A culture code ("it-IT") from a code or an English language name; undefined when unknown. */
export function cultureOf(value: string): string | undefined {
  const v = value.trim();
  const code = /^([a-z]{2})-([a-z]{2})$/i.exec(v);
  if (code) return `${code[1].toLowerCase()}-${code[2].toUpperCase()}`;
  return LANGUAGES[v.toLowerCase().replace(/\s+/g, ' ')];
}

const input = z.object({
  language: z.string().trim().min(1).describe('Culture code such as it-IT, or a language name such as Italian.'),
  localizeDefaultFolderName: z.boolean().default(true).describe('Rename the default folders (Inbox, Sent Items…) into the new language.'),
  timeZone: z.string().trim().min(1).optional().describe('Windows time zone name, e.g. "W. Europe Standard Time". Empty: unchanged.'),
  dateFormat: z.string().trim().min(1).optional().describe("e.g. dd/MM/yyyy. Empty: the language's default when the language changes."),
  timeFormat: z.string().trim().min(1).optional().describe("e.g. HH:mm. Empty: the language's default when the language changes."),
});
type Input = z.infer<typeof input>;

interface Regional {
  language: string;
  timeZone: string;
  dateFormat: string;
  timeFormat: string;
  localized: boolean;
}

async function readRegional(ctx: Parameters<typeof readMailboxObject>[0], mailbox: Parameters<typeof readMailboxObject>[2]): Promise<Regional> {
  const o = await readMailboxObject(ctx, 'Get-MailboxRegionalConfiguration', mailbox);
  return {
    language: text(o, 'Language'),
    timeZone: text(o, 'TimeZone'),
    dateFormat: text(o, 'DateFormat'),
    timeFormat: text(o, 'TimeFormat'),
    localized: flag(o, 'DefaultFolderNameMatchingUserLanguage'),
  };
}

function plan(current: Regional, i: Input): { changes: ChangeLine[]; parameters: Record<string, unknown> } {
  const language = cultureOf(i.language) ?? i.language;
  const languageChanges = language.toLowerCase() !== current.language.toLowerCase();
  const changes: ChangeLine[] = [];
  const parameters: Record<string, unknown> = {};
  if (languageChanges) {
    changes.push({ label: 'Language', before: shown(current.language), after: language });
    parameters.Language = language;
  }
  if (i.timeZone && i.timeZone.toLowerCase() !== current.timeZone.toLowerCase()) {
    changes.push({ label: 'Time zone', before: shown(current.timeZone), after: i.timeZone });
    parameters.TimeZone = i.timeZone;
  }
  for (const [key, label, property, before] of [
    ['dateFormat', 'Date format', 'DateFormat', current.dateFormat],
    ['timeFormat', 'Time format', 'TimeFormat', current.timeFormat],
  ] as const) {
    const wanted = i[key];
    if (wanted !== undefined && wanted !== before) {
      changes.push({ label, before: shown(before), after: wanted });
      parameters[property] = wanted;
    } else if (wanted === undefined && languageChanges) {
      changes.push({ label, before: shown(before), after: `default for ${language}` });
      parameters[property] = null;
    }
  }
  if (changes.length > 0 && i.localizeDefaultFolderName && languageChanges) {
    changes.push({ label: 'Default folder names', before: current.localized ? 'Localized' : 'As they are', after: `In ${language}` });
    parameters.LocalizeDefaultFolderName = true;
  }
  return { changes, parameters };
}

export const setRegionalSettingsAction = defineAction({
  id: 'mailbox.set-regional-settings',
  title: 'Set mailbox regional settings',
  category: 'Mailboxes',
  description: "Set a mailbox's language (optionally translating its default folder names), time zone and date/time formats.",
  phrases: [
    'set the mailbox language of jane@contoso.com to French',
    'change the language of a mailbox to it-IT',
    'set the time zone of {mailbox} to W. Europe Standard Time',
    'change regional settings of a mailbox',
    'switch the mailbox locale to German',
    "set {mailbox}'s mailbox date format",
    "change {user}'s mailbox language to Spanish",
    "set the time zone of {user}'s mailbox to Pacific Standard Time",
    '{user} moved to the London office, change their mailbox time zone to GMT Standard Time',
    'Outlook shows the folders in German for {user}, set the mailbox language back to English',
    'Set-MailboxRegionalConfiguration {user} -Language fr-FR',
    'change the date format of {mailbox} to dd/MM/yyyy',
    "set a 24 hour time format on {user}'s mailbox",
    'can {user} get her mailbox in Italian?',
    'the inbox folder names of {user} are in Dutch, change the mailbox language to English',
    'update the mailbox time zone for {mailbox} to W. Europe Standard Time',
    'regional settings for {user}: language Portuguese, time zone E. South America Standard Time',
    'set the mailbox locale to en-GB for {user}',
    'change the language and time zone of the shared mailbox {mailbox}',
    "{user}'s calendar shows the wrong time zone, fix the mailbox regional settings",
    'switch {user} to the UK date and time format in their mailbox',
    'time zone for {mailbox} should be Eastern Standard Time',
  ],
  paramRules: [
    {
      name: 'language',
      capture: /\b(?:language|locale)\b[^.]*?\bto\s+([a-z]{2}-[a-z]{2}\b|(?:british |american |brazilian |us |uk )?[A-Za-z]+)/i,
    },
    { name: 'timeZone', capture: /\btime ?zone\b[^"]*?\bto\s+"?([A-Za-z. ]+?(?:Standard Time|UTC))"?/i },
    { name: 'localizeDefaultFolderName', when: [{ pattern: /\b(?:keep|don'?t (?:rename|translate)|without (?:renaming|translating))\b[^.]*\bfolder/i, value: false }] },
  ],
  target: 'mailbox',
  input,
  check: (i) => {
    const errors: Record<string, string> = {};
    if (!cultureOf(i.language)) errors.language = `"${i.language}" is not a language Steward knows. Use a culture code such as it-IT or fr-FR, or a name such as Italian.`;
    return errors;
  },
  permission: 'helpdesk',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (i, targets) => `Set the regional settings of ${targets.map((t) => t.displayName).join(', ')} to ${cultureOf(i.language) ?? i.language}.`,
  describeInput: (i) => [
    { label: 'Language', value: cultureOf(i.language) ?? i.language },
    { label: 'Translate folder names', value: yesNo(i.localizeDefaultFolderName) },
    ...(i.timeZone ? [{ label: 'Time zone', value: i.timeZone }] : []),
    ...(i.dateFormat ? [{ label: 'Date format', value: i.dateFormat }] : []),
    ...(i.timeFormat ? [{ label: 'Time format', value: i.timeFormat }] : []),
  ],
  undo: {
    capture: (ctx, mailbox) => readRegional(ctx, mailbox),
    restore: (captured) => {
      const before = captured as Regional;
      return {
        actionId: 'mailbox.set-regional-settings',
        params: { language: before.language, timeZone: before.timeZone, dateFormat: before.dateFormat, timeFormat: before.timeFormat, localizeDefaultFolderName: before.localized },
      };
    },
  },
  async preview(ctx, mailbox, i) {
    const { changes, parameters } = plan(await readRegional(ctx, mailbox), i);
    if (changes.length === 0) return { changes, noop: 'The mailbox already has these regional settings.' };
    const warnings = parameters.LocalizeDefaultFolderName ? ['Default folders are renamed into the new language; an undo restores the settings but not the folder names.'] : [];
    return { changes, warnings };
  },
  async run(ctx, mailbox, i) {
    const current = await readRegional(ctx, mailbox);
    const { changes, parameters } = plan(current, i);
    if (changes.length === 0) return { outcome: 'skipped', message: 'The regional settings were already set that way.' };
    await ctx.directory.exchange.invoke('Set-MailboxRegionalConfiguration', { Identity: identityOf(mailbox), ...parameters });
    const after = await readRegional(ctx, mailbox);
    const shownAfter = changes.map((c) =>
      c.after.startsWith('default for') ? { ...c, after: c.label === 'Date format' ? after.dateFormat : after.timeFormat } : c,
    );
    return { outcome: 'succeeded', message: `Regional settings updated (${after.language}).`, changes: shownAfter, audit: { before: current, after } };
  },
});
