import { DELETED_DEMO_IDENTITIES, DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type TestSteward } from './steward.harness';

/**
 * User actions over HTTP (password never expires, edit properties, rename, remove, remove guest, restore,
 * purge from the recycle bin): a chat
 * line or form → confirm card with before → after → Confirm → result card, tenant state read back
 * through the sandbox's Graph API; and per action one bad input that changes nothing.
 */
const { admin, patti, leeG, irvin, johanna, isaiah, diego, megan, grady, joni, pradeep, jane } = DEMO_IDENTITIES;
const { lidia, henrietta } = DELETED_DEMO_IDENTITIES;
const GUEST = 'kim.akers@fabrikam.com';

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function user(idOrUpn: string, select: string): Promise<any> {
  const res = await t.graph('GET', `/v1.0/users/${encodeURIComponent(idOrUpn)}?$select=${select}`);
  expect(res.status).toBe(200);
  return res.body;
}

const mark = () => t.logMark();

/** Says the line and answers the confirm card, checking the recognizer routed it to `actionId`. */
async function confirmFrom(line: string, actionId: string): Promise<{ preview: string; confirm: any }> {
  const chat = t.chat({ objectId: admin.id });
  const confirm = lastCard(await chat.say(line));
  const data = buttonData(confirm, /^Confirm/);
  expect(data.steward.actionId).toBe(actionId);
  return { preview: cardText(confirm), confirm: data };
}

async function confirmAndRun(data: any): Promise<string> {
  const chat = t.chat({ objectId: admin.id });
  return cardText(lastCard(await chat.click(data)));
}

describe('user.password-never-expires', () => {
  it('sets never-expires and back, keeping DisableStrongPassword (read-modify-write)', async () => {
    await t.graph('PATCH', `/v1.0/users/${patti.upn}`, { passwordPolicies: 'DisableStrongPassword' });

    const on = await confirmFrom(`set the password of ${patti.upn} to never expire`, 'user.password-never-expires');
    expect(on.preview).toMatch(/Password expires/);
    expect(on.preview).toMatch(/\byes\b/);
    expect(on.preview).toMatch(/\bnever\b/);
    expect(await confirmAndRun(on.confirm)).toMatch(/no longer expires/);
    const policies = (await user(patti.upn, 'passwordPolicies')).passwordPolicies.split(',').map((p: string) => p.trim()).sort();
    expect(policies).toEqual(['DisablePasswordExpiration', 'DisableStrongPassword']);

    const off = await confirmFrom(`let the password of ${patti.upn} expire again`, 'user.password-never-expires');
    expect(off.preview).toMatch(/never/);
    expect(await confirmAndRun(off.confirm)).toMatch(/expires under the tenant policy again/);
    expect((await user(patti.upn, 'passwordPolicies')).passwordPolicies).toBe('DisableStrongPassword');
  });

  it('refuses an unknown user and changes nothing', async () => {
    const m = mark();
    const chat = t.chat({ objectId: admin.id });
    expect(repliesText(await chat.say('set the password of nobody.here@contoso.com to never expire'))).toMatch(/No user matches/);
    expect(t.writesSince(m)).toEqual([]);
  });
});

