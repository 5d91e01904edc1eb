import { badRequest, GraphHttpError } from '../http/graph-error';
import type { GraphRouter } from '../http/graph.router';
import type { GraphRequest, GraphResult } from '../http/http.types';
import { contextUrl } from '../http/odata-query.helpers';
import type { MailboxRecord } from '../exchange/exchange-org.model';
import { checkSchedule, CULTURES, WINDOWS_TIME_ZONES } from '../exchange/cmdlets/mailbox-settings.cmdlets';
import { CmdletError } from '../exchange/cmdlet.types';
import { authorize } from './authorization.policy';
import { bodyObject, requireUser } from './request-body.helpers';
import type { SandboxContext } from './sandbox-context';

/**
 * GET / PATCH /users/{id}/mailboxSettings (and GET …/mailboxSettings/automaticRepliesSetting): Graph's
 * view of the mailbox's Exchange records (ctx.exchange), so a change made here is what
 * Get-MailboxAutoReplyConfiguration / Get-MailboxRegionalConfiguration show, and the other way round.
 * Enum mapping, as Exchange and Graph document it: AutoReplyState Enabled ↔ alwaysEnabled,
 * Disabled ↔ disabled, Scheduled ↔ scheduled; ExternalAudience None ↔ none, Known ↔ contactsOnly,
 * All ↔ all. Scheduled times are kept in UTC and returned with timeZone "UTC".
 */

const STATUS_TO_GRAPH: Record<string, string> = { Enabled: 'alwaysEnabled', Disabled: 'disabled', Scheduled: 'scheduled' };
const AUDIENCE_TO_GRAPH: Record<string, string> = { None: 'none', Known: 'contactsOnly', All: 'all' };
const invert = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v.toLowerCase(), k]));
const STATUS_FROM_GRAPH = invert(STATUS_TO_GRAPH);
const AUDIENCE_FROM_GRAPH = invert(AUDIENCE_TO_GRAPH);

const PURPOSE: Record<MailboxRecord['type'], string> = { UserMailbox: 'user', SharedMailbox: 'shared', RoomMailbox: 'room', EquipmentMailbox: 'equipment' };

const LANGUAGE_NAMES: Record<string, string> = {
  'en-US': 'English (United States)',
  'en-GB': 'English (United Kingdom)',
  'it-IT': 'Italian (Italy)',
  'fr-FR': 'French (France)',
  'de-DE': 'German (Germany)',
  'es-ES': 'Spanish (Spain)',
  'nl-NL': 'Dutch (Netherlands)',
  'pt-BR': 'Portuguese (Brazil)',
  'ja-JP': 'Japanese (Japan)',
};

/** Windows zones the sandbox converts scheduled times from (UTC needs no table). */
const IANA_OF: Record<string, string> = {
  'Pacific Standard Time': 'America/Los_Angeles',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'India Standard Time': 'Asia/Kolkata',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
};

function noMailbox(): GraphHttpError {
  return new GraphHttpError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
}

