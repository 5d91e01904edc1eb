import { formatPermissionSets, parsePermissionSets, patternMatches } from './permission-set.schema';

const IDS = ['user.reset-mfa', 'user.revoke-sessions', 'user.set-sign-in-status', 'user.manage-password', 'group.add-member'];

describe('permission set notation', () => {
  it('matches an action id exactly, or a category wildcard by id prefix', () => {
    expect(patternMatches('user.reset-mfa', 'user.reset-mfa')).toBe(true);
    expect(patternMatches('user.reset-mfa', 'user.reset-mfa-all')).toBe(false);
    expect(patternMatches('user.*', 'user.revoke-sessions')).toBe(true);
    expect(patternMatches('user.*', 'users.revoke-sessions')).toBe(false);
    expect(patternMatches('group.*', 'user.reset-mfa')).toBe(false);
  });
});

describe('permission set import', () => {
  it('accepts a valid document and round-trips through export', () => {
    const text = JSON.stringify({ permissionSets: [{ name: 'Password desk', actions: ['user.manage-password', 'user.reset-mfa'] }, { name: 'Users', actions: ['user.*'] }] });
    const parsed = parsePermissionSets(text, IDS);
    expect(parsed).toMatchObject({ ok: true, problems: [] });
    const again = parsePermissionSets(formatPermissionSets(parsed.sets), IDS);
    expect(again.sets).toEqual([...parsed.sets].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('reports bad JSON plainly', () => {
    const parsed = parsePermissionSets('{ "permissionSets": [ ', IDS);
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]).toMatch(/^Not valid JSON: /);
  });

  it('reports every problem with where it is, and keeps nothing', () => {
    const parsed = parsePermissionSets(
      JSON.stringify({
        permissionSets: [
          { name: 'A', actions: ['user.fly', 'mailbox.*', 'user.reset-mfa'] },
          { name: 'a', actions: ['user.reset-mfa'] },
          { name: 'B', actions: [], colour: 'red' },
          { actions: ['*'] },
        ],
      }),
      IDS,
    );
    expect(parsed.ok).toBe(false);
    expect(parsed.sets).toEqual([]);
    const text = parsed.problems.join('\n');
    expect(text).toMatch(/permissionSets\[2\]: unknown field "colour"/);
    expect(text).toMatch(/permissionSets\[2\]\.actions: needs at least one action/);
    expect(text).toMatch(/permissionSets\[3\]\.name: is missing/);
    expect(text).toMatch(/permissionSets\[3\]\.actions\[0\]: must be an action id/);
  });

  it('checks action ids against the catalog once the shape is right', () => {
    const parsed = parsePermissionSets(
      JSON.stringify({ permissionSets: [{ name: 'A', actions: ['user.fly', 'mailbox.*', 'user.reset-mfa'] }, { name: 'a', actions: ['user.reset-mfa'] }] }),
      IDS,
    );
    expect(parsed.problems).toEqual([
      'permissionSets[0].actions[0]: unknown action "user.fly"',
      'permissionSets[0].actions[1]: "mailbox.*" matches no action',
      'permissionSets[1].name: "a" is also the name of permissionSets[0]',
    ]);
  });
});
