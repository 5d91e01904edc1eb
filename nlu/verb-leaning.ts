import { canonicalTerms, canonicalWord } from './text-normalizer';

/**
 * Two opposite kinds of verb ("add, grant, create" vs "remove"; "create" vs "edit, rename"). A text says one side
 * when it uses verbs of that side only; an intent leans to a side when its phrases mostly say it. An intent that
 * leans against what the text says is a worse fit ("give each of them delegates" is not a removal).
 */
export interface VerbAxis {
  first: ReadonlySet<string>;
  second: ReadonlySet<string>;
}

export type Side = 'first' | 'second' | 'neither';

const terms = (...words: string[]): ReadonlySet<string> => new Set(words.map(canonicalWord));

/** Giving (add, grant, create, allow) vs taking away (remove, revoke, delete …). */
export const GIVE_OR_TAKE: VerbAxis = { first: terms('add', 'grant', 'create', 'allow'), second: terms('remove') };
/** Making something new vs changing something that exists. */
export const CREATE_OR_EDIT: VerbAxis = { first: terms('create'), second: terms('edit', 'configure', 'rename', 'convert') };

/** A text's canonical terms, once for every axis. */
export function termsOf(text: string): string[] {
  return canonicalTerms(text).map((t) => t.term);
}

/** The side a text (or its terms) says: verbs of one side only. */
export function sideOf(text: string | readonly string[], axis: VerbAxis): Side {
  const words = typeof text === 'string' ? termsOf(text) : text;
  const first = words.some((w) => axis.first.has(w));
  const second = words.some((w) => axis.second.has(w));
  return first === second ? 'neither' : first ? 'first' : 'second';
}

/** The side phrases lean to: at least half of them say it and hardly any (a sixth at most) say the other. */
export function leaningOf(phrases: readonly (string | readonly string[])[], axis: VerbAxis): Side {
  const counts = { first: 0, second: 0, neither: 0 };
  for (const p of phrases) counts[sideOf(p, axis)] += 1;
  const leans = (these: number, other: number) => these * 2 >= phrases.length && other * 6 <= phrases.length;
  if (leans(counts.first, counts.second)) return 'first';
  return leans(counts.second, counts.first) ? 'second' : 'neither';
}

/** True when the text says one side and the intent leans to the other. */
export function opposes(text: Side, intent: Side): boolean {
  return text !== 'neither' && intent !== 'neither' && text !== intent;
}
