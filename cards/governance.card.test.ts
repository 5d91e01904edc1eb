import type { GovernanceCardModel } from './card.types';
import { buildGovernanceCard } from './index';
import { footerOn } from '../test/cards/card-fixtures';
import { elementById, findElements, renderCard, validateCard } from '../test/cards/validate-card';

/** The governance card (operators, permission sets, virtual tenants): valid 1.5, literal user text, JSON kept as is. */
const model: GovernanceCardModel = {
  title: 'What [Bob](https://evil.example) *Smith* can do',
  intro: 'bob@contoso.com · added by admin@contoso.com',
  notice: 'Bob is now a Steward operator (Helpdesk).',
  sections: [
    { heading: 'Roles', items: ['Helpdesk'] },
    { heading: 'Permission sets', items: [], empty: 'None.' },
    { heading: 'May run (2)', facts: [{ label: 'Reset MFA', value: 'user.reset-mfa · from role Helpdesk' }, { label: 'Reset password', value: 'user.manage-password · from role Helpdesk' }] },
  ],
  footer: footerOn,
};

describe('buildGovernanceCard', () => {
  it('is a valid Adaptive Card 1.5 with every binding expanded and the footer last', () => {
    const card = buildGovernanceCard(model);
    expect(validateCard(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(JSON.stringify(card)).not.toContain('${');
    const body = card.body as unknown[];
    expect(JSON.stringify(body[body.length - 1])).toContain('Management');
  });

  it('shows names literally (never as markdown), bullets, facts and the empty text', () => {
    const card = buildGovernanceCard(model);
    const text = renderCard(card);
    expect(text).toContain('What [Bob](https://evil.example) *Smith* can do');
    expect(text).toContain('• Helpdesk');
    expect(text).toContain('None.');
    expect(text).toContain('user.reset-mfa · from role Helpdesk');
    expect(text).toContain('✓ Bob is now a Steward operator (Helpdesk).');
    expect(findElements(card, (n) => n.type === 'TextBlock' && String(n.text).includes('Bob'))).toEqual([]);
  });

  it('keeps exported JSON exactly, in a multiline box to copy from', () => {
    const json = JSON.stringify({ permissionSets: [{ name: 'A ${x}', actions: ['user.*'] }] }, null, 2);
    const card = buildGovernanceCard({ title: 'Permission sets export (1)', sections: [], code: json });
    expect(validateCard(card)).toEqual([]);
    expect(elementById(card, 'exportedJson')).toMatchObject({ type: 'Input.Text', isMultiline: true, value: json });
    expect(card.actions).toBeUndefined();
  });
});
