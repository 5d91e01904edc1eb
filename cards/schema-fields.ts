import { z } from 'zod';
import type { FieldKind, FormField } from './card.types';

/**
 * Form fields derived from an action's zod input schema, so a new action gets its form for free and
 * the form can never drift from what the engine validates. Targets zod 3 (`import { z } from 'zod'`).
 *
 * Mapping:
 * - z.string() → text; `.email()` → email; `.date()` → date; `.max(n)` → maxLength.
 *   Secret strings → password: the key is listed in `options.secret`, or the key or its `.describe()`
 *   text mentions "password"/"secret" (a leading "[secret]" marker is stripped from the help text).
 * - z.number() → number (min/max from its checks); z.boolean() → toggle; z.date() → date.
 * - z.enum / z.nativeEnum / z.union of literals (or a single z.literal) → choice.
 * - z.array(z.string()) → multiline, ONE VALUE PER LINE. Lines rather than commas because display names
 *   and addresses ("Doe, Jane") may contain commas. z.array(enum) → multi-select choice.
 * - optional / nullable / default / catch / effects / branded / readonly / pipeline are unwrapped.
 *   required = neither optional, nullable nor defaulted; a default becomes the prefilled value.
 * - Anything else (nested objects, records, tuples…) has no sensible input and is skipped.
 * - References to directory objects: a `.describe()` text starting with "[user]", "[group]" or "[sku]"
 *   (actions/input-refs.ts writes it) turns a string into a typeahead choice with `dataset` "users",
 *   "groups" or "skus" (multi-select for an array of strings, posted comma-separated); the current
 *   value(s) are its only static choices. The marker is stripped from the help text.
 * Labels come from the key ("forceChangePasswordNextSignIn" → "Force change password next sign in").
 */

export interface FormFieldsOptions {
  /** Current values (previous submit, recognizer hints); they win over schema defaults. */
  values?: Record<string, unknown>;
  /** Keys not to show (e.g. the targets, picked elsewhere). */
  omit?: string[];
  /** Messages per key, shown under the field (after a rejected submit). */
  errors?: Record<string, string>;
  /** Labels per key, instead of the ones derived from the key. */
  labels?: Record<string, string>;
  /** Keys that hold secrets (an action's `secretParams`): password inputs, never prefilled. */
  secret?: readonly string[];
}

type AnyZod = z.ZodTypeAny;

interface Unwrapped {
  inner: AnyZod;
  optional: boolean;
  nullable: boolean;
  hasDefault: boolean;
  defaultValue: unknown;
  description: string | undefined;
}

/** Derives one form field per key of `schema`, in declaration order. */
export function formFieldsFromSchema(schema: z.AnyZodObject, options: FormFieldsOptions = {}): FormField[] {
  const omit = new Set(options.omit ?? []);
  const secret = new Set(options.secret ?? []);
  const fields: FormField[] = [];
  for (const [key, child] of Object.entries(schema.shape as Record<string, AnyZod>)) {
    if (omit.has(key)) continue;
    const u = unwrap(child);
    const ref = parseRefMarker(u.description);
    const marked = parseDescription(ref.rest);
    const label = options.labels?.[key] ?? labelFromKey(key);
    const base = ref.dataset
      ? refFieldBase(u.inner, ref.dataset, options.values && key in options.values ? options.values[key] : undefined)
      : fieldBase(u.inner, marked.secret || secret.has(key) || /password|secret/i.test(key) || marked.mentionsSecret);
    if (!base) continue;
    const field: FormField = { id: key, label, kind: base.kind, required: !u.optional && !u.nullable && !u.hasDefault };
    if (marked.help) field.help = marked.help;
    if (base.choices) field.choices = base.choices;
    if (base.multiSelect) field.multiSelect = true;
    if (base.dataset) field.dataset = base.dataset;
    if (base.maxLength !== undefined) field.maxLength = base.maxLength;
    if (base.min !== undefined) field.min = base.min;
    if (base.max !== undefined) field.max = base.max;
    const placeholder = base.dataset ? `Type to search ${base.dataset === 'skus' ? 'licences' : base.dataset}` : placeholderFor(base.kind, base.multiSelect);
    if (placeholder) field.placeholder = placeholder;
    const raw = options.values && key in options.values ? options.values[key] : u.hasDefault ? u.defaultValue : undefined;
    const value = base.kind === 'password' ? undefined : toFieldValue(raw, base.kind);
    if (value !== undefined) field.value = value;
    const error = options.errors?.[key];
    if (error) field.error = error;
    fields.push(field);
  }
  return fields;
}

/**
 * The inverse mapping: turns what a submitted form card posts (strings: "true", "3", lines) into the
 * shape `schema` expects, ready for `schema.safeParse`. Keys not in the schema (e.g. `steward`) are
 * dropped; an empty input becomes undefined (so defaults apply), or null for a nullable key.
 */
