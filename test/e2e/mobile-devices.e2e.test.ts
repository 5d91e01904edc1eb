import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, type ChatClient, type TestSteward } from './steward.harness';
import { catalogWritesCheck, useStewardPerFile } from './exchange-e2e.helpers';

/**
 * Exchange mobile device partnerships end to end over HTTP. Chat lines name the owner ("wipe the
 * mobile device of adele@contoso.com"); the "Which mobile device?" card takes the owner's mailbox and
 * lists its partnerships. Results are read back through the sandbox's Exchange admin API (t.exo), every
 * run's writes are checked against the catalog entry, and each action has one refused input.
 */
const { admin, jane, adele, megan, nestor } = DEMO_IDENTITIES;

let t: TestSteward;
let chat: ChatClient;
useStewardPerFile((started) => {
  t = started;
  chat = t.chat({ objectId: admin.id });
});

const expectCatalogWrites = catalogWritesCheck(() => t);

const devicesOf = (mailbox: string) => t.exo('Get-MobileDevice', { Mailbox: mailbox });
const statsOf = async (guid: string) => (await t.exo('Get-MobileDeviceStatistics', { Identity: guid }))[0];

/** Line → "Which mobile device?" → the owner's mailbox → (a choice when several) → confirm card. */
async function confirmFor(line: string, owner: string, pick?: string, who: ChatClient = chat): Promise<any> {
  const which = lastCard(await who.say(line));
  expect(cardText(which)).toMatch(/Which mobile device\?/);
  let card = lastCard(await who.click(buttonData(which, /^Continue/), { target: owner }));
  if (pick) {
    expect(cardText(card)).toMatch(/mobile devices match/);
    card = lastCard(await who.click(buttonData(card, /^Continue/), { choice: pick }));
  }
  return card;
}

async function confirmAndRun(confirm: any): Promise<any> {
  return lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
}

describe('mobile-device.remove', () => {
  it("removes the owner's partnership; the card warns it may come back", async () => {
    const [device] = await devicesOf(megan.upn);
    expect(device).toBeDefined();
    const confirm = await confirmFor('remove the phone of megan@contoso.com from exchange', megan.upn);
    const text = cardText(confirm);
    expect(text).toContain(device.FriendlyName);
    expect(text).toMatch(/Removed/);
    expect(text).toMatch(/creates a new partnership at its next sync/);
    const mark = t.logMark();
    expect(cardText(await confirmAndRun(confirm))).toMatch(/Removed the mobile device/);
    expectCatalogWrites('mobile-device.remove', mark);
    expect(await devicesOf(megan.upn)).toEqual([]);
  });

  it('bulk: several devices named by their device ids are removed in one confirm', async () => {
    const all = await t.exo('Get-MobileDevice');
    const picked = all.filter((d: any) => ![jane.upn, adele.upn, megan.upn].includes(d.UserPrincipalName)).slice(0, 2);
    expect(picked).toHaveLength(2);
    const which = lastCard(await chat.say('remove mobile devices'));
    const confirm = lastCard(await chat.click(buttonData(which, /^Continue/), { target: picked.map((d: any) => d.DeviceId).join(', ') }));
    expect(cardText(confirm)).toMatch(/Will change 2 targets/);
    const mark = t.logMark();
    expect(repliesText(await chat.click(buttonData(confirm, /^Confirm/)))).toMatch(/2 succeeded/);
    expectCatalogWrites('mobile-device.remove', mark);
    expect(t.writesSince(mark)).toEqual(['EXO Remove-MobileDevice', 'EXO Remove-MobileDevice']);
    const left = (await t.exo('Get-MobileDevice')).map((d: any) => d.Guid);
    for (const d of picked) expect(left).not.toContain(d.Guid);
    expect(left).toHaveLength(all.length - 2);
  });

  it('a mailbox that has no such device is explained; nothing is removed', async () => {
    const before = (await t.exo('Get-MobileDevice')).length;
    const which = lastCard(await chat.say('remove a mobile device'));
    const mark = t.logMark();
    const reply = repliesText(await chat.click(buttonData(which, /^Continue/), { target: 'nobody.at.all@contoso.com' }));
    expect(reply).toMatch(/No mobile device matches "nobody\.at\.all@contoso\.com"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await t.exo('Get-MobileDevice')).toHaveLength(before);
  });
});

