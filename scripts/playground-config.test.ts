import fs from 'node:fs';
import path from 'node:path';
import { DEMO_IDENTITIES, SANDBOX_TENANT_ID } from '../sandbox/seed/demo-identities.constants';

/**
 * `.m365agentsplayground.yml` copies ids from the sandbox seed; if they drift, the playground user is
 * no longer the demo Tenant Admin and every request is refused. This keeps the two in step, and checks
 * the playground's own rules (exactly five `users`, unique ids) that it otherwise reports only in its UI.
 */

type Fields = Record<string, string>;

/** Reads the flat YAML this file uses: top-level keys, nested maps and one list of maps. */
function readPlaygroundYml(text: string): { top: Fields; currentUser: Fields; users: Fields[]; ids: string[] } {
  const top: Fields = {};
  const currentUser: Fields = {};
  const users: Fields[] = [];
  const ids: string[] = [];
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
    if (!line.trim()) continue;
    const m = /^(\s*)(- )?([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) throw new Error(`Unexpected line: ${raw}`);
    const [, indent, dash, key, rawValue] = m;
    const value = rawValue.replace(/^"(.*)"$/, '$1');
    if (indent.length === 0) {
      section = key;
      if (value) top[key] = value;
      continue;
    }
    if (key === 'id') ids.push(value);
    if (section === 'currentUser') currentUser[key] = value;
    if (section === 'users') {
      if (dash) users.push({});
      users[users.length - 1][key] = value;
    }
  }
  return { top, currentUser, users, ids };
}

describe('.m365agentsplayground.yml', () => {
  const yml = readPlaygroundYml(fs.readFileSync(path.join(__dirname, '..', '.m365agentsplayground.yml'), 'utf8'));
  const byObjectId = new Map<string, { upn: string; id: string; displayName: string }>(
    Object.values(DEMO_IDENTITIES).map((d) => [d.id, d]),
  );

  it('signs the playground in as the demo Tenant Admin of the sandbox tenant', () => {
    expect(yml.top.version).toBe('0.1.1');
    expect(yml.top.tenantId).toBe(SANDBOX_TENANT_ID);
    expect(yml.currentUser.aadObjectId).toBe(DEMO_IDENTITIES.admin.id);
    expect(yml.currentUser.userPrincipleName).toBe(DEMO_IDENTITIES.admin.upn);
    expect(yml.currentUser.name).toBe(DEMO_IDENTITIES.admin.displayName);
  });

  it('lists exactly five other demo users, with the seed ids and names', () => {
    expect(yml.users).toHaveLength(5);
    for (const u of [yml.currentUser, ...yml.users]) {
      const seed = byObjectId.get(u.aadObjectId);
      expect(seed).toBeDefined();
      expect(u).toMatchObject({ userPrincipleName: seed!.upn, email: seed!.upn, name: seed!.displayName, id: `29:${seed!.id}` });
      expect(`${u.givenName} ${u.surname}`).toBe(seed!.displayName);
    }
    expect(yml.users.map((u) => u.userPrincipleName)).toEqual(
      expect.arrayContaining([DEMO_IDENTITIES.helpdesk.upn, DEMO_IDENTITIES.reader.upn, DEMO_IDENTITIES.jane.upn]),
    );
  });

  it('uses unique user and conversation ids', () => {
    expect(new Set(yml.ids).size).toBe(yml.ids.length);
  });
});
