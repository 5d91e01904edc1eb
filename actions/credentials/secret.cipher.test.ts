import { randomBytes } from 'node:crypto';
import { SecretCipher, decodeKey } from './secret.cipher';

/** The AES-256-GCM box that seals stored tenant credentials. */
describe('SecretCipher', () => {
  const key = randomBytes(32);
  const cipher = new SecretCipher(key);
  const context = 'steward.credential:tenant-a:service';

  it('round-trips a secret, with a fresh 12-byte IV each time and the key id stored alongside', () => {
    const a = cipher.seal('s3cret~value', context);
    const b = cipher.seal('s3cret~value', context);
    expect(a.alg).toBe('A256GCM');
    expect(a.keyId).toBe(cipher.keyId);
    expect(Buffer.from(a.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(a.tag, 'base64')).toHaveLength(16);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(JSON.stringify(a)).not.toContain('s3cret');
    expect(cipher.open(a, context)).toBe('s3cret~value');
    expect(cipher.open(b, context)).toBe('s3cret~value');
  });

  it('refuses a tampered ciphertext, tag or IV', () => {
    const sealed = cipher.seal('s3cret~value', context);
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] ^= 0x01;
      return bytes.toString('base64');
    };
    expect(() => cipher.open({ ...sealed, ciphertext: flip(sealed.ciphertext) }, context)).toThrow(expect.objectContaining({ code: 'CREDENTIAL_UNREADABLE' }));
    expect(() => cipher.open({ ...sealed, tag: flip(sealed.tag) }, context)).toThrow(/integrity/);
    expect(() => cipher.open({ ...sealed, iv: flip(sealed.iv) }, context)).toThrow(/integrity/);
  });

  it('refuses a secret moved to another document (the context is authenticated)', () => {
    const sealed = cipher.seal('s3cret~value', context);
    expect(() => cipher.open(sealed, 'steward.credential:tenant-b:service')).toThrow(/integrity/);
  });

  it('refuses a secret sealed with another key, and says so', () => {
    const other = new SecretCipher(randomBytes(32));
    const sealed = other.seal('s3cret~value', context);
    expect(other.keyId).not.toBe(cipher.keyId);
    expect(() => cipher.open(sealed, context)).toThrow(/different key/);
    // Even with the key id forged, the tag check fails.
    expect(() => cipher.open({ ...sealed, keyId: cipher.keyId }, context)).toThrow(/integrity/);
  });

  it('accepts only 32-byte keys', () => {
    expect(() => new SecretCipher(randomBytes(16))).toThrow(/32 bytes/);
    expect(() => decodeKey(randomBytes(31).toString('base64'))).toThrow(/32 bytes/);
    expect(decodeKey(key.toString('base64')).equals(key)).toBe(true);
  });
});
