import fs from 'node:fs';
import path from 'node:path';
import type { Recognizer } from '../../nlu/recognizer';

/** One line of an utterance fixture (action, comma-separated targets, text); `none` reads as null. */
export interface Example {
  action: string | null;
  targets: string[];
  text: string;
}

export interface Score {
  intent: number;
  targets: number;
  /** Percentages and every miss, for NLU_REPORT=1 and failure messages. */
  report: string;
}

const NLU_FIXTURES = path.resolve(__dirname, '../fixtures/nlu');

/** Reads test/fixtures/nlu/<file>; a wrong header or a short line fails loudly rather than scoring less. */
export function readExamples(file: string): Example[] {
  const [header, ...rows] = fs
    .readFileSync(path.join(NLU_FIXTURES, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (header !== 'action\ttargets\ttext') throw new Error(`${file}: unexpected header ${JSON.stringify(header)}`);
  return rows.map((row, i) => {
    const cells = row.split('\t');
    if (cells.length !== 3 || cells[2].trim() === '') throw new Error(`${file}: line ${i + 2} needs action, targets and text`);
    const [action, targets, text] = cells;
    return {
      action: action === 'none' ? null : action,
      targets: targets
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
      text,
    };
  });
}

/** Share of lines with the right intent, and with exactly the right targets (in order). */
export function score(recognizer: Recognizer, examples: readonly Example[]): Score {
  let intentOk = 0;
  let targetsOk = 0;
  const misses: string[] = [];
  for (const ex of examples) {
    const r = recognizer.recognize(ex.text);
    const iOk = r.actionId === ex.action;
    const tOk = JSON.stringify(r.targets) === JSON.stringify(ex.targets);
    intentOk += iOk ? 1 : 0;
    targetsOk += tOk ? 1 : 0;
    if (!iOk || !tOk) {
      misses.push(`  "${ex.text}" → ${r.actionId} [${r.targets.join(', ')}] (${r.confidence}); expected ${ex.action} [${ex.targets.join(', ')}]`);
    }
  }
  const pct = (n: number) => `${((100 * n) / examples.length).toFixed(1)}%`;
  return {
    intent: intentOk / examples.length,
    targets: targetsOk / examples.length,
    report: [`intent ${pct(intentOk)}, targets ${pct(targetsOk)} over ${examples.length} lines`, 'misses:', ...misses].join('\n'),
  };
}
