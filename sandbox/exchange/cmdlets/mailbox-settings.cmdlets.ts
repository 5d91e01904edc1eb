import { exchangeGuid, nameOf, primarySmtpOf, type RecipientRef } from '../exchange-org.model';
import {
  CmdletError,
  invalidArgument,
  invalidOperation,
  resolveMailbox,
  type CmdletContext,
  type CmdletDefinition,
  type ParamSpec,
} from '../cmdlet.types';

/**
 * Mailbox settings that live in the mailbox rather than on the recipient: automatic replies
 * (Get/Set-MailboxAutoReplyConfiguration), regional configuration (Get/Set-MailboxRegionalConfiguration)
 * and the archive (Enable-Mailbox -Archive / -AutoExpandingArchive, Disable-Mailbox -Archive).
 * Forwarding, quotas, litigation hold, archive name and auditing are Set-Mailbox properties
 * (recipients.cmdlets.ts). Graph's /users/{id}/mailboxSettings reads and writes the same records.
 */

type MailboxRef = Extract<RecipientRef, { kind: 'mailbox' }>;

const IDENTITY: ParamSpec = { kind: 'string', mandatory: true };

function ownerView(r: MailboxRef): Record<string, unknown> {
  return { Identity: nameOf(r), MailboxOwnerId: nameOf(r), PrimarySmtpAddress: primarySmtpOf(r), ExternalDirectoryObjectId: r.key };
}

// ---- Automatic replies ------------------------------------------------------------------------

export const AUTO_REPLY_STATES = ['Enabled', 'Disabled', 'Scheduled'] as const;
export const EXTERNAL_AUDIENCES = ['None', 'Known', 'All'] as const;

const getAutoReply: CmdletDefinition = {
  name: 'Get-MailboxAutoReplyConfiguration',
  params: { Identity: IDENTITY },
  run(ctx, p) {
    const r = resolveMailbox(ctx, p.Identity);
    return [{ ...ownerView(r), ...r.mailbox.autoReply }];
  },
};

/** Exchange refuses a schedule whose end is not after its start (and needs both once Scheduled). */
export function checkSchedule(state: unknown, start: unknown, end: unknown): void {
  if (state !== 'Scheduled') return;
  if (typeof start !== 'string' || typeof end !== 'string') {
    throw invalidArgument('A scheduled automatic reply needs both StartTime and EndTime.');
  }
  if (Date.parse(end) <= Date.parse(start)) {
    throw invalidArgument(`The end time (${end}) must be later than the start time (${start}).`);
  }
}

const setAutoReply: CmdletDefinition = {
  name: 'Set-MailboxAutoReplyConfiguration',
  params: {
    Identity: IDENTITY,
    AutoReplyState: { kind: 'string', values: AUTO_REPLY_STATES },
    StartTime: { kind: 'datetime' },
    EndTime: { kind: 'datetime' },
    InternalMessage: { kind: 'string' },
    ExternalMessage: { kind: 'string' },
    ExternalAudience: { kind: 'string', values: EXTERNAL_AUDIENCES },
  },
  run(ctx, p) {
    const r = resolveMailbox(ctx, p.Identity);
    const current = r.mailbox.autoReply;
    const next: Record<string, unknown> = { ...current };
    for (const key of ['AutoReplyState', 'StartTime', 'EndTime', 'ExternalAudience'] as const) if (p[key] !== undefined) next[key] = p[key];
    for (const key of ['InternalMessage', 'ExternalMessage'] as const) if (p[key] !== undefined) next[key] = p[key] ?? '';
    checkSchedule(next.AutoReplyState, next.StartTime, next.EndTime);
    Object.assign(current, next);
  },
};

// ---- Regional configuration --------------------------------------------------------------------

interface Culture {
  dateFormats: readonly string[];
  timeFormats: readonly string[];
  /** The Inbox's name once default folders are localized. */
  inbox: string;
}

