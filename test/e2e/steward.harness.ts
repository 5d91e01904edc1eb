import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import path from 'node:path';
import os from 'node:os';
import pino from 'pino';
import { Agent } from 'undici';
import { parseConfig } from '../../config/config';
import { startSteward, type Steward, type StewardOptions } from '../../app/steward.app';
import { LOG_REDACTION } from '../../app/log-redaction';
import { FakeBotConnector } from './fake-bot-connector';

/** Every line the bot logged during a test, as parsed pino JSON plus the raw text. */
export interface CapturedLogs {
  lines: string[];
  text(): string;
}

export interface TestSteward {
  steward: Steward;
  logs: CapturedLogs;
  /** GET/POST against the sandbox's Graph API with the admin token, trusting only the sandbox CA. */
  graph<T = any>(method: string, urlPath: string, body?: unknown): Promise<{ status: number; body: T }>;
  chat(who: { objectId: string; conversationId?: string; conversationType?: string }): ChatClient;
  /** Position in the sandbox request log, to compare against later. */
  logMark(): number;
  /**
   * Requests since the mark that changed something (anything but GET; token calls left out).
   * Exchange calls appear as "EXO <cmdlet>", and only cmdlets that are not Get-* count as writes.
   */
  writesSince(mark: number): string[];
  /** Runs a cmdlet on the sandbox's Exchange admin API (admin token): how tests read Exchange state. */
  exo<T = any>(cmdlet: string, parameters?: Record<string, unknown>): Promise<T[]>;
  /** Exchange cmdlets (with their parameters) sent since the mark, reads included. */
  cmdletsSince(mark: number): { cmdlet: string; parameters: Record<string, unknown>; status: number }[];
  /** The local Bot Connector every chat uses as serviceUrl: proactive sends and card updates land here. */
  connector: FakeBotConnector;
  close(): Promise<void>;
}

/**
 * Starts the real Steward (bot server, embedded Cosmos DB, sandbox tenant) on free ports, the way
 * `npm start` does, with a logger whose output the test can scan.
 */
export async function startTestSteward(
  env: Record<string, string> = {},
  options: Pick<StewardOptions, 'clock' | 'messenger'> = {},
): Promise<TestSteward> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const config = parseConfig({
    PORT: '0',
    COSMOS_PORT: '0',
    SANDBOX_PORT: '0',
    DATA_DIR: path.join(os.tmpdir(), 'steward-test-data'),
    LOG_LEVEL: 'debug',
    ...env,
  });
  const logger = pino({ level: 'debug', redact: LOG_REDACTION }, sink);
  const connector = await new FakeBotConnector().start();
  const steward = await startSteward(config, { ...options, logger }).catch(async (e) => {
    await connector.close();
    throw e;
  });
  const dispatcher = new Agent({ connect: { ca: steward.sandbox!.caPem } });
  const graph = async (method: string, urlPath: string, body?: unknown) => {
    const res = await fetch(`${steward.sandbox!.url}${urlPath}`, {
      method,
      headers: { authorization: `Bearer ${config.SANDBOX_ADMIN_TOKEN}`, 'content-type': 'application/json', ConsistencyLevel: 'eventual' },
      body: body === undefined ? undefined : JSON.stringify(body),
      // @ts-expect-error undici's dispatcher option is not in the DOM fetch types
      dispatcher,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    steward,
    logs: { lines, text: () => lines.join('\n') },
    graph,
    chat: (who) => new ChatClient(steward.messagesUrl, steward.tenantId, who, connector.url),
    logMark: () => steward.sandbox!.requestLog.length,
    writesSince: (mark) =>
      steward.sandbox!.requestLog
        .slice(mark)
        .filter((r) => r.method !== 'GET' && !r.path.includes('/oauth2/') && !(r.cmdlet && /^Get-/i.test(r.cmdlet)) && !(r.pathTemplate.includes('InvokeCommand') && !r.cmdlet))
        .map((r) => (r.cmdlet ? `EXO ${r.cmdlet}` : `${r.method} ${r.path}`)),
    exo: async (cmdlet, parameters = {}) => {
      const res = await fetch(`${steward.sandbox!.url}/adminapi/beta/${steward.sandbox!.tenantId}/InvokeCommand`, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.SANDBOX_ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }),
        // @ts-expect-error undici's dispatcher option is not in the DOM fetch types
        dispatcher,
      });
      const body = (await res.json()) as { value?: any[]; error?: unknown };
      if (!res.ok) throw new Error(`${cmdlet} failed (${res.status}): ${JSON.stringify(body.error)}`);
      return body.value ?? [];
    },
    cmdletsSince: (mark) =>
      steward.sandbox!.requestLog
        .slice(mark)
        .filter((r) => r.cmdlet)
        .map((r) => ({
          cmdlet: r.cmdlet!,
          parameters: ((r.body as { CmdletInput?: { Parameters?: Record<string, unknown> } } | undefined)?.CmdletInput?.Parameters ?? {}),
          status: r.status,
        })),
    connector,
    close: async () => {
      await steward.close();
      await dispatcher.close();
      await connector.close();
    },
  };
}

