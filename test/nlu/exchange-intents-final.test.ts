import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../../actions/catalog';
import { intentsFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { Recognizer } from '../../nlu/recognizer';
import { readExamples, score, type Example } from './utterance-scoring';

/**
 * The second held-out set for the 46 Exchange actions (utterances.exchange-heldout-final.tsv), scored with the
 * recognizer as the bot builds it (registered declarations + chat commands). Its lines were written without looking
 * at the declarations or the other NLU fixtures. Scored once when written (2026-11-23): 90 % intents, 95 % exact
 * targets. Its misses then led to general fixes (how a text names a target's kind, values vs targets, give vs take,
 * small talk), so it is no longer held out: it now guards those fixes at the 95 % bar, and the blind set
 * written after them (exchange-intents-blind.test.ts) is the honest measure. NLU_REPORT=1 prints every miss.
 */
const BAR = { intent: 0.95, targets: 0.95 };

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

describe(`recognizer on the second Exchange held-out set (${FILE})`, () => {
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

  it('scores at least 95 % on intents and on exact targets', () => {
    const recognizer = new Recognizer(intentsFor(ALL_ACTIONS, COMMANDS));
    const s = score(recognizer, examples);
    if (process.env.NLU_REPORT) process.stdout.write(`${FILE}: ${s.report}\n`);
    if (s.intent < BAR.intent || s.targets < BAR.targets) throw new Error(`below 95 %:\n${s.report}`);
    expect(s.intent).toBeGreaterThanOrEqual(BAR.intent);
    expect(s.targets).toBeGreaterThanOrEqual(BAR.targets);
  });
});