/** Cultures the sandbox knows, with the date and time formats Outlook offers for each (the first is the default). */
export const CULTURES: Readonly<Record<string, Culture>> = {
  'en-US': { dateFormats: ['M/d/yyyy', 'M/d/yy', 'MM/dd/yy', 'MM/dd/yyyy', 'yy/MM/dd', 'yyyy-MM-dd', 'dd-MMM-yy'], timeFormats: ['h:mm tt', 'hh:mm tt', 'H:mm', 'HH:mm'], inbox: 'Inbox' },
  'en-GB': { dateFormats: ['dd/MM/yyyy', 'dd/MM/yy', 'd/M/yy', 'd.M.yy', 'yyyy-MM-dd'], timeFormats: ['HH:mm', 'H:mm', 'hh:mm tt', 'h:mm tt'], inbox: 'Inbox' },
  'it-IT': { dateFormats: ['dd/MM/yyyy', 'dd/MM/yy', 'd/M/yy', 'dd-MM-yy', 'yyyy-MM-dd'], timeFormats: ['HH:mm', 'H:mm'], inbox: 'Posta in arrivo' },
  'fr-FR': { dateFormats: ['dd/MM/yyyy', 'dd/MM/yy', 'dd.MM.yy', 'dd-MM-yy', 'yyyy-MM-dd'], timeFormats: ['HH:mm', 'HH.mm', 'H:mm'], inbox: 'Boîte de réception' },
  'de-DE': { dateFormats: ['dd.MM.yyyy', 'dd.MM.yy', 'd.M.yy', 'yyyy-MM-dd'], timeFormats: ['HH:mm', 'H:mm'], inbox: 'Posteingang' },
  'es-ES': { dateFormats: ['dd/MM/yyyy', 'dd/MM/yy', 'd/M/yy', 'dd-MM-yy', 'yyyy-MM-dd'], timeFormats: ['H:mm', 'HH:mm'], inbox: 'Bandeja de entrada' },
  'nl-NL': { dateFormats: ['d-M-yyyy', 'dd-MM-yy', 'dd-MM-yyyy', 'yyyy-MM-dd'], timeFormats: ['HH:mm', 'H:mm'], inbox: 'Postvak IN' },
  'pt-BR': { dateFormats: ['dd/MM/yyyy', 'dd/MM/yy', 'd/M/yy', 'yyyy-MM-dd'], timeFormats: ['HH:mm', 'H:mm'], inbox: 'Caixa de Entrada' },
  'ja-JP': { dateFormats: ['yyyy/MM/dd', 'yy/MM/dd', 'yyyy/M/d', 'yyyy-MM-dd'], timeFormats: ['H:mm', 'HH:mm', 'tt h:mm'], inbox: '受信トレイ' },
};

/** Windows time zone names (what Exchange stores; Graph also accepts them). */
export const WINDOWS_TIME_ZONES: readonly string[] = [
  'Dateline Standard Time', 'Hawaiian Standard Time', 'Alaskan Standard Time', 'Pacific Standard Time', 'Mountain Standard Time',
  'Central Standard Time', 'Eastern Standard Time', 'Atlantic Standard Time', 'E. South America Standard Time', 'UTC',
  'GMT Standard Time', 'W. Europe Standard Time', 'Romance Standard Time', 'Central Europe Standard Time', 'Central European Standard Time',
  'E. Europe Standard Time', 'FLE Standard Time', 'GTB Standard Time', 'Russian Standard Time', 'Arabian Standard Time',
  'India Standard Time', 'China Standard Time', 'Singapore Standard Time', 'Tokyo Standard Time', 'AUS Eastern Standard Time',
  'New Zealand Standard Time',
];

function canonical(list: readonly string[], value: string): string | undefined {
  return list.find((v) => v.toLowerCase() === value.toLowerCase());
}

const getRegional: CmdletDefinition = {
  name: 'Get-MailboxRegionalConfiguration',
  params: { Identity: IDENTITY },
  run(ctx, p) {
    const r = resolveMailbox(ctx, p.Identity);
    return [{ ...ownerView(r), DefaultFolderNameMatchingUserLanguage: false, ...r.mailbox.regional }];
  },
};

const setRegional: CmdletDefinition = {
  name: 'Set-MailboxRegionalConfiguration',
  params: {
    Identity: IDENTITY,
    Language: { kind: 'string' },
    DateFormat: { kind: 'string' },
    TimeFormat: { kind: 'string' },
    TimeZone: { kind: 'string' },
    LocalizeDefaultFolderName: { kind: 'switch' },
  },
  run(ctx, p) {
    const r = resolveMailbox(ctx, p.Identity);
    const current = r.mailbox.regional;
    const next: Record<string, unknown> = { ...current };
    if (p.Language !== undefined) {
      const lang = canonical(Object.keys(CULTURES), String(p.Language ?? ''));
      if (!lang) {
        throw invalidArgument(`Cannot bind parameter 'Language'. Cannot convert value "${String(p.Language)}" to type "System.Globalization.CultureInfo". Error: "Culture is not supported. ${String(p.Language)} is an invalid culture identifier."`);
      }
      next.Language = lang;
    }
    const culture = CULTURES[String(next.Language)] ?? CULTURES['en-US'];
    // $null resets a format to the language's default, which is how a language change avoids a mismatch.
    for (const [key, list] of [['DateFormat', culture.dateFormats], ['TimeFormat', culture.timeFormats]] as const) {
      const given = p[key];
      if (given === null) next[key] = list[0];
      else if (given !== undefined) next[key] = given;
      const value = String(next[key] ?? '');
      if (!list.includes(value)) {
        throw invalidOperation(`The ${key} "${value}" isn't valid for the language "${String(next.Language)}". Valid formats: ${list.join(', ')}. Send ${key} $null to use the language's default.`);
      }
    }
    if (p.TimeZone !== undefined) {
      const zone = canonical(WINDOWS_TIME_ZONES, String(p.TimeZone ?? ''));
      if (!zone) throw invalidArgument(`The time zone "${String(p.TimeZone)}" isn't valid. Use a Windows time zone name such as "W. Europe Standard Time".`);
      next.TimeZone = zone;
    }
    if (p.LocalizeDefaultFolderName === true) next.DefaultFolderNameMatchingUserLanguage = true;
    else if (p.Language !== undefined) next.DefaultFolderNameMatchingUserLanguage = false;
    Object.assign(current, next);
    if (p.LocalizeDefaultFolderName === true) current.InboxFolderName = culture.inbox;
  },
};

