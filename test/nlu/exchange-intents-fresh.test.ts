import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../../actions/catalog';
import { intentsFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { Recognizer } from '../../nlu/recognizer';
import { readExamples, score, type Example } from './utterance-scoring';

const FILE = 'utterances.exchange-own.tsv';
const SET = 'own Exchange phrasings';
const NLU_FIXTURES = path.resolve(__dirname, '../fixtures/nlu');

/** The Exchange actions of the catalog: their ids all start with one of these. */
const EXCHANGE_ACTION = /^(?:mailbox|mail-contact|mail-user|distribution-group|mobile-device)\./;

describe(`recognizer with the registered intents on the ${SET} (${FILE})`, () => {
  const recognizer = new Recognizer(intentsFor(ALL_ACTIONS, COMMANDS));
  const examples = readExamples(FILE);

  it('covers every Exchange action of the catalog with two lines, plus eight none lines whose targets appear in the text', () => {
    const catalog: Record<string, unknown> = JSON.parse(fs.readFileSync(path.resolve(NLU_FIXTURES, '../catalog/exchange-calls.json'), 'utf8'));
    const ids = Object.keys(catalog).filter((id) => EXCHANGE_ACTION.test(id));
    expect(ids).toHaveLength(46);
    const perAction = new Map<string, number>();
    for (const e of examples) if (e.action !== null) perAction.set(e.action, (perAction.get(e.action) ?? 0) + 1);
    expect([...perAction.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect([id, perAction.get(id)]).toEqual([id, 2]);
    expect(examples.filter((e) => e.action === null)).toHaveLength(8);
    for (const e of examples) for (const t of e.targets) expect([t, e.text.includes(t)]).toEqual([t, true]);
  });

  it('≥ 95 % intents and ≥ 95 % exact targets', () => {
    const s = score(recognizer, examples);
    if (process.env.NLU_REPORT) process.stdout.write(`${SET}: ${s.report}\n`);
    if (s.intent < 0.95 || s.targets < 0.95) throw new Error(`${SET}: below 95 %:\n${s.report}`);
    expect(s.intent).toBeGreaterThanOrEqual(0.95);
    expect(s.targets).toBeGreaterThanOrEqual(0.95);
  });
});
