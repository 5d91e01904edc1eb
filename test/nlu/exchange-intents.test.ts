import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../../actions/catalog';
import { intentsFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { Recognizer } from '../../nlu/recognizer';

/**
 * The recognizer as the bot runs it (built from the registered declarations and the chat commands), scored
 * on the Exchange categories: mailboxes, mail contacts and mail users, distribution groups and Exchange
 * mobile devices. Two sets are scored apart: the dev set's lines for these actions (plus its `none` lines),
 * and a held-out set written without looking at the declarations' phrases, so that tuning phrases to the
 * dev set alone cannot pass it. Lines of actions not registered yet are left out: coverage of the 46
 * actions is checked elsewhere, this test measures how well the registered ones are understood.
 */

interface Example {
  action: string | null;
  targets: string[];
  text: string;
}

const NLU_FIXTURES = path.resolve(__dirname, '../fixtures/nlu');

/** The 46 Exchange actions of the catalog: their ids all start with one of these. */
const EXCHANGE_ACTION = /^(?:mailbox|mail-contact|mail-user|distribution-group|mobile-device)\./;

function readExamples(file: string): Example[] {
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

interface Score {
  intent: number;
  targets: number;
  report: string;
}

function score(recognizer: Recognizer, examples: readonly Example[]): Score {
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
