import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { StewardError } from '../errors';
import type { SealedSecretDoc } from '../ports';

/**
 * A secret as stored at rest: AES-256-GCM ciphertext with its random IV and authentication tag, and
 * the id of the key that sealed it (so a rotated key can be told apart from a tampered document).
 * All binary fields are base64.
 */
export type SealedSecret = SealedSecretDoc;

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts tenant credentials before they reach Cosmos DB. AES-256-GCM authenticates as well as
 * encrypts: a changed byte, a different key, or a ciphertext moved to another document (the caller's
 * `context` is bound in as additional authenticated data) makes `open` fail instead of returning junk.
 * The key comes from configuration (or Azure Key Vault in production); it is never stored with the data.
 */
export class SecretCipher {
  /** Non-secret fingerprint of the key: lets a reader tell "sealed with another key" from "tampered". */
  readonly keyId: string;
  private readonly key: Buffer;

  constructor(key: Buffer, private readonly randomIv: (n: number) => Buffer = randomBytes) {
    if (key.length !== KEY_BYTES) throw new Error(`The encryption key must be ${KEY_BYTES} bytes (got ${key.length})`);
    this.key = Buffer.from(key);
    this.keyId = `k-${createHash('sha256').update('steward-key-id:').update(key).digest('hex').slice(0, 16)}`;
  }

  /** Encrypts with a fresh random 12-byte IV; `context` must be given again to open it. */
  seal(plaintext: string, context: string): SealedSecret {
    const iv = this.randomIv(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return {
      alg: 'A256GCM',
      keyId: this.keyId,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  /** Decrypts; throws CREDENTIAL_UNREADABLE when the key differs or anything was altered. */
  open(sealed: SealedSecret, context: string): string {
    if (sealed.alg !== 'A256GCM') throw unreadable(`unknown algorithm ${String(sealed.alg)}`);
    if (sealed.keyId !== this.keyId) {
      throw unreadable('it was encrypted with a different key', 'The encryption key changed since it was stored: store the credential again.');
    }
    const iv = Buffer.from(sealed.iv, 'base64');
    const tag = Buffer.from(sealed.tag, 'base64');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw unreadable('the stored document is malformed');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw unreadable('it failed its integrity check (altered or moved)');
    }
  }
}

function unreadable(why: string, hint = 'Remove the stored credential and store it again.'): StewardError {
  return new StewardError('CREDENTIAL_UNREADABLE', `The stored credential cannot be used: ${why}.`, { hint });
}

/** Parses a base64 key from configuration; throws when it is not 32 bytes. */
export function decodeKey(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`STEWARD_ENCRYPTION_KEY must be ${KEY_BYTES} bytes of base64 (got ${key.length} bytes)`);
  return key;
}

export const ENCRYPTION_KEY_BYTES = KEY_BYTES;
