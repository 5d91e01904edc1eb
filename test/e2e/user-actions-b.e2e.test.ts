import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { SKU_IDS } from '../../sandbox/seed/seed.data';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type TestSteward } from './steward.harness';

/**
 * Licences, service plans and group memberships, end to end over HTTP: chat line → confirm card with
 * before → after → Confirm → result card, then the tenant state read back through the sandbox's Graph.
 * Each bad-input test checks that the sandbox saw no write.
 */
const { admin } = DEMO_IDENTITIES;

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function licences(upn: string): Promise<{ skuId: string; disabledPlans: string[] }[]> {
  const res = await t.graph('GET', `/v1.0/users/${upn}?$select=assignedLicenses,usageLocation`);
  expect(res.status).toBe(200);
  return res.body.assignedLicenses;
}
async function groupsOf(upn: string): Promise<any[]> {
  const res = await t.graph('GET', `/v1.0/users/${upn}/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes,mailEnabled`);
  expect(res.status).toBe(200);
  return res.body.value;
}
const chat = () => t.chat({ objectId: admin.id });

describe('user.manage-licenses', () => {
  it('assigns E5 next to E3 and previews E3 → E3 + E5', async () => {
    const megan = DEMO_IDENTITIES.megan;
    const before = await licences(megan.upn);
    expect(before.map((l) => l.skuId)).toContain(SKU_IDS.E3);
    expect(before.map((l) => l.skuId)).not.toContain(SKU_IDS.E5);
    const c = chat();
    const confirm = lastCard(await c.say(`assign E5 to ${megan.upn}`));
    const text = cardText(confirm);
    expect(text).toContain('Office 365 E3');
    expect(text).toContain('Office 365 E3 + Enterprise Mobility + Security E3\n → \nOffice 365 E3 + Enterprise Mobility + Security E3 + Microsoft 365 E5\n');
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.manage-licenses' });
    const result = lastCard(await c.click(buttonData(confirm, /^Confirm/)));
    expect(cardText(result)).toMatch(/Licences updated/);
    expect((await licences(megan.upn)).map((l) => l.skuId)).toEqual(expect.arrayContaining([SKU_IDS.E3, SKU_IDS.E5]));
  });

  it('unassigns E5 again: E3 + E5 → E3', async () => {
    const megan = DEMO_IDENTITIES.megan;
    const c = chat();
    const confirm = lastCard(await c.say(`unassign the E5 license from ${megan.upn}`));
    expect(cardText(confirm)).toMatch(/Office 365 E3[^\n]*\+ Microsoft 365 E5/);
    expect(cardText(confirm)).toContain('Office 365 E3 + Enterprise Mobility + Security E3 + Microsoft 365 E5\n → \nOffice 365 E3 + Enterprise Mobility + Security E3\n');
    await c.click(buttonData(confirm, /^Confirm/));
    const after = (await licences(megan.upn)).map((l) => l.skuId);
    expect(after).toContain(SKU_IDS.E3);
    expect(after).not.toContain(SKU_IDS.E5);
  });

  it('asks for a usage location when the user has none, then sets it before assigning', async () => {
    const upn = 'nolocation.tester@contoso.com';
    const created = await t.graph('POST', '/v1.0/users', {
      accountEnabled: true,
      displayName: 'No Location Tester',
      mailNickname: 'nolocation.tester',
      userPrincipalName: upn,
      passwordProfile: { password: 'Xy!9kLmn#2Pq', forceChangePasswordNextSignIn: true },
    });
    expect(created.status).toBe(201);
    const c = chat();
    const mark = t.logMark();
    const refused = repliesText(await c.say(`assign E3 to ${upn}`));
    expect(refused).toMatch(/no usage location/i);
    expect(t.writesSince(mark)).toEqual([]);

    const confirm = lastCard(await c.say(`assign E3 to ${upn} with usage location US`));
    expect(cardText(confirm)).toMatch(/Usage location/);
    await c.click(buttonData(confirm, /^Confirm/));
    const after = await t.graph('GET', `/v1.0/users/${upn}?$select=assignedLicenses,usageLocation`);
    expect(after.body.usageLocation).toBe('US');
    expect(after.body.assignedLicenses.map((l: any) => l.skuId)).toEqual([SKU_IDS.E3]);
  });

  it('refuses an unknown licence, listing the available ones, and changes nothing', async () => {
    const lynne = DEMO_IDENTITIES.lynne;
    const before = await licences(lynne.upn);
    const mark = t.logMark();
    const text = repliesText(await chat().say(`assign the Visio license to ${lynne.upn}`));
    expect(text).toMatch(/No subscribed licence matches "Visio"/);
    expect(text).toMatch(/Microsoft 365 E5/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await licences(lynne.upn)).toEqual(before);
  });
  it('refuses a licence with no free units and changes nothing', async () => {
    const skus = (await t.graph('GET', '/v1.0/subscribedSkus')).body.value;
    const pbi = skus.find((s: any) => s.skuId === SKU_IDS.POWER_BI_PRO);
    let free = pbi.prepaidUnits.enabled - pbi.consumedUnits;
    const users = (await t.graph('GET', '/v1.0/users?$select=userPrincipalName,usageLocation,assignedLicenses&$top=999')).body.value;
    const candidates = users.filter((u: any) => u.usageLocation && !u.assignedLicenses.some((l: any) => l.skuId === SKU_IDS.POWER_BI_PRO));
    const target = candidates[0].userPrincipalName as string;
    for (const u of candidates.slice(1)) {
      if (free <= 0) break;
      const res = await t.graph('POST', `/v1.0/users/${u.userPrincipalName}/assignLicense`, { addLicenses: [{ skuId: SKU_IDS.POWER_BI_PRO, disabledPlans: [] }], removeLicenses: [] });
      expect(res.status).toBe(200);
      free--;
    }
    expect(free).toBe(0);
    const before = await licences(target);
    const mark = t.logMark();
    const text = repliesText(await chat().say(`assign the power bi pro license to ${target}`));
    expect(text).toMatch(/No free Power BI Pro licences/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await licences(target)).toEqual(before);
  });
});

