import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type Reply, type TestSteward } from './steward.harness';

/**
 * Operators, permission sets and virtual tenants, end to end over HTTP: Tenant Admin chat commands,
 * the grant (roles ∪ permission sets) in help and in the engine, and virtual tenants applied to direct
 * targets, the choice card and bulk requests. The tenant is checked through the sandbox's Graph API and
 * request log whenever it must not change.
 */
const { admin, helpdesk, reader, jane, grady, joni, isaiah, nestor, diego, megan, lynne } = DEMO_IDENTITIES;

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function userByUpn(upn: string): Promise<any> {
  const res = await t.graph('GET', `/v1.0/users/${upn}?$select=id,displayName,accountEnabled,department,signInSessionsValidFromDateTime`);
  expect(res.status).toBe(200);
  return res.body;
}

async function methodsOf(upn: string): Promise<any[]> {
  const res = await t.graph('GET', `/v1.0/users/${upn}/authentication/methods`);
  expect(res.status).toBe(200);
  return res.body.value;
}

async function auditRows(filter: (row: any) => boolean): Promise<any[]> {
  const { resources } = await t.steward.cosmos.containers.audit.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: t.steward.tenantId }] })
    .fetchAll();
  return resources.filter(filter);
}

const operator = (objectId: string) => t.steward.stores.operators.get(t.steward.tenantId, objectId);
const permissionSets = () => t.steward.stores.permissionSets.list(t.steward.tenantId);
const virtualTenants = () => t.steward.stores.virtualTenants.list(t.steward.tenantId);

/** The JSON an export card shows (in its multiline box). */
function exportedJson(card: any): string {
  let found: string | undefined;
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.id === 'exportedJson') found = node.value;
    Object.values(node).forEach(walk);
  };
  walk(card);
  if (found === undefined) throw new Error(`No JSON on the card: ${cardText(card)}`);
  return found;
}

async function importSets(json: string): Promise<Reply[]> {
  const chat = t.chat({ objectId: admin.id });
  const form = lastCard(await chat.say('import permission sets'));
  expect(cardText(form)).toMatch(/Permission sets \(JSON\)/);
  return chat.click(buttonData(form, 'Import'), { json });
}

const PASSWORD_DESK = {
  name: 'Password desk',
  description: 'Passwords and MFA only',
  actions: ['user.manage-password', 'user.reset-mfa'],
};
const SIGN_IN = { name: 'Sign-in', actions: ['user.*'] };

