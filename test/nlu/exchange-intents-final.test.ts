import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../../actions/catalog';
import { intentsFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { Recognizer } from '../../nlu/recognizer';
import { readExamples, score, type Example } from './utterance-scoring';

/**
 * Final held-out score for the 46 Exchange actions: the recognizer as the bot builds it (registered declarations +
 * chat commands), scored on utterances.exchange-heldout-final.tsv. Those lines were written without looking at the
 * declarations' phrases or the other NLU fixtures, and were not changed after the first scoring, so this number is
 * the honest one. NLU_REPORT=1 prints every miss.
 *
 * Measured when written (2026-11-23): 90 % intents, 95 % exact targets: BELOW the issue's 95 % bar for intents
 * (weakest: chit-chat mentioning mail words, edit-shared vs convert-to-shared, DL vs mailbox Send As). This test
 * therefore guards against regressions at the measured level; raise the floors to 0.95 once the recognizer gets
 * there without tuning on these lines (a new held-out set is then needed).
 */
const MEASURED_FLOOR = { intent: 0.9, targets: 0.95 };

const FIXTURES = path.resolve(__dirname, '../fixtures');
const FILE = 'utterances.exchange-heldout-final.tsv';
const LINES_PER_ACTION = 2;
const NONE_LINES = 8;

/** The Exchange actions: every entry of the Exchange call fixture outside the Users category. */
const EXCHANGE_IDS: string[] = Object.entries(
  JSON.parse(fs.readFileSync(path.join(FIXTURES, 'catalog/exchange-calls.json'), 'utf8')) as Record<string, { category: string }>,
)
  .filter(([, entry]) => entry.category !== 'Users')
  .map(([id]) => id)
  .sort();

describe(`recognizer on the final Exchange held-out set (${FILE})`, () => {
  const examples = readExamples(FILE);

  it('covers every Exchange action with two lines, plus eight none lines', () => {
    expect(EXCHANGE_IDS).toHaveLength(46);
    const counts = new Map<string, number>();
    for (const ex of examples) counts.set(ex.action ?? 'none', (counts.get(ex.action ?? 'none') ?? 0) + 1);
    expect(counts.get('none')).toBe(NONE_LINES);
    counts.delete('none');
    expect([...counts.keys()].sort()).toEqual(EXCHANGE_IDS);
    for (const id of EXCHANGE_IDS) expect([id, counts.get(id)]).toEqual([id, LINES_PER_ACTION]);
    expect(examples).toHaveLength(EXCHANGE_IDS.length * LINES_PER_ACTION + NONE_LINES);
  });

  it('names as targets only addresses that appear in the line', () => {
    for (const ex of examples) for (const t of ex.targets) expect([t, ex.text.includes(t)]).toEqual([t, true]);
  });

  it('does not fall below the measured 90 % intents / 95 % exact targets (the 95 % bar is not met yet)', () => {
    const recognizer = new Recognizer(intentsFor(ALL_ACTIONS, COMMANDS));
    const s = score(recognizer, examples);
    if (process.env.NLU_REPORT) process.stdout.write(`${FILE}: ${s.report}\n`);
    if (s.intent < MEASURED_FLOOR.intent || s.targets < MEASURED_FLOOR.targets) throw new Error(`below the measured floor:\n${s.report}`);
    expect(s.intent).toBeGreaterThanOrEqual(MEASURED_FLOOR.intent);
    expect(s.targets).toBeGreaterThanOrEqual(MEASURED_FLOOR.targets);
  });
});
