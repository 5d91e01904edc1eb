import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { SKU_IDS } from '../../sandbox/seed/seed.data';
import { buttonData, cardText, lastCard, repliesText, type ChatClient, type TestSteward } from './steward.harness';
import { hasButton, useStewardPerFile } from './exchange-e2e.helpers';

/**
 * Undo end to end over HTTP: a reversible action runs (chat line → confirm → result), the result card's
 * Undo button previews the undo on a fresh confirm card, Confirm runs it through the engine like any
 * request, and the EXACT prior state is back (read through the sandbox's Graph API, or Cosmos for tags).
 * An undo runs once, is audited as its own action (`undoOf`), and is only offered when something changed.
 */
const { admin, helpdesk, megan, adele, lynne, grady, diego, jane, patti, johanna, isaiah, nestor, miriam } = DEMO_IDENTITIES;

let t: TestSteward;
let chat: ChatClient;
let desk: ChatClient;
useStewardPerFile((started) => {
  t = started;
  chat = t.chat({ objectId: admin.id });
  desk = t.chat({ objectId: helpdesk.id });
});

/** Chat line → confirm → Confirm; answers the result card (raw). */
async function run(who: ChatClient, line: string, target?: string): Promise<any> {
  let confirm = lastCard(await who.say(line));
  if (target) confirm = lastCard(await who.click(buttonData(confirm, /^Continue/), { target }));
  expect(hasButton(confirm, /^Confirm/)).toBe(true);
  return lastCard(await who.click(buttonData(confirm, /^Confirm/)));
}

/** Undo button → confirm card (checked) → Confirm; answers both cards' text. */
async function undo(who: ChatClient, result: unknown): Promise<{ confirm: string; result: any }> {
  const confirm = lastCard(await who.click(buttonData(result, /^Undo$/)));
  expect(hasButton(confirm, /^Confirm/)).toBe(true);
  const done = lastCard(await who.click(buttonData(confirm, /^Confirm/)));
  return { confirm: cardText(confirm), result: done };
}

async function userOf(id: string): Promise<any> {
  return (await t.graph('GET', `/v1.0/users/${id}?$select=id,accountEnabled`)).body;
}

async function tagsOf(userId: string): Promise<string[] | undefined> {
  const { resources } = await t.steward.cosmos.containers.userAnnotations.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t AND c.id = @id', parameters: [{ name: '@t', value: t.steward.tenantId }, { name: '@id', value: userId }] })
    .fetchAll();
  return resources[0]?.tags;
}

async function groupByFilter(filter: string): Promise<any> {
  const res = await t.graph('GET', `/v1.0/groups?$filter=${encodeURIComponent(filter)}`);
  return res.body.value[0];
}

async function memberIds(groupId: string): Promise<string[]> {
  const res = await t.graph('GET', `/v1.0/groups/${groupId}/members?$select=id&$top=999`);
  return (res.body.value as { id: string }[]).map((m) => m.id).sort();
}

describe('undo: block / unblock sign-in', () => {
  it('block → Undo allows sign-in again; the undo runs once and is audited as its own action', async () => {
    expect((await userOf(megan.id)).accountEnabled).toBe(true);
    const result = await run(desk, `block ${megan.upn}`);
    expect((await userOf(megan.id)).accountEnabled).toBe(false);
    const undoData = buttonData(result, /^Undo$/);
    expect(undoData.steward).toMatchObject({ verb: 'undo', planId: expect.any(String), targets: [megan.id] });

    const { confirm, result: undone } = await undo(desk, result);
    expect(confirm).toMatch(/Undo: Allow Megan Bowen to sign in again/);
    expect(confirm).toContain('Blocked');
    expect(cardText(undone)).toMatch(/Sign-in allowed again/);
    expect(hasButton(undone, /^Undo$/)).toBe(false);
    expect(await userOf(megan.id)).toMatchObject({ accountEnabled: true });

    // A second click on the same Undo button is refused and changes nothing.
    const again = repliesText(await desk.click(undoData));
    expect(again).toMatch(/already undone/);
    expect((await userOf(megan.id)).accountEnabled).toBe(true);

    const audit = await t.steward.stores.audit.list(t.steward.tenantId, { limit: 200 });
    const runs = audit.filter((a) => a.kind === 'action' && a.actionId === 'user.set-sign-in-status');
    const original = runs.find((a) => (a.parameters as { blocked?: boolean }).blocked === true);
    const reverse = runs.find((a) => a.undoOf !== undefined);
    expect(reverse).toMatchObject({ outcome: 'succeeded', parameters: { blocked: false }, undoOf: original?.correlationId });
  });

  it('unblock → Undo blocks again (without touching sessions)', async () => {
    await run(desk, `block ${adele.upn}`);
    const result = await run(desk, `unblock ${adele.upn}`);
    expect((await userOf(adele.id)).accountEnabled).toBe(true);
    await undo(desk, result);
    expect((await userOf(adele.id)).accountEnabled).toBe(false);
  });

  it('no Undo when nothing changed (the target was skipped)', async () => {
    const result = await run(desk, `unblock ${grady.upn}`);
    expect(cardText(result)).toMatch(/already allowed/);
    expect(hasButton(result, /^Undo$/)).toBe(false);
  });

  it('an undo is the operator\'s own: another operator\'s click is refused', async () => {
    const result = await run(desk, `block ${diego.upn}`);
    const other = repliesText(await chat.click(buttonData(result, /^Undo$/)));
    expect(other).toMatch(/not known/);
    expect((await userOf(diego.id)).accountEnabled).toBe(false);
  });
});

