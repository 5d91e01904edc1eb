import { z } from 'zod';
import type { AnyAction } from '../define-action';
import { StewardError } from '../errors';
import type { BulkRow, BulkRowProblem } from './bulk-job.types';

/**
 * Bulk input from a CSV file: one target per row (UPN or object id) plus optional parameter columns named
 * like the action's input keys. Files come from spreadsheets, so the parser accepts what they write:
 * RFC 4180 quoting, a UTF-8 (or UTF-16) byte order mark, `,` `;` or tab as delimiter, CRLF or LF.
 * A problem with the whole file (no target column, too big, a quote never closed) throws a StewardError
 * and nothing runs; a problem with one row becomes a BulkRowProblem and the good rows still run.
 */

/** What the parser needs from the action: its name for messages, its input schema and cross-field rules. */
export type CsvActionSpec = Pick<AnyAction, 'title' | 'input' | 'check'>;

export interface CsvInputOptions {
  /** Input every row shares (said in the chat line); a row's own cells win over it. */
  baseParams?: Record<string, unknown>;
  /** Largest file accepted, in bytes (default 2 MiB). */
  maxBytes?: number;
  /** Most data rows accepted (default 10,000). */
  maxRows?: number;
  /** File name for messages ("users.csv"). */
  fileName?: string;
}

export interface ParsedBulkCsv {
  rows: BulkRow[];
  problems: BulkRowProblem[];
  /** Header of the target column as written in the file ("UserPrincipalName"). */
  targetColumn: string;
  /** Parameter columns, by the action's input key. */
  paramColumns: string[];
  /** Header names that are neither a target nor a parameter column: not read (the card says so). */
  ignoredColumns: string[];
  delimiter: ',' | ';' | '\t';
  /** Data rows read (blank lines excluded). */
  dataRows: number;
}

export const CSV_DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const CSV_DEFAULT_MAX_ROWS = 10_000;