function timeZoneNotSupported(zone: unknown): GraphHttpError {
  return new GraphHttpError(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${String(zone)}'.`);
}

/** Graph's dateTime form: "2026-12-01T08:00:00.0000000". */
function graphDateTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}.0000000`;
}

function zoneOffsetMinutes(iana: string, at: Date): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part?.value ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** A dateTimeTimeZone as a UTC ISO string; 400 when it is not one. */
function fromDateTimeTimeZone(value: unknown, property: string): string {
  if (typeof value !== 'object' || value === null) throw badRequest(`Invalid value for property '${property}': a dateTimeTimeZone object is expected.`, 'RequestBodyRead');
  const { dateTime, timeZone } = value as { dateTime?: unknown; timeZone?: unknown };
  const local = typeof dateTime === 'string' ? dateTime.replace(/Z$/, '').replace(/\.\d+$/, '') : '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local) || Number.isNaN(Date.parse(`${local}Z`))) {
    throw badRequest(`Cannot convert the literal '${String(dateTime)}' to the expected type 'Edm.String' as a date time for '${property}'.`, 'RequestBodyRead');
  }
  const zone = typeof timeZone === 'string' ? timeZone : 'UTC';
  const asUtc = new Date(`${local}Z`);
  if (/^(utc|coordinated universal time)$/i.test(zone)) return asUtc.toISOString();
  const iana = IANA_OF[WINDOWS_TIME_ZONES.find((z) => z.toLowerCase() === zone.toLowerCase()) ?? ''];
  if (!iana) throw timeZoneNotSupported(zone);
  return new Date(asUtc.getTime() - zoneOffsetMinutes(iana, asUtc) * 60_000).toISOString();
}

function autoRepliesView(mailbox: MailboxRecord, now: Date): Record<string, unknown> {
  const a = mailbox.autoReply;
  // Graph always shows a schedule; an unset one reads as the next hour for a day, as Outlook proposes.
  const hour = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000);
  const start = typeof a.StartTime === 'string' ? a.StartTime : hour.toISOString();
  const end = typeof a.EndTime === 'string' ? a.EndTime : new Date(hour.getTime() + 86_400_000).toISOString();
  return {
    status: STATUS_TO_GRAPH[String(a.AutoReplyState)] ?? 'disabled',
    externalAudience: AUDIENCE_TO_GRAPH[String(a.ExternalAudience)] ?? 'all',
    internalReplyMessage: String(a.InternalMessage ?? ''),
    externalReplyMessage: String(a.ExternalMessage ?? ''),
    scheduledStartDateTime: { dateTime: graphDateTime(start), timeZone: 'UTC' },
    scheduledEndDateTime: { dateTime: graphDateTime(end), timeZone: 'UTC' },
  };
}

function settingsView(mailbox: MailboxRecord, now: Date): Record<string, unknown> {
  const r = mailbox.regional;
  const locale = String(r.Language ?? 'en-US');
  return {
    archiveFolder: `AAMkAD${mailbox.guid.replace(/-/g, '').slice(0, 24)}AAA=`,
    timeZone: String(r.TimeZone ?? 'UTC'),
    automaticRepliesSetting: autoRepliesView(mailbox, now),
    language: { locale, displayName: LANGUAGE_NAMES[locale] ?? locale },
    dateFormat: String(r.DateFormat ?? ''),
    timeFormat: String(r.TimeFormat ?? ''),
    userPurpose: PURPOSE[mailbox.type],
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '08:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: String(r.TimeZone ?? 'UTC') },
    },
  };
}

const WRITABLE = new Set(['automaticRepliesSetting', 'language', 'timeZone', 'dateFormat', 'timeFormat', 'archiveFolder', 'workingHours', 'delegateMeetingMessageDeliveryOptions', '@odata.context']);
const REPLY_KEYS = new Set(['status', 'externalAudience', 'internalReplyMessage', 'externalReplyMessage', 'scheduledStartDateTime', 'scheduledEndDateTime']);

function unknownProperty(name: string, type: string): GraphHttpError {
  return badRequest(`The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`, 'RequestBodyRead');
}

function enumValue(map: Record<string, string>, value: unknown, property: string): string {
  const hit = typeof value === 'string' ? map[value.toLowerCase()] : undefined;
  if (!hit) throw badRequest(`Requested value '${String(value)}' was not found for '${property}'.`, 'RequestBodyRead');
  return hit;
}

/** Validates the whole body first, then applies it, so a rejected PATCH changes nothing. */
function applyPatch(mailbox: MailboxRecord, body: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(body)) if (!WRITABLE.has(key)) throw unknownProperty(key, 'microsoft.graph.mailboxSettings');
  const reply: Record<string, unknown> = { ...mailbox.autoReply };
  const regional: Record<string, unknown> = { ...mailbox.regional };
  const changed: Record<string, unknown> = {};

  if (body.automaticRepliesSetting !== undefined) {
    const a = body.automaticRepliesSetting;
    if (typeof a !== 'object' || a === null || Array.isArray(a)) throw badRequest("Invalid value for property 'automaticRepliesSetting'.", 'RequestBodyRead');
    const s = a as Record<string, unknown>;
    for (const key of Object.keys(s)) if (!REPLY_KEYS.has(key) && key !== '@odata.type') throw unknownProperty(key, 'microsoft.graph.automaticRepliesSetting');
    if (s.status !== undefined) reply.AutoReplyState = enumValue(STATUS_FROM_GRAPH, s.status, 'status');
    if (s.externalAudience !== undefined) reply.ExternalAudience = enumValue(AUDIENCE_FROM_GRAPH, s.externalAudience, 'externalAudience');
    for (const [key, target] of [['internalReplyMessage', 'InternalMessage'], ['externalReplyMessage', 'ExternalMessage']] as const) {
      if (s[key] === undefined) continue;
      if (s[key] !== null && typeof s[key] !== 'string') throw badRequest(`Invalid value for property '${key}'.`, 'RequestBodyRead');
      reply[target] = s[key] ?? '';
    }
    if (s.scheduledStartDateTime !== undefined) reply.StartTime = fromDateTimeTimeZone(s.scheduledStartDateTime, 'scheduledStartDateTime');
    if (s.scheduledEndDateTime !== undefined) reply.EndTime = fromDateTimeTimeZone(s.scheduledEndDateTime, 'scheduledEndDateTime');
    try {
      checkSchedule(reply.AutoReplyState, reply.StartTime, reply.EndTime);
    } catch (e) {
      if (e instanceof CmdletError) throw badRequest(`The scheduled automatic replies are not valid: ${e.message}`, 'ErrorInvalidParameter');
      throw e;
    }
    changed.automaticRepliesSetting = true;
  }
  if (body.language !== undefined) {
    const locale = (body.language as { locale?: unknown } | null)?.locale;
    const hit = Object.keys(CULTURES).find((c) => typeof locale === 'string' && c.toLowerCase() === locale.toLowerCase());
    if (!hit) throw badRequest(`The language '${String(locale)}' isn't supported. Use a locale such as 'en-US' or 'it-IT'.`, 'ErrorInvalidArgument');
    regional.Language = hit;
    changed.language = true;
  }
  const culture = CULTURES[String(regional.Language)] ?? CULTURES['en-US'];
  for (const [key, target, list] of [['dateFormat', 'DateFormat', culture.dateFormats], ['timeFormat', 'TimeFormat', culture.timeFormats]] as const) {
    if (body[key] !== undefined) {
      if (typeof body[key] !== 'string' || !list.includes(body[key] as string)) {
        throw badRequest(`The ${key} '${String(body[key])}' isn't valid for the language '${String(regional.Language)}'. Valid values: ${list.join(', ')}.`, 'ErrorInvalidArgument');
      }
      regional[target] = body[key];
      changed[key] = true;
    } else if (!list.includes(String(regional[target]))) {
      // A new language brings its own default format when the old one no longer fits it.
      regional[target] = list[0];
    }
  }
  if (body.timeZone !== undefined) {
    const zone = WINDOWS_TIME_ZONES.find((z) => typeof body.timeZone === 'string' && z.toLowerCase() === body.timeZone.toLowerCase());
    if (!zone) throw timeZoneNotSupported(body.timeZone);
    regional.TimeZone = zone;
    changed.timeZone = true;
  }
  Object.assign(mailbox.autoReply, reply);
  Object.assign(mailbox.regional, regional);
  return changed;
}

