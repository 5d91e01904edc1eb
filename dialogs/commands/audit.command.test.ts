import { ALL_ACTIONS } from '../../actions/catalog';
import { recognizerFor } from '../../app/intents';
import { Recognizer } from '../../nlu/recognizer';
import { FIXTURE_INTENTS } from '../../test/fixtures/nlu/intents.fixture';
import { auditRequestFrom, AUDIT_EXPORT_INTENT, AUDIT_INTENT } from './audit.command';
import { COMMANDS } from './index';

/** The audit commands' intents, with Steward's real catalog and with the large fixture catalog beside them. */
const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);
const request = (text: string) => {
  const r = recognizer.recognize(text);
  return { id: r.actionId, confidence: r.confidence, request: auditRequestFrom(r) };
};

describe('audit commands: recognition', () => {
  it.each([
    ['audit jane@contoso.com', { target: 'jane@contoso.com' }],
    ['show the audit log for jane@contoso.com', { target: 'jane@contoso.com' }],
    ['who changed jane@contoso.com?', { target: 'jane@contoso.com' }],
    ['what happened to Jane Doe', { target: 'Jane Doe' }],
    ['audit Jane', { target: 'Jane' }],
    ['audit last 20', { limit: 20 }],
    ['show me the latest 5 audit entries', { limit: 5 }],
    ['audit by helpdesk@contoso.com', { operator: 'helpdesk@contoso.com' }],
    ['what did helpdesk@contoso.com do', { operator: 'helpdesk@contoso.com' }],
    ['audit jane@contoso.com by helpdesk@contoso.com', { target: 'jane@contoso.com', operator: 'helpdesk@contoso.com' }],
    ['audit log for the last 7 days', { days: 7 }],
    ['audit entries since 2025-03-01', { since: '2025-03-01' }],
    ['audit trail', {}],
  ])('"%s" reads the audit log with %j', (text, expected) => {
    const r = request(text);
    expect(r.id).toBe('steward.audit');
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r.request).toEqual(expected);
  });

  it.each([
    ['export audit', {}],
    ['export the audit log', {}],
    ['export audit for jane@contoso.com', { target: 'jane@contoso.com' }],
    ['download the audit log as CSV', {}],
    ['export audit by helpdesk@contoso.com since 2025-03-01', { operator: 'helpdesk@contoso.com', since: '2025-03-01' }],
  ])('"%s" exports with %j', (text, expected) => {
    const r = request(text);
    expect(r.id).toBe('steward.audit-export');
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r.request).toEqual(expected);
  });

  it('leaves the management actions and other commands alone', () => {
    expect(recognizer.recognize('reset MFA for jane@contoso.com').actionId).toBe('user.reset-mfa');
    expect(recognizer.recognize('block jane@contoso.com').actionId).toBe('user.set-sign-in-status');
    expect(recognizer.recognize('change the password of jane@contoso.com').actionId).toBe('user.manage-password');
    expect(recognizer.recognize('session status').actionId).toBe('steward.session-status');
    expect(recognizer.recognize('help').actionId).toBe('steward.help');
  });

  it('does not take over mailbox auditing in a large catalog', () => {
    const big = new Recognizer([...FIXTURE_INTENTS, AUDIT_INTENT, AUDIT_EXPORT_INTENT]);
    expect(big.recognize('enable mailbox auditing on kai@contoso.com').actionId).toBe('mailbox.set-audit');
    expect(big.recognize('turn on audit logging on rob@contoso.com\'s mailbox').actionId).toBe('mailbox.set-audit');
    expect(big.recognize('audit last 20').actionId).toBe('steward.audit');
    expect(big.recognize('export audit').actionId).toBe('steward.audit-export');
  });
});
