import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveEncryptionKey, SANDBOX_KEY_FILE } from './encryption-key.provider';

/** Where the credential encryption key comes from in each mode. */
describe('resolveEncryptionKey', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'steward-key-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('uses STEWARD_ENCRYPTION_KEY when set', () => {
    const key = randomBytes(32);
    const resolved = resolveEncryptionKey({ STEWARD_ENCRYPTION_KEY: key.toString('base64'), sandbox: false, DATA_DIR: dataDir });
    expect(resolved.source).toBe('configuration');
    expect(resolved.key!.equals(key)).toBe(true);
  });

  it('a real deployment without a key gets none (storing credentials is then refused)', () => {
    expect(resolveEncryptionKey({ STEWARD_ENCRYPTION_KEY: undefined, sandbox: false, DATA_DIR: dataDir })).toEqual({ key: undefined, source: 'none' });
    expect(fs.existsSync(path.join(dataDir, SANDBOX_KEY_FILE))).toBe(false);
  });

  it('sandbox mode generates a key once under DATA_DIR and reuses it', () => {
    const first = resolveEncryptionKey({ STEWARD_ENCRYPTION_KEY: undefined, sandbox: true, DATA_DIR: dataDir });
    const second = resolveEncryptionKey({ STEWARD_ENCRYPTION_KEY: undefined, sandbox: true, DATA_DIR: dataDir });
    expect(first.source).toBe('sandbox-file');
    expect(first.key).toHaveLength(32);
    expect(second.key!.equals(first.key!)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual([SANDBOX_KEY_FILE]);
  });
});