describe('user.edit-properties', () => {
  it('updates a property named in the chat line', async () => {
    const before = await user(leeG.upn, 'jobTitle');
    const { preview, confirm } = await confirmFrom(`update ${leeG.upn} job title to Principal Engineer`, 'user.edit-properties');
    expect(preview).toMatch(/Job title/);
    if (before.jobTitle) expect(preview).toContain(before.jobTitle);
    expect(preview).toContain('Principal Engineer');
    expect(await confirmAndRun(confirm)).toMatch(/Updated 1 property/);
    expect((await user(leeG.upn, 'jobTitle')).jobTitle).toBe('Principal Engineer');
  });

  it('asks with a form, then sets department, phone and manager', async () => {
    const chat = t.chat({ objectId: admin.id });
    const form = lastCard(await chat.say(`edit the profile of ${irvin.upn}`));
    expect(cardText(form)).toMatch(/Department/);
    const confirm = lastCard(
      await chat.click(buttonData(form, /^(Continue|Submit|Next|OK)/i), { department: 'Research', mobilePhone: '+1 425 555 0199', manager: megan.upn }),
    );
    const preview = cardText(confirm);
    expect(preview).toMatch(/Department/);
    expect(preview).toContain('Research');
    expect(preview).toContain('Megan Bowen');
    expect(cardText(lastCard(await chat.click(buttonData(confirm, /^Confirm/))))).toMatch(/Updated 3 properties/);

    const after = await user(irvin.upn, 'department,mobilePhone');
    expect(after).toMatchObject({ department: 'Research', mobilePhone: '+1 425 555 0199' });
    const manager = await t.graph('GET', `/v1.0/users/${irvin.upn}/manager`);
    expect(manager.body.id).toBe(megan.id);
  });

  it('rejects an invalid usage location with a clear error and changes nothing', async () => {
    const chat = t.chat({ objectId: admin.id });
    const form = lastCard(await chat.say(`edit user properties of ${grady.upn}`));
    const m = mark();
    const again = cardText(lastCard(await chat.click(buttonData(form, /^(Continue|Submit|Next|OK)/i), { usageLocation: 'USA' })));
    expect(again).toMatch(/two-letter country code/);
    expect(t.writesSince(m)).toEqual([]);
  });
});

describe('user.rename', () => {
  it('renames the UPN from the chat line', async () => {
    const { preview, confirm } = await confirmFrom(`change the UPN of ${johanna.upn} to johanna.lorenz@contoso.com`, 'user.rename');
    expect(preview).toMatch(/User principal name/);
    expect(preview).toContain(johanna.upn);
    expect(preview).toContain('johanna.lorenz@contoso.com');
    expect(await confirmAndRun(confirm)).toMatch(/renamed/);
    expect((await user(johanna.id, 'userPrincipalName')).userPrincipalName).toBe('johanna.lorenz@contoso.com');
  });

  it('rejects an invalid UPN with a clear error and changes nothing', async () => {
    const chat = t.chat({ objectId: admin.id });
    const form = lastCard(await chat.say(`rename the account of ${joni.upn}`));
    const m = mark();
    const again = cardText(lastCard(await chat.click(buttonData(form, /^(Continue|Submit|Next|OK)/i), { userPrincipalName: 'joni at contoso' })));
    expect(again).toMatch(/user principal name such as/);
    expect(t.writesSince(m)).toEqual([]);
    expect((await user(joni.id, 'userPrincipalName')).userPrincipalName).toBe(joni.upn);
  });

  it('reports a UPN that is already taken and leaves the user as is', async () => {
    const { confirm } = await confirmFrom(`change the UPN of ${joni.upn} to ${megan.upn}`, 'user.rename');
    expect(await confirmAndRun(confirm)).toMatch(/already exists/);
    expect((await user(joni.id, 'userPrincipalName')).userPrincipalName).toBe(joni.upn);
  });
});

