import { buildCredentialFormCard, buildManagementSettingsCard } from './index';
import type { ManagementSettingsCardModel } from './card.types';
import { actionByTitle, elementById, findElements, renderCard, validateCard } from '../test/cards/validate-card';

/** The management settings card and the credential forms, checked with the real renderer. */
const footer = { state: 'on' as const, expiresAt: '2026-11-23T12:00:00.000Z', now: '2026-11-23T10:08:00.000Z' };

const settings: ManagementSettingsCardModel = {
  state: 'on',
  message: 'The management session is on.',
  facts: [{ label: 'Time left', value: '1 h 52 min' }],
  autoEnable: true,
  advanced: false,
  serviceCredential: { identity: 'app 1c1e6890-4239-51b1-b569-7b1692313b3f', storedBy: 'Alex Admin (admin@contoso.com)', storedAt: '2026-11-23 10:00 UTC', inUse: true },
  canStore: true,
  storeUnavailable: 'no key',
  fallbackNote: 'Nothing is stored.',
  footer,
};

describe('management settings card', () => {
  it('renders cleanly, with both toggles, the stored credential and the footer', () => {
    const card = buildManagementSettingsCard(settings);
    expect(validateCard(card)).toEqual([]);
    expect(elementById(card, 'autoEnable')).toMatchObject({ type: 'Input.Toggle', value: 'true' });
    expect(elementById(card, 'advanced')).toMatchObject({ type: 'Input.Toggle', value: 'false' });
    const text = renderCard(card);
    expect(text).toContain('on 2026-11-23 10:00 UTC by Alex Admin (admin@contoso.com)');
    expect(text).toMatch(/without MFA/);
    expect(text).toMatch(/recommend the service credential/);
    expect(text).toContain('Management ON · 1 h 52 min left');
    expect(actionByTitle(card, 'Replace service credential').data).toEqual({ steward: { verb: 'credential-form' }, credential: 'service' });
    expect(actionByTitle(card, 'Remove service credential').data).toEqual({ steward: { verb: 'credential-remove' }, credential: 'service' });
    expect(actionByTitle(card, 'Store admin credentials').data).toEqual({ steward: { verb: 'credential-form' }, credential: 'admin' });
    expect(actionByTitle(card, 'Save settings')).toMatchObject({ associatedInputs: 'auto' });
    expect(findElements(card, (n) => n.title === 'Remove admin credentials')).toEqual([]);
  });

  it('says when nothing can be stored and what is used instead', () => {
    const card = buildManagementSettingsCard({ ...settings, state: 'off', serviceCredential: undefined, canStore: false, footer: { state: 'off', now: footer.now } });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('no key');
    expect(text).toContain('Nothing is stored.');
    expect(text).toContain('Management OFF');
    expect(findElements(card, (n) => typeof n.title === 'string' && /^Store /.test(n.title))).toEqual([]);
  });
});

describe('credential forms', () => {
  it('service credential: client id and a password-style secret input, never pre-filled', () => {
    const card = buildCredentialFormCard({ kind: 'service', replacing: false, identity: '1c1e6890-4239-51b1-b569-7b1692313b3f', errors: { clientSecret: 'Enter the client secret value.' }, footer });
    expect(validateCard(card)).toEqual([]);
    expect(elementById(card, 'clientId')).toMatchObject({ type: 'Input.Text', isRequired: true, value: '1c1e6890-4239-51b1-b569-7b1692313b3f' });
    const secret = elementById(card, 'clientSecret');
    expect(secret).toMatchObject({ type: 'Input.Text', style: 'Password', isRequired: true });
    expect(secret.value).toBeUndefined();
    expect(renderCard(card)).toContain('Enter the client secret value.');
    expect(actionByTitle(card, 'Store').data).toEqual({ steward: { verb: 'credential-store' }, credential: 'service' });
  });

  it('admin credentials: says plainly it needs an account without MFA and recommends the service credential', () => {
    const card = buildCredentialFormCard({ kind: 'admin', replacing: true, footer });
    expect(validateCard(card)).toEqual([]);
    expect(elementById(card, 'password')).toMatchObject({ style: 'Password' });
    const text = renderCard(card);
    expect(text).toMatch(/Replace admin credentials/);
    expect(text).toMatch(/without MFA/);
    expect(text).toMatch(/recommend the service credential/);
    expect(text).toContain('Management ON · 1 h 52 min left');
  });
});
