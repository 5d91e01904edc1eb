import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSteward, type Steward } from '../../app/steward.app';
import { parseConfig } from '../../config/config';
import type { BenchContext, BenchOptions, BenchSection } from './bench.types';
import { bulkSection } from './bulk.section';
import { chatTurnSection } from './chat-turn.section';
import { formatTable, ms, summarize } from './latency.stats';
import { recognizerSection } from './recognizer.section';

/**
 * `npm run bench`: latency figures from one run, printed, never asserted (a laptop and a CI runner
 * disagree; the figures are for comparing changes on the same machine). Sections run in order and
 * share one Steward.
 *
 * Options: --turns N (default 200), --warmup N (default 30), --recognitions N (default 10000),
 * --only <section name>[,<name>…].
 */
export const SECTIONS: readonly BenchSection[] = [chatTurnSection, recognizerSection, bulkSection];

const DEFAULTS: BenchOptions = { turns: 200, warmupTurns: 30, recognitions: 10_000 };

function parseArgs(argv: readonly string[]): { options: BenchOptions; only?: string[] } {
  const options = { ...DEFAULTS };
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    const count = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive whole number`);
      return n;
    };
    if (flag === '--turns') options.turns = count();
    else if (flag === '--warmup') options.warmupTurns = count();
    else if (flag === '--recognitions') options.recognitions = count();
    else if (flag === '--only') only = (value ?? '').split(',').map((s) => s.trim());
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  return { options, only };
}

function findRepoRoot(from = __dirname): string {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'steward') return dir;
  }
  throw new Error(`No Steward package.json above ${from}`);
}

async function main(): Promise<void> {
  const { options, only } = parseArgs(process.argv.slice(2));
  const sections = only ? SECTIONS.filter((s) => only.includes(s.name)) : SECTIONS;
  if (sections.length === 0) throw new Error(`No section named ${only?.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steward-bench-'));
  let stewardStarted: Promise<Steward> | undefined;
  const context: BenchContext = {
    options,
    repoRoot: findRepoRoot(),
    steward: () =>
      (stewardStarted ??= startSteward(
        parseConfig({ PORT: '0', COSMOS_PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, BULK_POLL_MS: '200', BULK_MAX_CHUNKS: '10' }),
      )),
    progress: (message) => process.stderr.write(`… ${message}\n`),
  };

  const rows: string[][] = [];
  const notes: string[] = [];
  const started = Date.now();
  try {
    for (const section of sections) {
      for (const row of await section.run(context)) {
        const s = summarize(row.samples);
        rows.push([section.name, row.what, String(s.n), ms(s.median), ms(s.p99), ms(s.max)]);
        // Two decimals of a millisecond hide sub-millisecond figures: add them in microseconds.
        const micro = s.p99 < 1 ? `median ${Math.round(s.median * 1000)} µs, p99 ${Math.round(s.p99 * 1000)} µs` : undefined;
        const note = [row.note, micro].filter(Boolean).join('; ');
        if (note) notes.push(`${section.name} / ${row.what}: ${note}`);
      }
    }
  } finally {
    if (stewardStarted) await (await stewardStarted).close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const cpus = os.cpus();
  console.log(
    `Steward bench · Node ${process.version} · ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}) · ${os.platform()} ${os.arch()} · ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(formatTable(['section', 'what', 'n', 'median ms', 'p99 ms', 'max ms'], rows));
  for (const note of notes) console.log(`  ${note}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exitCode = 1;
});