describe('mobile-device.wipe', () => {
  it('full wipe of a tablet: the card says the whole tablet is erased; Exchange has the wipe pending; cancel withdraws it', async () => {
    const [ipad] = await devicesOf(adele.upn);
    expect(ipad.DeviceModel).toMatch(/iPad/);
    const confirm = await confirmFor('wipe the mobile device of adele@contoso.com', adele.upn);
    const text = cardText(confirm);
    expect(text).toMatch(/Everything on this tablet: factory reset/);
    expect(text).toMatch(/This tablet is reset to factory settings/);
    expect(text).toMatch(/Full device \(factory reset\)/);
    const mark = t.logMark();
    expect(cardText(await confirmAndRun(confirm))).toMatch(/Full wipe requested/);
    expectCatalogWrites('mobile-device.wipe', mark);
    expect(await statsOf(ipad.Guid)).toMatchObject({ DeviceWipeStatus: 'WipePending', AccountOnlyDeviceWipe: false });

    const cancel = await confirmFor("cancel the pending wipe of adele's device", adele.upn);
    expect(cardText(cancel)).toMatch(/Cancel the pending wipe/);
    expect(cardText(cancel)).toMatch(/Full wipe pending since/);
    const cancelMark = t.logMark();
    expect(cardText(await confirmAndRun(cancel))).toMatch(/Cancelled the pending wipe/);
    expectCatalogWrites('mobile-device.wipe', cancelMark);
    expect((await statsOf(ipad.Guid)).DeviceWipeStatus).toBeNull();
  });

  it('account-only wipe of a phone (picked among the owner\'s devices) erases only the Exchange data', async () => {
    const [iphone] = (await devicesOf(jane.upn)).filter((d: any) => d.DeviceModel === 'iPhone 15');
    const confirm = await confirmFor(`wipe only the company mail from ${jane.upn}'s phone`, jane.upn, iphone.Guid);
    const text = cardText(confirm);
    expect(text).toMatch(/Only the Exchange mail, calendar and contacts on this phone/);
    expect(text).not.toMatch(/factory/);
    const mark = t.logMark();
    await confirmAndRun(confirm);
    expectCatalogWrites('mobile-device.wipe', mark);
    expect(await statsOf(iphone.Guid)).toMatchObject({ DeviceWipeStatus: 'AccountOnlyWipePending', AccountOnlyDeviceWipe: true });
  });

  it('a full wipe of an Outlook for iOS and Android partnership is refused with the fix; nothing is wiped', async () => {
    const outlook = (await t.exo('Get-MobileDevice')).find((d: any) => d.ClientType === 'Outlook');
    expect(outlook).toBeDefined();
    const which = lastCard(await chat.say('remote wipe a lost phone'));
    const mark = t.logMark();
    const reply = repliesText(await chat.click(buttonData(which, /^Continue/), { target: outlook.Guid }));
    expect(reply).toMatch(/syncs through Outlook for iOS and Android, which supports only an account-only wipe/);
    expect(reply).toMatch(/Account only/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await statsOf(outlook.Guid)).DeviceWipeStatus).toBeNull();
  });
});

