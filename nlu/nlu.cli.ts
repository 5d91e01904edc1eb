import { createInterface } from 'node:readline';
import { ALL_ACTIONS } from '../actions/catalog';
import { recognizerFor } from '../app/intents';
import { COMMANDS } from '../dialogs/commands';

/**
 * Reads one utterance per line on stdin and writes one recognition per line as JSON, in order, so tools
 * (benchmarks, the held-out scorer) can drive the recognizer without the bot. Empty lines still produce a
 * line (actionId null) to keep input and output aligned.
 */
async function main(): Promise<void> {
  const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    const text = line.replace(/\r$/, '');
    const r = recognizer.recognize(text);
    out.push(JSON.stringify({ text: r.text, actionId: r.actionId, confidence: r.confidence, targets: r.targets, params: r.params }));
    if (out.length >= 512) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`nlu: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
