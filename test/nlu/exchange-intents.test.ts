import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../../actions/catalog';
import { intentsFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { Recognizer } from '../../nlu/recognizer';
import { readExamples, score, type Example } from './utterance-scoring';

const NLU_FIXTURES = path.resolve(__dirname, '../fixtures/nlu');

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
  const recognizer = new Recognizer(intentsFor(ALL_ACTIONS, COMMANDS));

  it('the held-out set covers every Exchange action of the catalog with three lines, and some none lines', () => {
    const heldOut = readExamples('utterances.exchange-heldout.tsv');
    const catalog: Record<string, unknown> = JSON.parse(fs.readFileSync(path.resolve(NLU_FIXTURES, '../catalog/exchange-calls.json'), 'utf8'));
    const ids = Object.keys(catalog).filter((id) => EXCHANGE_ACTION.test(id));
    expect(ids).toHaveLength(46);
    const perAction = new Map<string, number>();
    for (const e of heldOut) if (e.action !== null) perAction.set(e.action, (perAction.get(e.action) ?? 0) + 1);
    expect([...perAction.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect([id, perAction.get(id)]).toEqual([id, 3]);
    expect(heldOut.filter((e) => e.action === null).length).toBeGreaterThanOrEqual(10);
  });

  it.each(['utterances.dev.tsv', 'utterances.exchange-heldout.tsv'])('%s: ≥ 95 % intents and ≥ 95 % exact targets', (file) => {
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