describe('mobile-device.allow-quarantined', () => {
  it('allows the quarantined device (before → after); Undo quarantines it again', async () => {
    const [galaxy] = (await devicesOf(jane.upn)).filter((d: any) => d.DeviceAccessState === 'Quarantined');
    expect(galaxy).toBeDefined();
    const confirm = await confirmFor(`allow the quarantined mobile device of ${jane.upn}`, jane.upn, galaxy.Guid);
    const text = cardText(confirm);
    expect(text).toMatch(/Quarantined/);
    expect(text).toMatch(/Allowed/);
    expect(text).toContain(`Includes ${galaxy.DeviceId}`);
    const mark = t.logMark();
    const result = await confirmAndRun(confirm);
    expect(cardText(result)).toMatch(/Allowed .* to sync with Exchange Online/);
    expectCatalogWrites('mobile-device.allow-quarantined', mark);
    expect((await t.exo('Get-MobileDevice', { Identity: galaxy.Guid }))[0].DeviceAccessState).toBe('Allowed');
    expect((await t.exo('Get-CASMailbox', { Identity: jane.upn }))[0].ActiveSyncAllowedDeviceIDs).toContain(galaxy.DeviceId);

    const undo = lastCard(await chat.click(buttonData(result, /^Undo$/)));
    expect(cardText(undo)).toMatch(/Undo:/);
    await confirmAndRun(undo);
    expect((await t.exo('Get-MobileDevice', { Identity: galaxy.Guid }))[0].DeviceAccessState).toBe('Quarantined');
    expect((await t.exo('Get-CASMailbox', { Identity: jane.upn }))[0].ActiveSyncAllowedDeviceIDs).not.toContain(galaxy.DeviceId);
  });

  it('a blocked (not quarantined) device is refused with what to do; nothing changes', async () => {
    const [device] = (await t.exo('Get-MobileDevice')).filter((d: any) => d.DeviceAccessState === 'Allowed' && d.UserPrincipalName !== jane.upn);
    await t.exo('Set-CASMailbox', { Identity: device.UserPrincipalName, ActiveSyncBlockedDeviceIDs: { Add: [device.DeviceId] } });
    const casBefore = (await t.exo('Get-CASMailbox', { Identity: device.UserPrincipalName }))[0];
    const which = lastCard(await chat.say('approve a mobile device waiting in quarantine'));
    const mark = t.logMark();
    const reply = repliesText(await chat.click(buttonData(which, /^Continue/), { target: device.Guid }));
    expect(reply).toMatch(/is blocked, not quarantined/);
    expect(reply).toMatch(/Remove it from the blocked device ids/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await t.exo('Get-CASMailbox', { Identity: device.UserPrincipalName }))[0]).toEqual(casBefore);
    expect((await t.exo('Get-MobileDevice', { Identity: device.Guid }))[0].DeviceAccessState).toBe('Blocked');
  });
});

describe('scope: a mobile device is in scope when its owner is', () => {
  it("a Sales-only operator may wipe a Sales owner's device but not another department's", async () => {
    const owners = new Map<string, any>();
    // ActiveSync partnerships only: a full wipe of an Outlook one is refused for another reason.
    for (const d of await t.exo('Get-MobileDevice')) if (d.ClientType === 'EAS') owners.set(d.UserPrincipalName, d);
    const departments = await Promise.all(
      [...owners.keys()].map(async (upn) => ({ upn, department: (await t.graph('GET', `/v1.0/users/${upn}?$select=department`)).body.department as string | null })),
    );
    const inside = departments.find((d) => d.department === 'Sales')!;
    const outside = departments.find((d) => d.department && d.department !== 'Sales')!;
    expect(inside).toBeDefined();
    expect(outside).toBeDefined();

    expect(cardText(lastCard(await chat.say('create virtual tenant SalesDevices where department in (Sales)')))).toMatch(/Virtual tenant "SalesDevices" created/);
    expect(cardText(lastCard(await chat.say(`add operator ${nestor.upn} as Management in virtual tenant SalesDevices`)))).toMatch(/SalesDevices/);
    const scoped = t.chat({ objectId: nestor.id });

    const outsideDevice = owners.get(outside.upn);
    const mark = t.logMark();
    const which = lastCard(await scoped.say('remote wipe a lost phone'));
    const refused = repliesText(await scoped.click(buttonData(which, /^Continue/), { target: outsideDevice.Guid }));
    expect(refused).toMatch(/Outside your scope/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await statsOf(outsideDevice.Guid)).DeviceWipeStatus).toBeNull();

    const insideDevice = owners.get(inside.upn);
    const whichAgain = lastCard(await scoped.say('remote wipe a lost phone'));
    const confirm = lastCard(await scoped.click(buttonData(whichAgain, /^Continue/), { target: insideDevice.Guid }));
    expect(cardText(confirm)).toMatch(/Virtual tenant: SalesDevices/);
    await scoped.say('cancel');
    expect((await statsOf(insideDevice.Guid)).DeviceWipeStatus).toBeNull();
  });
});