describe('undo: tags (Cosmos)', () => {
  it('flush tags → Undo restores the exact list, order and spelling included', async () => {
    await run(desk, `set the tags of ${lynne.upn} to VIP, Pilot, Onboarding`);
    expect(await tagsOf(lynne.id)).toEqual(['VIP', 'Pilot', 'Onboarding']);
    const result = await run(desk, `flush tags of ${lynne.upn}`);
    expect(await tagsOf(lynne.id)).toEqual([]);
    await undo(desk, result);
    expect(await tagsOf(lynne.id)).toEqual(['VIP', 'Pilot', 'Onboarding']);
  });

  it('add tags on a user who had none → Undo leaves no tags', async () => {
    const result = await run(desk, `add tags Pilot to ${jane.upn}`);
    expect(await tagsOf(jane.id)).toEqual(['Pilot']);
    const { confirm } = await undo(desk, result);
    expect(confirm).toMatch(/Undo: Set the tags of Jane Doe to none/);
    expect(await tagsOf(jane.id)).toEqual([]);
  });

  it('remove tags → Undo puts them back', async () => {
    await run(desk, `set the tags of ${grady.upn} to Pilot, VIP`);
    const result = await run(desk, `remove the tag VIP from ${grady.upn}`);
    expect(await tagsOf(grady.id)).toEqual(['Pilot']);
    await undo(desk, result);
    expect(await tagsOf(grady.id)).toEqual(['Pilot', 'VIP']);
  });
});

describe('undo: group membership', () => {
  it('security-group.add-members → Undo removes only the users that were added', async () => {
    const group = await groupByFilter("displayName eq 'SG-Printers'");
    const before = await memberIds(group.id);
    expect(before).not.toContain(lynne.id);
    const existing = (await t.graph('GET', `/v1.0/users/${before[0]}?$select=userPrincipalName`)).body.userPrincipalName as string;
    const result = await run(chat, `add ${lynne.upn} and ${existing} to the security group`, 'SG-Printers');
    expect(await memberIds(group.id)).toEqual([...before, lynne.id].sort());
    const { confirm } = await undo(chat, result);
    expect(confirm).toContain(`Remove ${lynne.upn} from SG-Printers`);
    expect(confirm).not.toContain(existing);
    expect(await memberIds(group.id)).toEqual(before);
  });

  it('m365-group.remove-members → Undo adds the member back', async () => {
    const group = await groupByFilter("mail eq 'legal@contoso.com'");
    const before = await memberIds(group.id);
    const member = (await t.graph('GET', `/v1.0/users/${before[0]}?$select=userPrincipalName`)).body.userPrincipalName as string;
    const result = await run(chat, `remove ${member} from the Microsoft 365 group legal@contoso.com`);
    expect(await memberIds(group.id)).not.toContain(before[0]);
    await undo(chat, result);
    expect(await memberIds(group.id)).toEqual(before);
  });

  it('m365-group.add-members → Undo removes the added member', async () => {
    const group = await groupByFilter("mail eq 'legal@contoso.com'");
    const before = await memberIds(group.id);
    expect(before).not.toContain(grady.id);
    const result = await run(chat, `add ${grady.upn} to the Microsoft 365 group legal@contoso.com`);
    expect(await memberIds(group.id)).toContain(grady.id);
    await undo(chat, result);
    expect(await memberIds(group.id)).toEqual(before);
  });
});

async function userFields(id: string, select: string): Promise<any> {
  const res = await t.graph('GET', `/v1.0/users/${id}?$select=${select}`);
  expect(res.status).toBe(200);
  return res.body;
}