describe('operators by chat (Tenant Admins)', () => {
  it('adds an operator with a role, shows what they can do, and audits the change', async () => {
    const chat = t.chat({ objectId: admin.id });
    expect(await operator(grady.id)).toBeNull();
    const card = lastCard(await chat.say(`add operator ${grady.upn} as Helpdesk`));
    const text = cardText(card);
    expect(text).toMatch(/Grady Archie is now a Steward operator \(Helpdesk\)/);
    expect(text).toMatch(/Reset MFA/);
    expect(text).toMatch(/whole tenant/i);
    expect(await operator(grady.id)).toMatchObject({ userPrincipalName: grady.upn, roles: ['Helpdesk'], addedBy: admin.upn });

    const audit = await auditRows((r) => r.kind === 'operator' && r.actionId === 'steward.operator-add');
    expect(audit[0]).toMatchObject({ operator: { id: admin.id }, outcome: 'succeeded', targets: [{ id: grady.id, display: grady.upn }], parameters: { roles: ['Helpdesk'], created: true } });

    // The new operator can use Steward at once.
    expect(cardText(lastCard(await t.chat({ objectId: grady.id }).say('help')))).toMatch(/Reset MFA/);
  });

  it('"what can grady do" names roles, sets, scopes and the resulting actions', async () => {
    const text = cardText(lastCard(await t.chat({ objectId: admin.id }).say('what can grady do')));
    expect(text).toMatch(/What Grady Archie can do/);
    expect(text).toMatch(/Helpdesk/);
    expect(text).toMatch(/Block or unblock sign-in/);
    expect(text).toMatch(/from role Helpdesk/);
  });

  it('"show operators" lists every operator with roles', async () => {
    const text = cardText(lastCard(await t.chat({ objectId: admin.id }).say('show operators')));
    for (const who of [admin, helpdesk, reader, grady]) expect(text).toContain(who.upn);
    expect(text).toMatch(/Tenant Admin/);
  });

  it('removes an operator, who is then refused', async () => {
    const chat = t.chat({ objectId: admin.id });
    const text = repliesText(await chat.say(`remove operator ${grady.upn}`));
    expect(text).toMatch(/Grady Archie \(grady@contoso.com\) is no longer a Steward operator/);
    expect(await operator(grady.id)).toBeNull();
    expect(cardText(lastCard(await t.chat({ objectId: grady.id }).say('help')))).toMatch(/not registered as a Steward operator/);
    const audit = await auditRows((r) => r.kind === 'operator' && r.actionId === 'steward.operator-remove');
    expect(audit).toHaveLength(1);
    expect(audit[0].targets[0]).toMatchObject({ id: grady.id });
  });

  it('a non-admin cannot add or remove operators (ROLE_DENIED, nothing stored, refusal audited)', async () => {
    const chat = t.chat({ objectId: helpdesk.id });
    const add = lastCard(await chat.say(`add operator ${lynne.upn} as Tenant Admin`));
    expect(cardText(add)).toMatch(/Not allowed for your role/);
    expect(cardText(add)).toMatch(/Only Tenant Admins may/);
    expect(await operator(lynne.id)).toBeNull();
    const remove = lastCard(await chat.say(`remove operator ${reader.upn}`));
    expect(cardText(remove)).toMatch(/Not allowed for your role/);
    expect(await operator(reader.id)).not.toBeNull();
    const refusals = await auditRows((r) => r.kind === 'refusal' && r.operator.id === helpdesk.id && r.actionId.startsWith('steward.operator-'));
    expect(refusals.map((r) => r.error.code)).toEqual(['ROLE_DENIED', 'ROLE_DENIED']);
    expect(cardText(lastCard(await t.chat({ objectId: reader.id }).say('show operators')))).toMatch(/Not allowed for your role/);
  });

  it('the last Tenant Admin cannot be removed', async () => {
    const card = lastCard(await t.chat({ objectId: admin.id }).say(`remove operator ${admin.upn}`));
    expect(cardText(card)).toMatch(/only Tenant Admin/);
    expect((await operator(admin.id))?.roles).toEqual(['TenantAdmin']);
  });
});