// ---- Archive --------------------------------------------------------------------------------

const NO_GUID = '00000000-0000-0000-0000-000000000000';

const enableMailbox: CmdletDefinition = {
  name: 'Enable-Mailbox',
  params: {
    Identity: IDENTITY,
    Archive: { kind: 'switch' },
    AutoExpandingArchive: { kind: 'switch' },
    ArchiveName: { kind: 'string' },
  },
  run(ctx, p) {
    if (p.Archive !== true && p.AutoExpandingArchive !== true) {
      throw invalidArgument('This sandbox enables archives only: use -Archive or -AutoExpandingArchive. New mailboxes come from licensing or New-Mailbox.');
    }
    const r = resolveMailbox(ctx, p.Identity);
    const s = r.mailbox.settings;
    const display = r.user.props.displayName;
    if (p.Archive === true) {
      if (s.ArchiveStatus === 'Active') throw invalidOperation(`The mailbox "${display}" already has an archive.`);
      if (r.mailbox.type === 'RoomMailbox' || r.mailbox.type === 'EquipmentMailbox') {
        throw invalidOperation(`Resource mailbox "${display}" can't have an archive.`);
      }
      s.ArchiveStatus = 'Active';
      s.ArchiveGuid = exchangeGuid('archive', `${r.key}:${ctx.now().toISOString()}`);
      s.ArchiveName = [typeof p.ArchiveName === 'string' && p.ArchiveName ? p.ArchiveName : `In-Place Archive -${display}`];
      s.ArchiveDatabase = 'NAMPR11DG123-db045';
    }
    if (p.AutoExpandingArchive === true) {
      if (s.ArchiveStatus !== 'Active') {
        throw invalidOperation(`Auto-expanding archiving can't be enabled for "${display}" because the mailbox has no archive. Enable the archive first.`);
      }
      if (s.AutoExpandingArchiveEnabled === true) ctx.warn(`Auto-expanding archiving is already enabled for "${display}".`);
      s.AutoExpandingArchiveEnabled = true;
    }
    return [mailboxArchiveView(r)];
  },
};

const disableMailbox: CmdletDefinition = {
  name: 'Disable-Mailbox',
  params: { Identity: IDENTITY, Archive: { kind: 'switch' }, PermanentlyDisable: { kind: 'switch' } },
  run(ctx: CmdletContext, p) {
    if (p.Archive !== true) {
      throw invalidArgument('This sandbox disables archives only: use Disable-Mailbox -Archive.');
    }
    const r = resolveMailbox(ctx, p.Identity);
    const s = r.mailbox.settings;
    if (s.ArchiveStatus !== 'Active') {
      throw new CmdletError(400, 'Microsoft.Exchange.Management.Tasks.RecipientTaskException', `The mailbox "${r.user.props.displayName}" has no archive to disable.`);
    }
    s.ArchiveStatus = 'None';
    s.ArchiveGuid = NO_GUID;
    s.ArchiveName = [];
    delete s.ArchiveDatabase;
    ctx.warn(`The archive of "${r.user.props.displayName}" was disconnected. It can be reconnected within 30 days; after that it is purged.`);
  },
};

function mailboxArchiveView(r: MailboxRef): Record<string, unknown> {
  const s = r.mailbox.settings;
  return {
    ...ownerView(r),
    ArchiveStatus: s.ArchiveStatus,
    ArchiveGuid: s.ArchiveGuid,
    ArchiveName: s.ArchiveName,
    AutoExpandingArchiveEnabled: s.AutoExpandingArchiveEnabled,
  };
}

export const MAILBOX_SETTINGS_CMDLETS: CmdletDefinition[] = [
  getAutoReply,
  setAutoReply,
  getRegional,
  setRegional,
  enableMailbox,
  disableMailbox,
];