describe('undo: licences and service plans', () => {
  it('assign E5 → Undo restores the exact assignedLicenses (disabled plans included)', async () => {
    const before = (await userFields(isaiah.id, 'assignedLicenses,usageLocation')) as { assignedLicenses: unknown[]; usageLocation: string | null };
    expect(before.usageLocation).toBeTruthy();
    const result = await run(chat, `assign E5 to ${isaiah.upn}`);
    expect(cardText(result)).toMatch(/Licences updated/);
    const during = await userFields(isaiah.id, 'assignedLicenses');
    expect(during.assignedLicenses.map((l: { skuId: string }) => l.skuId)).toContain(SKU_IDS.E5);
    await undo(chat, result);
    expect(await userFields(isaiah.id, 'assignedLicenses,usageLocation')).toMatchObject(before);
  });

  it('unassign a licence → Undo assigns it back', async () => {
    const before = (await userFields(isaiah.id, 'assignedLicenses')).assignedLicenses as { skuId: string; disabledPlans: string[] }[];
    const held = before.find((l) => l.disabledPlans.length === 0 && l.skuId === SKU_IDS.E3);
    expect(held).toBeDefined();
    const result = await run(chat, `unassign the E3 license from ${isaiah.upn}`);
    expect((await userFields(isaiah.id, 'assignedLicenses')).assignedLicenses.map((l: { skuId: string }) => l.skuId)).not.toContain(held!.skuId);
    await undo(chat, result);
    const after = (await userFields(isaiah.id, 'assignedLicenses')).assignedLicenses as { skuId: string }[];
    expect([...after].sort((a, b) => a.skuId.localeCompare(b.skuId))).toEqual([...before].sort((a, b) => a.skuId.localeCompare(b.skuId)));
  });

  it('disable a service plan → Undo restores the exact disabled plans of the licence', async () => {
    const before = (await userFields(megan.id, 'assignedLicenses')).assignedLicenses as { skuId: string; disabledPlans: string[] }[];
    expect(before.map((l) => l.skuId)).toContain(SKU_IDS.E3);
    const result = await run(chat, `disable yammer in the E3 license of ${megan.upn}`);
    const during = (await userFields(megan.id, 'assignedLicenses')).assignedLicenses as { skuId: string; disabledPlans: string[] }[];
    expect(during.find((l) => l.skuId === SKU_IDS.E3)!.disabledPlans.length).toBe(before.find((l) => l.skuId === SKU_IDS.E3)!.disabledPlans.length + 1);
    await undo(chat, result);
    const after = (await userFields(megan.id, 'assignedLicenses')).assignedLicenses as { skuId: string; disabledPlans: string[] }[];
    const norm = (ls: { skuId: string; disabledPlans: string[] }[]) => ls.map((l) => ({ skuId: l.skuId, disabledPlans: [...l.disabledPlans].map((p) => p.toLowerCase()).sort() })).sort((a, b) => a.skuId.localeCompare(b.skuId));
    expect(norm(after)).toEqual(norm(before));
  });
});

describe('undo: password never expires and rename', () => {
  it('password never expires → Undo restores the exact passwordPolicies (other flags kept)', async () => {
    await t.graph('PATCH', `/v1.0/users/${patti.id}`, { passwordPolicies: 'DisableStrongPassword' });
    const result = await run(chat, `set the password of ${patti.upn} to never expire`);
    expect((await userFields(patti.id, 'passwordPolicies')).passwordPolicies).toMatch(/DisablePasswordExpiration/);
    await undo(chat, result);
    expect((await userFields(patti.id, 'passwordPolicies')).passwordPolicies).toBe('DisableStrongPassword');
  });

  it('rename → Undo restores the previous user principal name', async () => {
    const before = await userFields(johanna.id, 'userPrincipalName,displayName,givenName,surname');
    const result = await run(chat, `change the UPN of ${johanna.upn} to johanna.undo@contoso.com`);
    expect((await userFields(johanna.id, 'userPrincipalName')).userPrincipalName).toBe('johanna.undo@contoso.com');
    const { confirm } = await undo(chat, result);
    expect(confirm).toContain(johanna.upn);
    expect(await userFields(johanna.id, 'userPrincipalName,displayName,givenName,surname')).toEqual(before);
  });
});

