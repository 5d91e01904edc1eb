import type { Steward } from '../../app/steward.app';

/**
 * The shape of `npm run bench`: a list of named sections sharing one context, so a new measurement
 * (the bulk benchmark, later) is one more section and reuses the Steward already running.
 */
export interface BenchOptions {
  /** Measured chat turns per bot. */
  turns: number;
  /** Unmeasured turns per bot first (JIT, connection pools, the session's first write). */
  warmupTurns: number;
  /** Minimum number of measured recognitions. */
  recognitions: number;
}

export interface BenchContext {
  options: BenchOptions;
  repoRoot: string;
  /** The real Steward (bot, embedded Cosmos DB, sandbox tenant), started on first use and shared. */
  steward(): Promise<Steward>;
  /** Progress for the operator (stderr), kept out of the figures. */
  progress(message: string): void;
}

/** One line of the figures table. */
export interface BenchRow {
  what: string;
  /** Latencies in milliseconds. */
  samples: number[];
  note?: string;
}

export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}
