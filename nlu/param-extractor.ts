/**
 * Reads parameter hints from text. Actions declare their hints as data (patterns and values) so the
 * recognizer needs no per-action code; the dialog asks for whatever the text did not say.
 */

/** When `pattern` matches the text, the parameter takes `value`. */
export interface ParamCase {
  pattern: RegExp;
  value: unknown;
}

/** How a captured string becomes a value; 'megabytes' reads sizes such as "50 GB" or "1 TB" as MB. */
export type CaptureType = 'string' | 'number' | 'list' | 'email' | 'emails' | 'megabytes';

const MB_PER_UNIT: Record<string, number> = { mb: 1, gb: 1024, tb: 1024 * 1024 };

export interface ParamHint {
  /** The action's input name, e.g. "blocked". */
  name: string;
  /** Tried in order; the first matching case gives the value. Put the more specific case first ("unblock" before "block"). */
  when?: ParamCase[];
  /**
   * The first capture group that matched (or the whole match) is the value, converted by `as` (default 'string'),
   * so alternatives can each capture ("a (x)|b (y)"). Tried before `when`.
   */
  capture?: RegExp;
  as?: CaptureType;
  /**
   * The text stating this parameter is evidence for the intent itself ("add Cameron as delegate to info@…" names the
   * delegates that only the users-first action reads): the recognizer weighs such an intent a little higher.
   */
  evidence?: boolean;
  /** Escape hatch for what data cannot say; `normalized` is the lower-cased text. */
  extract?: (text: string, normalized: string) => unknown | undefined;
}

const EMAIL = /[A-Za-z0-9._%+#-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function convert(raw: string, as: CaptureType | undefined): unknown | undefined {
  const value = raw.trim().replace(/^["'“‘]|["'”’.,;]$/g, '');
  if (value === '') return undefined;
  switch (as) {
    case 'number': {
      const n = Number(value.replace(/,/g, ''));
      return Number.isFinite(n) ? n : undefined;
    }
    case 'list':
      return value
        .split(/\s*(?:,|;|\band\b|&)\s*/)
        .map((v) => v.trim().replace(/^["'“]|["'”]$/g, ''))
        .filter((v) => v !== '');
    case 'email':
      return value.match(EMAIL)?.[0];
    case 'megabytes': {
      const m = /^(\d+(?:\.\d+)?)\s*([mgt]b)$/i.exec(value);
      return m ? Math.round(Number(m[1]) * MB_PER_UNIT[m[2].toLowerCase()]) : undefined;
    }
    case 'emails': {
      const all = value.match(EMAIL);
      return all && all.length > 0 ? [...all] : undefined;
    }
    default:
      return value;
  }
}

/** One hint against one text; undefined when the text says nothing about it. */
export function readParam(hint: ParamHint, text: string, normalized: string): unknown | undefined {
  if (hint.extract) {
    const v = hint.extract(text, normalized);
    if (v !== undefined) return v;
  }
  if (hint.capture) {
    const m = hint.capture.exec(text);
    if (m) {
      // alternatives may each have their group: the first one that matched
      const v = convert(m.slice(1).find((g) => g !== undefined) ?? m[0], hint.as);
      if (v !== undefined) return v;
    }
  }
  for (const c of hint.when ?? []) {
    if (c.pattern.test(text)) return c.value;
  }
  return undefined;
}

/** A regex without the stateful g/y flags, so repeated test/exec calls never depend on the previous one. */
function stateless(re: RegExp): RegExp {
  return /[gy]/.test(re.flags) ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re;
}

/** Copies hints with stateless patterns; run once when the recognizer is built. */
export function compileHints(hints: readonly ParamHint[] | undefined): ParamHint[] {
  return (hints ?? []).map((h) => ({
    ...h,
    capture: h.capture ? stateless(h.capture) : undefined,
    when: h.when?.map((c) => ({ pattern: stateless(c.pattern), value: c.value })),
  }));
}

/** All hints of an intent; only the parameters the text states appear in the result. */
export function readParams(hints: readonly ParamHint[] | undefined, text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!hints) return out;
  const normalized = text.toLowerCase();
  for (const hint of hints) {
    const v = readParam(hint, text, normalized);
    if (v !== undefined) out[hint.name] = v;
  }
  return out;
}
