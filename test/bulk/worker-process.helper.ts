import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { TestSteward } from '../e2e/steward.harness';

const ROOT = path.resolve(__dirname, '../..');

export interface WorkerProcess {
  child: ChildProcess;
  /** The worker id it leases chunks under (printed when it is ready). */
  id: string;
  output(): string;
  /** SIGKILL: no clean-up at all, like a crashed instance. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `app/bulk-worker.ts` in its own node process (TypeScript compiled on the fly by
 * swc-register.js) on the test Steward's Cosmos DB and sandbox tenant; resolves once it is ready.
 */
export async function startWorkerProcess(t: TestSteward, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const s = t.steward;
  const sandbox = s.sandbox!;
  const child = spawn(process.execPath, ['-r', path.join(ROOT, 'test/bulk/swc-register.js'), path.join(ROOT, 'app/bulk-worker.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_EXTRA_CA_CERTS: sandbox.caPath,
      COSMOS_ENDPOINT: s.cosmos.endpoint,
      COSMOS_KEY: s.cosmos.embedded!.key,
      COSMOS_DATABASE: s.config.COSMOS_DATABASE,
      TENANT_ID: sandbox.tenantId,
      TENANT_CLIENT_ID: sandbox.clientId,
      TENANT_CLIENT_SECRET: sandbox.clientSecret,
      GRAPH_BASE_URL: sandbox.url,
      EXCHANGE_BASE_URL: sandbox.url,
      AUTHORITY_HOST: sandbox.url,
      HOST: '127.0.0.1',
      DATA_DIR: path.join(os.tmpdir(), 'steward-test-data'),
      LOG_LEVEL: 'warn',
      BULK_POLL_MS: '100',
      BULK_LEASE_MS: '2000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const id = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const m = /bulk worker ready (\S+)/.exec(out);
      if (m) {
        child.stdout!.off('data', onData);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${out}`)));
  });
  return {
    child,
    id,
    output: () => out,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