/** $select on mailboxSettings: only the named properties; an unknown one is Graph's 400. */
function selected(req: GraphRequest, view: Record<string, unknown>): Record<string, unknown> {
  const raw = req.query.get('$select');
  if (!raw) return view;
  const names = raw.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.find((n) => !(n in view));
  if (unknown) throw badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.mailboxSettings'.`, 'RequestBroker--ParseUri');
  return Object.fromEntries(names.map((n) => [n, view[n]]));
}

export function registerMailboxSettingsRoutes(router: GraphRouter, ctx: SandboxContext): void {
  const mailboxOf = (req: GraphRequest): { id: string; mailbox: MailboxRecord } => {
    const user = requireUser(ctx.tenant, req.params.id);
    ctx.exchange.sync();
    const mailbox = ctx.exchange.mailboxes.get(user.props.id);
    if (!mailbox || mailbox.softDeleted) throw noMailbox();
    return { id: user.props.id, mailbox };
  };
  const entity = (req: GraphRequest, id: string, path: string, view: Record<string, unknown>): GraphResult => ({
    status: 200,
    body: { '@odata.context': contextUrl(req, `users('${id}')/${path}`, null), ...view },
  });

  router.add('GET', '/users/{id}/mailboxSettings', (req) => {
    authorize(ctx.tenant, req.principal, 'read');
    const { id, mailbox } = mailboxOf(req);
    return entity(req, id, 'mailboxSettings', selected(req, settingsView(mailbox, ctx.now())));
  });
  router.add('GET', '/users/{id}/mailboxSettings/automaticRepliesSetting', (req) => {
    authorize(ctx.tenant, req.principal, 'read');
    const { id, mailbox } = mailboxOf(req);
    return entity(req, id, 'mailboxSettings/automaticRepliesSetting', autoRepliesView(mailbox, ctx.now()));
  });
  router.add('PATCH', '/users/{id}/mailboxSettings', (req) => {
    const user = requireUser(ctx.tenant, req.params.id);
    authorize(ctx.tenant, req.principal, 'updateUser', user);
    const { id, mailbox } = mailboxOf(req);
    const changed = applyPatch(mailbox, bodyObject(req));
    // Graph answers with the properties the request set.
    const view = settingsView(mailbox, ctx.now());
    return entity(req, id, 'mailboxSettings', Object.fromEntries(Object.keys(changed).map((k) => [k, view[k]])));
  });
}