export function inputFromFormValues(schema: z.AnyZodObject, values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(schema.shape as Record<string, AnyZod>)) {
    if (!(key in values)) continue;
    const u = unwrap(child);
    const raw = values[key];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      if (u.nullable) out[key] = null;
      continue;
    }
    out[key] = parseRefMarker(u.description).dataset && u.inner instanceof z.ZodArray && typeof raw === 'string'
      ? raw.split(',').map((p) => p.trim()).filter(Boolean) // a multi-select picker posts "a,b"
      : fromFieldValue(raw, u.inner);
  }
  return out;
}

/** Typeahead datasets by description marker (see actions/input-refs.ts). */
const REF_DATASETS: Readonly<Record<string, string>> = { user: 'users', group: 'groups', sku: 'skus' };
const REF_MARKER = /^\s*\[(user|group|sku)\]\s*/i;

/** The dataset a "[user] …" / "[group] …" / "[sku] …" description names, and the text after the marker. */
export function parseRefMarker(description: string | undefined): { dataset?: string; rest: string | undefined } {
  const m = description ? REF_MARKER.exec(description) : null;
  if (!m || description === undefined) return { rest: description };
  return { dataset: REF_DATASETS[m[1].toLowerCase()], rest: description.slice(m[0].length) };
}

/** A typeahead choice over `dataset` for a string or an array of strings; the current values are its static choices. */
function refFieldBase(inner: AnyZod, dataset: string, current: unknown): FieldBase | undefined {
  const multi = inner instanceof z.ZodArray && unwrap(inner.element).inner instanceof z.ZodString;
  if (!multi && !(inner instanceof z.ZodString)) return undefined;
  const values = (Array.isArray(current) ? current : typeof current === 'string' ? (multi ? current.split(',') : [current]) : [])
    .map((v) => String(v).trim())
    .filter(Boolean);
  return { kind: 'choice', choices: values.map((v) => ({ title: v, value: v })), multiSelect: multi || undefined, dataset };
}

/** "forceChangePasswordNextSignIn" → "Force change password next sign in"; "revokeMFASessions" → "Revoke MFA sessions". */
export function labelFromKey(key: string): string {
  const words = key
    .replace(/[_\-.]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const shaped = words.map((word, i) => {
    const lower = word.toLowerCase();
    if (ACRONYMS.has(lower)) return lower === 'ids' ? 'IDs' : lower.toUpperCase();
    if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) return word; // already an acronym
    return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
  return shaped.join(' ');
}

const ACRONYMS = new Set(['id', 'ids', 'upn', 'mfa', 'url', 'ip', 'sms', 'ou', 'csv', 'sku', 'otp', 'fido2']);

// ---------------------------------------------------------------------------------------------

function unwrap(schema: AnyZod): Unwrapped {
  let inner: AnyZod = schema;
  let optional = false;
  let nullable = false;
  let hasDefault = false;
  let defaultValue: unknown;
  let description: string | undefined = schema.description;
  for (let depth = 0; depth < 20; depth++) {
    description = description ?? inner.description;
    if (inner instanceof z.ZodOptional) {
      optional = true;
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodNullable) {
      nullable = true;
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodDefault) {
      if (!hasDefault) {
        hasDefault = true;
        defaultValue = (inner._def as { defaultValue: () => unknown }).defaultValue();
      }
      inner = inner.removeDefault();
    } else if (inner instanceof z.ZodCatch) {
      inner = (inner._def as { innerType: AnyZod }).innerType;
    } else if (inner instanceof z.ZodEffects) {
      inner = inner.innerType();
    } else if (inner instanceof z.ZodBranded) {
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodReadonly) {
      inner = (inner._def as { innerType: AnyZod }).innerType;
    } else if (inner instanceof z.ZodPipeline) {
      inner = (inner._def as { in: AnyZod }).in;
    } else if (inner instanceof z.ZodLazy) {
      inner = inner.schema;
    } else {
      break;
    }
  }
  return { inner, optional, nullable, hasDefault, defaultValue, description };
}

interface FieldBase {
  kind: FieldKind;
  choices?: { title: string; value: string }[];
  multiSelect?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  dataset?: string;
}

function fieldBase(inner: AnyZod, secret: boolean): FieldBase | undefined {
  if (inner instanceof z.ZodString) {
    const checks = inner._def.checks;
    const maxCheck = checks.find((c) => c.kind === 'max');
    const maxLength = maxCheck && 'value' in maxCheck ? maxCheck.value : undefined;
    const kind: FieldKind = secret
      ? 'password'
      : checks.some((c) => c.kind === 'email')
        ? 'email'
        : checks.some((c) => c.kind === 'date')
          ? 'date'
          : 'text';
    return maxLength === undefined ? { kind } : { kind, maxLength };
  }
  if (inner instanceof z.ZodNumber) {
    const base: FieldBase = { kind: 'number' };
    for (const check of inner._def.checks) {
      if (check.kind === 'min') base.min = check.inclusive ? check.value : check.value + (isInt(inner) ? 1 : 0);
      if (check.kind === 'max') base.max = check.inclusive ? check.value : check.value - (isInt(inner) ? 1 : 0);
    }
    return base;
  }
  if (inner instanceof z.ZodBoolean) return { kind: 'toggle' };
  if (inner instanceof z.ZodDate) return { kind: 'date' };
  const choices = choicesOf(inner);
  if (choices) return { kind: 'choice', choices };
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element).inner;
    const elementChoices = choicesOf(element);
    if (elementChoices) return { kind: 'choice', choices: elementChoices, multiSelect: true };
    if (element instanceof z.ZodString || element instanceof z.ZodNumber) return { kind: 'multiline' };
  }
  return undefined;
}

