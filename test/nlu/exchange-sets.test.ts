import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../../actions/catalog';
import { recognizerFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { readExamples, score } from './utterance-scoring';

/**
 * The bot's recognizer on Exchange sets that are not in its training corpus, each covering the 46 Exchange actions
 * evenly plus some small talk. NLU_REPORT=1 prints every miss (never for a blind set, see below).
 *
 * - own: phrasings of our own, written with the first declarations; phrases were tuned on its misses then.
 * - blind: written by a helper who saw neither the declarations, the recognizer nor the corpus, and scored once,
 *   after everything else was done: the honest measure of phrasings nobody tuned on. Its misses are never printed
 *   (seeing them would end its blindness) and its floor is that single score.
 *
 * The sets that were measured here before the corpus existed are now corpus sets, measured with each left out
 * (training-corpus.test.ts).
 */
interface ExchangeSet {
  file: string;
  role: 'own' | 'blind';
  linesPerAction: number;
  noneLines: number;
  floor: { intent: number; targets: number };
  /** For blind sets: the single score, and when it was taken. */
  firstScore?: string;
}

const SETS: ExchangeSet[] = [
  { file: 'utterances.exchange-own.tsv', role: 'own', linesPerAction: 2, noneLines: 8, floor: { intent: 0.95, targets: 0.95 } },
  {
    file: 'utterances.exchange-blind-8.tsv',
    role: 'blind',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.98, targets: 0.98 },
    firstScore: '2026-11-23, adatum.com, written before the corpus existed and scored once after it landed: 98.7 % intents, 98.0 % targets',
  },
  {
    file: 'utterances.exchange-blind-9.tsv',
    role: 'blind',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.97, targets: 0.92 },
    firstScore: '2026-11-23, wingtiptoys.com (helpdesk shorthand), same conditions: 97.3 % intents, 92.0 % targets',
  },
];

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** The Exchange actions: every entry of the Exchange call fixture outside the Users category. */
const EXCHANGE_IDS: string[] = Object.entries(
  JSON.parse(fs.readFileSync(path.join(FIXTURES, 'catalog/exchange-calls.json'), 'utf8')) as Record<string, { category: string }>,
)
  .filter(([, entry]) => entry.category !== 'Users')
  .map(([id]) => id)
  .sort();

const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);

describe.each(SETS)('recognizer on $file ($role)', (set) => {
  const examples = readExamples(set.file);

  it(`covers every Exchange action with ${set.linesPerAction} lines, plus ${set.noneLines} none lines; targets appear in their line`, () => {
    expect(EXCHANGE_IDS).toHaveLength(46);
    const counts = new Map<string, number>();
    for (const ex of examples) counts.set(ex.action ?? 'none', (counts.get(ex.action ?? 'none') ?? 0) + 1);
    expect(counts.get('none')).toBe(set.noneLines);
    counts.delete('none');
    expect([...counts.keys()].sort()).toEqual(EXCHANGE_IDS);
    for (const id of EXCHANGE_IDS) expect([id, counts.get(id)]).toEqual([id, set.linesPerAction]);
    for (const ex of examples) for (const t of ex.targets) expect([t, ex.text.includes(t)]).toEqual([t, true]);
  });

  it(`scores at least ${Math.round(set.floor.intent * 100)} % intents and ${Math.round(set.floor.targets * 100)} % exact targets`, () => {
    const s = score(recognizer, examples);
    // a blind set's misses are not printed, not even with NLU_REPORT=1: seeing them would end its blindness
    const shown = set.role === 'blind' ? s.report.split('\n')[0] : s.report;
    if (process.env.NLU_REPORT) process.stdout.write(`${set.file}: ${shown}\n`);
    if (s.intent < set.floor.intent || s.targets < set.floor.targets) throw new Error(`${set.file}: below its floor:\n${shown}`);
    expect(s.intent).toBeGreaterThanOrEqual(set.floor.intent);
    expect(s.targets).toBeGreaterThanOrEqual(set.floor.targets);
  });
});
