import { parseLicencePool } from '../../dialogs/commands/virtual-tenants.command';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type TestSteward } from './steward.harness';

/**
 * Licence pools: a Tenant Admin gives a virtual tenant a quota per SKU (stored on the virtual tenant in
 * Cosmos); user.manage-licenses refuses an assignment that would take the users of that virtual tenant
 * holding the SKU beyond the pool, with a card that says so, and changes nothing.
 */
const { admin, helpdesk, megan } = DEMO_IDENTITIES;

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const chat = () => t.chat({ objectId: admin.id });
const mark = () => t.steward.sandbox!.requestLog.length;
const writesSince = (m: number) =>
  t.steward.sandbox!.requestLog.slice(m).filter((r) => r.method !== 'GET' && !r.path.includes('/oauth2/')).map((r) => `${r.method} ${r.pathTemplate}`);

async function skuIdsOf(upn: string): Promise<string[]> {
  const res = await t.graph('GET', `/v1.0/users/${upn}?$select=assignedLicenses`);
  expect(res.status).toBe(200);
  return res.body.assignedLicenses.map((l: any) => l.skuId);
}

describe('parseLicencePool', () => {
  it.each([
    ['set licence pool E5 = 10 for virtual tenant Italy', { sku: 'E5', quota: 10, name: 'Italy' }],
    ['set the license pool Microsoft 365 E3 to 25 for virtual tenant "Italy Sales"', { sku: 'Microsoft 365 E3', quota: 25, name: 'Italy Sales' }],
    ['licence pool SPE_E5: 0 in virtual tenant Italy', { sku: 'SPE_E5', quota: 0, name: 'Italy' }],
  ])('%s', (text, expected) => {
    expect(parseLicencePool(text)).toEqual(expected);
  });

  it('returns nothing without a count or a virtual tenant', () => {
    expect(parseLicencePool('set licence pool E5 for Italy')).toBeUndefined();
  });
});

describe('licence pools', () => {
  let e5: string;
  let inUse: number;

  beforeAll(async () => {
    const skus = await t.graph('GET', '/v1.0/subscribedSkus');
    e5 = skus.body.value.find((s: any) => s.skuPartNumber === 'SPE_E5').skuId;
    const me = await t.graph('GET', `/v1.0/users/${megan.upn}?$select=department`);
    const department: string = me.body.department;
    const holders = await t.graph('GET', `/v1.0/users?$filter=${encodeURIComponent(`assignedLicenses/any(x:x/skuId eq ${e5})`)}&$select=id,department&$top=999`);
    inUse = holders.body.value.filter((u: any) => (u.department ?? '').toLowerCase() === department.toLowerCase()).length;
    expect(await skuIdsOf(megan.upn)).not.toContain(e5);
    const created = cardText(lastCard(await chat().say(`create virtual tenant Italy where department = "${department}"`)));
    expect(created).toMatch(/created/);
  });

  it('sets a pool from the chat line; the card names the SKU and the pools', async () => {
    const text = cardText(lastCard(await chat().say(`set licence pool E5 = ${inUse} for virtual tenant Italy`)));
    expect(text).toMatch(/Licence pool set: virtual tenant Italy may hold at most \d+ .*\(SPE_E5\)/);
    expect(text).toContain(`SPE_E5: ${inUse}`);
  });

  it('refuses an assignment beyond the pool with a clear card and changes nothing', async () => {
    const m = mark();
    const text = repliesText(await chat().say(`assign E5 to ${megan.upn}`));
    expect(text).toMatch(new RegExp(`licence pool of virtual tenant Italy is full for .*: ${inUse} of ${inUse} in use`));
    expect(text).toMatch(/raise the pool/);
    expect(writesSince(m)).toEqual([]);
    expect(await skuIdsOf(megan.upn)).not.toContain(e5);
  });

  it('assigns once the Tenant Admin raises the pool', async () => {
    await chat().say(`set license pool SPE_E5 to ${inUse + 1} for virtual tenant Italy`);
    const c = chat();
    const confirm = lastCard(await c.say(`assign E5 to ${megan.upn}`));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.manage-licenses' });
    await c.click(buttonData(confirm, /^Confirm/));
    expect(await skuIdsOf(megan.upn)).toContain(e5);
  });

  it('only a Tenant Admin sets a pool', async () => {
    const text = repliesText(await t.chat({ objectId: helpdesk.id }).say('set licence pool E5 = 99 for virtual tenant Italy'));
    expect(text).not.toMatch(/Licence pool set/);
    expect(text).toMatch(/Tenant Admin/i);
  });

  it('an unknown virtual tenant is refused', async () => {
    expect(repliesText(await chat().say('set licence pool E5 = 3 for virtual tenant Atlantis'))).toMatch(/No virtual tenant is named "Atlantis"/);
  });
});
