import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { decodeKey, ENCRYPTION_KEY_BYTES } from '../actions/credentials/secret.cipher';
import type { Config } from '../config/config';

/** Where the key for stored credentials came from; `none` means storing credentials is refused. */
export type EncryptionKey =
  | { key: Buffer; source: 'configuration' | 'sandbox-file' }
  | { key: undefined; source: 'none' };

export const SANDBOX_KEY_FILE = 'steward-encryption.key';

/**
 * The key that encrypts stored tenant credentials. Production: STEWARD_ENCRYPTION_KEY (fed from Azure
 * Key Vault by the hosting platform). Sandbox mode without it: a key generated once and kept under
 * DATA_DIR (git-ignored), so credentials stored in the demo survive a restart. A real deployment
 * without a key gets none: the vault then refuses to store credentials, with a clear message.
 */
export function resolveEncryptionKey(config: Pick<Config, 'STEWARD_ENCRYPTION_KEY' | 'sandbox' | 'DATA_DIR'>): EncryptionKey {
  if (config.STEWARD_ENCRYPTION_KEY) return { key: decodeKey(config.STEWARD_ENCRYPTION_KEY), source: 'configuration' };
  if (!config.sandbox) return { key: undefined, source: 'none' };
  return { key: loadOrCreateKeyFile(path.resolve(config.DATA_DIR, SANDBOX_KEY_FILE)), source: 'sandbox-file' };
}

/**
 * Reads the key file, creating it first when missing. Creation is atomic (write a temporary file, then
 * hard-link it into place, which fails if another process won), so parallel starts agree on one key.
 */
function loadOrCreateKeyFile(file: string): Buffer {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(temp, `${randomBytes(ENCRYPTION_KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(temp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }
  return decodeKey(fs.readFileSync(file, 'utf8').trim());
}