describe('permission sets', () => {
  it('import with bad JSON or an unknown action: a clear error per problem, nothing stored', async () => {
    const bad = lastCard(await importSets('{ "permissionSets": [ { "name": "Broken" '));
    expect(cardText(bad)).toMatch(/Nothing was imported/);
    expect(cardText(bad)).toMatch(/Not valid JSON/);
    expect(await permissionSets()).toEqual([]);

    const unknown = lastCard(
      await importSets(JSON.stringify({ permissionSets: [{ name: 'Flyers', actions: ['user.fly', 'sharepoint.*'] }, { name: 'X', actions: ['user.reset-mfa'], colour: 'red' }] })),
    );
    const text = cardText(unknown);
    expect(text).toMatch(/permissionSets\[0\]\.actions\[0\]: unknown action "user\.fly"|permissionSets\[1\]: unknown field "colour"/);
    expect(text).toMatch(/permissionSets\[1\]: unknown field "colour"/);
    expect(await permissionSets()).toEqual([]);

    const unknownOnly = cardText(lastCard(await importSets(JSON.stringify({ permissionSets: [{ name: 'Flyers', actions: ['user.fly', 'sharepoint.*'] }] }))));
    expect(unknownOnly).toMatch(/permissionSets\[0\]\.actions\[0\]: unknown action "user\.fly"/);
    expect(unknownOnly).toMatch(/permissionSets\[0\]\.actions\[1\]: "sharepoint\.\*" matches no action/);
    expect(await permissionSets()).toEqual([]);
    const refusals = await auditRows((r) => r.kind === 'refusal' && r.actionId === 'steward.permission-sets-import');
    expect(refusals.length).toBe(3);
  });

  it('imports valid sets', async () => {
    const text = repliesText(await importSets(JSON.stringify({ permissionSets: [PASSWORD_DESK, SIGN_IN] })));
    expect(text).toMatch(/Imported: 2 created \(Password desk, Sign-in\)/);
    const stored = await permissionSets();
    expect(stored.map((s) => s.name).sort()).toEqual(['Password desk', 'Sign-in']);
    expect((await auditRows((r) => r.kind === 'operator' && r.actionId === 'steward.permission-sets-import')).length).toBe(1);
  });

  it('a permission set grants an action the role would not, and help lists it', async () => {
    const admin$ = t.chat({ objectId: admin.id });
    const added = cardText(lastCard(await admin$.say(`add operator ${joni.upn} as Reader with permission set "Password desk"`)));
    expect(added).toMatch(/Joni Sherman is now a Steward operator \(Reader\)/);
    expect(added).toMatch(/from permission set Password desk/);
    expect(await operator(joni.id)).toMatchObject({ roles: ['Reader'], permissionSets: ['Password desk'] });

    const chat = t.chat({ objectId: joni.id });
    const help = cardText(lastCard(await chat.say('help')));
    expect(help).toMatch(/Reset password/);
    expect(help).toMatch(/Reset MFA/);
    expect(help).not.toMatch(/Block or unblock sign-in/);

    const before = t.steward.sandbox!.tenant.getUser(isaiah.id)?.password;
    const confirm = lastCard(await chat.say(`reset the password of ${isaiah.upn}`));
    expect(cardText(confirm)).toMatch(/temporary password/i);
    const result = cardText(lastCard(await chat.click(buttonData(confirm, /^Confirm/))));
    expect(result).toMatch(/Reset password: done/);
    expect(t.steward.sandbox!.tenant.getUser(isaiah.id)?.password).not.toEqual(before);
  });

  it('an action neither role nor set allows is refused, and the tenant is unchanged', async () => {
    const chat = t.chat({ objectId: joni.id });
    const mark = t.logMark();
    const card = lastCard(await chat.say(`block ${isaiah.upn}`));
    expect(cardText(card)).toMatch(/Not allowed for your role/);
    expect(cardText(card)).toMatch(/permission set \(Password desk\) may not run "Block or unblock sign-in"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await userByUpn(isaiah.upn)).accountEnabled).toBe(true);
  });

  it('export → import round trip restores the same sets', async () => {
    const chat = t.chat({ objectId: admin.id });
    const card = lastCard(await chat.say('export permission sets'));
    expect(cardText(card)).toMatch(/Permission sets export \(2\)/);
    const json = exportedJson(card);
    expect(JSON.parse(json)).toEqual({
      format: 'steward.permission-sets',
      version: 1,
      permissionSets: [PASSWORD_DESK, SIGN_IN],
    });
    const before = (await permissionSets()).map(({ name, description, actions }) => ({ name, description, actions }));

    // A fresh tenant (or an accident): the sets are gone; the export brings them back as they were.
    for (const s of await permissionSets()) await t.steward.cosmos.containers.permissionSets.item(s.id, t.steward.tenantId).delete();
    expect(await permissionSets()).toEqual([]);
    expect(repliesText(await importSets(json))).toMatch(/Imported: 2 created/);
    const after = (await permissionSets()).map(({ name, description, actions }) => ({ name, description, actions }));
    expect(after).toEqual(before);
    // Importing the same file again replaces, it does not duplicate.
    expect(repliesText(await importSets(json))).toMatch(/Imported: 2 replaced/);
    expect(await permissionSets()).toHaveLength(2);
  });

  it('a non-admin cannot export or import', async () => {
    const chat = t.chat({ objectId: helpdesk.id });
    expect(cardText(lastCard(await chat.say('export permission sets')))).toMatch(/Not allowed for your role/);
    expect(cardText(lastCard(await chat.say('import permission sets')))).toMatch(/Not allowed for your role/);
    const forged = await chat.click({ steward: { verb: 'permission-sets-import' } }, { json: JSON.stringify({ permissionSets: [{ name: 'Mine', actions: ['user.*'] }] }) });
    expect(cardText(lastCard(forged))).toMatch(/Not allowed for your role/);
    expect((await permissionSets()).map((s) => s.name)).not.toContain('Mine');
  });
});

