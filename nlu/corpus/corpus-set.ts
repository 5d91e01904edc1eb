/**
 * Requests as people typed them, each labelled with what it asks for. The recognizer learns from them next to the
 * declared phrases (see IntentDescriptor.examples); tests measure it on each set with that set left out.
 */
export interface CorpusLine {
  /** The intent the text asks for, or null for a text that asks for nothing (small talk, a question). */
  intent: string | null;
  /** The targets as written in the text, in text order. */
  targets: string[];
  text: string;
}

export interface CorpusSet {
  /** Where the set came from (who wrote it, against which tenant), so a test can leave it out. */
  name: string;
  lines: readonly CorpusLine[];
}

const HEADER = 'action\ttargets\ttext';

/**
 * Reads a set written as tab-separated lines (`action`, `targets` comma-separated, `text`) under a header; `none` marks a
 * text that asks for nothing. A malformed line throws at start-up rather than teaching the recognizer something wrong.
 */
export function corpusSet(name: string, tsv: string): CorpusSet {
  const rows = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (rows[0] !== HEADER) throw new Error(`Corpus ${name}: the first line must be the header "${HEADER.replace(/\t/g, '<TAB>')}"`);
  const lines = rows.slice(1).map((row, n) => {
    const cells = row.split('\t');
    if (cells.length !== 3) throw new Error(`Corpus ${name}, line ${n + 2}: expected 3 tab-separated columns, found ${cells.length}`);
    const [action, targets, text] = cells;
    const listed = targets.split(',').map((t) => t.trim()).filter((t) => t !== '');
    const missing = listed.find((t) => !text.includes(t));
    if (missing !== undefined) throw new Error(`Corpus ${name}, line ${n + 2}: target "${missing}" is not in the text`);
    return { intent: action === 'none' ? null : action, targets: listed, text };
  });
  return { name, lines };
}

/** Every text of the sets, by the intent it asks for. */
export function examplesByIntent(sets: readonly CorpusSet[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const set of sets) {
    for (const line of set.lines) {
      if (line.intent === null) continue;
      const list = out.get(line.intent);
      if (list) list.push(line.text);
      else out.set(line.intent, [line.text]);
    }
  }
  return out;
}

/** The texts that ask for nothing (small talk, questions). */
export function nonRequestsIn(sets: readonly CorpusSet[]): string[] {
  return sets.flatMap((s) => s.lines.filter((l) => l.intent === null).map((l) => l.text));
}
