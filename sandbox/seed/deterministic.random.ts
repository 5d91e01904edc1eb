import { createHash } from 'node:crypto';

/**
 * Deterministic randomness for the seed: the same tenant must come out of every start, so object ids,
 * names and method mixes never drift between runs, tests and benchmarks.
 */

/** A small seeded PRNG (mulberry32). Good enough for picking names; not for anything secret. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/**
 * A name-based GUID (UUID v5 layout over SHA-1), so an object's id follows from what it is
 * ("user:jane@contoso.com") and stays identical on every start.
 */
export function stableGuid(kind: string, name: string): string {
  const hash = createHash('sha1').update(`steward-sandbox:${kind}:${name.toLowerCase()}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
