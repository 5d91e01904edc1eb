import { performance } from 'node:perf_hooks';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { ChatClient, lastCard, type Reply } from '../e2e/steward.harness';
import type { BenchContext, BenchRow, BenchSection } from './bench.types';
import { startEchoBot } from './echo-bot';

/**
 * (a) One chat turn over HTTP, utterance → confirm card, against the real Steward, next to an echo bot
 * on the same stack. Turns are previews only (nothing is confirmed), so the tenant does not change
 * between turns. Each measured turn opens a fresh 1:1 conversation, so no turn pays for replacing a
 * request still in progress. The two bots alternate turn by turn so both see the same machine state.
 */

const TARGETS = [
  DEMO_IDENTITIES.jane,
  DEMO_IDENTITIES.alexW,
  DEMO_IDENTITIES.megan,
  DEMO_IDENTITIES.adele,
  DEMO_IDENTITIES.lynne,
  DEMO_IDENTITIES.grady,
  DEMO_IDENTITIES.diego,
  DEMO_IDENTITIES.pradeep,
  DEMO_IDENTITIES.joni,
  DEMO_IDENTITIES.isaiah,
  DEMO_IDENTITIES.nestor,
  DEMO_IDENTITIES.miriam,
].map((u) => u.upn);
const TEMPLATES = [(upn: string) => `reset MFA for ${upn}`, (upn: string) => `revoke sessions for ${upn}`, (upn: string) => `block ${upn}`];

/** Turn i's utterance: 3 templates × 12 users (coprime), so every pair comes round. */
export function utteranceFor(i: number): string {
  return TEMPLATES[i % TEMPLATES.length](TARGETS[i % TARGETS.length]);
}

function hasConfirmButton(replies: Reply[]): boolean {
  try {
    return /"title":"Confirm/i.test(JSON.stringify(lastCard(replies)));
  } catch {
    return false;
  }
}

async function timed(fn: () => Promise<Reply[]>): Promise<{ ms: number; replies: Reply[] }> {
  const start = performance.now();
  const replies = await fn();
  return { ms: performance.now() - start, replies };
}

export const chatTurnSection: BenchSection = {
  name: 'chat turn',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const steward = await context.steward();
    const echo = await startEchoBot();
    try {
      const operator = { objectId: DEMO_IDENTITIES.admin.id };
      const stewardTurn = (i: number) => new ChatClient(steward.messagesUrl, steward.tenantId, operator).say(utteranceFor(i));
      const echoTurn = (i: number) => new ChatClient(echo.messagesUrl, steward.tenantId, operator).say(utteranceFor(i));

      const { warmupTurns, turns } = context.options;
      context.progress(`chat turn: ${warmupTurns} warm-up turns per bot`);
      for (let i = 0; i < warmupTurns; i++) {
        await stewardTurn(i);
        await echoTurn(i);
      }
      context.progress(`chat turn: ${turns} measured turns per bot`);
      const stewardMs: number[] = [];
      const echoMs: number[] = [];
      let withoutConfirm = 0;
      let echoEmpty = 0;
      for (let i = 0; i < turns; i++) {
        const s = await timed(() => stewardTurn(i));
        stewardMs.push(s.ms);
        if (!hasConfirmButton(s.replies)) withoutConfirm++;
        const e = await timed(() => echoTurn(i));
        echoMs.push(e.ms);
        if (!e.replies.some((r) => r.text?.startsWith('echo:'))) echoEmpty++;
      }
      return [
        {
          what: 'Steward: utterance → confirm card',
          samples: stewardMs,
          note: withoutConfirm ? `${withoutConfirm} turns without a confirm card` : 'every turn a confirm card',
        },
        { what: 'echo bot, same stack', samples: echoMs, note: echoEmpty ? `${echoEmpty} turns without an echo` : undefined },
      ];
    } finally {
      await echo.close();
    }
  },
};