describe('undo: edit properties', () => {
  it('job title, department and manager → Undo restores each previous value', async () => {
    await t.graph('PATCH', `/v1.0/users/${nestor.id}`, { jobTitle: 'Buyer', department: 'Sales' });
    await t.graph('PUT', `/v1.0/users/${nestor.id}/manager/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/users/${miriam.id}` });
    const before = await userFields(nestor.id, 'jobTitle,department,officeLocation');
    const managerBefore = (await t.graph('GET', `/v1.0/users/${nestor.id}/manager?$select=id`)).body.id;
    expect(managerBefore).toBe(miriam.id);

    const confirm = lastCard(await chat.say(`update ${nestor.upn} job title to Principal Buyer`));
    const result = lastCard(await chat.click(buttonData(confirm, /^Confirm/), {}));
    expect((await userFields(nestor.id, 'jobTitle')).jobTitle).toBe('Principal Buyer');
    const { confirm: undoConfirm } = await undo(chat, result);
    expect(undoConfirm).toContain('Buyer');
    expect(await userFields(nestor.id, 'jobTitle,department,officeLocation')).toEqual(before);
    expect((await t.graph('GET', `/v1.0/users/${nestor.id}/manager?$select=id`)).body.id).toBe(miriam.id);
  });

  it('manager change → Undo puts the previous manager back', async () => {
    await t.graph('PUT', `/v1.0/users/${nestor.id}/manager/$ref`, { '@odata.id': `https://graph.microsoft.com/v1.0/users/${miriam.id}` });
    const form = lastCard(await chat.say(`set the manager of ${nestor.upn}`));
    const confirm = lastCard(await chat.click(buttonData(form, /^Continue/), { manager: jane.upn }));
    const result = lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
    expect((await t.graph('GET', `/v1.0/users/${nestor.id}/manager?$select=id`)).body.id).toBe(jane.id);
    await undo(chat, result);
    expect((await t.graph('GET', `/v1.0/users/${nestor.id}/manager?$select=id`)).body.id).toBe(miriam.id);
  });
});

describe('undo: more tag and membership actions', () => {
  it('manage-tags (exact list) → Undo restores the previous list', async () => {
    await run(desk, `set the tags of ${isaiah.upn} to Alpha, Beta`);
    const result = await run(desk, `set the tags of ${isaiah.upn} to Gamma`);
    expect(await tagsOf(isaiah.id)).toEqual(['Gamma']);
    await undo(desk, result);
    expect(await tagsOf(isaiah.id)).toEqual(['Alpha', 'Beta']);
  });

  it('security-group.remove-members → Undo adds the member back', async () => {
    const group = await groupByFilter("displayName eq 'SG-Printers'");
    const before = await memberIds(group.id);
    const member = (await t.graph('GET', `/v1.0/users/${before[0]}?$select=userPrincipalName`)).body.userPrincipalName as string;
    const result = await run(chat, `remove ${member} from the security group`, 'SG-Printers');
    expect(await memberIds(group.id)).not.toContain(before[0]);
    await undo(chat, result);
    expect(await memberIds(group.id)).toEqual(before);
  });
});

describe('undo: Microsoft 365 group owners and manage-members', () => {
  async function ownerIds(groupId: string): Promise<string[]> {
    const res = await t.graph('GET', `/v1.0/groups/${groupId}/owners?$select=id&$top=999`);
    return (res.body.value as { id: string }[]).map((m) => m.id).sort();
  }

  it('manage-members (add an owner and a member, remove a member) → Undo restores members and owners exactly', async () => {
    const group = await groupByFilter("mail eq 'support@contoso.com'");
    const members = await memberIds(group.id);
    const owners = await ownerIds(group.id);
    expect(members).not.toContain(adele.id);
    const removed = (await t.graph('GET', `/v1.0/users/${members[0]}?$select=userPrincipalName`)).body.userPrincipalName as string;
    const form = lastCard(await chat.say('manage members of the Microsoft 365 group support@contoso.com'));
    const confirm = lastCard(await chat.click(buttonData(form, /^Continue/), { addOwners: adele.upn, addMembers: adele.upn, removeMembers: removed }));
    const result = lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
    expect(await ownerIds(group.id)).toContain(adele.id);
    expect(await memberIds(group.id)).not.toContain(members[0]);
    await undo(chat, result);
    expect(await memberIds(group.id)).toEqual(members);
    expect(await ownerIds(group.id)).toEqual(owners);
  });

  it('m365-group.add-members as owner → Undo removes the owner', async () => {
    const group = await groupByFilter("mail eq 'legal@contoso.com'");
    const owners = await ownerIds(group.id);
    expect(owners).not.toContain(lynne.id);
    // Straight through the engine (the path every entry point takes), with asOwner on.
    const prepared = await t.steward.engine.prepare(
      { tenantId: t.steward.tenantId, operatorObjectId: admin.id, correlationId: 'undo-owner-test', entry: 'chat' },
      { actionId: 'm365-group.add-members', targetIds: [group.id], params: { members: [lynne.upn], asOwner: true } },
    );
    const executed = await t.steward.engine.execute(
      { tenantId: t.steward.tenantId, operatorObjectId: admin.id, correlationId: 'undo-owner-run', entry: 'card' },
      { planId: prepared.plan.id },
    );
    expect(await ownerIds(group.id)).toContain(lynne.id);
    expect(executed.undoId).toEqual(expect.any(String));
    const undoPrepared = await t.steward.engine.prepareUndo(
      { tenantId: t.steward.tenantId, operatorObjectId: admin.id, correlationId: 'undo-owner-undo', entry: 'card' },
      { undoId: executed.undoId! },
    );
    expect(undoPrepared.action.id).toBe('m365-group.manage-members');
    await t.steward.engine.execute(
      { tenantId: t.steward.tenantId, operatorObjectId: admin.id, correlationId: 'undo-owner-undo-run', entry: 'card' },
      { planId: undoPrepared.plan.id },
    );
    expect(await ownerIds(group.id)).toEqual(owners);
  });
});

