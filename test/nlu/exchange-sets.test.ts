import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../../actions/catalog';
import { intentsFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { Recognizer } from '../../nlu/recognizer';
import { readExamples, score } from './utterance-scoring';

/**
 * The recognizer as the bot builds it (registered declarations + chat commands) on every set of Exchange
 * utterances written after the dev set, each covering the 46 Exchange actions evenly plus some small talk.
 * NLU_REPORT=1 prints every miss.
 *
 * - tuning: phrases and rules were adjusted while looking at its misses; it guards those fixes.
 * - former held-out: written blind and scored once (the number in `firstScore`), then tuned on.
 * - blind: written by someone who saw neither the declarations nor the recognizer, scored once, never tuned
 *   on: the honest measure. Its floor is that score, so a later change cannot quietly lose ground.
 *
 * The bar is 95 % on phrasings of our own, held-out included. The tuning and former held-out sets reach it or
 * come close; the blind sets (81-90 % intents, 94-97 % targets) do not yet: see the closing note of 2026-11-23.
 */
interface ExchangeSet {
  file: string;
  role: 'tuning' | 'former held-out' | 'blind';
  linesPerAction: number;
  noneLines: number;
  floor: { intent: number; targets: number };
  /** For held-out sets: the single score taken before anything was tuned on them. */
  firstScore?: string;
}

const SETS: ExchangeSet[] = [
  { file: 'utterances.exchange-own.tsv', role: 'tuning', linesPerAction: 2, noneLines: 8, floor: { intent: 0.95, targets: 0.95 } },
  {
    file: 'utterances.exchange-heldout-final.tsv',
    role: 'former held-out',
    linesPerAction: 2,
    noneLines: 8,
    floor: { intent: 0.95, targets: 0.95 },
    firstScore: '2026-11-23: 90 % intents, 95 % targets',
  },
  { file: 'utterances.exchange-dev2.tsv', role: 'tuning', linesPerAction: 3, noneLines: 12, floor: { intent: 0.95, targets: 0.95 } },
  { file: 'utterances.exchange-dev3.tsv', role: 'tuning', linesPerAction: 3, noneLines: 12, floor: { intent: 0.92, targets: 0.95 } },
  { file: 'utterances.exchange-dev4.tsv', role: 'tuning', linesPerAction: 3, noneLines: 12, floor: { intent: 0.82, targets: 0.9 } },
  {
    file: 'utterances.exchange-dev5.tsv',
    role: 'former held-out',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.86, targets: 0.94 },
    firstScore: '2026-11-23, as it came (another tenant, fabrikam.com): 80.7 % intents, 95.3 % targets',
  },
  {
    file: 'utterances.exchange-dev6.tsv',
    role: 'former held-out',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.88, targets: 0.94 },
    firstScore: '2026-11-23, as it came (lucerne.com): 84.7 % intents, 94.7 % targets',
  },
  {
    file: 'utterances.exchange-dev7.tsv',
    role: 'former held-out',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.92, targets: 0.97 },
    firstScore: '2026-11-23, as it came (tailwind.com): 90.7 % intents, 96.7 % targets',
  },
  {
    file: 'utterances.exchange-blind-3.tsv',
    role: 'blind',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.86, targets: 0.94 },
    firstScore: '2026-11-23, before the phrases were widened: 72.7 % intents, 88.7 % targets (86.0 % / 94.7 % at the end of that day)',
  },
  {
    file: 'utterances.exchange-blind-4.tsv',
    // a failing run once printed its misses to a helper tuning phrases: no longer blind
    role: 'former held-out',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.9, targets: 0.94 },
    firstScore: '2026-11-23, after the dev2-dev4 tuning: 88.0 % intents, 92.7 % targets',
  },
  {
    file: 'utterances.exchange-blind-5.tsv',
    role: 'blind',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.88, targets: 0.97 },
    firstScore: '2026-11-23, after the dev2-dev5 tuning (another tenant, northwind.com): 85.3 % intents, 96.0 % targets',
  },
  {
    file: 'utterances.exchange-blind-6.tsv',
    role: 'blind',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.85, targets: 0.94 },
    firstScore: '2026-11-23, after the dev2-dev6 tuning (woodgrove.com): 84.7 % intents, 93.3 % targets',
  },
  {
    file: 'utterances.exchange-blind-7.tsv',
    role: 'blind',
    linesPerAction: 3,
    noneLines: 12,
    floor: { intent: 0.81, targets: 0.94 },
    firstScore: '2026-11-23, after all tuning that day (proseware.com): 81.3 % intents, 94.7 % targets',
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

const recognizer = new Recognizer(intentsFor(ALL_ACTIONS, COMMANDS));

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
    if (process.env.NLU_REPORT) process.stdout.write(`${set.file}: ${s.report}\n`);
    // a blind set's misses are not printed (only NLU_REPORT=1 shows them): seeing them would end its blindness
    const shown = set.role === 'blind' ? s.report.split('\n')[0] : s.report;
    if (s.intent < set.floor.intent || s.targets < set.floor.targets) throw new Error(`${set.file}: below its floor:\n${shown}`);
    expect(s.intent).toBeGreaterThanOrEqual(set.floor.intent);
    expect(s.targets).toBeGreaterThanOrEqual(set.floor.targets);
  });
});
