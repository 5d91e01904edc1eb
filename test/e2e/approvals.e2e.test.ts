import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type ChatClient, type TestSteward } from './steward.harness';

/**
 * Approvals and policies over HTTP: Teams-shaped activities and Action.Execute invokes in; cards out;
 * proactive cards and card updates recorded by the harness's fake Bot Connector; tenant state checked
 * through the sandbox's Graph API; requests and audit read from Cosmos DB.
 */
const { admin, helpdesk, reader } = DEMO_IDENTITIES;

let t: TestSteward;
/** Shifts Steward's clock (expiry tests); always reset to 0 after use. */
let clockOffsetMs = 0;
let adminChat: ChatClient;
let helpdeskChat: ChatClient;

beforeAll(async () => {
  t = await startTestSteward({}, { clock: () => new Date(Date.now() + clockOffsetMs) });
  adminChat = t.chat({ objectId: admin.id, conversationId: 'a:admin-personal-chat' });
  helpdeskChat = t.chat({ objectId: helpdesk.id, conversationId: 'a:helpdesk-personal-chat' });
  // Both talk to Steward once, so their personal chats are known and they can be reached proactively.
  await adminChat.say('session status');
  await helpdeskChat.say('session status');
}, 120_000);
afterAll(async () => {
  await t?.close();
});
afterEach(async () => {
  clockOffsetMs = 0;
  await t.steward.approvals.drain();
});

// ---------------------------------------------------------------------------------------------
// Helpers

function mark(): number {
  return t.steward.sandbox!.requestLog.length;
}

async function methodsOf(upn: string): Promise<string[]> {
  const res = await t.graph('GET', `/v1.0/users/${upn}/authentication/methods`);
  expect(res.status).toBe(200);
  return res.body.value.map((m: any) => m['@odata.type']);
}

async function accountEnabled(upn: string): Promise<boolean> {
  const res = await t.graph('GET', `/v1.0/users/${upn}?$select=accountEnabled`);
  return res.body.accountEnabled;
}

async function auditRows(filter: (row: any) => boolean): Promise<any[]> {
  const { resources } = await t.steward.cosmos.containers.audit.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: t.steward.tenantId }] })
    .fetchAll();
  return resources.filter(filter);
}

async function requestDoc(id: string): Promise<any> {
  const { resource } = await t.steward.cosmos.containers.approvals.item(id, t.steward.tenantId).read();
  return resource;
}

/** The newest approval request of this requester. */
async function latestRequest(requesterId: string): Promise<any> {
  const { resources } = await t.steward.cosmos.containers.approvals.items
    .query({ query: 'SELECT * FROM c WHERE c.requester.id = @r', parameters: [{ name: '@r', value: requesterId }] })
    .fetchAll();
  return resources.sort((a: any, b: any) => (a.createdAt < b.createdAt ? 1 : -1))[0];
}

/** Sets a policy rule the way a Tenant Admin does: from the policy card's "Save rule" button. */
async function setRule(role: string, actions: string, effect: 'run' | 'approval' | 'forbidden'): Promise<any> {
  const policy = lastCard(await adminChat.say('approval policy'));
  const card = lastCard(await adminChat.click(buttonData(policy, 'Save rule'), { policyRole: role, policyActions: actions, policyEffect: effect }));
  expect(cardText(card)).toMatch(/Rule saved/);
  return card;
}

async function removeRule(role: string, actions: string): Promise<void> {
  await adminChat.click({ steward: { verb: 'policy.remove-rule' }, policy: { role, actions } });
}

async function setSettings(bulkThreshold: string, expiryHours = '24'): Promise<any> {
  const policy = lastCard(await adminChat.say('approval policy'));
  return lastCard(await adminChat.click(buttonData(policy, 'Save settings'), { bulkThreshold, expiryHours }));
}

/** The Action.Execute invoke response's card (status 200, type adaptive card). */
function invokeCard(res: { status: number; body: any }): any {
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
  return res.body.value;
}

/** Previews an action as the requester and requests approval with a justification; answers the request doc. */
async function requestApproval(chat: ChatClient, requesterId: string, text: string, justification = 'Ticket 4711: the user lost their phone.'): Promise<{ request: any; confirm: any; reply: any }> {
  const confirm = lastCard(await chat.say(text));
  const reply = lastCard(await chat.click(buttonData(confirm, 'Request approval'), { justification }));
  expect(cardText(reply)).toMatch(/Approval requested/);
  return { request: await latestRequest(requesterId), confirm, reply };
}

// ---------------------------------------------------------------------------------------------