describe('undo: runs at most once', () => {
  it('two confirm cards from the same Undo button: the second Confirm is refused and nothing changes again', async () => {
    const { joni } = DEMO_IDENTITIES;
    const result = await run(desk, `block ${joni.upn}`);
    const first = lastCard(await desk.click(buttonData(result, /^Undo$/)));
    const second = lastCard(await desk.click(buttonData(result, /^Undo$/)));
    await desk.click(buttonData(first, /^Confirm/));
    expect((await userOf(joni.id)).accountEnabled).toBe(true);
    await t.graph('PATCH', `/v1.0/users/${joni.id}`, { accountEnabled: false });
    const refused = repliesText(await desk.click(buttonData(second, /^Confirm/)));
    expect(refused).toMatch(/already undone/);
    expect((await userOf(joni.id)).accountEnabled).toBe(false);
    const audit = await t.steward.stores.audit.list(t.steward.tenantId, { limit: 200 });
    expect(audit.some((a) => a.kind === 'refusal' && a.error?.code === 'PLAN_USED')).toBe(true);
  });
});

describe('undo: only offered when the restore is exact', () => {
  it('unassigning a licence that had plans turned off offers no Undo (it could not be put back exactly)', async () => {
    const { allan } = DEMO_IDENTITIES;
    const held = (await userFields(allan.id, 'assignedLicenses')).assignedLicenses as { skuId: string }[];
    const skuId = held.map((l) => l.skuId).find((id) => id === SKU_IDS.E3 || id === SKU_IDS.E5);
    expect(skuId).toBeDefined();
    const details = await t.graph('GET', `/v1.0/users/${allan.id}/licenseDetails`);
    const planId = details.body.value.find((d: { skuId: string }) => d.skuId === skuId).servicePlans[0].servicePlanId as string;
    const set = await t.graph('POST', `/v1.0/users/${allan.id}/assignLicense`, { addLicenses: [{ skuId, disabledPlans: [planId] }], removeLicenses: [] });
    expect(set.status).toBe(200);
    const result = await run(chat, `unassign the ${skuId === SKU_IDS.E3 ? 'E3' : 'E5'} license from ${allan.upn}`);
    expect(cardText(result)).toMatch(/Licences updated/);
    expect(hasButton(result, /^Undo$/)).toBe(false);
  });
});

describe('undo: the same checks as any request', () => {
  it('an operator who lost the role by the time they click Undo is refused, and nothing changes', async () => {
    const { irvin } = DEMO_IDENTITIES;
    const result = await run(desk, `block ${irvin.upn}`);
    const operators = t.steward.stores.operators;
    const me = (await operators.get(t.steward.tenantId, helpdesk.id))!;
    await operators.upsert({ ...me, roles: ['Reader'] });
    try {
      const refused = repliesText(await desk.click(buttonData(result, /^Undo$/)));
      expect(refused).toMatch(/not allowed|may not|role|permission/i);
      expect((await userOf(irvin.id)).accountEnabled).toBe(false);
    } finally {
      await operators.upsert(me);
    }
    // With the role back, the same Undo still works (it was not used up by the refusal).
    await undo(desk, result);
    expect((await userOf(irvin.id)).accountEnabled).toBe(true);
  });
});
