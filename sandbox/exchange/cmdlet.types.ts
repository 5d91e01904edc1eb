import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import { displayNameOf, emailAddressesOf, type ExchangeOrg, type RecipientRef } from './exchange-org.model';

/**
 * How a sandbox cmdlet is declared: its parameters (names and kinds, validated before it runs, the way
 * PowerShell's parameter binder does) and what it does to the organisation. Output objects are plain
 * JSON, shaped like the Exchange admin API's (PascalCase properties).
 */

export type ParamKind =
  | 'string'
  | 'bool'
  /** A switch: sent as true (or false to turn it off explicitly). */
  | 'switch'
  | 'int'
  /** A string or array of strings. */
  | 'strings'
  /** A multi-valued property: an array (replace) or a GenericHashTable {Add, Remove}. */
  | 'multi'
  /** A quota: "Unlimited", a number of bytes, or "50GB" / "49.5 GB" / "1024MB". */
  | 'quota'
  /** A date-time string. */
  | 'datetime'
  /** Anything (hashtables, objects). */
  | 'any';

export interface ParamSpec {
  kind: ParamKind;
  mandatory?: boolean;
  /** Allowed values, compared case-insensitively; the canonical spelling is stored. */
  values?: readonly string[];
}

export interface CmdletContext {
  org: ExchangeOrg;
  tenant: SandboxTenant;
  now(): Date;
  /** Appends a warning to @adminapi.warnings (Exchange writes warnings instead of failing). */
  warn(message: string): void;
  /** Who runs the cmdlet: a user's object id (delegated token), an app id, or 'admin' (sandbox admin token). */
  caller?: string;
}

export type CmdletParams = Record<string, unknown>;

export interface CmdletDefinition {
  name: string;
  params: Record<string, ParamSpec>;
  run(ctx: CmdletContext, params: CmdletParams): unknown[] | void;
}

/** Parameters every cmdlet accepts (PowerShell common parameters and the risk-mitigation ones). */
export const COMMON_PARAMS: Record<string, ParamSpec> = {
  Confirm: { kind: 'switch' },
  WhatIf: { kind: 'switch' },
  ErrorAction: { kind: 'string' },
  WarningAction: { kind: 'string' },
  Verbose: { kind: 'switch' },
  Debug: { kind: 'switch' },
};

/**
 * An error a cmdlet raises. Rendered the way the Exchange admin API does: HTTP status, OData error,
 * and `details[0].message` = "<errorId>|<exception type>|<message>".
 */
export class CmdletError extends Error {
  constructor(
    readonly status: number,
    readonly exceptionType: string,
    message: string,
    readonly errorId: string = 'Ex' + Math.abs(hashCode(exceptionType)).toString(16).toUpperCase().slice(0, 6),
  ) {
    super(message);
    this.name = 'CmdletError';
  }
}

function hashCode(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h;
}

const SERVER = 'BY5PR11MB4001.namprd11.prod.outlook.com';

export function notFound(identity: string): CmdletError {
  return new CmdletError(
    404,
    'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException',
    `The operation couldn't be performed because object '${identity}' couldn't be found on '${SERVER}'.`,
  );
}

export function ambiguous(identity: string): CmdletError {
  return new CmdletError(
    400,
    'Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException',
    `The operation couldn't be performed because '${identity}' matches multiple entries.`,
  );
}

export function invalidArgument(message: string): CmdletError {
  return new CmdletError(400, 'Microsoft.Exchange.Management.Tasks.TaskArgumentException', message);
}

export function invalidOperation(message: string): CmdletError {
  return new CmdletError(400, 'Microsoft.Exchange.Configuration.Tasks.TaskInvalidOperationException', message);
}

export function alreadyExists(message: string): CmdletError {
  return new CmdletError(400, 'Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException', message);
}

function bindingError(message: string): CmdletError {
  return new CmdletError(400, 'System.Management.Automation.ParameterBindingException', message);
}

/** Checks names, mandatory parameters and types; answers the parameters with values normalised. */
export function bindParameters(cmdlet: CmdletDefinition, raw: unknown): CmdletParams {
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    throw bindingError('Parameters must be a JSON object of parameter names and values.');
  }
  const given = (raw ?? {}) as Record<string, unknown>;
  const specs: Record<string, ParamSpec> = { ...COMMON_PARAMS, ...cmdlet.params };
  const byLower = new Map(Object.keys(specs).map((k) => [k.toLowerCase(), k]));
  const out: CmdletParams = {};
  for (const [name, value] of Object.entries(given)) {
    const canonical = byLower.get(name.toLowerCase());
    if (!canonical) throw bindingError(`A parameter cannot be found that matches parameter name '${name}'.`);
    out[canonical] = coerce(canonical, specs[canonical], value);
  }
  const missing = Object.entries(cmdlet.params)
    .filter(([name, spec]) => spec.mandatory && (out[name] === undefined || out[name] === null || out[name] === ''))
    .map(([name]) => name);
  if (missing.length > 0) {
    throw bindingError(`Cannot process command because of one or more missing mandatory parameters: ${missing.join(' ')}.`);
  }
  return out;
}