describe('policy: forbidden', () => {
  afterEach(() => removeRule('Helpdesk', 'user.set-sign-in-status'));

  it('refuses a forbidden action with a clear card, at preview and at confirm, and the tenant does not change', async () => {
    const user = DEMO_IDENTITIES.grady;
    // Previewed while still allowed…
    const earlier = lastCard(await helpdeskChat.say(`block ${user.upn}`));
    expect(cardText(earlier)).toMatch(/Confirm/);

    const policyCard = await setRule('Helpdesk', 'user.set-sign-in-status', 'forbidden');
    expect(cardText(policyCard)).toMatch(/Helpdesk · Block or unblock sign-in \(user\.set-sign-in-status\) → forbidden/);

    const at = mark();
    // …then the Confirm of the earlier preview is refused at execute,
    const late = lastCard(await helpdeskChat.click(buttonData(earlier, /^Confirm/)));
    expect(cardText(late)).toMatch(/Not allowed by your tenant's policy/);
    expect(cardText(late)).toMatch(/POLICY_FORBIDDEN/);
    // and a new request is refused at preview.
    const refused = lastCard(await helpdeskChat.say(`block ${user.upn}`));
    expect(cardText(refused)).toMatch(/POLICY_FORBIDDEN/);
    expect(cardText(refused)).toMatch(/does not allow you to run "Block or unblock sign-in" \(rule "Helpdesk · Block or unblock sign-in → forbidden"\)/);

    expect(t.writesSince(at)).toEqual([]);
    expect(await accountEnabled(user.upn)).toBe(true);
    const refusals = await auditRows((r) => r.kind === 'refusal' && r.error?.code === 'POLICY_FORBIDDEN');
    expect(refusals.length).toBeGreaterThanOrEqual(2);
  });

  it('only Tenant Admins change the policy', async () => {
    const policy = lastCard(await helpdeskChat.say('approval policy'));
    expect(cardText(policy)).not.toMatch(/Save rule/);
    const refused = await helpdeskChat.click({ steward: { verb: 'policy.set-rule' } }, { policyRole: 'Helpdesk', policyActions: '*', policyEffect: 'run' });
    expect(repliesText(refused)).toMatch(/ROLE_DENIED/);
  });
});

describe('approval flow', () => {
  beforeAll(() => setRule('Helpdesk', 'user.reset-mfa', 'approval'));
  afterAll(() => removeRule('Helpdesk', 'user.reset-mfa'));

  it('Helpdesk requests with a justification → the admin approves from the proactive card → the action runs as the requester; both are notified; all audited', async () => {
    const user = DEMO_IDENTITIES.lynne;
    const before = await methodsOf(user.upn);
    expect(before.length).toBeGreaterThan(1);
    const at = mark();
    const sentBefore = t.connector.calls.length;

    const confirm = lastCard(await helpdeskChat.say(`reset MFA for ${user.upn}`));
    expect(cardText(confirm)).toMatch(/needs approval before it runs: rule "Helpdesk · Reset MFA → needs approval"/);
    expect(() => buttonData(confirm, /^Confirm$/)).toThrow();
    expect(JSON.stringify(confirm)).toMatch(/"id":"justification"[^}]*"isRequired":true|"isRequired":true[^}]*"id":"justification"/);

    // The justification is required server-side too.
    const missing = await helpdeskChat.click(buttonData(confirm, 'Request approval'), { justification: '' });
    expect(repliesText(missing)).toMatch(/justification/i);

    const requested = lastCard(await helpdeskChat.click(buttonData(confirm, 'Request approval'), { justification: 'Ticket 4711: Lynne lost her phone.' }));
    expect(cardText(requested)).toMatch(/Approval requested: Reset MFA/);
    expect(cardText(requested)).toMatch(/Sent to 1 approver/);
    expect(cardText(requested)).toMatch(/Management (ON|OFF)/);
    expect(t.writesSince(at)).toEqual([]);
    const request = await latestRequest(helpdesk.id);
    expect(request).toMatchObject({ status: 'pending', actionId: 'user.reset-mfa', requester: { id: helpdesk.id }, justification: 'Ticket 4711: Lynne lost her phone.' });

    // The admin gets the approval card in their personal chat, proactively, with per-user refresh.
    const posted = await t.connector.waitFor(() => t.connector.cards('a:admin-personal-chat', 'POST').find((c) => cardText(c.card).includes('Approval needed: Reset MFA')));
    expect(posted.call.authorization).toBeUndefined(); // no MicrosoftAppId: connector calls go out without a token
    expect(posted.card.refresh).toMatchObject({ action: { type: 'Action.Execute', verb: 'approval.refresh' }, userIds: [`29:${admin.id}`] });
    expect(cardText(posted.card)).toContain('Ticket 4711: Lynne lost her phone.');
    expect(cardText(posted.card)).toContain(user.upn);
    const approve = buttonData(posted.card, 'Approve');

    // The refresh (what Teams fetches for each listed user) shows the admin the buttons, and others only the status.
    const adminView = invokeCard(await adminChat.invoke('approval.refresh', posted.card.refresh.action.data));
    expect(cardText(adminView)).toMatch(/Approve/);
    const readerView = invokeCard(await t.chat({ objectId: reader.id }).invoke('approval.refresh', posted.card.refresh.action.data));
    expect(cardText(readerView)).toMatch(/Waiting for approval/);
    expect(cardText(readerView)).not.toMatch(/Approve\b/);

    const approved = invokeCard(await adminChat.invoke('approval.decide', approve, { comment: 'OK, verified by phone.' }));
    expect(cardText(approved)).toMatch(/Approved/);
    await t.steward.approvals.drain();

    // The tenant changed, through the sandbox, as the requester's plan said.
    expect(await methodsOf(user.upn)).toEqual(['#microsoft.graph.passwordAuthenticationMethod']);
    expect(t.writesSince(at).some((w) => w.includes(user.id) || w.includes(user.upn))).toBe(true);
    expect(await requestDoc(request.id)).toMatchObject({ status: 'executed', decision: { verdict: 'approved', by: { id: admin.id } }, result: { outcome: 'succeeded' } });

    // Both are told the result, proactively; the posted approval card is updated in place.
    const requesterResult = await t.connector.waitFor(() => t.connector.cards('a:helpdesk-personal-chat', 'POST').find((c) => /Approved by Alex Admin/.test(cardText(c.card))));
    expect(cardText(requesterResult.card)).toMatch(/Removed \d+ MFA methods?/);
    expect(cardText(requesterResult.card)).toContain('OK, verified by phone.');
    const approverResult = await t.connector.waitFor(() => t.connector.cards('a:admin-personal-chat', 'POST').find((c) => /You approved Harper Lane's request/.test(cardText(c.card))));
    expect(approverResult).toBeDefined();
    const updated = await t.connector.waitFor(() => t.connector.cards('a:admin-personal-chat', 'PUT').find((c) => c.call.activityId === posted.call.createdId && /done/.test(cardText(c.card))));
    expect(updated.card.refresh).toBeUndefined();
    expect(t.connector.calls.slice(sentBefore).every((c) => c.authorization === undefined)).toBe(true);

    // Audit: the request, the decision, and the run by the requester under the approver's consent.
    const rows = await auditRows((r) => r.approval?.requestId === request.id);
    expect(rows.find((r) => r.approval.event === 'requested')).toMatchObject({ kind: 'approval', operator: { id: helpdesk.id }, approval: { justification: 'Ticket 4711: Lynne lost her phone.' } });
    expect(rows.find((r) => r.approval.event === 'approved')).toMatchObject({ kind: 'approval', operator: { id: admin.id }, approval: { requester: { id: helpdesk.id }, comment: 'OK, verified by phone.' } });
    expect(rows.find((r) => r.approval.event === 'ran')).toMatchObject({
      kind: 'action',
      actionId: 'user.reset-mfa',
      outcome: 'succeeded',
      entry: 'approval',
      operator: { id: helpdesk.id, upn: helpdesk.upn },
      approval: { approver: { id: admin.id, upn: admin.upn }, justification: 'Ticket 4711: Lynne lost her phone.' },
      targets: [{ id: user.id, outcome: 'succeeded' }],
    });

    // A replayed click (a new invoke with the same data) is answered with the current state and runs nothing.
    const replayMark = mark();
    const replay = invokeCard(await adminChat.invoke('approval.decide', approve));
    expect(cardText(replay)).toMatch(/already approved/);
    expect(cardText(replay)).toMatch(/APPROVAL_DECIDED/);
    await t.steward.approvals.drain();
    expect(t.writesSince(replayMark)).toEqual([]);
    expect((await auditRows((r) => r.approval?.requestId === request.id && r.approval.event === 'ran')).length).toBe(1);

    // The old card's button can never run the plan directly either.
    const direct = await helpdeskChat.click({ ...buttonData(confirm, 'Request approval'), steward: { ...buttonData(confirm, 'Request approval').steward, verb: 'confirm' } });
    expect(repliesText(direct)).toMatch(/already used|waiting for approval/);
    expect(t.writesSince(replayMark)).toEqual([]);

    // "my requests" shows it done.
    expect(cardText(lastCard(await helpdeskChat.say('my requests')))).toMatch(/Reset MFA: done/);
  });

  it('the requester can never approve their own request', async () => {
    await setRule('TenantAdmin', 'user.revoke-sessions', 'approval');
    try {
      const user = DEMO_IDENTITIES.isaiah;
      // The only Tenant Admin asks: nobody else could approve, so no request is made.
      const confirm = lastCard(await adminChat.say(`revoke sessions for ${user.upn}`));
      const justification = { justification: 'Compromised account, ticket 815.' };
      expect(repliesText(await adminChat.click(buttonData(confirm, 'Request approval'), justification))).toMatch(/APPROVAL_NO_APPROVER/);
      // A second Tenant Admin, so that an admin's request has someone else to approve it.
      await t.steward.stores.operators.upsert({
        tenantId: t.steward.tenantId,
        objectId: DEMO_IDENTITIES.megan.id,
        userPrincipalName: DEMO_IDENTITIES.megan.upn,
        displayName: DEMO_IDENTITIES.megan.displayName,
        roles: ['TenantAdmin'],
      });
      expect(repliesText(await adminChat.click(buttonData(confirm, 'Request approval'), justification))).toMatch(/Approval requested/);
      const request = await latestRequest(admin.id);
      expect(request.approverIds).toEqual([DEMO_IDENTITIES.megan.id]);
      const at = mark();
      const own = invokeCard(await adminChat.invoke('approval.decide', { steward: { verb: 'approval.decide' }, approval: { requestId: request.id, decision: 'approve' } }));
      expect(cardText(own)).toMatch(/You cannot approve or reject your own request/);
      expect(cardText(own)).toMatch(/APPROVAL_SELF/);
      expect(cardText(own)).not.toMatch(/\bApprove\b/);
      await t.steward.approvals.drain();
      expect(t.writesSince(at)).toEqual([]);
      expect((await requestDoc(request.id)).status).toBe('pending');
      expect(await auditRows((r) => r.approval?.requestId === request.id && r.error?.code === 'APPROVAL_SELF')).toHaveLength(1);
    } finally {
      await removeRule('TenantAdmin', 'user.revoke-sessions');
    }
  });

  it('a non-approver cannot decide; an approver rejects from "pending approvals" and nothing changes', async () => {
    const user = DEMO_IDENTITIES.pradeep;
    const before = await methodsOf(user.upn);
    const { request } = await requestApproval(helpdeskChat, helpdesk.id, `reset MFA for ${user.upn}`);
    const at = mark();
    const data = { steward: { verb: 'approval.decide' }, approval: { requestId: request.id, decision: 'approve' } };

    const byReader = invokeCard(await t.chat({ objectId: reader.id }).invoke('approval.decide', data));
    expect(cardText(byReader)).toMatch(/APPROVAL_NOT_APPROVER/);
    expect((await requestDoc(request.id)).status).toBe('pending');

    const list = lastCard(await adminChat.say('pending approvals'));
    expect(cardText(list)).toContain('Pending approvals');
    expect(cardText(list)).toContain(user.upn);
    const reject = buttonData(
      list.body.find((item: any) => item.type === 'Container' && cardText(item).includes(user.upn)),
      'Reject',
    );
    const afterReject = invokeCard(await adminChat.invoke('approval.decide', reject));
    expect(cardText(afterReject)).toMatch(/Rejected/);
    expect(cardText(afterReject)).not.toContain(user.upn);
    await t.steward.approvals.drain();

    expect(t.writesSince(at)).toEqual([]);
    expect(await methodsOf(user.upn)).toEqual(before);
    expect(await requestDoc(request.id)).toMatchObject({ status: 'rejected', decision: { verdict: 'rejected', by: { id: admin.id } } });
    await t.connector.waitFor(() => t.connector.cards('a:helpdesk-personal-chat', 'POST').find((c) => /Alex Admin rejected your request/.test(cardText(c.card))));
    // Approving after the rejection is answered with the current state.
    const late = invokeCard(await adminChat.invoke('approval.decide', data));
    expect(cardText(late)).toMatch(/already rejected/);
    expect(t.writesSince(at)).toEqual([]);
    expect(cardText(lastCard(await helpdeskChat.say('my requests')))).toMatch(/Rejected: Reset MFA/);
  });

  it('an expired request cannot be approved', async () => {
    const user = DEMO_IDENTITIES.joni;
    const before = await methodsOf(user.upn);
    const { request } = await requestApproval(helpdeskChat, helpdesk.id, `reset MFA for ${user.upn}`);
    expect(Date.parse(request.expiresAt) - Date.parse(request.createdAt)).toBe(24 * 3_600_000);
    const at = mark();
    clockOffsetMs = 25 * 3_600_000;
    const card = invokeCard(await adminChat.invoke('approval.decide', { steward: { verb: 'approval.decide' }, approval: { requestId: request.id, decision: 'approve' } }));
    expect(cardText(card)).toMatch(/expired/);
    expect(cardText(card)).toMatch(/APPROVAL_EXPIRED/);
    await t.steward.approvals.drain();
    clockOffsetMs = 0;
    expect(t.writesSince(at)).toEqual([]);
    expect(await methodsOf(user.upn)).toEqual(before);
    expect((await requestDoc(request.id)).status).toBe('expired');
    expect(await auditRows((r) => r.approval?.requestId === request.id && r.approval.event === 'expired')).toHaveLength(1);
    await t.connector.waitFor(() => t.connector.cards('a:helpdesk-personal-chat', 'POST').find((c) => /Your request expired/.test(cardText(c.card))));
  });
});

describe('approvers in a channel', () => {
  afterAll(async () => {
    await removeRule('Helpdesk', 'user.revoke-sessions');
    const policy = lastCard(await adminChat.say('approval policy'));
    await adminChat.click(buttonData(policy, /personal chats/));
  });

  it('a Tenant Admin sends approval cards to a channel; the card there refreshes per user', async () => {
    const channel = t.chat({ objectId: admin.id, conversationId: '19:approvals@thread.tacv2', conversationType: 'channel' });
    const policy = lastCard(await channel.say('approval policy'));
    const set = lastCard(await channel.click(buttonData(policy, 'Post approval requests to this channel')));
    expect(cardText(set)).toMatch(/Approval requests will be posted to this channel/);
    expect(cardText(set)).toMatch(/in a Teams channel/);
    await setRule('Helpdesk', 'user.revoke-sessions', 'approval');

    const user = DEMO_IDENTITIES.nestor;
    const { request, reply } = await requestApproval(helpdeskChat, helpdesk.id, `revoke sessions for ${user.upn}`);
    expect(cardText(reply)).toMatch(/Posted to a Teams channel/);
    const posted = await t.connector.waitFor(() => t.connector.cards('19:approvals@thread.tacv2', 'POST').find((c) => cardText(c.card).includes(user.upn)));
    // Everyone in the channel sees the status; the approvers listed in refresh.userIds get their own view.
    expect(cardText(posted.card)).not.toMatch(/\bApprove\b/);
    expect(posted.card.refresh.userIds).toEqual([`29:${admin.id}`]);
    const mine = invokeCard(await channel.invoke('approval.refresh', posted.card.refresh.action.data));
    const approve = buttonData(mine, 'Approve');
    expect(approve.approval).toMatchObject({ requestId: request.id, decision: 'approve' });
    invokeCard(await channel.invoke('approval.decide', approve));
    await t.steward.approvals.drain();
    expect((await requestDoc(request.id)).status).toBe('executed');
    await t.connector.waitFor(() => t.connector.cards('19:approvals@thread.tacv2', 'PUT').find((c) => c.call.activityId === posted.call.createdId));
  });
});

describe('bulk threshold', () => {
  afterAll(() => setSettings(''));

  it('more targets than the threshold need approval; up to it runs directly', async () => {
    const settings = await setSettings('2');
    expect(cardText(settings)).toMatch(/more than 2 targets in one request need approval/);
    const [a, b, c] = [DEMO_IDENTITIES.irvin, DEMO_IDENTITIES.johanna, DEMO_IDENTITIES.leeG];
    const at = mark();

    const three = lastCard(await helpdeskChat.say(`revoke sessions for ${a.upn}, ${b.upn} and ${c.upn}`));
    expect(cardText(three)).toMatch(/more than 2 targets in one request need approval \(3 here\)/);
    expect(() => buttonData(three, /^Confirm$/)).toThrow();
    // Forging a Confirm for the held plan is refused by the engine too.
    // (from another chat of the same operator, where no dialog is waiting for this card)
    const forged = await t.chat({ objectId: helpdesk.id }).click({ ...buttonData(three, 'Request approval'), steward: { ...buttonData(three, 'Request approval').steward, verb: 'confirm' } });
    expect(repliesText(forged)).toMatch(/APPROVAL_REQUIRED/);
    expect(t.writesSince(at)).toEqual([]);

    const two = lastCard(await helpdeskChat.say(`revoke sessions for ${a.upn} and ${b.upn}`));
    expect(cardText(two)).not.toMatch(/needs approval/);
    await helpdeskChat.click(buttonData(two, /^Confirm/));
    expect(t.writesSince(at).length).toBeGreaterThan(0);
  });
});
