import fs from 'node:fs';
import path from 'node:path';
import { BULK_JOB_THRESHOLD } from '../../actions/bulk/chat-targets.policy';
import type { BulkJobView } from '../../actions/bulk/bulk-job.types';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { addBulkUsers } from '../bench/bulk-users.fixture';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type ChatClient, type TestSteward } from './steward.harness';

/**
 * Several users named in one chat line, end to end over HTTP: up to BULK_JOB_THRESHOLD names keep the
 * ordinary confirm card (and its all-or-nothing scope rule); more names become a bulk job whose summary
 * card lists each name that cannot run on its own row, then one progress card and a result card.
 * What changed is read from the sandbox tenant through Graph.
 */
const { admin, megan } = DEMO_IDENTITIES;
const SIGN_IN = 'user.set-sign-in-status';
/** The catalog's calls for the action, plus the $batch envelope bulk jobs pack them into. */
const CATALOG: Record<string, { calls: string[] }> = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/catalog/graph-calls.json'), 'utf8'));
const ALLOWED = [...CATALOG[SIGN_IN].calls, 'POST /v1.0/$batch'];

let t: TestSteward;

beforeAll(async () => {
  t = await startTestSteward({ BULK_POLL_MS: '100', BULK_LEASE_MS: '3000' });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function enabled(upn: string): Promise<boolean> {
  const res = await t.graph('GET', `/v1.0/users/${upn}?$select=accountEnabled`);
  expect(res.status).toBe(200);
  return res.body.accountEnabled;
}

/** Writes since the mark, with ids as {id}: there are some, and all are the action's catalog calls. */
function writesAreCatalogCalls(mark: number): void {
  const writes = t.writesSince(mark).map((w) => w.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}'));
  expect(writes.length).toBeGreaterThan(0);
  for (const w of writes) expect(ALLOWED).toContain(w);
}

/** Presses a bulk card button as Teams does (replyToId names the clicked card); answers the card as it stands after. */
async function press(chat: ChatClient, card: unknown, title: string, cardActivityId: string): Promise<string> {
  const before = t.connector.calls.length;
  const { status, replies } = await chat.post(chat.activity({ value: buttonData(card, title), replyToId: cardActivityId }));
  expect(status).toBe(200);
  const updates = t.connector.calls.slice(before).filter((c) => c.method === 'PUT' && c.activityId === cardActivityId);
  const updated = updates.length > 0 ? updates[updates.length - 1].activity.attachments[0].content : undefined;
  return [repliesText(replies), updated ? cardText(updated) : ''].join('\n');
}

async function waitJob(jobId: string, done: (j: BulkJobView) => boolean): Promise<BulkJobView> {
  for (;;) {
    const job = await t.steward.bulk.get(t.steward.tenantId, jobId);
    expect(job).not.toBeNull();
    if (done(job!)) return job!;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const resultCardOf = (conversationId: string) => t.connector.cards(conversationId, 'POST').find((c) => /Download result CSV/.test(cardText(c.card)));

/** "a, b, c and d" */
const listed = (names: string[]) => `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

describe('a chat line naming more users than the threshold', () => {
  it('becomes a bulk job: summary card (11 targets, 1 not found) → Confirm → progress card in place → result card', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'chatline', count: 11, department: 'Chat lines' });
    const names = users.map((u) => u.upn);
    names.splice(5, 0, 'nobody.named.here@contoso.com');
    expect(names.length).toBeGreaterThan(BULK_JOB_THRESHOLD);
    const chat = t.chat({ objectId: admin.id });

    const summary = lastCard(await chat.say(`block sign-in for ${listed(names)}`));
    const text = cardText(summary);
    expect(text).toMatch(/Block or unblock sign-in · bulk/);
    expect(text).toMatch(/Targets from the message \(12 users named\)/);
    expect(text).toMatch(/Will run on 11 targets/);
    expect(text).toMatch(/✗ 1 not found/);
    expect(text).toContain('No user matches "nobody.named.here@contoso.com" (name 6)');
    // A bulk summary, not the ordinary confirm card; nothing changed yet.
    expect(buttonData(summary, 'Confirm').steward.verb).toBe('bulk.start');
    for (const u of users) expect(await enabled(u.upn)).toBe(true);

    const jobId = String(buttonData(summary, 'Confirm').bulk.jobId);
    const mark = t.logMark();
    const started = await press(chat, summary, 'Confirm', 'summary-line');
    expect(started).toMatch(/Pause|completed|Done/);
    await t.connector.waitFor(() => resultCardOf(chat.conversationId), 30_000, 'the result card');
    const job = await waitJob(jobId, (j) => j.status === 'completed');
    expect(job.counts).toMatchObject({ total: 11, succeeded: 11, failed: 0, remaining: 0 });
    expect(job.problems.map((p) => `${p.line} ${p.reason} ${p.target}`)).toEqual(['6 not-found nobody.named.here@contoso.com']);

    // The summary card became the progress card (updated in place, ending done); one result card follows.
    const updates = t.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === chat.conversationId && c.activityId === 'summary-line');
    expect(updates.length).toBeGreaterThan(0);
    expect(cardText(updates[updates.length - 1].activity.attachments[0].content)).toMatch(/11 of 11 done/);
    expect(t.connector.cards(chat.conversationId, 'POST').filter((c) => /Download result CSV/.test(cardText(c.card)))).toHaveLength(1);

    // The tenant: every named user is blocked.
    for (const u of users) expect(await enabled(u.upn)).toBe(false);
    writesAreCatalogCalls(mark);
    // The result rows: the unknown name keeps its position among the others.
    const rows = await t.steward.bulk.resultRows(t.steward.tenantId, jobId);
    expect(rows.find((r) => r.line === 6)).toMatchObject({ target: 'nobody.named.here@contoso.com', outcome: 'not-found' });
    expect(rows.filter((r) => r.outcome === 'succeeded').map((r) => r.line).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
  }, 60_000);

  it('asks for missing input with the usual form first, then shows the bulk summary', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'chatform', count: 12, department: 'Chat forms' });
    const chat = t.chat({ objectId: admin.id });
    const form = lastCard(await chat.say(`bulk edit user properties of ${listed(users.map((u) => u.upn))}`));
    expect(cardText(form)).toMatch(/A few details for these 12 users/);
    const summary = lastCard(await chat.click(buttonData(form, 'Continue'), { department: 'Geology' }));
    const text = cardText(summary);
    expect(text).toMatch(/Targets from the message \(12 users named\)/);
    expect(text).toMatch(/Will run on 12 targets/);
    expect(text).toMatch(/Geology/);
    // Cancel on the summary discards the job; nothing changed.
    expect(await press(chat, summary, 'Cancel', 'summary-form')).toMatch(/Cancelled\. Nothing was changed\./);
    const dept = await t.graph('GET', `/v1.0/users/${users[0].upn}?$select=department`);
    expect(dept.body.department).toBe('Chat forms');
  }, 45_000);
});

describe('a chat line naming a handful of users', () => {
  it('keeps the ordinary confirm card listing every user, run inline with one result card', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'fewline', count: 3, department: 'Few lines' });
    const chat = t.chat({ objectId: admin.id });
    const confirm = lastCard(await chat.say(`block sign-in for ${listed(users.map((u) => u.upn))}`));
    const text = cardText(confirm);
    expect(text).not.toMatch(/· bulk/);
    for (const u of users) expect(text).toContain(u.upn);
    const data = buttonData(confirm, 'Confirm');
    expect(data.steward.verb).toBe('confirm');
    expect(data.bulk).toBeUndefined();

    const mark = t.logMark();
    const result = cardText(lastCard(await chat.click(data)));
    expect(result).toMatch(/Block or unblock sign-in/);
    for (const u of users) expect(await enabled(u.upn)).toBe(false);
    writesAreCatalogCalls(mark);
  }, 30_000);

  it(`at exactly ${BULK_JOB_THRESHOLD} names still shows the ordinary confirm card`, async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'tenline', count: BULK_JOB_THRESHOLD, department: 'Ten lines' });
    const chat = t.chat({ objectId: admin.id });
    const confirm = lastCard(await chat.say(`block sign-in for ${listed(users.map((u) => u.upn))}`));
    expect(buttonData(confirm, 'Confirm').steward.verb).toBe('confirm');
    for (const u of users) expect(cardText(confirm)).toContain(u.upn);
    await chat.say('cancel');
    for (const u of users) expect(await enabled(u.upn)).toBe(true);
  }, 30_000);
});

describe('out-of-scope users in a chat line, for a scoped operator', () => {
  let inScope: { id: string; upn: string }[];
  let outside: { id: string; upn: string };

  beforeAll(async () => {
    const tenantId = t.steward.tenantId;
    inScope = addBulkUsers(t.steward.sandbox!, { prefix: 'scopeline', count: 11, department: 'Scope lines' });
    [outside] = addBulkUsers(t.steward.sandbox!, { prefix: 'outline', count: 1, department: 'Scope lines' });
    for (const u of inScope) expect((await t.graph('PATCH', `/v1.0/users/${u.id}`, { companyName: 'Line Ops' })).status).toBe(204);
    // Megan: Helpdesk, limited to the users of company "Line Ops".
    await t.steward.stores.virtualTenants.create({
      id: 'chat-line-ops',
      tenantId,
      name: 'Line Ops',
      filter: { type: 'attribute', attribute: 'companyName', op: 'eq', values: ['Line Ops'] },
      createdBy: admin.id,
      createdAt: new Date().toISOString(),
    });
    await t.steward.stores.operators.upsert({ tenantId, objectId: megan.id, userPrincipalName: megan.upn, displayName: megan.displayName, roles: ['Helpdesk'], virtualTenants: ['chat-line-ops'] });
  });

  it('up to the threshold, one user outside refuses the whole request and nothing changes', async () => {
    const chat = t.chat({ objectId: megan.id });
    const mark = t.logMark();
    const card = lastCard(await chat.say(`block sign-in for ${listed([inScope[0].upn, outside.upn, inScope[1].upn])}`));
    expect(cardText(card)).toMatch(/Outside your scope/);
    expect(cardText(card)).toContain(`${outside.upn} is outside the users you manage`);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await enabled(inScope[0].upn)).toBe(true);
  });

  it('above the threshold, the user outside is one row that will not run; the others are offered', async () => {
    const chat = t.chat({ objectId: megan.id });
    const names = [...inScope.map((u) => u.upn)];
    names.splice(2, 0, outside.upn);
    const summary = lastCard(await chat.say(`block sign-in for ${listed(names)}`));
    const text = cardText(summary);
    expect(text).toMatch(/Will run on 11 targets/);
    expect(text).toMatch(/⊘ 1 outside your scope/);
    expect(text).toContain(`${outside.upn} is outside the users you manage`);
    expect(text).toContain('(name 3): it is left out.');
    expect(await press(chat, summary, 'Cancel', 'summary-scope')).toMatch(/Cancelled\. Nothing was changed\./);
    expect(await enabled(outside.upn)).toBe(true);
  }, 30_000);
});