function coerce(name: string, spec: ParamSpec, value: unknown): unknown {
  const cannot = (type: string) => bindingError(`Cannot bind parameter '${name}'. Cannot convert value "${display(value)}" to type "${type}".`);
  switch (spec.kind) {
    case 'string': {
      if (value === null) return null;
      if (typeof value !== 'string' && typeof value !== 'number') throw cannot('System.String');
      const text = String(value);
      if (spec.values) {
        const hit = spec.values.find((v) => v.toLowerCase() === text.toLowerCase());
        if (!hit) {
          throw bindingError(
            `Cannot bind parameter '${name}'. Cannot convert value "${text}" to type "${name}". Error: "Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again: ${spec.values.join(', ')}"`,
          );
        }
        return hit;
      }
      return text;
    }
    case 'bool':
    case 'switch':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'True' || value === '$true') return true;
      if (value === 'false' || value === 'False' || value === '$false') return false;
      throw cannot('System.Boolean');
    case 'int': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
      if (!Number.isInteger(n)) throw cannot('System.Int32');
      return n;
    }
    case 'strings':
      if (value === null) return [];
      if (typeof value === 'string') return [value];
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
      throw cannot('System.String[]');
    case 'multi': {
      if (value === null) return { replace: [] };
      if (typeof value === 'string') return { replace: [value] };
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { replace: value };
      if (typeof value === 'object') {
        const table = value as Record<string, unknown>;
        const list = (v: unknown) => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
        const keys = Object.keys(table).filter((k) => k !== '@odata.type');
        if (keys.some((k) => !['add', 'remove'].includes(k.toLowerCase()))) throw cannot('Microsoft.Exchange.Data.MultiValuedProperty');
        const get = (k: string) => table[keys.find((x) => x.toLowerCase() === k) ?? ''];
        return { add: list(get('add')), remove: list(get('remove')) };
      }
      throw cannot('Microsoft.Exchange.Data.MultiValuedProperty');
    }
    case 'quota': {
      const bytes = parseQuota(value);
      if (bytes === undefined) throw cannot('Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]');
      return bytes;
    }
    case 'datetime': {
      if (value === null) return null;
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw cannot('System.DateTime');
      return new Date(value).toISOString();
    }
    case 'any':
      return value;
  }
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Bytes, or 'Unlimited'; undefined when the text is not a quota. */
export function parseQuota(value: unknown): number | 'Unlimited' | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.round(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^unlimited$/i.test(text)) return 'Unlimited';
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?(?:\s*\(.*\))?$/i.exec(text);
  if (!m) return undefined;
  const unit = (m[2] ?? 'B').toUpperCase();
  const factor = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 }[unit as 'B']!;
  return Math.round(Number(m[1]) * factor);
}

/** Exchange's display of a quota: "49 GB (52,613,349,376 bytes)". */
export function formatQuota(bytes: number | 'Unlimited'): string {
  if (bytes === 'Unlimited') return 'Unlimited';
  const units: [string, number][] = [['TB', 1024 ** 4], ['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]];
  const [unit, size] = units.find(([, s]) => bytes >= s) ?? ['B', 1];
  const amount = Math.round((bytes / size) * 100) / 100;
  return `${amount} ${unit} (${bytes.toLocaleString('en-US')} bytes)`;
}

/** Applies a bound 'multi' value to a list (case-insensitive for removal and duplicates). */
export function applyMulti(current: readonly string[], change: unknown): string[] {
  const c = change as { replace?: string[]; add?: string[]; remove?: string[] };
  if (c.replace) return dedupe(c.replace);
  const removed = new Set((c.remove ?? []).map((v) => v.toLowerCase()));
  return dedupe([...current.filter((v) => !removed.has(v.toLowerCase())), ...(c.add ?? [])]);
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Resolves exactly one recipient or throws Exchange's not-found / ambiguous error. */
export function resolveOne(
  ctx: CmdletContext,
  identity: unknown,
  accept: (r: RecipientRef) => boolean = () => true,
  options: { includeUsers?: boolean } = {},
): RecipientRef {
  const text = String(identity ?? '');
  const hits = ctx.org.findRecipients(text, options).filter(accept);
  if (hits.length === 0) throw notFound(text);
  if (hits.length > 1) throw ambiguous(text);
  return hits[0];
}

/** The mailbox an Identity names (any mailbox type), or Exchange's not-found error. */
export function resolveMailbox(ctx: CmdletContext, identity: unknown): Extract<RecipientRef, { kind: 'mailbox' }> {
  return resolveOne(ctx, identity, (r) => r.kind === 'mailbox') as Extract<RecipientRef, { kind: 'mailbox' }>;
}

/**
 * Refuses an SMTP address another object already holds, as Exchange's proxy-address check does: any
 * recipient's addresses, or a directory user's UPN, mail or proxy addresses (a user without a mailbox
 * still owns its sign-in address). `ownKey` is the object being changed.
 */
export function assertAddressFree(ctx: CmdletContext, address: string, ownKey?: string | null): void {
  const wanted = address.replace(/^smtp:/i, '').toLowerCase();
  const plain = (a: string) => a.replace(/^smtp:/i, '').toLowerCase();
  const recipient = ctx.org.allRecipients().find((r) => r.key !== ownKey && emailAddressesOf(r).some((a) => plain(a) === wanted));
  const user = recipient
    ? undefined
    : ctx.tenant
        .listUsers()
        .find((u) => u.props.id !== ownKey && [u.props.userPrincipalName, u.props.mail ?? '', ...(u.props.proxyAddresses ?? [])].some((a) => plain(a) === wanted));
  const holder = recipient ? displayNameOf(recipient) : user?.props.displayName;
  if (holder === undefined) return;
  throw invalidArgument(
    `The proxy address "SMTP:${address.replace(/^smtp:/i, '')}" is already being used by the proxy addresses or LegacyExchangeDN of "${holder}". Please choose another proxy address.`,
  );
}
