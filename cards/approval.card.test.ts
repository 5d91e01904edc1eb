import { buildApprovalCard, buildApprovalListCard, buildConfirmCard, buildPolicyCard, type AdaptiveCardJson, type ApprovalCardModel } from './index';
import { confirmModel, footerOn } from '../test/cards/card-fixtures';
import { actionByTitle, elementById, renderCard, validateCard } from '../test/cards/validate-card';

function expectValid(card: AdaptiveCardJson): void {
  expect(validateCard(card)).toEqual([]);
  expect(card.version).toBe('1.5');
  // The only "${" allowed is the one in the data (a justification), which stays literal text.
  expect(JSON.stringify(card).replaceAll('Ticket ${evil}', '')).not.toContain('${');
}

const pending: ApprovalCardModel = {
  requestId: 'req-1',
  title: 'Approval needed: Reset MFA',
  status: 'pending',
  statusLine: 'Waiting for approval · 23 h 59 min left',
  summary: 'Remove every MFA method of Jane Doe so she registers again at next sign-in.',
  facts: [
    { label: 'Requested by', value: 'Harper Lane (helpdesk@contoso.com)' },
    { label: 'Justification', value: 'Ticket ${evil} 4711 [link](https://x)' },
  ],
  targets: Array.from({ length: 14 }, (_, i) => `User ${i} (user${i}@contoso.com)`),
  decide: true,
  refreshUserIds: ['29:approver-1', '29:approver-2'],
};

describe('approval cards', () => {
  it('approver view: Action.Execute Approve / Reject, a comment box, per-user refresh', () => {
    const card = buildApprovalCard(pending);
    expectValid(card);
    expect(actionByTitle(card, 'Approve')).toMatchObject({ type: 'Action.Execute', verb: 'approval.decide', data: { approval: { requestId: 'req-1', decision: 'approve' } } });
    expect(actionByTitle(card, 'Reject')).toMatchObject({ type: 'Action.Execute', data: { approval: { decision: 'reject' } } });
    expect(elementById(card, 'comment')).toMatchObject({ type: 'Input.Text' });
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', title: 'Refresh', verb: 'approval.refresh', data: { steward: { verb: 'approval.refresh' }, approval: { requestId: 'req-1' } } },
      userIds: ['29:approver-1', '29:approver-2'],
    });
    const text = renderCard(card);
    expect(text).toContain('Ticket ${evil} 4711 [link](https://x)');
    expect(text).toContain('…and 4 more');
  });

  it('status view and decided cards carry no buttons; decided cards stop refreshing', () => {
    const observer = buildApprovalCard({ ...pending, decide: false });
    expectValid(observer);
    expect(observer.actions).toBeUndefined();
    expect(() => elementById(observer, 'comment')).toThrow();
    const decided = buildApprovalCard({ ...pending, status: 'executed', decide: true, notice: { text: 'Already approved', code: 'APPROVAL_DECIDED', tone: 'attention' }, footer: footerOn });
    expectValid(decided);
    expect(decided.refresh).toBeUndefined();
    expect(decided.actions).toBeUndefined();
    expect(renderCard(decided)).toContain('Code: APPROVAL_DECIDED');
  });

  it('list card: approvers decide from the list', () => {
    const card = buildApprovalListCard({
      title: 'Pending approvals',
      intro: 'Requests waiting for a decision.',
      empty: 'Nothing is waiting.',
      items: [1, 2].map((n) => ({ requestId: `req-${n}`, title: `Approval needed ${n}`, statusLine: 'Waiting', summary: 's', targets: 'Target: Jane', detail: 'd', decide: true })),
      footer: footerOn,
    });
    expectValid(card);
    expect(JSON.stringify(card)).toContain('"view":"list"');
    const empty = buildApprovalListCard({ title: 'My approval requests', intro: 'i', empty: 'You have not requested any approval yet.', items: [] });
    expectValid(empty);
    expect(renderCard(empty)).toContain('You have not requested any approval yet.');
  });

  it('policy card: editable for admins, read-only otherwise', () => {
    const model = {
      intro: 'What needs approval.',
      rules: [{ text: 'Helpdesk · destructive actions → needs approval', role: 'Helpdesk', actions: 'destructive' }],
      facts: [{ label: 'Bulk threshold', value: 'none' }],
      editable: true,
      bulkThreshold: null,
      expiryHours: 24,
      roleChoices: [{ title: 'Helpdesk', value: 'Helpdesk' }],
      actionChoices: [{ title: 'Destructive actions', value: 'destructive' }],
      effectChoices: [{ title: 'Needs approval', value: 'approval' }],
      channelButton: { title: 'Post approval requests to this channel', data: { steward: { verb: 'policy.channel' } } },
      footer: footerOn,
    };
    const editable = buildPolicyCard(model);
    expectValid(editable);
    expect(actionByTitle(editable, 'Save rule').data).toEqual({ steward: { verb: 'policy.set-rule' } });
    expect(actionByTitle(editable, 'Remove').data).toEqual({ steward: { verb: 'policy.remove-rule' }, policy: { role: 'Helpdesk', actions: 'destructive' } });
    expect(elementById(editable, 'expiryHours')).toMatchObject({ type: 'Input.Number', value: 24 });
    const readOnly = buildPolicyCard({ ...model, editable: false, channelButton: undefined });
    expectValid(readOnly);
    expect(JSON.stringify(readOnly)).not.toContain('Save rule');
    expect(JSON.stringify(readOnly)).not.toContain('"Remove"');
  });

  it('confirm card of a plan that needs approval: justification required, "Request approval" instead of Confirm', () => {
    const card = buildConfirmCard({ ...confirmModel, approval: { reason: 'rule "Helpdesk · Reset MFA → needs approval"' } });
    expectValid(card);
    expect(elementById(card, 'justification')).toMatchObject({ type: 'Input.Text', isRequired: true });
    expect(actionByTitle(card, 'Request approval')).toMatchObject({ associatedInputs: 'auto', data: { steward: { verb: 'approval.request', planId: confirmModel.planId } } });
    expect(JSON.stringify(card)).not.toContain('"Confirm"');
  });
});