/** Header names (letters and digits only, lower case) that name the target column. */
const UPN_HEADERS = new Set(['upn', 'userprincipalname']);
/** Either kind of value: "target" is the result CSV's column, so a result file can be fed back. */
const ANY_TARGET_HEADERS = new Set(['target', 'user']);
const OBJECT_ID_HEADERS = new Set(['objectid', 'id']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EXAMPLE_HEADER = 'UserPrincipalName';

/** Decodes file bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 (older Excel). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Parses CSV text (already decoded) into rows and per-row problems for this action. */
export function parseBulkCsv(text: string, action: CsvActionSpec, options: CsvInputOptions = {}): ParsedBulkCsv {
  const maxBytes = options.maxBytes ?? CSV_DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? CSV_DEFAULT_MAX_ROWS;
  const file = options.fileName ? `"${options.fileName}"` : 'The file';
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) throw tooBig(file, size, maxBytes);

  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  const records = splitRecords(body, delimiter, file);
  const headerRecord = records.find((r) => !isBlank(r.fields));
  if (!headerRecord) {
    throw new StewardError('VALIDATION_FAILED', `${file} is empty.`, {
      hint: `Put a header row with a ${EXAMPLE_HEADER} (or ObjectId) column, then one user per row.`,
    });
  }
  const header = headerRecord.fields.map((h) => h.trim());
  const layout = readHeader(header, action, file);
  const dataRecords = records.filter((r) => r !== headerRecord && r.line > headerRecord.line && !isBlank(r.fields));
  if (dataRecords.length === 0) {
    throw new StewardError('VALIDATION_FAILED', `${file} has a header row but no users.`, { hint: 'Add one user per row under the header.' });
  }
  if (dataRecords.length > maxRows) {
    throw new StewardError('VALIDATION_FAILED', `${file} has ${count(dataRecords.length)} rows; a bulk job takes at most ${count(maxRows)}.`, {
      hint: 'Split it into smaller files and drop them one after the other.',
    });
  }
  assertParamsComplete(action, layout, options.baseParams ?? {});

  const rows: BulkRow[] = [];
  const problems: BulkRowProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of dataRecords) {
    const result = readRow(record, header.length, layout, action, options.baseParams ?? {});
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    const key = result.row.target.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line: record.line,
        target: result.row.target,
        reason: 'duplicate',
        message: `Line ${record.line}: ${result.row.target} is already on line ${first}, so this row is skipped. Keep one row per user.`,
      });
      continue;
    }
    seen.set(key, record.line);
    rows.push(result.row);
  }
  return {
    rows,
    problems,
    targetColumn: header[layout.targetIndexes[0]],
    paramColumns: layout.params.map((p) => p.key),
    ignoredColumns: layout.ignored,
    delimiter,
    dataRows: dataRecords.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Records (RFC 4180)

interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

/** The delimiter that occurs most often outside quotes in the first line (comma on a tie). */
function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

function splitRecords(text: string, delimiter: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      // A quote opens a quoted field only at its start (spaces before it are dropped, as spreadsheets do).
      field = '';
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (quoted) {
    throw new StewardError('VALIDATION_FAILED', `${file}: the quoted value that starts on line ${quoteLine} is never closed.`, {
      hint: 'Close it with a double quote ("), and write a quote inside a quoted value as two quotes ("").',
    });
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

// ---------------------------------------------------------------------------------------------
// Header

interface ParamColumn {
  index: number;
  key: string;
  schema: z.ZodTypeAny;
}

interface Layout {
  /** Object id column first when both exist: an id names exactly one user. */
  targetIndexes: number[];
  params: ParamColumn[];
  ignored: string[];
}

const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function readHeader(header: readonly string[], action: CsvActionSpec, file: string): Layout {
  const shape = action.input.shape as Record<string, z.ZodTypeAny>;
  const keys = new Map(Object.keys(shape).map((k) => [normalize(k), k]));
  const ids: number[] = [];
  const upns: number[] = [];
  const anyTargets: number[] = [];
  const params: ParamColumn[] = [];
  const ignored: string[] = [];
  header.forEach((name, index) => {
    const n = normalize(name);
    const key = keys.get(n);
    if (key) {
      if (params.some((p) => p.key === key)) throw duplicateColumn(file, name);
      params.push({ index, key, schema: shape[key] });
    } else if (OBJECT_ID_HEADERS.has(n)) ids.push(index);
    else if (UPN_HEADERS.has(n)) upns.push(index);
    else if (ANY_TARGET_HEADERS.has(n)) anyTargets.push(index);
    else if (name !== '') ignored.push(name);
  });
  if (ids.length + upns.length + anyTargets.length === 0) {
    throw new StewardError('VALIDATION_FAILED', `${file} has no column that names the users (its header is: ${header.filter(Boolean).join(', ') || 'empty'}).`, {
      hint: `Name one column ${EXAMPLE_HEADER} (or UPN, ObjectId, Id, Target) and put one user per row under it.`,
    });
  }
  for (const list of [ids, upns, anyTargets]) if (list.length > 1) throw duplicateColumn(file, header[list[1]]);
  return { targetIndexes: [...ids, ...upns, ...anyTargets], params, ignored };
}

function duplicateColumn(file: string, name: string): StewardError {
  return new StewardError('VALIDATION_FAILED', `${file} has the column "${name}" twice.`, { hint: 'Keep one of them and drop the file again.' });
}

/** A required input that neither the chat line nor a column gives would fail every row: say it once. */
function assertParamsComplete(action: CsvActionSpec, layout: Layout, base: Record<string, unknown>): void {
  const parsed = action.input.safeParse(base);
  if (parsed.success) return;
  const columns = new Set(layout.params.map((p) => p.key));
  const missing = parsed.error.issues
    .filter((i) => i.code === 'invalid_type' && i.received === 'undefined' && i.path.length === 1 && !columns.has(String(i.path[0])))
    .map((i) => String(i.path[0]));
  if (missing.length === 0) return;
  throw new StewardError('VALIDATION_FAILED', `"${action.title}" needs ${missing.map((m) => `"${m}"`).join(' and ')}, and the file has no such column.`, {
    hint: `Add a column named ${missing.join(', ')} with a value on every row, or say the value in your message.`,
  });
}

// ---------------------------------------------------------------------------------------------
// Rows

function readRow(
  record: CsvRecord,
  width: number,
  layout: Layout,
  action: CsvActionSpec,
  base: Record<string, unknown>,
): { row: BulkRow } | { problem: BulkRowProblem } {
  const line = record.line;
  const cell = (i: number) => (record.fields[i] ?? '').trim();
  const target = layout.targetIndexes.map(cell).find((v) => v !== '') ?? '';
  const invalid = (message: string): { problem: BulkRowProblem } => ({ problem: { line, target, reason: 'invalid', message: `Line ${line}: ${message}` } });

  const extra = record.fields.slice(width).filter((f) => f.trim() !== '');
  if (extra.length > 0) {
    return invalid(`the row has ${record.fields.length} values but the header has ${width} columns. Put a value that contains the delimiter in double quotes.`);
  }
  if (target === '') return invalid('no user is named. Fill in the user principal name (or object id), or delete the row.');
  if (!UPN.test(target) && !GUID.test(target)) {
    return invalid(`"${target}" is neither a user principal name (name@contoso.com) nor an object id (a GUID). Correct it, or delete the row.`);
  }

  const own: Record<string, unknown> = {};
  for (const column of layout.params) {
    const raw = cell(column.index);
    if (raw === '') continue;
    const value = coerceCell(raw, column.schema);
    if (!value.ok) return invalid(`${column.key}: ${value.message}`);
    own[column.key] = value.value;
  }
  const parsed = action.input.safeParse({ ...base, ...own });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? '');
    const where = key && key in own ? `${key}: ` : key ? `${key} (from your message): ` : '';
    return invalid(`${where}${issue.message}${issue.message.endsWith('.') ? '' : '.'} Correct the value, or delete the row.`);
  }
  const rules = action.check?.(parsed.data) ?? {};
  const [ruleKey, ruleMessage] = Object.entries(rules)[0] ?? [];
  if (ruleKey) return invalid(`${ruleKey}: ${ruleMessage}`);
  return { row: Object.keys(own).length > 0 ? { line, target, params: own } : { line, target } };
}

type Coerced = { ok: true; value: unknown } | { ok: false; message: string };

const YES = new Set(['true', 'yes', 'y', '1', 'on']);
const NO = new Set(['false', 'no', 'n', '0', 'off']);

/**
 * A cell's text as the value the schema expects. Spreadsheets write booleans and lists in many ways, so
 * the common spellings are accepted; anything else is refused here with a message that names the cell,
 * rather than passed on for zod to report as a type mismatch.
 */
function coerceCell(raw: string, schema: z.ZodTypeAny): Coerced {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodBoolean) {
    const lower = raw.toLowerCase();
    if (YES.has(lower)) return { ok: true, value: true };
    if (NO.has(lower)) return { ok: true, value: false };
    return { ok: false, message: `"${raw}" is not yes or no. Write true or false.` };
  }
  if (inner instanceof z.ZodNumber) {
    const n = Number(raw.replace(/\s/g, ''));
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `"${raw}" is not a number.` };
  }
  if (inner instanceof z.ZodEnum) {
    const options = inner.options as string[];
    const match = options.find((o) => o.toLowerCase() === raw.toLowerCase());
    return match !== undefined ? { ok: true, value: match } : { ok: false, message: `"${raw}" is not one of ${options.join(', ')}.` };
  }
  if (inner instanceof z.ZodArray) {
    // "Pilot; VIP" or "Pilot, VIP": one cell holds the whole list.
    const element = unwrap(inner.element);
    const parts = raw.split(/[;,\n]/).map((p) => p.trim()).filter(Boolean);
    // An element that does not fit stays as typed, so zod names the problem in the schema's words.
    return { ok: true, value: parts.map((p) => { const c = coerceCell(p, element); return c.ok ? c.value : p; }) };
  }
  return { ok: true, value: raw };
}

