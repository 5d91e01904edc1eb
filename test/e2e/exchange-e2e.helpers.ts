import fs from 'node:fs';
import path from 'node:path';
import { buttonData, cardText, lastCard, startTestSteward, type ChatClient, type TestSteward } from './steward.harness';

/**
 * Scaffolding the chat e2e files share, so each file keeps only its own scenarios: one Steward per
 * file, the catalog check of a run's writes, and the "say the line, fill the form, confirm, undo" steps.
 * Helpers take getters because `t` and `chat` are only set once the file's beforeAll has run.
 */

/** One action's entry in test/fixtures/catalog/exchange-calls.json. */
export interface CatalogCalls {
  cmdlets: string[];
  graphCalls: string[];
}

/** The extracted catalog fixture, by action id. */
export const CATALOG_CALLS: Record<string, CatalogCalls> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../fixtures/catalog/exchange-calls.json'), 'utf8'),
);

/** Starts one Steward for the whole file (beforeAll) and closes it afterwards; `onStart` keeps the handles. */
export function useStewardPerFile(onStart: (t: TestSteward) => void): void {
  let started: TestSteward | undefined;
  beforeAll(async () => {
    started = await startTestSteward();
    onStart(started);
  }, 120_000);
  afterAll(async () => {
    await started?.close();
  });
}

/** Whether the card has a button with that title (buttonData throws when it has not). */
export const hasButton = (card: unknown, title: RegExp): boolean => {
  try {
    buttonData(card, title);
    return true;
  } catch {
    return false;
  }
};

export interface CatalogWritesOptions {
  /** Rewrites a logged write before the comparison, e.g. a Graph user id into `{id}` as the fixture spells it. */
  normalize?: (write: string) => string;
}

/**
 * Builds the check "every write since `mark` is one the action's catalog entry lists, and there is at
 * least one"; the check answers the (normalized) writes.
 */
export function catalogWritesCheck(steward: () => TestSteward, options: CatalogWritesOptions = {}): (actionId: string, mark: number) => string[] {
  const normalize = options.normalize ?? ((w: string) => w);
  return (actionId, mark) => {
    const entry = CATALOG_CALLS[actionId];
    const allowed = new Set([...entry.cmdlets.map((c) => `EXO ${c}`), ...entry.graphCalls]);
    const writes = steward().writesSince(mark).map(normalize);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.filter((w) => !allowed.has(w))).toEqual([]);
    return writes;
  };
}

/** The one Exchange object `cmdlet` finds for `identity`, or null when the sandbox answers 404. */
export async function exoOrNull(t: TestSteward, cmdlet: string, identity: string): Promise<any | null> {
  try {
    const [found] = await t.exo(cmdlet, { Identity: identity });
    return found ?? null;
  } catch (e) {
    if (/\(404\)/.test(String(e))) return null;
    throw e;
  }
}

/** The confirm-card steps of one chat, used as `const { confirmCard, confirm, undo } = confirmSteps(() => chat)`. */
export function confirmSteps(client: () => ChatClient) {
  /** Chat line (then form values, if any) → confirm card. */
  async function confirmCard(line: string, ...steps: Record<string, unknown>[]): Promise<any> {
    let card = lastCard(await client().say(line));
    for (const values of steps) card = lastCard(await client().click(buttonData(card, /^Continue/), values));
    if (!hasButton(card, /^Confirm/)) throw new Error(`No confirm card: ${cardText(card)}`);
    return card;
  }

  /** Confirm on a confirm card → the result card. */
  async function confirm(card: unknown): Promise<any> {
    return lastCard(await client().click(buttonData(card, /^Confirm/)));
  }

  /** Undo button → confirm card → Confirm; answers the undo's confirm card text. */
  async function undo(result: unknown): Promise<string> {
    const card = lastCard(await client().click(buttonData(result, /^Undo$/)));
    expect(hasButton(card, /^Confirm/)).toBe(true);
    const text = cardText(card);
    const done = await confirm(card);
    expect(cardText(done)).not.toMatch(/failed|refused/i);
    return text;
  }

  return { confirmCard, confirm, undo };
}
