import type { CardJson, ConversationAddress, Messenger } from '../../actions/ports';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type ChatClient, type TestSteward } from './steward.harness';

/**
 * The management session's governance, end to end over HTTP: expiry with auto-enable off, advanced
 * management, stored credentials (encrypted at rest, never in logs or audit), enabling in the
 * background with the card updated through the Messenger port, and admin credentials (ROPC).
 *
 * SESSION_ENABLE_ANSWER_MS=0 forces every manual turn-on down the asynchronous path: the chat answers
 * "turning on…" at once and the result arrives through the (recording) messenger.
 */
const { admin, megan, jane } = DEMO_IDENTITIES;
const WRONG_SECRET = 'Wr0ng~Secret.Value.For-The-Test-7731';

/** Records proactive cards; `next()` waits for the next one. */
class RecordingMessenger implements Messenger {
  readonly cards: { kind: 'send' | 'update'; address: ConversationAddress; activityId?: string; card: CardJson }[] = [];
  private waiters: (() => void)[] = [];
  private seen = 0;

  async send(address: ConversationAddress, card: CardJson): Promise<{ activityId?: string }> {
    this.record({ kind: 'send', address, card });
    return { activityId: `proactive-${this.cards.length}` };
  }

  async update(address: ConversationAddress, activityId: string, card: CardJson): Promise<void> {
    this.record({ kind: 'update', address, activityId, card });
  }

  /** The next card not returned before (waits up to 20 s). */
  async next(): Promise<(typeof this.cards)[number]> {
    const deadline = Date.now() + 20_000;
    while (this.cards.length <= this.seen) {
      if (Date.now() > deadline) throw new Error('no proactive card arrived');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
    return this.cards[this.seen++];
  }

  private record(entry: (typeof this.cards)[number]): void {
    this.cards.push(entry);
    this.waiters.splice(0).forEach((w) => w());
  }
}

let t: TestSteward;
const messenger = new RecordingMessenger();
/** The injected clock: real time plus an offset the tests move forward. */
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);

beforeAll(async () => {
  t = await startTestSteward({ SESSION_ENABLE_ANSWER_MS: '0' }, { clock, messenger });
  // A Management operator (not a Tenant Admin).
  await t.steward.stores.operators.upsert({
    tenantId: t.steward.tenantId,
    objectId: megan.id,
    userPrincipalName: megan.upn,
    displayName: megan.displayName,
    roles: ['Management'],
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function auditRows(filter: (row: any) => boolean = () => true): Promise<any[]> {
  const { resources } = await t.steward.cosmos.containers.audit.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: t.steward.tenantId }] })
    .fetchAll();
  return resources.filter(filter);
}

async function rawCredential(kind: 'service' | 'admin'): Promise<any | undefined> {
  try {
    const { resource } = await t.steward.cosmos.containers.credentials.item(kind, t.steward.tenantId).read();
    return resource ?? undefined;
  } catch (e) {
    if ((e as { code?: number }).code === 404) return undefined;
    throw e;
  }
}

async function methodsOf(upn: string): Promise<any[]> {
  const res = await t.graph('GET', `/v1.0/users/${upn}/authentication/methods`);
  expect(res.status).toBe(200);
  return res.body.value;
}

const state = async () => (await t.steward.sessions.status(t.steward.tenantId)).state;

/** Saves the settings card's toggles as a Tenant Admin would: open the card, set the toggles, press Save. */
async function saveSettings(chat: ChatClient, toggles: { autoEnable?: boolean; advanced?: boolean }): Promise<string> {
  const card = lastCard(await chat.say('management settings'));
  const inputs: Record<string, string> = {};
  if (toggles.autoEnable !== undefined) inputs.autoEnable = String(toggles.autoEnable);
  if (toggles.advanced !== undefined) inputs.advanced = String(toggles.advanced);
  return cardText(lastCard(await chat.click(buttonData(card, 'Save settings'), inputs)));
}

/** "turn on management session": the immediate "turning on…" card, then the card the messenger delivered. */
async function turnOn(chat: ChatClient): Promise<{ first: string; result: string }> {
  const first = cardText(lastCard(await chat.say('turn on management session')));
  const delivered = await messenger.next();
  expect(delivered.address).toMatchObject({ conversation: { id: chat.conversationId }, channelId: 'msteams' });
  return { first, result: cardText(delivered.card) };
}

async function storeCredential(chat: ChatClient, kind: 'service' | 'admin', inputs: Record<string, string>): Promise<string> {
  const form = lastCard(await chat.say(kind === 'service' ? 'store service credential' : 'store admin credentials'));
  return cardText(lastCard(await chat.click(buttonData(form, /^(Store|Replace)$/), inputs)));
}