function isInt(schema: z.ZodNumber): boolean {
  return schema._def.checks.some((c) => c.kind === 'int');
}

/** Choices of an enum-like schema, or undefined when it is not one. */
function choicesOf(schema: AnyZod): { title: string; value: string }[] | undefined {
  if (schema instanceof z.ZodEnum) return (schema.options as string[]).map(choice);
  if (schema instanceof z.ZodNativeEnum) {
    const values = schema.enum as Record<string, string | number>;
    // Numeric TS enums map both ways; keep the name → value entries only.
    const entries = Object.entries(values).filter(([name]) => typeof values[values[name] as never] !== 'number');
    return entries.map(([name, value]) => ({ title: labelFromKey(name), value: String(value) }));
  }
  if (schema instanceof z.ZodLiteral) return [choice(schema.value)];
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as AnyZod[]).map((o) => unwrap(o).inner);
    if (options.every((o) => o instanceof z.ZodLiteral)) return options.map((o) => choice((o as z.ZodLiteral<unknown>).value));
  }
  return undefined;
}

function choice(value: unknown): { title: string; value: string } {
  const text = String(value);
  return { title: /^[A-Za-z][A-Za-z0-9_-]*$/.test(text) ? labelFromKey(text) : text, value: text };
}

function parseDescription(description: string | undefined): { help?: string; secret: boolean; mentionsSecret: boolean } {
  if (!description) return { secret: false, mentionsSecret: false };
  const marker = /^\s*\[secret\]\s*/i;
  const secret = marker.test(description);
  const help = description.replace(marker, '').trim();
  return { help: help || undefined, secret, mentionsSecret: /\b(password|secret)\b/i.test(help) };
}

function placeholderFor(kind: FieldKind, multiSelect: boolean | undefined): string | undefined {
  if (kind === 'email') return 'name@contoso.com';
  if (kind === 'multiline') return 'One per line';
  if (kind === 'choice' && multiSelect) return 'Choose one or more';
  return undefined;
}

function toFieldValue(raw: unknown, kind: FieldKind): FormField['value'] {
  if (raw === undefined || raw === null) return undefined;
  switch (kind) {
    case 'toggle':
      return raw === true || raw === 'true';
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'multiline':
      if (Array.isArray(raw)) return raw.length > 0 ? raw.map(String).join('\n') : undefined;
      return String(raw);
    case 'date':
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString().slice(0, 10);
      return String(raw).slice(0, 10);
    case 'choice':
      if (Array.isArray(raw)) return raw.length > 0 ? raw.map(String).join(',') : undefined;
      return String(raw);
    default:
      return typeof raw === 'object' ? undefined : String(raw);
  }
}

function fromFieldValue(raw: unknown, inner: AnyZod): unknown {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (inner instanceof z.ZodBoolean) return text === true || text === 'true';
  if (inner instanceof z.ZodNumber) {
    const n = typeof text === 'number' ? text : Number(text);
    return Number.isFinite(n) ? n : text;
  }
  if (inner instanceof z.ZodDate) return typeof text === 'string' ? new Date(text) : text;
  if (inner instanceof z.ZodArray) {
    if (Array.isArray(raw)) return raw;
    const element = unwrap(inner.element).inner;
    const parts = String(raw)
      .split(choicesOf(element) ? ',' : /\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return element instanceof z.ZodNumber ? parts.map(Number) : parts;
  }
  if (inner instanceof z.ZodNativeEnum) {
    // Numeric enums post their value as a string.
    const values = Object.values(inner.enum as Record<string, string | number>);
    return values.find((v) => String(v) === text) ?? text;
  }
  if (inner instanceof z.ZodLiteral || inner instanceof z.ZodUnion) {
    const literals = inner instanceof z.ZodLiteral ? [inner.value] : (inner.options as AnyZod[]).map((o) => (unwrap(o).inner as z.ZodLiteral<unknown>).value);
    return literals.find((v) => String(v) === text) ?? text;
  }
  return text;
}
