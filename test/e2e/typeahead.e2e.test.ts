import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buildFormCard, formFieldsFromSchema } from '../../cards';
import { createCardValidator } from '../cards/validate-card';
import { cardText, lastCard, startTestSteward, type ChatClient, type TestSteward } from './steward.harness';

/**
 * Typeahead pickers, end to end over HTTP: form cards carry Input.ChoiceSet with a Data.Query for user,
 * group and licence parameters, and the `application/search` invoke Teams sends for them is answered
 * with at most 15 matches by UPN or display name, only inside the operator's scope.
 */
const { admin, nestor, megan } = DEMO_IDENTITIES;

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward();
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** What Teams posts when the user types into a dynamic typeahead ChoiceSet. */
async function search(chat: ChatClient, dataset: string, queryText: string, queryOptions = { skip: 0, top: 15 }): Promise<{ status: number; body: any }> {
  const activity = chat.activity({ type: 'invoke', name: 'application/search', value: { queryText, dataset, queryOptions } });
  delete activity.deliveryMode;
  const res = await fetch(t.steward.messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function usersWhere(filter: string): Promise<any[]> {
  const res = await t.graph('GET', `/v1.0/users?$filter=${encodeURIComponent(filter)}&$select=id,userPrincipalName,displayName,department&$top=999`);
  expect(res.status).toBe(200);
  return res.body.value;
}

function findPickers(card: unknown): any[] {
  const out: any[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Input.ChoiceSet' && o['choices.data']) out.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('application/search', () => {
  it('answers at most 15 users by UPN prefix, in the documented response shape', async () => {
    const all = await usersWhere("startswith(userPrincipalName,'a')");
    expect(all.length).toBeGreaterThan(0);
    const res = await search(t.chat({ objectId: admin.id }), 'users', 'a');
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.search.searchResponse');
    const results: { title: string; value: string }[] = res.body.value.results;
    expect(results.length).toBeLessThanOrEqual(15);
    expect(results.length).toBeGreaterThanOrEqual(Math.min(all.length, 15));
    for (const r of results) {
      expect(typeof r.title).toBe('string');
      expect(r.value).toMatch(/@/);
    }
    expect(results.map((r) => r.value)).toContain(admin.upn);
    // Paging: the next page does not repeat the first.
    const next = await search(t.chat({ objectId: admin.id }), 'users', 'a', { skip: 15, top: 15 });
    expect(next.status).toBe(200);
    const firstValues = new Set(results.map((r) => r.value));
    expect(next.body.value.results.every((r: { value: string }) => !firstValues.has(r.value))).toBe(true);
  });

  it('finds users by display name', async () => {
    const res = await search(t.chat({ objectId: admin.id }), 'users', 'Megan Bow');
    expect(res.status).toBe(200);
    expect(res.body.value.results).toEqual([{ title: `${megan.displayName} (${megan.upn})`, value: megan.upn }]);
  });

  it('answers licences (static-sized) and groups', async () => {
    const skus = await search(t.chat({ objectId: admin.id }), 'skus', '');
    expect(skus.status).toBe(200);
    expect(skus.body.value.results.length).toBeGreaterThan(0);
    expect(skus.body.value.results.length).toBeLessThanOrEqual(15);
    const groups = await t.graph('GET', '/v1.0/groups?$select=id,displayName&$top=1');
    const name: string = groups.body.value[0].displayName;
    const found = await search(t.chat({ objectId: admin.id }), 'groups', name.slice(0, 4));
    expect(found.status).toBe(200);
    expect(found.body.value.results.map((r: { value: string }) => r.value)).toContain(groups.body.value[0].id);
  });

  it('gives an operator limited by a virtual tenant only the users inside it', async () => {
    const adminChat = t.chat({ objectId: admin.id });
    expect(cardText(lastCard(await adminChat.say('create virtual tenant Revenue where department in (Sales, Finance)')))).toMatch(/Revenue/);
    expect(cardText(lastCard(await adminChat.say(`add operator ${nestor.upn} as Helpdesk in virtual tenant Revenue`)))).toMatch(/Revenue/);

    const everyone = await search(adminChat, 'users', 'j');
    const scoped = await search(t.chat({ objectId: nestor.id }), 'users', 'j');
    expect(scoped.status).toBe(200);
    const values: string[] = scoped.body.value.results.map((r: { value: string }) => r.value);
    expect(values.length).toBeLessThanOrEqual(15);
    const inScope = new Set((await usersWhere("department eq 'Sales' or department eq 'Finance'")).map((u) => u.userPrincipalName.toLowerCase()));
    for (const v of values) expect(inScope.has(v.toLowerCase())).toBe(true);
    // The tenant-wide admin sees users the scoped operator does not.
    const outside = everyone.body.value.results.map((r: { value: string }) => r.value).filter((v: string) => !inScope.has(v.toLowerCase()));
    expect(outside.length).toBeGreaterThan(0);
    for (const v of outside) expect(values).not.toContain(v);
    // Naming an out-of-scope user exactly finds nothing either.
    const okafor = await search(t.chat({ objectId: nestor.id }), 'users', 'jane.okafor@contoso.com');
    expect(okafor.status).toBe(200);
    expect(okafor.body.value.results).toEqual([]);
  });

  it('gives a caller who is not an operator an error and no data', async () => {
    const res = await search(t.chat({ objectId: megan.id }), 'users', 'a');
    expect(res.status).toBe(403);
    expect(res.body.type).toBe('application/vnd.microsoft.error');
    expect(res.body.value.code).toBe('NOT_AN_OPERATOR');
    expect(JSON.stringify(res.body)).not.toMatch(/@contoso\.com/);
  });
});

describe('form cards', () => {
  const validator = createCardValidator();
  /**
   * The JS renderer predates dynamic typeahead: it ignores `choices.data` and wants a static choice.
   * Teams fills a Data.Query ChoiceSet from the search invoke, so that one message is not a problem.
   */
  const problems = (card: unknown) => validator.validateCard(card).filter((p) => !/^CollectionCantBeEmpty: An Input\.ChoiceSet must have at least one choice/.test(p));

  it('"Which user?" is a Data.Query typeahead over users', async () => {
    const form = lastCard(await t.chat({ objectId: admin.id }).say('reset MFA'));
    expect(cardText(form)).toMatch(/Which user/);
    const pickers = findPickers(form);
    expect(pickers).toHaveLength(1);
    expect(pickers[0]).toMatchObject({ id: 'target', style: 'filtered', 'choices.data': { type: 'Data.Query', dataset: 'users' } });
    expect(problems(form)).toEqual([]);
  });

  it('user, group-member and licence parameters become pickers', () => {
    const registry = t.steward.registry;
    const expectations: [string, string, string][] = [
      ['security-group.add-members', 'members', 'users'],
      ['m365-group.add-members', 'members', 'users'],
      ['user.edit-properties', 'manager', 'users'],
      ['user.manage-licenses', 'addSkus', 'skus'],
    ];
    for (const [actionId, key, dataset] of expectations) {
      const action = registry.list().find((a) => a.id === actionId);
      expect(action).toBeDefined();
      const card = buildFormCard({ actionId, title: action!.title, fields: formFieldsFromSchema(action!.input), data: { steward: { verb: 'form', actionId } } });
      const picker = findPickers(card).find((p) => p.id === key);
      expect(picker).toMatchObject({ 'choices.data': { type: 'Data.Query', dataset } });
      expect(problems(card)).toEqual([]);
    }
  });
});