describe('user.manage-service-plans', () => {
  it('disables Yammer inside E3 with the full resulting disabled list', async () => {
    const megan = DEMO_IDENTITIES.megan;
    const c = chat();
    const confirm = lastCard(await c.say(`disable yammer in the E3 license of ${megan.upn}`));
    const text = cardText(confirm);
    expect(text).toMatch(/Disabled plans \(Office 365 E3\)/);
    expect(text).toMatch(/YAMMER_ENTERPRISE/);
    const result = lastCard(await c.click(buttonData(confirm, /^Confirm/)));
    expect(cardText(result)).toMatch(/Service plans of Office 365 E3 updated/);
    const details = await t.graph('GET', `/v1.0/users/${megan.upn}/licenseDetails`);
    const e3 = details.body.value.find((d: any) => d.skuId === SKU_IDS.E3);
    const off = e3.servicePlans.filter((p: any) => p.provisioningStatus === 'Disabled').map((p: any) => p.servicePlanName);
    expect(off).toEqual(['YAMMER_ENTERPRISE']);
  });

  it('refuses a plan the licence does not have and changes nothing', async () => {
    const megan = DEMO_IDENTITIES.megan;
    const before = await licences(megan.upn);
    const mark = t.logMark();
    const text = repliesText(await chat().say(`disable foobar in the E3 license of ${megan.upn}`));
    expect(text).toMatch(/has no service plan "foobar"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await licences(megan.upn)).toEqual(before);
  });
});

