import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';

/**
 * The sandbox's TLS material: a local development CA and a server certificate it signs for
 * localhost/127.0.0.1/::1. Generated in-process (no openssl), cached in dataDir and reused while
 * valid, so a client trusts the same CA file across restarts. Clients trust it per connection
 * (an undici dispatcher with `ca`), never by weakening TLS globally.
 */

export interface DevCertificates {
  caCertPem: string;
  caKeyPem: string;
  serverCertPem: string;
  serverKeyPem: string;
  /** Where the CA certificate is written, for `curl --cacert`. */
  caCertPath: string;
  /** True when this call had to generate (some of) the material. */
  generated: boolean;
}

interface StoredBundle {
  version: 1;
  caCertPem: string;
  caKeyPem: string;
  serverCertPem: string;
  serverKeyPem: string;
}

const BUNDLE_FILE = 'sandbox-tls.json';
const CA_FILE = 'ca.pem';
const DAY = 86_400_000;
const CA_LIFETIME_DAYS = 3650;
const SERVER_LIFETIME_DAYS = 365;
/** Regenerate when less than this is left, so a long test run never straddles an expiry. */
const MIN_REMAINING_DAYS = 7;

export const DEFAULT_CERT_HOSTS = ['localhost', '127.0.0.1', '::1'];

export async function loadOrCreateDevCertificates(options: {
  dataDir: string;
  /** Names and addresses the server certificate must cover (defaults: localhost, 127.0.0.1, ::1). */
  hosts?: string[];
  now?: Date;
}): Promise<DevCertificates> {
  const now = options.now ?? new Date();
  const hosts = [...new Set([...DEFAULT_CERT_HOSTS, ...(options.hosts ?? [])])];
  await mkdir(options.dataDir, { recursive: true });
  const bundlePath = path.join(options.dataDir, BUNDLE_FILE);
  const caCertPath = path.join(options.dataDir, CA_FILE);

  const stored = await readBundle(bundlePath);
  let bundle: StoredBundle;
  let generated = false;
  if (stored && caUsable(stored, now) && serverUsable(stored, hosts, now)) {
    bundle = stored;
  } else {
    generated = true;
    const ca = stored && caUsable(stored, now) ? { cert: stored.caCertPem, key: stored.caKeyPem } : await generateCa(now);
    const server = await generateServer(ca, hosts, now);
    bundle = { version: 1, caCertPem: ca.cert, caKeyPem: ca.key, serverCertPem: server.cert, serverKeyPem: server.key };
    await writeAtomic(bundlePath, JSON.stringify(bundle, null, 2), 0o600);
  }
  const existingCa = await readFile(caCertPath, 'utf8').catch(() => null);
  if (existingCa !== bundle.caCertPem) await writeAtomic(caCertPath, bundle.caCertPem, 0o644);
  return { ...bundle, caCertPath, generated };
}

async function readBundle(file: string): Promise<StoredBundle | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<StoredBundle>;
    if (parsed.version !== 1 || !parsed.caCertPem || !parsed.caKeyPem || !parsed.serverCertPem || !parsed.serverKeyPem) return null;
    return parsed as StoredBundle;
  } catch {
    return null;
  }
}

function remainingDays(cert: X509Certificate, now: Date): number {
  return (Date.parse(cert.validTo) - now.getTime()) / DAY;
}

function caUsable(b: StoredBundle, now: Date): boolean {
  try {
    const ca = new X509Certificate(b.caCertPem);
    return ca.ca && ca.checkPrivateKey(createPrivateKey(b.caKeyPem)) && remainingDays(ca, now) > MIN_REMAINING_DAYS;
  } catch {
    return false;
  }
}

function serverUsable(b: StoredBundle, hosts: string[], now: Date): boolean {
  try {
    const ca = new X509Certificate(b.caCertPem);
    const server = new X509Certificate(b.serverCertPem);
    if (!server.verify(ca.publicKey) || !server.checkPrivateKey(createPrivateKey(b.serverKeyPem))) return false;
    if (remainingDays(server, now) <= MIN_REMAINING_DAYS) return false;
    return hosts.every((h) => (isIP(h) ? server.checkIP(h) !== undefined : server.checkHost(h) !== undefined));
  } catch {
    return false;
  }
}

async function generateCa(now: Date): Promise<{ cert: string; key: string }> {
  const result = await generate([{ name: 'commonName', value: 'Steward Sandbox Development CA' }, { name: 'organizationName', value: 'Steward sandbox (local only)' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY),
    notAfterDate: new Date(now.getTime() + CA_LIFETIME_DAYS * DAY),
    extensions: [
      { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  return { cert: result.cert, key: result.private };
}

async function generateServer(ca: { cert: string; key: string }, hosts: string[], now: Date): Promise<{ cert: string; key: string }> {
  const result = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY),
    notAfterDate: new Date(now.getTime() + SERVER_LIFETIME_DAYS * DAY),
    ca,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: hosts.map((h) => (isIP(h) ? { type: 7 as const, ip: h } : { type: 2 as const, value: h })) },
    ],
  });
  return { cert: result.cert, key: result.private };
}

/** Write-then-rename, so a concurrent reader (another test worker) never sees half a file. */
async function writeAtomic(file: string, content: string, mode: number): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, content, { mode });
  await rename(tmp, file);
}
