import { badRequest, notFound } from '../http/graph-error';
import type { GraphRequest } from '../http/http.types';
import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import type { UserRecord } from '../tenant/tenant.types';

/**
 * Small shared checks for Graph handlers: a JSON object body, a user that exists, an @odata.id
 * reference, and Entra's password complexity rule.
 */

export function bodyObject(req: GraphRequest): Record<string, unknown> {
  const body = req.body;
  if (body === undefined || body === null) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.', 'BadRequest');
  }
  return body as Record<string, unknown>;
}

export function requireUser(tenant: SandboxTenant, idOrUpn: string): UserRecord {
  const user = tenant.getUser(idOrUpn);
  if (!user) throw notFound(idOrUpn);
  return user;
}

/** The object id at the end of an @odata.id reference such as https://graph.microsoft.com/v1.0/directoryObjects/{id}. */
export function referencedId(body: Record<string, unknown>): string {
  const ref = body['@odata.id'];
  if (typeof ref !== 'string' || ref.trim() === '') {
    throw badRequest("A value is required for property '@odata.id' of the reference.");
  }
  const trimmed = ref.trim().replace(/\/+$/, '');
  const m = /\(\s*'?([^')]+)'?\s*\)$/.exec(trimmed);
  if (m) return m[1];
  return decodeURIComponent(trimmed.slice(trimmed.lastIndexOf('/') + 1));
}

/**
 * Entra's rule for cloud passwords: 8-256 characters and at least three of lower case, upper case,
 * digits and symbols (unless the user has DisableStrongPassword).
 */
export function checkPasswordComplexity(password: unknown, policies: string | null | undefined): void {
  if (typeof password !== 'string') throw badRequest("Invalid value specified for property 'passwordProfile.password' of resource 'User'.");
  const weakAllowed = (policies ?? '').split(',').map((s) => s.trim()).includes('DisableStrongPassword');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const ok = password.length <= 256 && (weakAllowed ? password.length >= 1 : password.length >= 8 && classes >= 3);
  if (!ok) {
    throw badRequest('The specified password does not comply with password complexity requirements. Please provide a different password.');
  }
}