/** The schema under optional / default / nullable / effects wrappers. */
function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let inner = schema;
  for (let depth = 0; depth < 20; depth++) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap();
    else if (inner instanceof z.ZodDefault) inner = inner.removeDefault();
    else if (inner instanceof z.ZodEffects) inner = inner.innerType();
    else break;
  }
  return inner;
}

function tooBig(file: string, size: number, max: number): StewardError {
  return new StewardError('VALIDATION_FAILED', `${file} is ${megabytes(size)}; Steward reads files up to ${megabytes(max)}.`, {
    hint: 'Keep only the user column and the columns the action needs, or split the file.',
  });
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

// ---------------------------------------------------------------------------------------------
// A file dropped into the 1:1 chat

/** Content type of a file a user sends to a bot in a Teams personal chat. */
export const TEAMS_FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** An activity attachment as the bot receives it (only the fields read here). */
export interface ChatAttachment {
  contentType?: string;
  name?: string;
  content?: unknown;
}

/** The slice of fetch used for the download, so tests can stand in for Teams. */
export type FetchLike = (
  url: string,
  init: { method: 'GET'; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; headers: { get(name: string): string | null }; arrayBuffer(): Promise<ArrayBuffer> }>;

/** Teams hands out https links; plain http only to this machine (local test doubles). */
const DOWNLOAD_URL = /^(?:https:\/\/|http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/)/i;

interface FileDownloadInfo {
  downloadUrl: string;
  fileType?: string;
}

/** The Teams file attachment among an activity's attachments (cards and inline images are skipped). */
export function findCsvAttachment(attachments: readonly ChatAttachment[] | undefined): ChatAttachment | undefined {
  return (attachments ?? []).find((a) => a.contentType === TEAMS_FILE_DOWNLOAD_INFO);
}

/**
 * Downloads a file dropped into the chat and parses it. Teams stores the file in the sender's OneDrive
 * and hands the bot a short-lived, pre-authorised downloadUrl that takes a plain GET (no bearer token).
 * The size limit is checked on Content-Length before the body is read, and again on the bytes.
 */
export async function readCsvAttachment(
  attachment: ChatAttachment,
  action: CsvActionSpec,
  deps: { fetch: FetchLike; signal?: AbortSignal },
  options: CsvInputOptions = {},
): Promise<ParsedBulkCsv> {
  const name = attachment.name ?? 'the file';
  const info = downloadInfo(attachment);
  if (!info) {
    throw new StewardError('VALIDATION_FAILED', `Steward cannot read ${name === 'the file' ? 'that attachment' : `"${name}"`}: it is not a file sent in this chat.`, {
      hint: 'Drop the CSV file into this 1:1 chat with Steward (attach it to a message).',
    });
  }
  const type = (info.fileType ?? name.split('.').pop() ?? '').toLowerCase();
  if (type !== 'csv' && type !== 'txt') {
    throw new StewardError('VALIDATION_FAILED', `"${name}" is not a CSV file.`, {
      hint: 'Save it as CSV (in Excel: File › Save As › CSV UTF-8) and drop it again.',
    });
  }
  const maxBytes = options.maxBytes ?? CSV_DEFAULT_MAX_BYTES;
  const fileOptions = { ...options, fileName: options.fileName ?? attachment.name };
  const label = `"${name}"`;
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await deps.fetch(info.downloadUrl, { method: 'GET', ...(deps.signal ? { signal: deps.signal } : {}) });
  } catch (e) {
    throw new StewardError('BACKEND_ERROR', `Steward could not download ${label} from Teams.`, {
      hint: 'Drop the file again in a moment.',
      cause: e,
    });
  }
  if (!response.ok) {
    throw new StewardError('BACKEND_ERROR', `Teams refused the download of ${label} (HTTP ${response.status}).`, {
      hint: 'The download link Teams gives is short-lived: drop the file again.',
    });
  }
  const length = Number(response.headers.get('content-length'));
  if (Number.isFinite(length) && length > maxBytes) throw tooBig(label, length, maxBytes);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooBig(label, bytes.byteLength, maxBytes);
  return parseBulkCsv(decodeCsvBytes(bytes), action, fileOptions);
}

function downloadInfo(attachment: ChatAttachment): FileDownloadInfo | undefined {
  if (attachment.contentType !== TEAMS_FILE_DOWNLOAD_INFO) return undefined;
  const content = attachment.content as Partial<FileDownloadInfo> | undefined;
  if (!content || typeof content.downloadUrl !== 'string' || !DOWNLOAD_URL.test(content.downloadUrl)) return undefined;
  return { downloadUrl: content.downloadUrl, ...(typeof content.fileType === 'string' ? { fileType: content.fileType } : {}) };
}
