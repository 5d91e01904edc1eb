import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { startTestSteward, type TestSteward } from './steward.harness';

/** With MicrosoftAppId configured, only Bot Framework-signed requests reach the bot. */
let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward({ MicrosoftAppId: '6f1c7a52-0b8e-4d3a-9d55-3f0e2b7c9a11', MicrosoftAppPassword: 'not-a-real-secret' });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function auditCount(): Promise<number> {
  const { resources } = await t.steward.cosmos.containers.audit.items.query('SELECT VALUE COUNT(1) FROM c').fetchAll();
  return resources[0] as number;
}

it.each([
  ['no Authorization header', {}],
  ['a token that is not a Bot Framework JWT', { authorization: 'Bearer not.a.jwt' }],
])('answers 401 to a POST with %s and runs nothing', async (_what, headers) => {
  const chat = t.chat({ objectId: DEMO_IDENTITIES.admin.id });
  const mark = t.steward.sandbox!.requestLog.length;
  const auditBefore = await auditCount();
  const { status, replies } = await chat.post(chat.activity({ text: 'block jane@contoso.com' }), headers);
  expect(status).toBe(401);
  expect(replies).toEqual([]);
  expect(t.steward.sandbox!.requestLog.length).toBe(mark);
  expect(await auditCount()).toBe(auditBefore);
  const jane = await t.graph('GET', `/v1.0/users/${DEMO_IDENTITIES.jane.upn}?$select=accountEnabled`);
  expect(jane.body.accountEnabled).toBe(true);
});

it('still answers health checks', async () => {
  const res = await fetch(`${t.steward.bot.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', tenant: 'sandbox', cosmos: 'embedded' });
});