describe('virtual tenants', () => {
  it('creates virtual tenants from the compact syntax, and explains a bad definition', async () => {
    const chat = t.chat({ objectId: admin.id });
    const created = cardText(lastCard(await chat.say('create virtual tenant Revenue where department in (Sales, Finance)')));
    expect(created).toMatch(/Virtual tenant "Revenue" created/);
    expect(created).toMatch(/department in \(Sales, Finance\)/);

    const group = cardText(lastCard(await chat.say('create virtual tenant NW where member of "Northwest Sales"')));
    expect(group).toMatch(/Virtual tenant "NW" created/);
    const nw = (await virtualTenants()).find((v) => v.name === 'NW')!;
    expect(nw.filter).toMatchObject({ type: 'group', groupName: 'Northwest Sales', groupId: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const bad = cardText(lastCard(await chat.say('create virtual tenant Oops where colour = blue')));
    expect(bad).toMatch(/Unknown field "colour"/);
    const noGroup = cardText(lastCard(await chat.say('create virtual tenant Ghosts where member of "No Such Group"')));
    expect(noGroup).toMatch(/No group in the tenant is named "No Such Group"/);
    expect((await virtualTenants()).map((v) => v.name).sort()).toEqual(['NW', 'Revenue']);

    const form = lastCard(await chat.say('create virtual tenant'));
    expect(cardText(form)).toMatch(/Users where/);
    const viaForm = cardText(lastCard(await chat.click(buttonData(form, 'Create'), { name: 'Italy', definition: 'country = Italy' })));
    expect(viaForm).toMatch(/Virtual tenant "Italy" created/);

    const audit = await auditRows((r) => r.kind === 'operator' && r.actionId === 'steward.virtual-tenant-create');
    expect(audit.map((r) => r.targets[0].display).sort()).toEqual(['Italy', 'NW', 'Revenue']);
  });

  it('assigns a virtual tenant to an operator; show lists who has it', async () => {
    const chat = t.chat({ objectId: admin.id });
    const added = cardText(lastCard(await chat.say(`add operator ${nestor.upn} as Helpdesk in virtual tenant Revenue`)));
    expect(added).toMatch(/Virtual tenant Revenue: department in \(Sales, Finance\)/);
    expect(await operator(nestor.id)).toMatchObject({ roles: ['Helpdesk'], virtualTenants: ['revenue'] });
    const list = cardText(lastCard(await chat.say('show virtual tenants')));
    expect(list).toMatch(/Revenue/);
    expect(list).toContain(nestor.upn);
  });

  it('an out-of-scope target named directly is refused; the tenant is unchanged', async () => {
    const okafor = await userByUpn('jane.okafor@contoso.com');
    expect(okafor.department).toBe('Engineering');
    const before = await methodsOf(okafor.id);
    const mark = t.logMark();
    const card = lastCard(await t.chat({ objectId: nestor.id }).say('reset MFA for jane.okafor@contoso.com'));
    expect(cardText(card)).toMatch(/Outside your scope/);
    expect(cardText(card)).toMatch(/jane\.okafor@contoso\.com is outside the users you manage \(outside your virtual tenant \(Revenue\)\)/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await methodsOf(okafor.id)).toEqual(before);
    const refusals = await auditRows((r) => r.kind === 'refusal' && r.operator.id === nestor.id && r.error?.code === 'SCOPE_DENIED');
    expect(refusals.length).toBeGreaterThanOrEqual(1);
  });

  it('an in-scope target runs, and the confirm card names the virtual tenant that allowed it', async () => {
    const chat = t.chat({ objectId: nestor.id });
    const cooper = await userByUpn('jane.cooper@contoso.com');
    const confirm = lastCard(await chat.say('block jane.cooper@contoso.com'));
    expect(cardText(confirm)).toMatch(/Virtual tenant: Revenue/);
    await chat.click(buttonData(confirm, /^Confirm/));
    expect((await userByUpn(cooper.id)).accountEnabled).toBe(false);
    await chat.click(buttonData(lastCard(await chat.say('unblock jane.cooper@contoso.com')), /^Confirm/));
    expect((await userByUpn(cooper.id)).accountEnabled).toBe(true);
  });

  it('the choice card offers only in-scope users; a tampered out-of-scope choice is refused', async () => {
    const chat = t.chat({ objectId: nestor.id });
    const okafor = await userByUpn('jane.okafor@contoso.com');
    const muller = await userByUpn('janet.muller@contoso.com');
    const sessionsBefore = okafor.signInSessionsValidFromDateTime;
    const choice = lastCard(await chat.say('revoke sessions for Jane'));
    const text = cardText(choice);
    expect(text).toMatch(/users match "Jane"/);
    expect(text).toContain(jane.upn);
    expect(text).toContain('jane.cooper@contoso.com');
    expect(text).not.toContain('jane.okafor@contoso.com');
    expect(text).not.toContain('janet.muller@contoso.com');
    expect(JSON.stringify(choice)).not.toContain(okafor.id);
    expect(JSON.stringify(choice)).not.toContain(muller.id);

    const mark = t.logMark();
    const continueData = buttonData(choice, /^Continue/);
    const tampered = await chat.click(continueData, { choice: okafor.id });
    expect(repliesText(tampered)).toMatch(/not one of the choices offered, so nothing was changed/);
    expect(repliesText(tampered)).not.toMatch(/Confirm/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await userByUpn(okafor.id)).signInSessionsValidFromDateTime).toEqual(sessionsBefore);

    // The card is still usable with a real choice.
    const confirm = lastCard(await chat.click(continueData, { choice: jane.id }));
    expect(cardText(confirm)).toMatch(/Jane Doe/);
    expect(cardText(confirm)).toMatch(/Virtual tenant: Revenue/);
    await chat.say('cancel');
  });

  it('bulk input with one out-of-scope user is refused as a whole, naming that user; nothing changes', async () => {
    const chat = t.chat({ objectId: nestor.id });
    const mark = t.logMark();
    const card = lastCard(await chat.say(`block ${jane.upn} and jane.okafor@contoso.com`));
    expect(cardText(card)).toMatch(/Outside your scope/);
    expect(cardText(card)).toMatch(/jane\.okafor@contoso\.com is outside the users you manage/);
    expect(cardText(card)).toMatch(/Nothing was changed/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await userByUpn(jane.upn)).accountEnabled).toBe(true);
    expect((await userByUpn('jane.okafor@contoso.com')).accountEnabled).toBe(true);
  });

  it('a name that matches only out-of-scope users is refused', async () => {
    const card = lastCard(await t.chat({ objectId: nestor.id }).say('revoke sessions for Janet'));
    expect(cardText(card)).toMatch(/"Janet" matches only users outside the users you manage/);
  });

  it('group membership scopes: members are in, others are out', async () => {
    const chat = t.chat({ objectId: admin.id });
    await chat.say(`add operator ${diego.upn} as Helpdesk`);
    const assigned = cardText(lastCard(await chat.say(`assign virtual tenant NW to ${diego.upn}`)));
    expect(assigned).toMatch(/Virtual tenant NW: member of "Northwest Sales"/);
    const d = t.chat({ objectId: diego.id });
    const member = lastCard(await d.say(`revoke sessions for ${isaiah.upn}`));
    expect(cardText(member)).toMatch(/Virtual tenant: NW/);
    await d.say('cancel');
    const mark = t.logMark();
    const outsider = lastCard(await d.say(`revoke sessions for ${megan.upn}`));
    expect(cardText(outsider)).toMatch(/Outside your scope/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('limits: at most 50 virtual tenants per operator; none for Tenant Admins; an assigned one cannot be deleted', async () => {
    const chat = t.chat({ objectId: admin.id });
    const n = (await operator(nestor.id))!;
    const fifty = [...(n.virtualTenants ?? []), ...Array.from({ length: 49 }, (_, i) => `filler-${i}`)];
    await t.steward.stores.operators.upsert({ ...n, virtualTenants: fifty });
    const tooMany = cardText(lastCard(await chat.say(`assign virtual tenant NW to ${nestor.upn}`)));
    expect(tooMany).toMatch(/at most 50 virtual tenants/);
    expect((await operator(nestor.id))!.virtualTenants).toHaveLength(50);
    await t.steward.stores.operators.upsert(n);

    expect(cardText(lastCard(await chat.say(`assign virtual tenant Revenue to ${admin.upn}`)))).toMatch(/Tenant Admins always manage the whole tenant/);
    expect((await operator(admin.id))!.virtualTenants).toBeUndefined();

    const del = cardText(lastCard(await chat.say('delete virtual tenant Revenue')));
    expect(del).toMatch(/still assigned to nestor@contoso\.com/);
    expect((await virtualTenants()).map((v) => v.name)).toContain('Revenue');
  });

  it('unassigning the last virtual tenant returns the operator to the whole tenant; then it can be deleted', async () => {
    const chat = t.chat({ objectId: admin.id });
    const text = cardText(lastCard(await chat.say(`unassign virtual tenant Revenue from ${nestor.upn}`)));
    expect(text).toMatch(/whole tenant/i);
    expect((await operator(nestor.id))!.virtualTenants).toBeUndefined();
    expect(cardText(lastCard(await chat.say('delete virtual tenant Revenue')))).toMatch(/Virtual tenant "Revenue" deleted/);
    expect((await virtualTenants()).map((v) => v.name)).not.toContain('Revenue');
    const confirm = lastCard(await t.chat({ objectId: nestor.id }).say('revoke sessions for jane.okafor@contoso.com'));
    expect(cardText(confirm)).toMatch(/Whole tenant/);
    await t.chat({ objectId: nestor.id }).say('cancel');
  });
});
