import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type ChatClient, type TestSteward } from './steward.harness';

/**
 * The spine, end to end over HTTP: Teams-shaped activities in, cards out, tenant state checked through
 * the sandbox's Graph API and the audit trail read from Cosmos DB.
 */
const { admin, helpdesk, reader, jane } = DEMO_IDENTITIES;

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function methodsOf(upn: string): Promise<any[]> {
  const res = await t.graph('GET', `/v1.0/users/${upn}/authentication/methods`);
  expect(res.status).toBe(200);
  return res.body.value;
}

async function userState(upn: string): Promise<any> {
  const res = await t.graph('GET', `/v1.0/users/${upn}?$select=id,accountEnabled,signInSessionsValidFromDateTime,userPrincipalName`);
  expect(res.status).toBe(200);
  return res.body;
}

async function auditRows(correlationFilter?: (row: any) => boolean): Promise<any[]> {
  const { resources } = await t.steward.cosmos.containers.audit.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: t.steward.tenantId }] })
    .fetchAll();
  return correlationFilter ? resources.filter(correlationFilter) : resources;
}

/** A different user per test keeps tests independent of each other's changes. */
function someUser(key: keyof typeof DEMO_IDENTITIES) {
  return DEMO_IDENTITIES[key];
}

describe('reset MFA for jane@contoso.com (Tenant Admin)', () => {
  it('previews the methods, removes them on Confirm, and audits the run', async () => {
    const chat = t.chat({ objectId: admin.id });
    const before = await methodsOf(jane.upn);
    const nonPassword = before.filter((m) => !m['@odata.type'].includes('password'));
    expect(nonPassword.length).toBeGreaterThanOrEqual(2);

    const confirm = lastCard(await chat.say('reset MFA for jane@contoso.com'));
    const text = cardText(confirm);
    expect(text).toContain('Jane Doe');
    expect(text).toMatch(/Microsoft Authenticator/);
    expect(text).toMatch(/Management (ON|on)/);
    expect(t.writesSince(0).filter((w) => w.includes(jane.id) || w.includes(jane.upn))).toEqual([]);

    const data = buttonData(confirm, /^Confirm/);
    expect(data.steward).toMatchObject({ verb: 'confirm', actionId: 'user.reset-mfa', targets: [jane.id] });
    const result = lastCard(await chat.click(data));
    expect(cardText(result)).toMatch(/Removed \d+ MFA methods?/);

    const after = await methodsOf(jane.upn);
    expect(after.map((m) => m['@odata.type'])).toEqual(['#microsoft.graph.passwordAuthenticationMethod']);

    const audit = await auditRows((r) => r.kind === 'action' && r.actionId === 'user.reset-mfa');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      operator: { id: admin.id, upn: admin.upn },
      outcome: 'succeeded',
      targets: [{ id: jane.id, outcome: 'succeeded' }],
      parameters: { revokeSessions: true },
      entry: 'card',
    });
    expect(audit[0].correlationId).toEqual(expect.any(String));
    expect(audit[0].timings.durationMs).toBeGreaterThanOrEqual(0);
    expect(audit[0].targets[0].details.removed.length).toBe(nonPassword.length);
  });

  it('runs a confirmation only once, even when the click is replayed', async () => {
    const chat = t.chat({ objectId: admin.id });
    const user = someUser('miriam');
    const confirm = lastCard(await chat.say(`reset mfa for ${user.upn}`));
    const data = buttonData(confirm, /^Confirm/);
    await chat.click(data);
    const mark = t.logMark();
    const replay = await chat.click(data);
    expect(repliesText(replay)).toMatch(/already used/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('the other spine actions', () => {
  it('revokes sessions', async () => {
    const chat = t.chat({ objectId: helpdesk.id });
    const user = someUser('nestor');
    const before = await userState(user.upn);
    const confirm = lastCard(await chat.say(`revoke all sign-in sessions of ${user.upn}`));
    expect(cardText(confirm)).toMatch(/Revoke/);
    lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
    const after = await userState(user.upn);
    expect(after.signInSessionsValidFromDateTime).not.toEqual(before.signInSessionsValidFromDateTime);
  });

  it('blocks and unblocks sign-in', async () => {
    const chat = t.chat({ objectId: helpdesk.id });
    const user = someUser('allan');
    expect((await userState(user.upn)).accountEnabled).toBe(true);

    const block = lastCard(await chat.say(`block ${user.upn} from signing in`));
    expect(cardText(block)).toMatch(/Allowed/);
    expect(cardText(block)).toMatch(/Blocked/);
    await chat.click(buttonData(block, /^Confirm/));
    expect((await userState(user.upn)).accountEnabled).toBe(false);

    const unblock = lastCard(await chat.say(`unblock ${user.upn}`));
    await chat.click(buttonData(unblock, /^Confirm/));
    expect((await userState(user.upn)).accountEnabled).toBe(true);
  });

  it('resets a password: the temporary password is shown once, to the operator only, never logged or audited', async () => {
    const chat = t.chat({ objectId: helpdesk.id });
    const user = someUser('alexW');
    const confirm = lastCard(await chat.say(`reset ${user.upn}'s password`));
    expect(cardText(confirm)).toMatch(/temporary password/i);
    const result = lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
    const text = cardText(result);
    const match = /Temporary password for [^\n]*\n([^\n]+)/.exec(text);
    expect(match).not.toBeNull();
    const password = match![1].trim();
    expect(password.length).toBeGreaterThanOrEqual(12);

    const sandboxUser = t.steward.sandbox!.tenant.getUser(user.id);
    expect(sandboxUser?.password).toBe(password);
    expect(sandboxUser?.props.passwordProfile?.forceChangePasswordNextSignIn).toBe(true);

    expect(t.logs.text()).not.toContain(password);
    const audit = await auditRows((r) => r.actionId === 'user.manage-password');
    expect(JSON.stringify(audit)).not.toContain(password);
    expect(audit.some((r) => r.outcome === 'succeeded')).toBe(true);
  });

  it('asks which user when a name matches several, then continues with the one picked', async () => {
    const chat = t.chat({ objectId: admin.id });
    const choice = lastCard(await chat.say('revoke sessions for Jane'));
    expect(cardText(choice)).toMatch(/users match "Jane"/);
    expect(cardText(choice)).toContain('jane@contoso.com');
    const confirm = lastCard(await chat.click(buttonData(choice, /^(Continue|Select|Choose|Next|OK)/i), { choice: jane.id }));
    expect(cardText(confirm)).toContain('Jane Doe');
    await chat.say('cancel');
  });

  it('asks for the missing target with a form', async () => {
    const chat = t.chat({ objectId: admin.id });
    const form = lastCard(await chat.say('revoke sessions'));
    expect(cardText(form)).toMatch(/Which user/);
    const confirm = lastCard(await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), { target: someUser('patti').upn }));
    expect(cardText(confirm)).toContain('Patti Fernandez');
    await chat.say('cancel');
  });
});

describe('refusals leave the tenant unchanged', () => {
  it('Cancel on the confirm card changes nothing and the old card can no longer run', async () => {
    const chat = t.chat({ objectId: admin.id });
    const user = someUser('diego');
    const before = await methodsOf(user.upn);
    const confirm = lastCard(await chat.say(`reset MFA for ${user.upn}`));
    const mark = t.logMark();
    const cancelled = await chat.click(buttonData(confirm, /^Cancel/));
    expect(repliesText(cancelled)).toMatch(/Cancelled\. Nothing was changed/);
    const late = await chat.click(buttonData(confirm, /^Confirm/));
    expect(repliesText(late)).toMatch(/cancelled/i);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await methodsOf(user.upn)).toEqual(before);
  });

  it('typing "cancel" at the confirm step changes nothing', async () => {
    const chat = t.chat({ objectId: admin.id });
    const user = someUser('diego');
    const before = await methodsOf(user.upn);
    const confirm = lastCard(await chat.say(`reset MFA for ${user.upn}`));
    expect(repliesText(await chat.say('cancel'))).toMatch(/Cancelled/);
    const late = await chat.click(buttonData(confirm, /^Confirm/));
    expect(repliesText(late)).toMatch(/cancelled/i);
    expect(await methodsOf(user.upn)).toEqual(before);
  });

  it('a Reader is refused before anything is read or changed', async () => {
    const chat = t.chat({ objectId: reader.id });
    const user = someUser('joni');
    const before = await methodsOf(user.upn);
    const mark = t.logMark();
    const replies = await chat.say(`reset MFA for ${user.upn}`);
    expect(cardText(lastCard(replies))).toMatch(/Not allowed for your role/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await methodsOf(user.upn)).toEqual(before);
    const refusals = await auditRows((r) => r.kind === 'refusal' && r.operator.id === reader.id);
    expect(refusals[0].error.code).toBe('ROLE_DENIED');
  });

  it('an unknown user gets a clear "no user matches" card', async () => {
    const chat = t.chat({ objectId: admin.id });
    const mark = t.logMark();
    const card = lastCard(await chat.say('reset MFA for nobody.here@contoso.com'));
    expect(cardText(card)).toMatch(/No user matches "nobody\.here@contoso\.com"/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it.each([
    ['revoke sessions for', 'user.revoke-sessions'],
    ['block', 'user.set-sign-in-status'],
    ['reset the password of', 'user.manage-password'],
  ])('"%s" an unknown user: a clear card, nothing changed', async (phrase) => {
    const chat = t.chat({ objectId: admin.id });
    const mark = t.logMark();
    const card = lastCard(await chat.say(`${phrase} ghost.user@contoso.com`));
    expect(cardText(card)).toMatch(/No user matches "ghost\.user@contoso\.com"/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('a chosen password that breaks the complexity rule is refused on the form, nothing changed', async () => {
    const chat = t.chat({ objectId: helpdesk.id });
    const user = someUser('grady');
    const before = t.steward.sandbox!.tenant.getUser(user.id)?.password;
    const form = lastCard(await chat.say(`reset the password of ${user.upn} with a password I choose`));
    expect(cardText(form)).toMatch(/Type a password/);
    const mark = t.logMark();
    const again = lastCard(await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), { password: 'short' }));
    expect(cardText(again)).toMatch(/must be 8 to 256 characters/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(t.steward.sandbox!.tenant.getUser(user.id)?.password).toBe(before);
    const confirm = lastCard(await chat.click(buttonData(again, /^(Continue|Next|Submit|OK)/i), { password: 'Str0ng!Passw0rd#2026' }));
    expect(cardText(confirm)).toMatch(/The one you typed/);
    expect(cardText(confirm)).not.toContain('Str0ng!Passw0rd#2026');
    await chat.say('cancel');
  });

  it('a stranger who is not an operator is refused', async () => {
    const chat = t.chat({ objectId: someUser('lynne').id });
    const card = lastCard(await chat.say('reset MFA for jane@contoso.com'));
    expect(cardText(card)).toMatch(/not registered as a Steward operator/);
  });

  it('a confirm payload edited to name another target or action is refused', async () => {
    const chat = t.chat({ objectId: admin.id });
    const user = someUser('isaiah');
    const victim = someUser('irvin');
    const before = { user: await methodsOf(user.upn), victim: await methodsOf(victim.upn), state: await userState(victim.upn) };
    const confirm = lastCard(await chat.say(`reset MFA for ${user.upn}`));
    const data = buttonData(confirm, /^Confirm/);
    const mark = t.logMark();

    const otherTarget = await chat.click({ steward: { ...data.steward, targets: [victim.id] } });
    expect(cardText(lastCard(otherTarget))).toMatch(/does not match what was previewed/);
    const otherAction = await chat.click({ steward: { ...data.steward, actionId: 'user.set-sign-in-status' } });
    expect(cardText(lastCard(otherAction))).toMatch(/does not match what was previewed/);
    const otherOperator = t.chat({ objectId: helpdesk.id, conversationId: chat.conversationId });
    const stolen = await otherOperator.click(data);
    expect(cardText(lastCard(stolen))).toMatch(/does not match what was previewed/);

    expect(t.writesSince(mark)).toEqual([]);
    expect(await methodsOf(user.upn)).toEqual(before.user);
    expect(await methodsOf(victim.upn)).toEqual(before.victim);
    expect((await userState(victim.upn)).accountEnabled).toBe(before.state.accountEnabled);
    const refusals = await auditRows((r) => r.kind === 'refusal' && r.error?.code === 'PLAN_MISMATCH');
    expect(refusals.length).toBeGreaterThanOrEqual(3);
  });

  it('the same activity delivered twice runs once', async () => {
    const chat = t.chat({ objectId: admin.id });
    const user = someUser('pradeep');
    const confirm = lastCard(await chat.say(`block ${user.upn}`));
    const click = chat.activity({ value: buttonData(confirm, /^Confirm/) });
    const first = await chat.post(click);
    const second = await chat.post(click);
    expect(first.replies.length).toBeGreaterThan(0);
    expect(second.replies).toEqual([]);
    const runs = await auditRows((r) => r.kind === 'action' && r.actionId === 'user.set-sign-in-status' && r.targets[0]?.id === user.id);
    expect(runs).toHaveLength(1);
  });
});

describe('management session', () => {
  let chat: ChatClient;
  beforeAll(() => {
    chat = t.chat({ objectId: admin.id });
  });

  it('off with auto-enable off: the action is refused with a card that offers to turn it on', async () => {
    const op = (await t.steward.stores.operators.get(t.steward.tenantId, admin.id))!;
    await t.steward.sessions.turnOff(t.steward.tenantId, op, { correlationId: 'test' });
    await t.steward.sessions.setAutoEnable(t.steward.tenantId, op, false, { correlationId: 'test' });
    const user = someUser('leeG');
    const before = await methodsOf(user.upn);
    const mark = t.logMark();

    const card = lastCard(await chat.say(`reset MFA for ${user.upn}`));
    expect(cardText(card)).toMatch(/Management session is off/);
    expect(cardText(card)).toMatch(/Management OFF/);
    const turnOn = buttonData(card, /Turn on management session/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await methodsOf(user.upn)).toEqual(before);

    // A Helpdesk operator is told to ask someone instead of being offered the button.
    const helpdeskCard = lastCard(await t.chat({ objectId: helpdesk.id }).say(`reset MFA for ${user.upn}`));
    expect(cardText(helpdeskCard)).toMatch(/Ask a Tenant Admin or a Management operator/);
    expect(() => buttonData(helpdeskCard, /Turn on management session/)).toThrow();

    const on = lastCard(await chat.click(turnOn));
    expect(cardText(on)).toMatch(/Management ON · (1 h 59 min|2 h) left/);
    await t.steward.sessions.setAutoEnable(t.steward.tenantId, op, true, { correlationId: 'test' });
  });

  it('off with auto-enable on: the action turns it on and the card says so', async () => {
    expect(cardText(lastCard(await chat.say('turn off management session')))).toMatch(/Management OFF/);
    const confirm = lastCard(await chat.say(`revoke sessions for ${someUser('megan').upn}`));
    expect(cardText(confirm)).toMatch(/auto-enable turned it on/);
    expect(cardText(confirm)).toMatch(/Management ON/);
    await chat.say('cancel');
  });

  it('session status and help answer from the catalog, filtered by role', async () => {
    expect(cardText(lastCard(await chat.say('session status')))).toMatch(/management session is on/i);
    const adminHelp = cardText(lastCard(await chat.say('help')));
    expect(adminHelp).toMatch(/Reset MFA/);
    expect(adminHelp).toMatch(/Reset password/);
    const readerHelp = repliesText(await t.chat({ objectId: reader.id }).say('help'));
    expect(readerHelp).not.toMatch(/Reset MFA/);
  });

  it('a Helpdesk operator may not turn the session off', async () => {
    const card = lastCard(await t.chat({ objectId: helpdesk.id }).say('turn off management session'));
    expect(cardText(card)).toMatch(/may not turn off/);
    expect((await t.steward.sessions.status(t.steward.tenantId)).state).toBe('on');
  });
});
