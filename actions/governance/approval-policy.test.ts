import { DEFAULT_RULES, evaluatePolicy, normalizeSelector, ruleFor } from './approval-policy';
import type { PolicyRule } from './approval.types';

const resetMfa = { id: 'user.reset-mfa', title: 'Reset MFA', category: 'Users', destructive: false, permission: 'helpdesk' as const };
const deleteUser = { id: 'user.delete', title: 'Delete user', category: 'Users', destructive: true, permission: 'helpdesk' as const };
const mailbox = { id: 'mailbox.convert', title: 'Convert mailbox', category: 'Mailboxes', destructive: false, permission: 'management' as const };

const policy = (rules: PolicyRule[], bulkThreshold: number | null = null) => ({ rules, bulkThreshold });

describe('approval policy rules', () => {
  it('by default destructive actions by Helpdesk need approval; the rest runs', () => {
    expect(evaluatePolicy(policy([...DEFAULT_RULES]), ['Helpdesk'], deleteUser, 1).effect).toBe('approval');
    expect(evaluatePolicy(policy([...DEFAULT_RULES]), ['Helpdesk'], resetMfa, 1).effect).toBe('run');
    expect(evaluatePolicy(policy([...DEFAULT_RULES]), ['TenantAdmin'], deleteUser, 1).effect).toBe('run');
  });

  it('the most specific rule wins: action id over category over destructive over "*"; a named role over "*"', () => {
    const rules: PolicyRule[] = [
      { role: '*', actions: '*', effect: 'forbidden' },
      { role: 'Helpdesk', actions: 'category:Users', effect: 'approval' },
      { role: 'Helpdesk', actions: 'user.reset-mfa', effect: 'run' },
      { role: '*', actions: 'user.reset-mfa', effect: 'forbidden' },
    ];
    expect(ruleFor(rules, 'Helpdesk', resetMfa)?.effect).toBe('run');
    expect(ruleFor(rules, 'Helpdesk', deleteUser)?.effect).toBe('approval');
    expect(ruleFor(rules, 'Management', mailbox)?.effect).toBe('forbidden');
    expect(ruleFor(rules, 'Management', resetMfa)?.effect).toBe('forbidden');
  });

  it('several roles: the most permissive role that grants the action decides', () => {
    const rules: PolicyRule[] = [{ role: 'Helpdesk', actions: '*', effect: 'forbidden' }];
    expect(evaluatePolicy(policy(rules), ['Helpdesk', 'Management'], resetMfa, 1).effect).toBe('run');
    expect(evaluatePolicy(policy(rules), ['Helpdesk', 'Reader'], resetMfa, 1).effect).toBe('forbidden');
  });

  it('more targets than the bulk threshold need approval; forbidden stays forbidden', () => {
    expect(evaluatePolicy(policy([], 20), ['Helpdesk'], resetMfa, 20).effect).toBe('run');
    const bulk = evaluatePolicy(policy([], 20), ['Helpdesk'], resetMfa, 21);
    expect(bulk).toEqual({ effect: 'approval', reason: 'more than 20 targets in one request need approval (21 here)' });
    expect(evaluatePolicy(policy([{ role: '*', actions: '*', effect: 'forbidden' }], 20), ['Helpdesk'], resetMfa, 50).effect).toBe('forbidden');
  });

  it('normalises selectors and refuses unknown ones', () => {
    const actions = [resetMfa, deleteUser];
    expect(normalizeSelector('USER.RESET-MFA', actions)).toBe('user.reset-mfa');
    expect(normalizeSelector('category:users', actions)).toBe('category:Users');
    expect(normalizeSelector('Destructive', actions)).toBe('destructive');
    expect(normalizeSelector('user.nope', actions)).toBeUndefined();
    expect(normalizeSelector('category:Nope', actions)).toBeUndefined();
  });
});