export interface Reply {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: any }[];
}

/** Posts Teams-shaped activities (channelId msteams, deliveryMode expectReplies) over HTTP. */
export class ChatClient {
  readonly conversationId: string;

  constructor(
    private readonly url: string,
    private readonly tenantId: string,
    private readonly who: { objectId: string; conversationId?: string; conversationType?: string },
    private readonly serviceUrl = 'https://smba.trafficmanager.net/amer/',
  ) {
    this.conversationId = who.conversationId ?? `a:${randomUUID()}`;
  }

  activity(extra: Record<string, unknown>): Record<string, unknown> {
    return {
      type: 'message',
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      from: { id: `29:${this.who.objectId}`, aadObjectId: this.who.objectId, name: 'Operator' },
      recipient: { id: '28:steward-bot', name: 'Steward' },
      conversation: { id: this.conversationId, conversationType: this.who.conversationType ?? 'personal', tenantId: this.tenantId },
      channelData: { tenant: { id: this.tenantId } },
      deliveryMode: 'expectReplies',
      ...extra,
    };
  }

  /** Sends a raw activity; answers the HTTP status and the replies (trace activities dropped). */
  async post(activity: Record<string, unknown>, headers: Record<string, string> = {}): Promise<{ status: number; replies: Reply[] }> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    const body = text ? JSON.parse(text) : {};
    const replies: Reply[] = (body.activities ?? []).filter((a: Reply) => a.type !== 'trace');
    return { status: res.status, replies };
  }

  async say(text: string): Promise<Reply[]> {
    const { status, replies } = await this.post(this.activity({ text }));
    if (status !== 200) throw new Error(`POST answered ${status}`);
    return replies;
  }

  /**
   * Presses an Action.Execute button (or triggers a card refresh): Teams sends an `adaptiveCard/action`
   * invoke and shows the card in the invoke response. Answers the HTTP status and that response.
   */
  async invoke(verb: string, data: Record<string, unknown>, inputs: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
    const activity = this.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: { ...inputs, ...data } }, trigger: 'manual' } });
    delete activity.deliveryMode;
    const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  /** Presses a card button: Teams sends a message whose value is the button's data plus the inputs. */
  async click(data: Record<string, unknown>, inputs: Record<string, unknown> = {}): Promise<Reply[]> {
    const { status, replies } = await this.post(this.activity({ value: { ...inputs, ...data } }));
    if (status !== 200) throw new Error(`POST answered ${status}`);
    return replies;
  }
}

/** The Adaptive Card of the last reply that has one. */
export function lastCard(replies: Reply[]): any {
  for (let i = replies.length - 1; i >= 0; i--) {
    const card = replies[i].attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    if (card) return card.content;
  }
  throw new Error(`No card in replies: ${JSON.stringify(replies.map((r) => r.text))}`);
}

/** All visible text of a card (TextBlocks, facts, choices, button titles), for assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value', 'label', 'placeholder', 'errorMessage']) {
      if (typeof o[key] === 'string') out.push(o[key] as string);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'data') walk(v);
  };
  walk(card);
  return out.join('\n');
}

/** The data of the card button with this title (searching nested containers and action sets). */
export function buttonData(card: unknown, title: RegExp | string): Record<string, any> {
  const found: Record<string, any>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, any>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') {
      if (typeof title === 'string' ? o.title === title : title.test(o.title)) found.push(o.data ?? {});
    }
    Object.values(o).forEach(walk);
  };
  walk(card);
  if (found.length === 0) throw new Error(`No button ${String(title)} in card: ${cardText(card)}`);
  return found[0];
}

/** Text of every reply: plain messages and card text. */
export function repliesText(replies: Reply[]): string {
  return replies.map((r) => [r.text ?? '', ...(r.attachments ?? []).map((a) => cardText(a.content))].join('\n')).join('\n');
}