describe('user.remove and user.remove-guest', () => {
  it.each([
    { line: `delete the user ${isaiah.upn}`, actionId: 'user.remove', upn: isaiah.upn, label: /Account/ },
    { line: `remove the guest ${GUEST}`, actionId: 'user.remove-guest', upn: GUEST, label: /Guest account/ },
  ])('$actionId soft-deletes into the recycle bin', async ({ line, actionId, upn, label }) => {
    const found = await t.graph('GET', `/v1.0/users?$filter=${encodeURIComponent(`mail eq '${upn}' or userPrincipalName eq '${upn}'`)}&$select=id`);
    const { id } = found.body.value[0];
    const { preview, confirm } = await confirmFrom(line, actionId);
    expect(preview).toMatch(label);
    expect(preview).toMatch(/active/);
    expect(preview).toMatch(/deleted \(restorable for 30 days\)/);
    expect(await confirmAndRun(confirm)).toMatch(/deleted; restorable/);
    expect((await t.graph('GET', `/v1.0/users/${id}`)).status).toBe(404);
    const bin = await t.graph('GET', `/v1.0/directory/deletedItems/${id}?$select=id,deletedDateTime`);
    expect(bin.status).toBe(200);
    expect(bin.body.deletedDateTime).toEqual(expect.any(String));
  });

  it('user.remove refuses an unknown user and changes nothing', async () => {
    const m = mark();
    const chat = t.chat({ objectId: admin.id });
    expect(repliesText(await chat.say('delete the user nobody.here@contoso.com'))).toMatch(/No user matches/);
    expect(t.writesSince(m)).toEqual([]);
  });

  it('user.remove-guest refuses a member account and changes nothing', async () => {
    const m = mark();
    const chat = t.chat({ objectId: admin.id });
    const text = repliesText(await chat.say(`remove the guest ${diego.upn}`));
    expect(text).toMatch(/is not a guest/);
    expect(t.writesSince(m)).toEqual([]);
    expect((await user(diego.upn, 'id')).id).toBe(diego.id);
  });
});

describe('user.restore and user.purge-deleted (targets in the recycle bin)', () => {
  it('restores a deleted user from a chat line', async () => {
    const { preview, confirm } = await confirmFrom(`restore deleted user ${lidia.upn}`, 'user.restore');
    expect(preview).toContain('Lidia Holloway');
    expect(preview).toMatch(/deleted on \d{4}-\d{2}-\d{2} \(restorable until/);
    expect(preview).toMatch(/active/);
    expect(await confirmAndRun(confirm)).toContain(`Restored as ${lidia.upn}`);
    expect((await user(lidia.upn, 'id')).id).toBe(lidia.id);
    expect((await t.graph('GET', `/v1.0/directory/deletedItems/${lidia.id}`)).status).toBe(404);
  });

  it('permanently deletes a user in the recycle bin', async () => {
    const { preview, confirm } = await confirmFrom(`remove ${henrietta.upn} from the recycle bin for good`, 'user.purge-deleted');
    expect(preview).toMatch(/permanently deleted \(cannot be restored\)/);
    expect(await confirmAndRun(confirm)).toMatch(/Permanently deleted/);
    expect((await t.graph('GET', `/v1.0/directory/deletedItems/${henrietta.id}`)).status).toBe(404);
    expect((await t.graph('GET', `/v1.0/users/${henrietta.id}`)).status).toBe(404);
  });

  it.each([
    { line: `restore the deleted user ${jane.upn}`, what: 'restore' },
    { line: `purge ${jane.upn} from the recycle bin`, what: 'purge' },
  ])('$what refuses a user that is not deleted and changes nothing', async ({ line }) => {
    const m = mark();
    const chat = t.chat({ objectId: admin.id });
    expect(repliesText(await chat.say(line))).toMatch(/No deleted user matches/);
    expect(t.writesSince(m)).toEqual([]);
    expect((await user(jane.upn, 'id')).id).toBe(jane.id);
  });

  it('refuses to restore over a UPN that an active user took since', async () => {
    expect((await t.graph('DELETE', `/v1.0/users/${pradeep.id}`)).status).toBe(204);
    const created = await t.graph('POST', '/v1.0/users', {
      accountEnabled: true,
      displayName: 'Pradeep Two',
      mailNickname: 'pradeep2',
      userPrincipalName: pradeep.upn,
      passwordProfile: { password: 'Xy7!pq9#Lm2$' },
    });
    expect(created.status).toBe(201);
    const m = mark();
    const chat = t.chat({ objectId: admin.id });
    const text = repliesText(await chat.say(`undelete ${pradeep.id}`));
    expect(text).toMatch(/is now used by Pradeep Two/);
    expect(t.writesSince(m)).toEqual([]);
    expect((await t.graph('GET', `/v1.0/directory/deletedItems/${pradeep.id}`)).status).toBe(200);
  });
});
