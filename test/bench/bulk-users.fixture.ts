import { createHash } from 'node:crypto';
import type { SandboxHandle } from '../../sandbox/sandbox.server';

/**
 * Extra sandbox users for bulk tests and the bulk benchmark (the Contoso seed has ~250): added straight
 * to the in-memory tenant, with deterministic ids, so a test or bench needs no thousand POSTs first.
 * `reset()` of the sandbox removes them again.
 */
export function addBulkUsers(sandbox: SandboxHandle, options: { prefix: string; count: number; department: string }): { id: string; upn: string }[] {
  const users: { id: string; upn: string }[] = [];
  for (let i = 1; i <= options.count; i++) {
    const n = String(i).padStart(4, '0');
    const upn = `${options.prefix}${n}@contoso.com`;
    const existing = sandbox.tenant.getUser(upn);
    if (existing) {
      users.push({ id: existing.props.id, upn });
      continue;
    }
    const id = uuidFrom(upn);
    sandbox.tenant.addUser({
      props: {
        id,
        userPrincipalName: upn,
        displayName: `${options.prefix} ${n}`,
        givenName: options.prefix,
        surname: n,
        mail: upn,
        accountEnabled: true,
        department: options.department,
        userType: 'Member',
        usageLocation: 'US',
      },
      password: null,
      managerId: null,
      methods: [],
      preferredSecondary: null,
      systemPreferredEnabled: false,
      perUserMfaState: 'disabled',
      roleTemplateIds: [],
    });
    users.push({ id, upn });
  }
  return users;
}

function uuidFrom(text: string): string {
  const h = createHash('sha1').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
