import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Connector (proactive send or card update). */
export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** PUT: the activity replaced; POST: the activity replied to, if any. */
  activityId?: string;
  /** The id this fake answered with (POST). */
  createdId?: string;
  activity: any;
  /** The Authorization header as received (absent when the bot runs without an app id). */
  authorization?: string;
}

/**
 * A tiny local stand-in for Teams' Bot Connector service (the activity's serviceUrl): it accepts
 * POST /v3/conversations/{id}/activities[/{replyToId}] and PUT /v3/conversations/{id}/activities/{activityId},
 * records what it received, and answers like the real service ({ id }). Tests read `calls`.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  private server: http.Server | undefined;
  private nextId = 1;
  url = '';

  async start(host = '127.0.0.1'): Promise<this> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => this.answer(req, res, body));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, host, resolve));
    this.url = `http://${host}:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/.exec(req.url ?? '');
    const method = req.method === 'POST' || req.method === 'PUT' ? req.method : undefined;
    if (!match || !method || (method === 'PUT' && !match[2])) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'NotFound', message: `${req.method} ${req.url}` } }));
      return;
    }
    let activity: unknown;
    try {
      activity = body ? JSON.parse(body) : {};
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const createdId = method === 'POST' ? `activity-${this.nextId++}` : undefined;
    this.calls.push({
      method,
      conversationId: decodeURIComponent(match[1]),
      activityId,
      createdId,
      activity,
      authorization: req.headers.authorization,
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: createdId ?? activityId }));
  }

  /** Cards posted (POST) or updated (PUT) in a conversation, oldest first. */
  cards(conversationId: string, method?: 'POST' | 'PUT'): { call: ConnectorCall; card: any }[] {
    return this.calls
      .filter((c) => c.conversationId === conversationId && (!method || c.method === method))
      .flatMap((call) =>
        (call.activity.attachments ?? [])
          .filter((a: { contentType?: string }) => a.contentType === 'application/vnd.microsoft.card.adaptive')
          .map((a: { content: unknown }) => ({ call, card: a.content })),
      );
  }

  /** Waits until `found` answers something (polling), or fails after `timeoutMs`. */
  async waitFor<T>(found: () => T | undefined | false, timeoutMs = 15_000, what = 'connector call'): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = found();
      if (value) return value;
      if (Date.now() > until) throw new Error(`Timed out waiting for ${what}; received: ${JSON.stringify(this.calls.map((c) => `${c.method} ${c.conversationId}`))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
