import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ALL_ACTIONS } from '../../actions/catalog';
import { ActionRegistry } from '../../actions/registry';
import { recognizerFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import type { BenchContext, BenchRow, BenchSection } from './bench.types';

/**
 * (b) The recognizer alone, per utterance, over the NLU dev set repeated to at least N recognitions:
 * the share of a chat turn spent understanding the text.
 */

export const DEV_SET = path.join('test', 'fixtures', 'nlu', 'utterances.dev.tsv');

/** Column 3 of the dev set (the utterance), skipping blank lines, # comments and a header row. */
export function readDevUtterances(file: string): string[] {
  const out: string[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const text = line.split('\t')[2]?.trim();
    if (!text || (out.length === 0 && /^(text|utterance)$/i.test(text))) continue;
    out.push(text);
  }
  return out;
}

export const recognizerSection: BenchSection = {
  name: 'recognizer',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const utterances = readDevUtterances(path.join(context.repoRoot, DEV_SET));
    if (utterances.length === 0) throw new Error(`No utterances in ${DEV_SET}`);
    const recognizer = recognizerFor(new ActionRegistry(ALL_ACTIONS).list(), COMMANDS);
    const rounds = Math.ceil(context.options.recognitions / utterances.length);

    context.progress(`recognizer: ${utterances.length} dev utterances × ${rounds} rounds (+1 warm-up round)`);
    let sink = 0;
    for (const text of utterances) sink += recognizer.recognize(text).confidence;
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const text of utterances) {
        const start = performance.now();
        const result = recognizer.recognize(text);
        samples.push(performance.now() - start);
        sink += result.confidence;
      }
    }
    return [
      {
        what: 'Recognizer.recognize, per utterance',
        samples,
        note: `${utterances.length} dev utterances × ${rounds}${Number.isNaN(sink) ? ' (NaN confidence seen)' : ''}`,
      },
    ];
  },
};
