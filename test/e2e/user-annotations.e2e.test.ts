import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, startTestSteward, type TestSteward } from './steward.harness';

/**
 * Tags, portal attributes, the user summary card and bulk property edits, end to end over HTTP: chat
 * line → confirm (before → after) → Confirm → result, then the state read where it lives: Steward's own
 * `userAnnotations` container for tags and attributes (which must never reach Entra), the sandbox's
 * Graph API for bulk edits.
 */
const { admin, helpdesk, reader } = DEMO_IDENTITIES;

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** The raw annotations document of a user, straight from the container. */
async function annotationsOf(userId: string): Promise<any | undefined> {
  const { resources } = await t.steward.cosmos.containers.userAnnotations.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t AND c.id = @id', parameters: [{ name: '@t', value: t.steward.tenantId }, { name: '@id', value: userId }] })
    .fetchAll();
  return resources[0];
}


/** Chat line → confirm card → Confirm → result card. */
async function confirmRun(objectId: string, line: string): Promise<{ confirm: string; result: string }> {
  const chat = t.chat({ objectId });
  const confirm = lastCard(await chat.say(line));
  const result = lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
  return { confirm: cardText(confirm), result: cardText(result) };
}

describe('tags (Steward only, never Entra)', () => {
  it('adds tags: preview None → Onboarding, then Onboarding → Onboarding, VIP; stored in Cosmos; no Graph write', async () => {
    const user = DEMO_IDENTITIES.lynne;
    const mark = t.logMark();
    const first = await confirmRun(helpdesk.id, `add tags Onboarding to ${user.upn}`);
    expect(first.confirm).toMatch(/Tags/);
    expect(first.confirm).toContain('None');
    expect(first.confirm).toContain('Onboarding');
    expect(first.result).toMatch(/Tags are now Onboarding/);
    const second = await confirmRun(helpdesk.id, `add tags VIP to ${user.upn}`);
    expect(second.confirm).toContain('Onboarding, VIP');
    const doc = await annotationsOf(user.id);
    expect(doc).toMatchObject({ id: user.id, tenantId: t.steward.tenantId, tags: ['Onboarding', 'VIP'], updatedBy: helpdesk.id });
    expect(t.writesSince(mark)).toEqual([]);
    const audit = await t.steward.stores.audit.list(t.steward.tenantId, { limit: 200 });
    expect(audit.find((a) => a.kind === 'action' && a.actionId === 'user.add-tags')).toMatchObject({ outcome: 'succeeded', parameters: { tags: expect.any(Array) } });
  });

  it('removes only the named tags', async () => {
    const user = DEMO_IDENTITIES.grady;
    await confirmRun(helpdesk.id, `add tags Pilot, VIP to ${user.upn}`);
    const mark = t.logMark();
    const { confirm, result } = await confirmRun(helpdesk.id, `remove the tag VIP from ${user.upn}`);
    expect(confirm).toContain('Pilot, VIP');
    expect(result).toMatch(/Tags are now Pilot/);
    expect((await annotationsOf(user.id)).tags).toEqual(['Pilot']);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('flushes every tag', async () => {
    const user = DEMO_IDENTITIES.pradeep;
    await confirmRun(helpdesk.id, `add tags Pilot, Onboarding to ${user.upn}`);
    const mark = t.logMark();
    const { confirm } = await confirmRun(helpdesk.id, `flush tags of ${user.upn}`);
    expect(confirm).toContain('Pilot, Onboarding');
    expect(confirm).toContain('None');
    expect((await annotationsOf(user.id)).tags).toEqual([]);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('sets the exact list of tags', async () => {
    const user = DEMO_IDENTITIES.joni;
    await confirmRun(helpdesk.id, `add tags Legacy to ${user.upn}`);
    const mark = t.logMark();
    const { confirm } = await confirmRun(helpdesk.id, `set the tags of ${user.upn} to Onboarding, VIP`);
    expect(confirm).toContain('Legacy');
    expect(confirm).toContain('Onboarding, VIP');
    expect((await annotationsOf(user.id)).tags).toEqual(['Onboarding', 'VIP']);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('refuses a bad tag with the reason, and stores nothing', async () => {
    const user = DEMO_IDENTITIES.isaiah;
    const chat = t.chat({ objectId: helpdesk.id });
    const long = `A${'x'.repeat(70)}`;
    const card = cardText(lastCard(await chat.say(`add tags ${long} to ${user.upn}`)));
    expect(card).toMatch(/at most 64 characters/);
    await chat.say('cancel');
    expect(await annotationsOf(user.id)).toBeUndefined();
  });

  it('refuses remove / manage without tags, and flush for a Reader; nothing stored', async () => {
    const user = DEMO_IDENTITIES.nestor;
    const chat = t.chat({ objectId: helpdesk.id });
    const remove = cardText(lastCard(await chat.say(`remove tags from ${user.upn}`)));
    expect(remove).toMatch(/Tags/);
    expect(remove).not.toMatch(/^Confirm/m);
    await chat.say('cancel');
    const manage = cardText(lastCard(await chat.say(`manage tags of ${user.upn}`)));
    expect(manage).toMatch(/Give the exact tags/);
    await chat.say('cancel');
    const refused = cardText(lastCard(await t.chat({ objectId: reader.id }).say(`flush tags of ${user.upn}`)));
    expect(refused).toMatch(/Not allowed for your role/);
    expect(await annotationsOf(user.id)).toBeUndefined();
  });
});

describe('portal attributes', () => {
  it('sets and removes a name = value pair, in Cosmos only', async () => {
    const user = DEMO_IDENTITIES.miriam;
    const mark = t.logMark();
    const set = await confirmRun(helpdesk.id, `set portal attribute Office=Paris on ${user.upn}`);
    expect(set.confirm).toMatch(/Portal attribute Office/);
    expect(set.confirm).toContain('Not set');
    expect(set.confirm).toContain('Paris');
    expect((await annotationsOf(user.id)).attributes).toEqual({ Office: 'Paris' });
    const update = await confirmRun(helpdesk.id, `set portal attribute Office=Lyon on ${user.upn}`);
    expect(update.confirm).toContain('Paris');
    expect(update.confirm).toContain('Lyon');
    await confirmRun(helpdesk.id, `remove portal attribute Office from ${user.upn}`);
    expect((await annotationsOf(user.id)).attributes).toEqual({});
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('refuses an Entra extension attribute name and stores nothing', async () => {
    const user = DEMO_IDENTITIES.allan;
    const chat = t.chat({ objectId: helpdesk.id });
    const card = cardText(lastCard(await chat.say(`set portal attribute extensionAttribute5=Paris on ${user.upn}`)));
    expect(card).toMatch(/extension attribute/);
    await chat.say('cancel');
    expect(await annotationsOf(user.id)).toBeUndefined();
  });
});

describe('user summary card', () => {
  it('shows key properties with Steward tags and attributes', async () => {
    const user = DEMO_IDENTITIES.adele;
    await confirmRun(helpdesk.id, `add tags Onboarding, VIP to ${user.upn}`);
    await confirmRun(helpdesk.id, `set portal attribute Office=Paris on ${user.upn}`);
    const me = (await t.graph('GET', `/v1.0/users/${user.upn}?$select=department,jobTitle`)).body;
    const mark = t.logMark();
    const card = cardText(lastCard(await t.chat({ objectId: reader.id }).say(`show ${user.upn}`)));
    expect(card).toContain(user.displayName);
    expect(card).toContain(user.upn);
    if (me.department) expect(card).toContain(me.department);
    expect(card).toMatch(/Licences/);
    expect(card).toMatch(/MFA methods/);
    expect(card).toMatch(/Manager/);
    expect(card).toContain('Onboarding, VIP');
    expect(card).toContain('Paris');
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('is scope-checked: an operator limited to a virtual tenant sees only users inside it', async () => {
    const admin$ = t.chat({ objectId: admin.id });
    const sales = (await t.graph('GET', "/v1.0/users?$filter=department eq 'Sales'&$select=userPrincipalName,displayName&$top=1")).body.value[0];
    const some = (await t.graph('GET', '/v1.0/users?$select=userPrincipalName,department&$top=50')).body.value as any[];
    const other = some.find((u) => u.department && u.department !== 'Sales');
    expect(sales && other).toBeTruthy();
    expect(cardText(lastCard(await admin$.say('create virtual tenant SalesOnly where department in (Sales)')))).toMatch(/created/);
    const scoped = DEMO_IDENTITIES.isaiah;
    expect(cardText(lastCard(await admin$.say(`add operator ${scoped.upn} as Helpdesk in virtual tenant SalesOnly`)))).toMatch(/SalesOnly/);
    const chat = t.chat({ objectId: scoped.id });
    expect(cardText(lastCard(await chat.say(`show ${sales.userPrincipalName}`)))).toContain(sales.displayName);
    expect(cardText(lastCard(await chat.say(`show ${other.userPrincipalName}`)))).toMatch(/outside the users you manage/);
  });

  it('says so for an unknown user', async () => {
    const card = cardText(lastCard(await t.chat({ objectId: admin.id }).say('show nobody.here@contoso.com')));
    expect(card).toMatch(/No user matches "nobody\.here@contoso\.com"/);
  });
});

describe('bulk edit properties ($batch)', () => {
  it('sets the same department on several users through one $batch', async () => {
    const users = [DEMO_IDENTITIES.diego, DEMO_IDENTITIES.patti, DEMO_IDENTITIES.irvin];
    const mark = t.logMark();
    const { confirm, result } = await confirmRun(admin.id, `bulk edit user properties of ${users.map((u) => u.upn).join(' and ')}: department to Research Lab`);
    expect(confirm).toMatch(/Department/);
    expect(confirm).toContain('Research Lab');
    expect(result).toMatch(/Updated department/);
    for (const u of users) {
      expect((await t.graph('GET', `/v1.0/users/${u.upn}?$select=department`)).body.department).toBe('Research Lab');
    }
    const writes = t.writesSince(mark);
    expect(writes.filter((w) => w.startsWith('POST') && w.includes('$batch')).length).toBeGreaterThanOrEqual(1);
    expect(writes.filter((w) => w.startsWith('POST') && w.includes('$batch')).length).toBeLessThan(users.length + 1);
  });

  it('refuses an invalid usage location and changes nothing', async () => {
    const users = [DEMO_IDENTITIES.johanna, DEMO_IDENTITIES.megan];
    const before = await Promise.all(users.map(async (u) => (await t.graph('GET', `/v1.0/users/${u.upn}?$select=usageLocation`)).body.usageLocation));
    const chat = t.chat({ objectId: admin.id });
    const mark = t.logMark();
    const card = cardText(lastCard(await chat.say(`bulk edit user properties of ${users.map((u) => u.upn).join(' and ')}: usage location to France`)));
    expect(card).toMatch(/two-letter country code/);
    await chat.say('cancel');
    expect(t.writesSince(mark)).toEqual([]);
    const after = await Promise.all(users.map(async (u) => (await t.graph('GET', `/v1.0/users/${u.upn}?$select=usageLocation`)).body.usageLocation));
    expect(after).toEqual(before);
  });

  it('Helpdesk may not bulk edit', async () => {
    const card = cardText(lastCard(await t.chat({ objectId: helpdesk.id }).say(`bulk edit user properties of ${DEMO_IDENTITIES.megan.upn} and ${DEMO_IDENTITIES.johanna.upn}: department to Sales`)));
    expect(card).toMatch(/Not allowed for your role/);
  });
});
