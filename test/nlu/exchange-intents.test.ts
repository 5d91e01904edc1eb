import { ALL_ACTIONS } from '../../actions/catalog';
import { recognizerFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { readExamples, score, type Example } from './utterance-scoring';

/** The 46 Exchange actions of the catalog: their ids all start with one of these. */
const EXCHANGE_ACTION = /^(?:mailbox|mail-contact|mail-user|distribution-group|mobile-device)\./;

const registered = new Set(ALL_ACTIONS.map((a) => a.id));
const registeredExchange = [...registered].filter((id) => EXCHANGE_ACTION.test(id));

/** Exchange lines of registered actions, and the `none` lines (they only make sense next to some Exchange line). */
function scoredLines(file: string): Example[] {
  const examples = readExamples(file);
  const exchange = examples.filter((e) => e.action !== null && EXCHANGE_ACTION.test(e.action) && registered.has(e.action));
  return exchange.length === 0 ? [] : [...exchange, ...examples.filter((e) => e.action === null)];
}

describe('recognizer with the registered intents (Exchange categories)', () => {
  const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);

  // the held-out sets that used to be measured here are corpus sets now, measured with each left out (training-corpus.test.ts)
  it.each(['utterances.dev.tsv'])('%s: ≥ 95 % intents and ≥ 95 % exact targets', (file) => {
    const scored = scoredLines(file);
    if (registeredExchange.length === 0) {
      // Nothing to measure until an Exchange action is declared (the catalog files start empty).
      expect(scored).toEqual([]);
      return;
    }
    expect(scored.some((e) => e.action !== null)).toBe(true);
    const s = score(recognizer, scored);
    if (process.env.NLU_REPORT) process.stdout.write(`${file} (Exchange): ${s.report}\n`);
    if (s.intent < 0.95 || s.targets < 0.95) throw new Error(`${file}: below 95 %:\n${s.report}`);
    expect(s.intent).toBeGreaterThanOrEqual(0.95);
    expect(s.targets).toBeGreaterThanOrEqual(0.95);
  });
});
