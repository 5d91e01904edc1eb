import { DEMO_APPLICATIONS } from '../../sandbox/graph/applications.routes';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type ChatClient, type TestSteward } from './steward.harness';

/**
 * Security group and Microsoft 365 group actions end to end over HTTP: chat line (and form) → confirm
 * card with before → after → Confirm → result card, then the tenant's state read through the sandbox's
 * Graph API. Each action also gets one bad-input case that changes nothing.
 */
const { admin, jane, adele, lynne, diego, megan, grady, patti } = DEMO_IDENTITIES;

let t: TestSteward;
let chat: ChatClient;
beforeAll(async () => {
  t = await startTestSteward();
  chat = t.chat({ objectId: admin.id });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function groupByName(name: string): Promise<any | undefined> {
  const filter = encodeURIComponent(`displayName eq '${name}'`);
  const res = await t.graph('GET', `/v1.0/groups?$filter=${filter}`);
  expect(res.status).toBe(200);
  return res.body.value[0];
}

async function groupByMail(mail: string): Promise<any> {
  const filter = encodeURIComponent(`mail eq '${mail}'`);
  const res = await t.graph('GET', `/v1.0/groups?$filter=${filter}`);
  expect(res.status).toBe(200);
  return res.body.value[0];
}

async function idsOf(groupId: string, relation: 'members' | 'owners'): Promise<string[]> {
  const res = await t.graph('GET', `/v1.0/groups/${groupId}/${relation}?$select=id&$top=999`);
  expect(res.status).toBe(200);
  return res.body.value.map((m: any) => m.id.toLowerCase());
}

/** Says the line, fills the form when one comes, and answers the confirm card. */
async function confirmFor(line: string, form?: Record<string, unknown>): Promise<any> {
  let card = lastCard(await chat.say(line));
  if (form) {
    expect(cardText(card)).not.toMatch(/^Confirm$/m);
    card = lastCard(await chat.click(buttonData(card, /^Continue/), form));
  }
  return card;
}

/** For lines that name no target: answers the "Which group?" card with `target` first. */
async function confirmVia(line: string, target: string, form?: Record<string, unknown>): Promise<any> {
  const which = lastCard(await chat.say(line));
  expect(cardText(which)).toMatch(/Which (group|app registration)\?/);
  let card = lastCard(await chat.click(buttonData(which, /^Continue/), { target }));
  if (form) card = lastCard(await chat.click(buttonData(card, /^Continue/), form));
  return card;
}

/** Like confirmVia, for a refusal: the replies after the target is given. */
async function refusedVia(line: string, target: string, who: ChatClient = chat): Promise<string> {
  const which = lastCard(await who.say(line));
  return repliesText(await who.click(buttonData(which, /^Continue/), { target }));
}

async function confirmAndRun(confirm: any): Promise<string> {
  return cardText(lastCard(await chat.click(buttonData(confirm, /^Confirm/))));
}

describe('security groups', () => {
  it('security-group.add-members: adds users; the preview counts members before → after', async () => {
    const group = await groupByName('SG-Printers');
    const before = await idsOf(group.id, 'members');
    expect(before).not.toContain(lynne.id);
    const confirm = await confirmVia(`add ${lynne.upn} and ${diego.upn} to the security group`, 'SG-Printers');
    const text = cardText(confirm);
    expect(text).toContain('SG-Printers');
    expect(text).toContain(String(before.length));
    expect(text).toContain(`${before.length + 2} (+ ${lynne.displayName}, + ${diego.displayName})`);
    expect(await confirmAndRun(confirm)).toMatch(/Added Lynne Robbins, Diego Siciliani to SG-Printers/);
    const after = await idsOf(group.id, 'members');
    expect(after).toEqual(expect.arrayContaining([lynne.id, diego.id]));
    expect(after).toHaveLength(before.length + 2);
  });

  it('security-group.add-members: an unknown user is refused and nothing changes', async () => {
    const group = await groupByName('SG-Printers');
    const before = await idsOf(group.id, 'members');
    const mark = t.logMark();
    const reply = await refusedVia('add nobody.here@contoso.com to the security group', 'SG-Printers');
    expect(reply).toMatch(/No user matches "nobody\.here@contoso\.com"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await idsOf(group.id, 'members')).toEqual(before);
  });

  it('the sandbox answers a duplicate members/$ref with Graph\'s 400', async () => {
    const group = await groupByName('SG-Printers');
    const res = await t.graph('POST', `/v1.0/groups/${group.id}/members/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${lynne.id}` });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/One or more added object references already exist/);
  });

  it('security-group.remove-members: removes a user', async () => {
    const group = await groupByName('SG-Printers');
    const before = await idsOf(group.id, 'members');
    expect(before).toContain(lynne.id);
    const confirm = await confirmVia(`remove ${lynne.upn} from the security group`, 'SG-Printers');
    expect(cardText(confirm)).toContain(`${before.length - 1} (− ${lynne.displayName})`);
    expect(await confirmAndRun(confirm)).toMatch(/Removed Lynne Robbins from SG-Printers/);
    expect(await idsOf(group.id, 'members')).not.toContain(lynne.id);
  });

  it('security-group.remove-members: a Microsoft 365 group goes on as the Microsoft 365 group action, saying why', async () => {
    const mark = t.logMark();
    const reply = await refusedVia(`remove ${jane.upn} from the security group`, 'retail@contoso.com');
    expect(reply).toMatch(/Retail is a Microsoft 365 group, not a security group\. Going on with "Remove members from Microsoft 365 group"\./);
    // only the confirm card so far: nothing ran
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('security-group.create: creates the group from its name (no target, one run)', async () => {
    const confirm = await confirmFor('create a security group called "SG-Test Lab"');
    expect(cardText(confirm)).toMatch(/\(none\)/);
    expect(cardText(confirm)).toContain('SG-Test Lab');
    expect(await confirmAndRun(confirm)).toMatch(/Created the security group SG-Test Lab/);
    const group = await groupByName('SG-Test Lab');
    expect(group).toMatchObject({ securityEnabled: true, mailEnabled: false, groupTypes: [] });
  });

  it('security-group.create: a bad member address comes back on the form and nothing is created', async () => {
    const form = lastCard(await chat.say('create a security group'));
    expect(cardText(form)).toMatch(/Display name/);
    const mark = t.logMark();
    const again = cardText(lastCard(await chat.click(buttonData(form, /^Continue/), { displayName: 'SG-Bad', members: 'not-an-address' })));
    expect(again).toMatch(/Invalid email/i);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await groupByName('SG-Bad')).toBeUndefined();
    await chat.say('cancel');
  });

  it('security-group.edit: renames the group (before → after)', async () => {
    const group = await groupByName('SG-VPN Users');
    const confirm = await confirmVia('rename the security group', 'SG-VPN Users', { displayName: 'SG-VPN Remote' });
    expect(cardText(confirm)).toContain('SG-VPN Users');
    expect(cardText(confirm)).toContain('SG-VPN Remote');
    expect(await confirmAndRun(confirm)).toMatch(/Updated SG-VPN Users/);
    expect((await t.graph('GET', `/v1.0/groups/${group.id}`)).body.displayName).toBe('SG-VPN Remote');
  });

  it('security-group.edit: an unknown group is refused', async () => {
    const mark = t.logMark();
    const reply = await refusedVia('edit the security group', 'SG-Does Not Exist');
    expect(reply).toMatch(/No group matches "SG-Does Not Exist"/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('security-group.remove: deletes the group for good', async () => {
    const group = await groupByName('SG-Intune Pilot');
    const confirm = await confirmVia('delete the security group', 'SG-Intune Pilot');
    expect(cardText(confirm)).toMatch(/Deleted permanently/);
    expect(await confirmAndRun(confirm)).toMatch(/Deleted SG-Intune Pilot/);
    expect((await t.graph('GET', `/v1.0/groups/${group.id}`)).status).toBe(404);
  });

  it('security-group.remove: a Microsoft 365 group is refused', async () => {
    const mark = t.logMark();
    const reply = repliesText(await chat.say('delete the security group finance@contoso.com'));
    expect(reply).toMatch(/Finance is a Microsoft 365 group, not a security group/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await groupByMail('finance@contoso.com')).id).toBeDefined();
  });
});

describe('Microsoft 365 groups', () => {
  it('m365-group.add-members: adds a member', async () => {
    const group = await groupByMail('legal@contoso.com');
    const before = await idsOf(group.id, 'members');
    const confirm = await confirmFor(`add ${jane.upn} to the Microsoft 365 group legal@contoso.com`);
    expect(cardText(confirm)).toContain(`${before.length + 1} (+ ${jane.displayName})`);
    expect(await confirmAndRun(confirm)).toMatch(/Added Jane Doe to Legal Team/);
    expect(await idsOf(group.id, 'members')).toContain(jane.id);
  });

  it('m365-group.add-members: an unknown user is refused', async () => {
    const mark = t.logMark();
    const reply = repliesText(await chat.say('add ghost.user@contoso.com to the Microsoft 365 group legal@contoso.com'));
    expect(reply).toMatch(/No user matches "ghost\.user@contoso\.com"/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('m365-group.remove-members: removes a member', async () => {
    const group = await groupByMail('legal@contoso.com');
    const confirm = await confirmFor(`remove ${jane.upn} from the Microsoft 365 group legal@contoso.com`);
    expect(cardText(confirm)).toContain(`− ${jane.displayName}`);
    expect(await confirmAndRun(confirm)).toMatch(/Removed Jane Doe from Legal Team/);
    expect(await idsOf(group.id, 'members')).not.toContain(jane.id);
  });

  it('m365-group.remove-members: a security group goes on as the security group action, saying why', async () => {
    const mark = t.logMark();
    const reply = repliesText(await chat.say(`remove ${diego.upn} from the Microsoft 365 group "SG-Printers"`));
    expect(reply).toMatch(/SG-Printers is a security group, not a Microsoft 365 group\. Going on with "Remove members from security group"\./);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('m365-group.create: creates a private group with owner and member', async () => {
    const confirm = await confirmFor('create a Microsoft 365 group', {
      displayName: 'Project Atlas',
      mailNickname: 'projectatlas',
      owners: megan.upn,
      members: grady.upn,
    });
    expect(cardText(confirm)).toContain('Project Atlas (Private)');
    expect(cardText(confirm)).toContain(`+ ${megan.displayName}`);
    expect(await confirmAndRun(confirm)).toMatch(/Created the Microsoft 365 group Project Atlas \(projectatlas@contoso\.com\)/);
    const group = await groupByMail('projectatlas@contoso.com');
    expect(group).toMatchObject({ groupTypes: ['Unified'], visibility: 'Private', mailEnabled: true });
    expect(await idsOf(group.id, 'owners')).toEqual([megan.id]);
    expect(await idsOf(group.id, 'members')).toContain(grady.id);
  });

  it('m365-group.create: owners are required', async () => {
    const form = lastCard(await chat.say('create a Microsoft 365 group'));
    const mark = t.logMark();
    const again = cardText(lastCard(await chat.click(buttonData(form, /^Continue/), { displayName: 'No Owner Group' })));
    expect(again).toMatch(/Required/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await groupByName('No Owner Group')).toBeUndefined();
    await chat.say('cancel');
  });

  it('m365-group.edit: makes a group public and changes its description', async () => {
    const group = await groupByMail('hrtaskforce@contoso.com');
    expect(group.visibility).not.toBe('Public');
    const confirm = await confirmFor('edit the Microsoft 365 group hrtaskforce@contoso.com', { visibility: 'Public', description: 'People projects' });
    expect(cardText(confirm)).toContain('Public');
    expect(cardText(confirm)).toContain('People projects');
    expect(await confirmAndRun(confirm)).toMatch(/Updated HR Taskforce/);
    const after = (await t.graph('GET', `/v1.0/groups/${group.id}`)).body;
    expect(after).toMatchObject({ visibility: 'Public', description: 'People projects' });
  });

  it('m365-group.edit: nothing given comes back on the form', async () => {
    const form = lastCard(await chat.say('edit the Microsoft 365 group hrtaskforce@contoso.com'));
    const mark = t.logMark();
    const again = cardText(lastCard(await chat.click(buttonData(form, /^Continue/), {})));
    expect(again).toMatch(/Give at least one of/);
    expect(t.writesSince(mark)).toEqual([]);
    await chat.say('cancel');
  });

  it('m365-group.remove: soft-deletes the group into deletedItems', async () => {
    const group = await groupByMail('operations@contoso.com');
    const confirm = await confirmFor('delete the Microsoft 365 group operations@contoso.com');
    expect(cardText(confirm)).toMatch(/restorable for 30 days/);
    expect(await confirmAndRun(confirm)).toMatch(/Deleted Operations/);
    expect((await t.graph('GET', `/v1.0/groups/${group.id}`)).status).toBe(404);
    expect((await t.graph('GET', `/v1.0/directory/deletedItems/${group.id}`)).status).toBe(200);
  });

  it('m365-group.remove: a security group is refused', async () => {
    const mark = t.logMark();
    const reply = repliesText(await chat.say('delete the Microsoft 365 group "SG-Finance Apps"'));
    expect(reply).toMatch(/SG-Finance Apps is a security group, not a Microsoft 365 group/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('m365-group.restore: brings a deleted group back', async () => {
    const deleted = (await t.graph('GET', '/v1.0/directory/deletedItems/microsoft.graph.group')).body.value.find((g: any) => g.displayName === 'Project Phoenix');
    expect(deleted).toBeDefined();
    const confirm = await confirmFor('restore the deleted Microsoft 365 group "Project Phoenix"');
    expect(cardText(confirm)).toMatch(/Deleted \(/);
    expect(await confirmAndRun(confirm)).toMatch(/Restored Project Phoenix/);
    expect((await t.graph('GET', `/v1.0/groups/${deleted.id}`)).status).toBe(200);
  });

  it('m365-group.restore: an active group is refused', async () => {
    const mark = t.logMark();
    const reply = repliesText(await chat.say('restore the deleted Microsoft 365 group retail@contoso.com'));
    expect(reply).toMatch(/Retail is not deleted/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('m365-group.manage-members: adds an owner and a member in one go', async () => {
    const group = await groupByMail('support@contoso.com');
    const owners = await idsOf(group.id, 'owners');
    const confirm = await confirmFor('manage members of the Microsoft 365 group support@contoso.com', { addOwners: adele.upn, addMembers: adele.upn });
    expect(cardText(confirm)).toContain(`${owners.length + 1} (+ ${adele.displayName})`);
    expect(await confirmAndRun(confirm)).toMatch(/Added Adele Vance/);
    expect(await idsOf(group.id, 'owners')).toContain(adele.id);
    expect(await idsOf(group.id, 'members')).toContain(adele.id);
  });

  it('m365-group.manage-members: nothing to add or remove comes back on the form', async () => {
    const form = lastCard(await chat.say('manage members of the Microsoft 365 group support@contoso.com'));
    const mark = t.logMark();
    const again = cardText(lastCard(await chat.click(buttonData(form, /^Continue/), {})));
    expect(again).toMatch(/Give at least one user/);
    expect(t.writesSince(mark)).toEqual([]);
    await chat.say('cancel');
  });

  it('a group name that matches several groups gets a choice card worded for groups', async () => {
    const which = lastCard(await chat.say('delete the security group'));
    const choice = cardText(lastCard(await chat.click(buttonData(which, /^Continue/), { target: 'SG-' })));
    expect(choice).toMatch(/\d+ groups match "SG-"/);
    expect(choice).toContain('SG-Printers');
    expect(choice).toContain('Security group');
    await chat.say('cancel');
  });

  it('asks "Which group?" when the line names none', async () => {
    const card = cardText(lastCard(await chat.say('remove Microsoft 365 group')));
    expect(card).toMatch(/Which group\?/);
    await chat.say('cancel');
  });
});

describe('app registrations', () => {
  it('app-registration.delete: deletes it into the recycle bin', async () => {
    const app = DEMO_APPLICATIONS.legacySync;
    expect((await t.graph('GET', `/v1.0/applications/${app.id}`)).status).toBe(200);
    const confirm = await confirmVia('delete the app registration "Legacy Sync Tool"', 'Legacy Sync Tool');
    expect(cardText(confirm)).toContain(`Exists (client id ${app.appId})`);
    expect(cardText(confirm)).toMatch(/Deleted \(restorable for 30 days\)/);
    expect(await confirmAndRun(confirm)).toMatch(/Deleted the app registration Legacy Sync Tool/);
    expect((await t.graph('GET', `/v1.0/applications/${app.id}`)).status).toBe(404);
    const bin = await t.graph('GET', '/v1.0/directory/deletedItems/microsoft.graph.application');
    expect(bin.body.value.map((a: any) => a.id)).toContain(app.id);
  });

  it('app-registration.delete: an unknown app is refused and nothing changes', async () => {
    const mark = t.logMark();
    const reply = await refusedVia('delete an app registration', 'No Such App');
    expect(reply).toMatch(/No app registration matches "No Such App"/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('the sandbox answers 404 with Graph\'s error for an unknown application', async () => {
    const res = await t.graph('DELETE', '/v1.0/applications/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('Request_ResourceNotFound');
  });
});

describe('group scope', () => {
  it('an operator limited to a virtual tenant cannot change a group none of whose owners is in scope', async () => {
    const created = cardText(lastCard(await chat.say('create virtual tenant Finance Only where department in (Finance)')));
    expect(created).toMatch(/Finance Only/);
    expect(cardText(lastCard(await chat.say(`add operator ${patti.upn} as Management in virtual tenant Finance Only`)))).toMatch(/Patti|patti/);
    const scoped = t.chat({ objectId: patti.id });
    const group = await groupByName('SG-Helpdesk Operators');
    const before = await idsOf(group.id, 'members');
    const mark = t.logMark();
    const reply = await refusedVia('delete the security group', 'SG-Helpdesk Operators', scoped);
    expect(reply).toMatch(/outside the groups you manage/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await idsOf(group.id, 'members')).toEqual(before);
    expect((await t.graph('GET', `/v1.0/groups/${group.id}`)).status).toBe(200);

    // An app registration whose only owner is outside the scope is refused the same way.
    const app = await refusedVia('delete an app registration', 'Contoso HR Portal', scoped);
    expect(app).toMatch(/outside the app registrations you manage/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('a scoped operator may change a group one of whose owners is in scope', async () => {
    const scoped = t.chat({ objectId: patti.id });
    const confirm = lastCard(await scoped.say('edit the Microsoft 365 group finance@contoso.com'));
    const card = lastCard(await scoped.click(buttonData(confirm, /^Continue/), { description: 'Finance department (scoped edit)' }));
    expect(cardText(card)).toMatch(/Virtual tenant: Finance Only \(owner /);
    await scoped.click(buttonData(card, /^Confirm/));
    expect((await groupByMail('finance@contoso.com')).description).toBe('Finance department (scoped edit)');
  });
});