describe('management session governance', () => {
  let adminChat: ChatClient;
  let meganChat: ChatClient;
  beforeAll(() => {
    adminChat = t.chat({ objectId: admin.id });
    meganChat = t.chat({ objectId: megan.id });
  });

  it('expired session with auto-enable off: the action is refused and nothing changes', async () => {
    const { first, result } = await turnOn(adminChat);
    expect(first).toMatch(/Turning the management session on/);
    expect(first).toMatch(/Management turning on…/);
    expect(result).toMatch(/Management ON · (1 h 59 min|2 h) left/);

    const saved = await saveSettings(adminChat, { autoEnable: false });
    expect(saved).toMatch(/Auto-enable is now off/);
    expect(saved).toMatch(/Management ON · (1 h 59 min|2 h) left/); // the settings card's footer
    expect(await auditRows((r) => r.actionId === 'steward.session-auto-enable' && r.parameters.autoEnable === false)).toHaveLength(1);

    offsetMs += 2 * 3_600_000 + 60_000; // two hours and a minute later, no action in between
    const before = await methodsOf(jane.upn);
    const mark = t.steward.sandbox!.requestLog.length;
    const autoOnBefore = (await auditRows((r) => r.actionId === 'steward.session-auto-on')).length;

    const card = cardText(lastCard(await adminChat.say(`reset MFA for ${jane.upn}`)));
    expect(card).toMatch(/Management session is off/);
    expect(card).toMatch(/expired/);
    expect(card).toMatch(/Management OFF/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await methodsOf(jane.upn)).toEqual(before);
    expect(await state()).toBe('off');
    expect(await auditRows((r) => r.actionId === 'steward.session-auto-on')).toHaveLength(autoOnBefore);
  });

  it('advanced off: a Management operator may not turn the session on, nor auto-enable it; with advanced on they may', async () => {
    expect(await saveSettings(adminChat, { autoEnable: true, advanced: false })).toMatch(/Advanced management is now off/);
    expect(await auditRows((r) => r.actionId === 'steward.session-advanced' && r.parameters.advanced === false)).toHaveLength(1);
    expect(await state()).toBe('off');
    const proactive = messenger.cards.length;

    const refused = cardText(lastCard(await meganChat.say('turn on management session')));
    expect(refused).toMatch(/Advanced management is off, so only a Tenant Admin can turn on the management session/);
    expect(refused).toMatch(/Management OFF/);
    expect(await state()).toBe('off');

    const mark = t.steward.sandbox!.requestLog.length;
    const action = cardText(lastCard(await meganChat.say(`revoke sessions for ${jane.upn}`)));
    expect(action).toMatch(/auto-enable turns it on only for Tenant Admins/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await state()).toBe('off');
    expect(await auditRows((r) => r.kind === 'session' && r.operator.id === megan.id && /session-(auto-)?on/.test(r.actionId))).toEqual([]);
    expect(messenger.cards.length).toBe(proactive);

    // A Management operator may not open the settings either.
    expect(repliesText(await meganChat.say('management settings'))).toMatch(/Only Tenant Admins may open the management settings/);

    expect(await saveSettings(adminChat, { advanced: true })).toMatch(/Advanced management is now on/);
    const { result } = await turnOn(meganChat);
    expect(result).toMatch(/Management ON/);
    expect(await state()).toBe('on');
  });

  it('a stored service credential is encrypted at rest, used to turn the session on, and never logged or audited', async () => {
    const { clientId, clientSecret } = t.steward.sandbox!;
    const form = lastCard(await adminChat.say('store service credential'));
    expect(cardText(form)).toMatch(/Management ON/);
    expect(JSON.stringify(form)).toMatch(/"style":"Password"/);

    const stored = await storeCredential(adminChat, 'service', { clientId, clientSecret });
    expect(stored).toMatch(/service credential \(app .*\) is stored, encrypted/);
    expect(stored).toMatch(/on \d{4}-\d\d-\d\d \d\d:\d\d UTC by Alex Admin/);
    expect(stored).not.toContain(clientSecret);

    const raw = await rawCredential('service');
    expect(raw).toBeDefined();
    expect(JSON.stringify(raw)).not.toContain(clientSecret);
    expect(raw.clientId).toBe(clientId);
    expect(raw.secret).toMatchObject({ alg: 'A256GCM', keyId: expect.stringMatching(/^k-/) });
    expect(Buffer.from(raw.secret.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(raw.secret.ciphertext, 'base64').length).toBe(Buffer.byteLength(clientSecret));

    expect(cardText(lastCard(await adminChat.say('turn off management session')))).toMatch(/Management OFF/);
    const { result } = await turnOn(adminChat);
    expect(result).toMatch(/using the stored service credential/);
    expect((await t.steward.sessions.status(t.steward.tenantId)).mode).toBe('service-credential');

    const storedAudit = await auditRows((r) => r.actionId === 'steward.credential-stored');
    expect(storedAudit).toHaveLength(1);
    expect(storedAudit[0]).toMatchObject({ operator: { id: admin.id }, parameters: { kind: 'service', clientId } });
    expect(JSON.stringify(await auditRows())).not.toContain(clientSecret);
    expect(t.logs.text()).not.toContain(clientSecret);
  });

  it('a wrong secret: turning on fails with a clear card and the session stays off', async () => {
    await storeCredential(adminChat, 'service', { clientId: t.steward.sandbox!.clientId, clientSecret: WRONG_SECRET });
    expect(cardText(lastCard(await adminChat.say('turn off management session')))).toMatch(/Management OFF/);

    const { first, result } = await turnOn(adminChat);
    expect(first).toMatch(/Turning the management session on/);
    expect(result).toMatch(/The tenant rejected the credential/);
    expect(result).toMatch(/rejected the stored service credential/);
    expect(result).toMatch(/client secret may be wrong or expired/);
    expect(result).toMatch(/Management OFF/);
    expect(await state()).toBe('off');
    const failed = await auditRows((r) => r.actionId === 'steward.session-on' && r.outcome === 'failed');
    expect(failed.map((r) => r.error?.code)).toContain('CREDENTIAL_REJECTED');

    expect(t.logs.text()).not.toContain(WRONG_SECRET);
    expect(JSON.stringify(await auditRows())).not.toContain(WRONG_SECRET);
    expect(JSON.stringify(await rawCredential('service'))).not.toContain(WRONG_SECRET);
  });

  it('admin credentials (username/password flow) turn the session on; removing them ends it', async () => {
    const removed = cardText(lastCard(await adminChat.say('remove service credential')));
    expect(removed).toMatch(/stored service credential was removed/);
    expect(await rawCredential('service')).toBeUndefined();

    const form = cardText(lastCard(await adminChat.say('store admin credentials')));
    expect(form).toMatch(/needs an account without MFA/);
    expect(form).toMatch(/recommend the service credential/);
    const stored = await storeCredential(adminChat, 'admin', { username: admin.upn, password: admin.password });
    expect(stored).toMatch(/Admin credentials for admin@contoso.com are stored, encrypted/);

    const mark = t.steward.sandbox!.requestLog.length;
    const { result } = await turnOn(adminChat);
    expect(result).toMatch(/using the stored admin credentials/);
    expect(await state()).toBe('on');
    // The tenant check ran as the admin user (delegated token), not as the app.
    const orgCalls = t.steward.sandbox!.requestLog.slice(mark).filter((r) => r.pathTemplate?.includes('organization'));
    expect(orgCalls.map((r) => r.caller)).toContain(`user:${admin.id}`);

    expect(t.logs.text()).not.toContain(admin.password);
    expect(JSON.stringify(await auditRows())).not.toContain(admin.password);
    expect(JSON.stringify(await rawCredential('admin'))).not.toContain(admin.password);

    const after = cardText(lastCard(await adminChat.say('remove admin credentials')));
    expect(after).toMatch(/stored admin credentials were removed/);
    expect(after).toMatch(/management session was turned off/);
    expect(await state()).toBe('off');
  });

  it('turning advanced management off deletes the stored service credential', async () => {
    await storeCredential(adminChat, 'service', { clientId: t.steward.sandbox!.clientId, clientSecret: t.steward.sandbox!.clientSecret });
    const { result } = await turnOn(adminChat);
    expect(result).toMatch(/using the stored service credential/);
    expect(await rawCredential('service')).toBeDefined();

    const saved = await saveSettings(adminChat, { advanced: false });
    expect(saved).toMatch(/The stored service credential was deleted/);
    expect(saved).toMatch(/Not stored/);
    expect(await rawCredential('service')).toBeUndefined();
    expect(await state()).toBe('off'); // it was running on that credential
    const removal = await auditRows((r) => r.actionId === 'steward.credential-removed' && r.parameters.reason === 'advanced management turned off');
    expect(removal).toHaveLength(1);

    // The configured (sandbox) app registration still works for Tenant Admins.
    const again = await turnOn(adminChat);
    expect(again.result).toMatch(/using the app registration from Steward's configuration/);
  });
});
