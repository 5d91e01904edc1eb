import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact signed, expiring tokens for links the bot serves outside Teams (the audit CSV download).
 * A browser carries no Teams identity, so the link itself must prove what was asked, by whom, until
 * when: `base64url(JSON payload) "." base64url(HMAC-SHA256(key, first part))`. The payload is readable
 * (it holds no secret) but any change to it, or a token signed with another key, fails verification.
 */

export type TokenCheck<T> =
  | { ok: true; payload: T; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

interface Envelope<T> {
  v: 1;
  /** Expiry, epoch milliseconds. */
  exp: number;
  p: T;
}

const MAX_TOKEN_LENGTH = 4096;

export class SignedTokenCodec {
  constructor(
    private readonly key: Buffer,
    private readonly clock: () => Date,
  ) {
    if (key.length < 32) throw new Error('The signing key must be at least 32 bytes');
  }

  sign<T>(payload: T, ttlMs: number): { token: string; expiresAt: Date } {
    const expiresAt = new Date(this.clock().getTime() + ttlMs);
    const envelope: Envelope<T> = { v: 1, exp: expiresAt.getTime(), p: payload };
    const body = Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url');
    return { token: `${body}.${this.mac(body)}`, expiresAt };
  }

  verify<T>(token: string): TokenCheck<T> {
    if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) return { ok: false, reason: 'malformed' };
    const [body, signature] = token.split('.');
    const expected = Buffer.from(this.mac(body), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' };
    let envelope: Envelope<T>;
    try {
      envelope = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Envelope<T>;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (envelope?.v !== 1 || typeof envelope.exp !== 'number') return { ok: false, reason: 'malformed' };
    if (envelope.exp <= this.clock().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, payload: envelope.p, expiresAt: new Date(envelope.exp) };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body, 'utf8').digest('base64url');
  }
}
