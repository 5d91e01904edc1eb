import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Issues and checks the sandbox's access tokens: JWT-shaped (so tools that peek at claims work) and
 * HMAC-signed with a key derived from the admin token and tenant id. The signature is the sandbox's
 * memory: a restarted sandbox with the same admin token still honours tokens it issued, and nothing
 * has to be stored per token.
 */

export type TokenUse = 'access' | 'refresh' | 'id';

export interface SandboxTokenClaims {
  aud: string;
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  tid: string;
  /** The calling app (client id). */
  appid: string;
  /** Object id of the user (delegated) or of the app's service principal (app-only). */
  oid: string;
  sub: string;
  idtyp: 'app' | 'user';
  uti: string;
  ver: '1.0' | '2.0';
  /** Sandbox-only: what the token is for, so a refresh token is never accepted as a bearer. */
  use: TokenUse;
  upn?: string;
  preferred_username?: string;
  name?: string;
  roles?: string[];
  scp?: string;
}

export type VerifyResult =
  | { ok: true; claims: SandboxTokenClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'wrongUse' };

export interface TokenServiceOptions {
  /** Secret material the signing key is derived from (the sandbox admin token). */
  secret: string;
  tenantId: string;
  /** Access-token lifetime; Entra's default is 60-90 minutes. */
  lifetimeSeconds?: number;
  now?: () => number;
}

export class SandboxTokenService {
  private readonly key: Buffer;
  readonly lifetimeSeconds: number;
  private readonly now: () => number;

  constructor(options: TokenServiceOptions) {
    this.key = createHash('sha256').update(`steward-sandbox-token-key:${options.secret}:${options.tenantId}`).digest();
    this.lifetimeSeconds = options.lifetimeSeconds ?? 3599;
    this.now = options.now ?? (() => Date.now());
  }

  issue(
    claims: Omit<SandboxTokenClaims, 'iat' | 'nbf' | 'exp' | 'uti' | 'ver'> & { ver?: '1.0' | '2.0' },
    lifetimeSeconds = this.lifetimeSeconds,
  ): { token: string; expiresIn: number; claims: SandboxTokenClaims } {
    const iat = Math.floor(this.now() / 1000);
    const full: SandboxTokenClaims = {
      ver: '1.0',
      ...claims,
      iat,
      nbf: iat - 60,
      exp: iat + lifetimeSeconds,
      uti: randomUUID().replace(/-/g, '').slice(0, 22),
    };
    const header = b64json({ typ: 'JWT', alg: 'HS256', kid: 'steward-sandbox' });
    const payload = b64json(full);
    const signature = this.sign(`${header}.${payload}`);
    return { token: `${header}.${payload}.${signature}`, expiresIn: lifetimeSeconds, claims: full };
  }

  verify(token: string, use: TokenUse = 'access'): VerifyResult {
    const parts = token.split('.');
    if (parts.length !== 3) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const actual = Buffer.from(parts[2]);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'signature' };
    let claims: SandboxTokenClaims;
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as SandboxTokenClaims;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (claims.use !== use) return { ok: false, reason: 'wrongUse' };
    if (claims.exp * 1000 <= this.now()) return { ok: false, reason: 'expired' };
    return { ok: true, claims };
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

function b64json(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