describe('user.remove-all-licenses', () => {
  it('removes every direct licence', async () => {
    const adele = DEMO_IDENTITIES.adele;
    expect((await licences(adele.upn)).length).toBeGreaterThan(0);
    const c = chat();
    const confirm = lastCard(await c.say(`remove all licenses from ${adele.upn}`));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.remove-all-licenses' });
    expect(cardText(confirm)).toMatch(/Licences/);
    expect(cardText(confirm)).toMatch(/None/);
    const result = lastCard(await c.click(buttonData(confirm, /^Confirm/)));
    expect(cardText(result)).toMatch(/Removed \d+ licences?/);
    expect(await licences(adele.upn)).toEqual([]);
  });

  it('refuses a user that does not exist and changes nothing', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat().say('remove all licenses from nobody.here@contoso.com'));
    expect(text).toMatch(/nobody\.here@contoso\.com|no user/i);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('user.remove-from-all-groups', () => {
  it('leaves every group, the distribution list nw-sales through Exchange, and Undo puts every membership back', async () => {
    const isaiah = DEMO_IDENTITIES.isaiah;
    const nwSales = async () => (await t.exo('Get-DistributionGroupMember', { Identity: 'nw-sales@contoso.com' })).map((m) => String(m.PrimarySmtpAddress).toLowerCase());
    const before = await groupsOf(isaiah.upn);
    expect(before.some((g) => g.displayName === 'Northwest Sales' && g.mailEnabled && !g.groupTypes.includes('Unified'))).toBe(true);
    expect(before.some((g) => !g.mailEnabled || g.groupTypes.includes('Unified'))).toBe(true);
    expect(await nwSales()).toContain(isaiah.upn);

    const c = chat();
    const confirm = lastCard(await c.say(`remove ${isaiah.upn} from every group`));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.remove-from-all-groups' });
    expect(cardText(confirm)).toContain('Leave Northwest Sales (distribution list, through Exchange)');
    const mark = t.logMark();
    const result = lastCard(await c.click(buttonData(confirm, /^Confirm/)));
    expect(cardText(result)).toMatch(new RegExp(`Removed from ${before.length} groups`));
    const writes = t.writesSince(mark);
    // Exchange for mail-enabled groups, Graph's DELETE $ref for the others: the calls the catalog lists.
    expect(writes.filter((w) => w.startsWith('EXO '))).toEqual(
      before.filter((g) => g.mailEnabled && !g.groupTypes.includes('Unified')).map(() => 'EXO Remove-DistributionGroupMember'),
    );
    expect(writes.filter((w) => !w.startsWith('EXO ')).every((w) => /^DELETE \/v1\.0\/groups\/[^/]+\/members\/[^/]+\/\$ref$/.test(w))).toBe(true);
    expect(await groupsOf(isaiah.upn)).toEqual([]);
    expect(await nwSales()).not.toContain(isaiah.upn);

    const undoConfirm = lastCard(await c.click(buttonData(result, /^Undo$/)));
    expect(buttonData(undoConfirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.rejoin-groups' });
    expect(cardText(undoConfirm)).toContain('Join Northwest Sales (distribution list, through Exchange)');
    const undoMark = t.logMark();
    expect(cardText(lastCard(await c.click(buttonData(undoConfirm, /^Confirm/))))).toMatch(new RegExp(`Back in ${before.length} groups`));
    expect(t.writesSince(undoMark)).toContain('EXO Add-DistributionGroupMember');
    expect(await nwSales()).toContain(isaiah.upn);
    expect((await groupsOf(isaiah.upn)).map((g) => g.id).sort()).toEqual(before.map((g) => g.id).sort());
  });

  it('refuses a user that does not exist and changes nothing', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat().say('remove nobody.here@contoso.com from every group'));
    expect(text).toMatch(/nobody\.here@contoso\.com|no user/i);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('user.manage-mfa', () => {
  it('enforces per-user MFA (beta requirements) and previews Disabled → Enforced', async () => {
    const joni = DEMO_IDENTITIES.joni;
    const before = await t.graph('GET', `/beta/users/${joni.upn}/authentication/requirements`);
    expect(before.body.perUserMfaState).not.toBe('enforced');
    const c = chat();
    const confirm = lastCard(await c.say(`enforce multi-factor authentication on ${joni.upn}`));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.manage-mfa' });
    expect(cardText(confirm)).toMatch(/Per-user MFA/);
    expect(cardText(confirm)).toMatch(/Enforced/);
    const result = lastCard(await c.click(buttonData(confirm, /^Confirm/)));
    expect(cardText(result)).toMatch(/MFA settings updated/);
    const after = await t.graph('GET', `/beta/users/${joni.upn}/authentication/requirements`);
    expect(after.body.perUserMfaState).toBe('enforced');
  });

  it('refuses a malformed phone number and changes nothing', async () => {
    const irvin = DEMO_IDENTITIES.irvin;
    const mark = t.logMark();
    const text = repliesText(await chat().say(`enable MFA for ${irvin.upn} with phone +1 555`));
    expect(text).toMatch(/country code, a space, then the number/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('user.clone', () => {
  it('creates the new user with the source properties, licences, groups and a one-time password', async () => {
    const megan = DEMO_IDENTITIES.megan;
    const source = await t.graph('GET', `/v1.0/users/${megan.upn}?$select=department,usageLocation,assignedLicenses`);
    const sourceGroups = (await groupsOf(megan.upn)).filter((g) => !g.mailEnabled || g.groupTypes.includes('Unified'));
    const c = chat();
    const form = lastCard(await c.say(`clone ${megan.upn}`));
    const confirm = lastCard(
      await c.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), { userPrincipalName: 'megan.clone@contoso.com', displayName: 'Megan Clone' }),
    );
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.clone' });
    expect(cardText(confirm)).toMatch(/Megan Clone \(megan\.clone@contoso\.com\)/);
    const result = await c.click(buttonData(confirm, /^Confirm/));
    const text = repliesText(result);
    expect(text).toMatch(/Created megan\.clone@contoso\.com/);
    expect(text).toMatch(/Temporary password for megan\.clone@contoso\.com/);
    const clone = await t.graph('GET', `/v1.0/users/megan.clone@contoso.com?$select=id,department,usageLocation,assignedLicenses,accountEnabled`);
    expect(clone.status).toBe(200);
    expect(clone.body.department).toBe(source.body.department);
    expect(clone.body.usageLocation).toBe(source.body.usageLocation);
    expect(clone.body.assignedLicenses.map((l: any) => l.skuId).sort()).toEqual(source.body.assignedLicenses.map((l: any) => l.skuId).sort());
    const cloneGroups = await groupsOf('megan.clone@contoso.com');
    expect(cloneGroups.map((g) => g.id).sort()).toEqual(sourceGroups.map((g) => g.id).sort());
    const password = /Temporary password for [^\n]*\n([^\n]+)/.exec(text)![1].trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(t.steward.sandbox!.tenant.getUser(clone.body.id)?.password).toBe(password);
    expect(t.logs.text()).not.toContain(password);
  });

  it('refuses a sign-in name that is already taken and creates nothing', async () => {
    const megan = DEMO_IDENTITIES.megan;
    const c = chat();
    const form = lastCard(await c.say(`clone ${megan.upn}`));
    const mark = t.logMark();
    const text = repliesText(
      await c.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), { userPrincipalName: DEMO_IDENTITIES.adele.upn, displayName: 'Duplicate' }),
    );
    expect(text).toMatch(/already exists/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});
