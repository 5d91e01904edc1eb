import { randomBytes } from 'node:crypto';
import { SignedTokenCodec } from './signed-token.codec';

/** Signed, expiring link tokens: any change, another key or the passing of time makes them worthless. */
const key = randomBytes(32);
let now = new Date('2025-03-10T09:00:00.000Z');
const codec = new SignedTokenCodec(key, () => now);
const payload = { t: 'tenant', o: 'operator', f: { targets: ['jane@contoso.com'] } };

beforeEach(() => {
  now = new Date('2025-03-10T09:00:00.000Z');
});

it('round-trips a payload until it expires', () => {
  const { token, expiresAt } = codec.sign(payload, 15 * 60_000);
  expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  expect(expiresAt.toISOString()).toBe('2025-03-10T09:15:00.000Z');
  expect(codec.verify(token)).toEqual({ ok: true, payload, expiresAt });
  now = new Date('2025-03-10T09:14:59.999Z');
  expect(codec.verify(token).ok).toBe(true);
  now = new Date('2025-03-10T09:15:00.000Z');
  expect(codec.verify(token)).toEqual({ ok: false, reason: 'expired' });
});

it('refuses a changed payload, a changed signature, another key and garbage', () => {
  const { token } = codec.sign(payload, 60_000);
  const [body, signature] = token.split('.');
  const forged = Buffer.from(JSON.stringify({ v: 1, exp: Date.parse('2030-01-01'), p: { ...payload, o: 'someone-else' } })).toString('base64url');
  expect(codec.verify(`${forged}.${signature}`)).toEqual({ ok: false, reason: 'bad-signature' });
  const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
  expect(codec.verify(`${body}.${flipped}`)).toEqual({ ok: false, reason: 'bad-signature' });
  const other = new SignedTokenCodec(randomBytes(32), () => now);
  expect(other.verify(token)).toEqual({ ok: false, reason: 'bad-signature' });
  for (const junk of ['', 'abc', 'a.b.c', `${body}.`, `${body}.${signature}x`, 'x'.repeat(5000)]) {
    expect(codec.verify(junk).ok).toBe(false);
  }
});

it('needs a key of at least 32 bytes', () => {
  expect(() => new SignedTokenCodec(randomBytes(16), () => now)).toThrow(/32 bytes/);
});
