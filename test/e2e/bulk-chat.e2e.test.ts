import { randomUUID } from 'node:crypto';
import http from 'node:http';
import pino from 'pino';
import { BulkJobService } from '../../actions/bulk/bulk-job.service';
import type { AddressInfo } from 'node:net';
import { TEAMS_FILE_DOWNLOAD_INFO } from '../../actions/bulk/csv-input.parser';
import type { BulkJobView } from '../../actions/bulk/bulk-job.types';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { addBulkUsers } from '../bench/bulk-users.fixture';
import type { ConnectorCall } from './fake-bot-connector';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type ChatClient, type TestSteward } from './steward.harness';

/**
 * Bulk jobs from the chat, end to end over HTTP: a CSV dropped into the 1:1 chat, a query limited to a
 * scoped operator's virtual tenant, and the progress card's Pause / Resume / Cancel. What the operator
 * sees is read from the replies and from the fake Bot Connector (proactive sends and in-place updates);
 * what changed is read from the sandbox tenant.
 */
const { admin, megan, helpdesk } = DEMO_IDENTITIES;

let t: TestSteward;
let files: http.Server;
let filesUrl = '';
const served = new Map<string, string>();

beforeAll(async () => {
  t = await startTestSteward({ BULK_POLL_MS: '100', BULK_LEASE_MS: '3000' });
  // Stands in for the OneDrive download link Teams hands the bot with a dropped file.
  files = http.createServer((req, res) => {
    const body = served.get(req.url ?? '');
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/csv' });
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  t?.steward.sandbox!.setRateLimit(null);
  await new Promise((resolve) => files?.close(resolve));
  await t?.close();
});

/** A file dropped into the chat with a line, as Teams delivers it (file download info attachment). */
async function dropFile(chat: ChatClient, text: string, name: string, csv: string) {
  served.set(`/${name}`, csv);
  const { status, replies } = await chat.post(
    chat.activity({ text, attachments: [{ contentType: TEAMS_FILE_DOWNLOAD_INFO, name, content: { downloadUrl: `${filesUrl}/${name}`, uniqueId: name, fileType: 'csv' } }] }),
  );
  expect(status).toBe(200);
  return replies;
}

/**
 * Presses a bulk card button the way Teams does: the message names the card it came from (replyToId),
 * and the bot replaces that card in place. Answers the card as it stands after the click (or the text reply).
 */
async function press(chat: ChatClient, card: unknown, title: string, cardActivityId: string): Promise<{ card?: any; text: string }> {
  const before = t.connector.calls.length;
  const { status, replies } = await chat.post(chat.activity({ value: buttonData(card, title), replyToId: cardActivityId }));
  expect(status).toBe(200);
  const updates = t.connector.calls.slice(before).filter((c) => c.method === 'PUT' && c.activityId === cardActivityId);
  const updated = updates.length > 0 ? updates[updates.length - 1].activity.attachments[0].content : undefined;
  return { card: updated, text: [repliesText(replies), updated ? cardText(updated) : ''].join('\n') };
}

async function user(upn: string, select: string): Promise<Record<string, any>> {
  const res = await t.graph('GET', `/v1.0/users/${upn}?$select=${select}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function jobOf(jobId: string): Promise<BulkJobView> {
  const job = await t.steward.bulk.get(t.steward.tenantId, jobId);
  expect(job).not.toBeNull();
  return job!;
}

const jobIdOf = (card: unknown, title: string) => String(buttonData(card, title).bulk.jobId);
const updatesOf = (conversationId: string, activityId: string): ConnectorCall[] =>
  t.connector.calls.filter((c) => c.method === 'PUT' && c.conversationId === conversationId && c.activityId === activityId);
const resultCardOf = (conversationId: string) =>
  t.connector.cards(conversationId, 'POST').find((c) => /Download result CSV/.test(cardText(c.card)));

/** Writes since the mark, with ids as {id}, all of which must be in the action's catalog calls. */
function writesAre(mark: number, allowed: string[]): void {
  const writes = t.writesSince(mark).map((w) => w.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}'));
  expect(writes.length).toBeGreaterThan(0);
  for (const w of writes) expect(allowed).toContain(w);
}

describe('bulk from a CSV file in the 1:1 chat', () => {
  it('summarises good and bad rows, runs the good ones with one progress card updated in place, and serves a per-row result CSV', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'csvchat', count: 6, department: 'Csv' });
    const chat = t.chat({ objectId: admin.id });
    const csv = [
      'UPN,usageLocation',
      ...users.map((u) => `${u.upn},fr`),
      'nobody.here@contoso.com,FR',
      `${users[1].upn},DE`,
      `${users[0].upn.replace('@', '-x@')},France`,
    ].join('\n');
    const replies = await dropFile(chat, 'bulk edit user properties of the users in this file', 'locations.csv', csv);
    const summary = lastCard(replies);
    const text = cardText(summary);
    expect(text).toContain('locations.csv (9 rows)');
    // Per-row problems: the unknown user, the repeated user, the value that is not a country code.
    expect(text).toMatch(/nobody\.here@contoso\.com/);
    expect(text).toMatch(/two-letter country code/);
    expect(text).toMatch(/more than once|duplicate|already/i);
    // Nothing changed yet.
    expect((await user(users[0].upn, 'usageLocation')).usageLocation).toBe('US');

    const jobId = jobIdOf(summary, 'Confirm');
    const mark = t.logMark();
    const startedAt = Date.now();
    const started = await press(chat, summary, 'Confirm', 'summary-csv');
    expect(started.text).toMatch(/Pause|completed/);

    // The result card arrives once the job ends; the summary card became the progress card, updated in place.
    const result = await t.connector.waitFor(() => resultCardOf(chat.conversationId), 30_000, 'the result card');
    const elapsed = Date.now() - startedAt;
    const job = await jobOf(jobId);
    expect(job.status).toBe('completed');
    expect(job.counts).toMatchObject({ total: 6, succeeded: 6, failed: 0, remaining: 0 });
    const updates = updatesOf(chat.conversationId, 'summary-csv');
    expect(updates.length).toBeGreaterThan(0);
    // Loosely bounded: the click's own update, plus at most one proactive update per 2 s (and the final one).
    expect(updates.length).toBeLessThanOrEqual(2 + Math.ceil(elapsed / 2000) + 1);
    // No second progress card was posted, and the result card came once.
    expect(t.connector.cards(chat.conversationId, 'POST').filter((c) => /Remaining/.test(cardText(c.card))).length).toBe(0);
    expect(t.connector.cards(chat.conversationId, 'POST').filter((c) => /Download result CSV/.test(cardText(c.card))).length).toBe(1);
    const finalCard = updates[updates.length - 1].activity.attachments[0].content;
    const finalText = cardText(finalCard);
    expect(finalText).toMatch(/✓ Done/);
    expect(finalText).toMatch(/6 of 6 done/);
    expect(finalText).toMatch(/Succeeded\s+6/);
    expect(finalText).toMatch(/Remaining\s+0/);
    expect(finalText).not.toMatch(/\bPause\b/);

    // Another instance looking at the ended job (a worker taking over a chunk) reports nothing again:
    // only the writer that ended the job reports its final state, so no second result card.
    const reported: BulkJobView[] = [];
    const otherInstance = new BulkJobService({
      engine: t.steward.engine,
      store: t.steward.stores.bulkJobs,
      audit: t.steward.stores.audit,
      clock: () => new Date(),
      newId: randomUUID,
      logger: pino({ level: 'silent' }),
      workerId: 'other-instance',
      progress: { jobChanged: async (view) => void reported.push(view) },
    });
    await otherInstance.finishIfDone(t.steward.tenantId, jobId);
    expect(reported).toEqual([]);

    // Tenant state: every good row changed, the others did not exist or were not touched twice.
    for (const u of users) expect((await user(u.upn, 'usageLocation')).usageLocation).toBe('FR');
    writesAre(mark, ['POST /v1.0/$batch', 'PATCH /v1.0/users/{id}']);

    // The per-row result CSV behind the card's link.
    const url = String(findUrl(result.card, 'Download result CSV'));
    expect(url).toContain('/bulk/results/');
    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await download.text()).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/line.*target.*outcome.*error.*before.*after/i);
    expect(lines).toHaveLength(10);
    expect(lines.filter((l) => /,succeeded,/.test(l))).toHaveLength(6);
    expect(lines.find((l) => l.includes('nobody.here@contoso.com'))).toMatch(/not-found/);
    expect(lines.find((l) => l.includes('-x@contoso.com'))).toMatch(/invalid/);
    expect(lines.find((l) => l.startsWith('9,'))).toMatch(/duplicate/);
    expect(lines.find((l) => l.startsWith('8,'))).toMatch(/not-found/);
    expect(lines.find((l) => l.includes(users[2].upn))).toMatch(/Usage location: US.*Usage location: FR/);

    // A tampered link opens nothing.
    const token = url.slice(url.indexOf('/bulk/results/') + '/bulk/results/'.length, -'.csv'.length);
    const [payload, signature] = token.split('.');
    // Another job id in the payload, same signature.
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    claims.p.j = 'another-job';
    const forged = `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const tampered = await fetch(url.replace(token, forged));
    expect(tampered.status).toBe(403);
    expect(await tampered.text()).toBe('This result link is not valid.');
  }, 45_000);
});

describe('bulk from a query, inside a scoped operator\'s virtual tenant', () => {
  it('blocks sign-in only for the users of the department and country that the operator manages', async () => {
    const tenantId = t.steward.tenantId;
    const inScope = addBulkUsers(t.steward.sandbox!, { prefix: 'qscope', count: 3, department: 'Hydrology' });
    const outside = addBulkUsers(t.steward.sandbox!, { prefix: 'qother', count: 2, department: 'Hydrology' });
    const elsewhere = addBulkUsers(t.steward.sandbox!, { prefix: 'qaway', count: 1, department: 'Hydrology' });
    for (const u of [...inScope, ...outside]) expect((await t.graph('PATCH', `/v1.0/users/${u.id}`, { country: 'Norway' })).status).toBe(204);
    for (const u of elsewhere) expect((await t.graph('PATCH', `/v1.0/users/${u.id}`, { country: 'Chile' })).status).toBe(204);
    for (const u of inScope) expect((await t.graph('PATCH', `/v1.0/users/${u.id}`, { companyName: 'Fjord Ops' })).status).toBe(204);
    // Megan: Helpdesk, limited to the users of company "Fjord Ops".
    await t.steward.stores.virtualTenants.create({
      id: 'bulk-chat-fjord',
      tenantId,
      name: 'Fjord Ops',
      filter: { type: 'attribute', attribute: 'companyName', op: 'eq', values: ['Fjord Ops'] },
      createdBy: admin.id,
      createdAt: new Date().toISOString(),
    });
    await t.steward.stores.operators.upsert({ tenantId, objectId: megan.id, userPrincipalName: megan.upn, displayName: megan.displayName, roles: ['Helpdesk'], virtualTenants: ['bulk-chat-fjord'] });

    const chat = t.chat({ objectId: megan.id });
    const summary = lastCard(await chat.say('block sign-in for all users in department Hydrology in country Norway'));
    const text = cardText(summary);
    expect(text).toMatch(/department is “Hydrology” and country is “Norway”/);
    expect(text).toMatch(/Will run on 3 targets/);
    // The two users outside her scope are only counted, never named.
    expect(text).toMatch(/\b2\b[^\n]*(outside|not in|scope)/i);
    for (const u of [...outside, ...elsewhere]) expect(text).not.toContain(u.upn);

    const jobId = jobIdOf(summary, 'Confirm');
    const mark = t.logMark();
    await press(chat, summary, 'Confirm', 'summary-query');
    await t.connector.waitFor(() => resultCardOf(chat.conversationId), 30_000, 'the result card');
    const job = await jobOf(jobId);
    expect(job).toMatchObject({ status: 'completed', createdBy: megan.id });
    expect(job.counts).toMatchObject({ total: 3, succeeded: 3, failed: 0 });
    for (const u of inScope) expect((await user(u.upn, 'accountEnabled')).accountEnabled).toBe(false);
    for (const u of [...outside, ...elsewhere]) expect((await user(u.upn, 'accountEnabled')).accountEnabled).toBe(true);
    writesAre(mark, ['POST /v1.0/$batch', 'PATCH /v1.0/users/{id}', 'POST /v1.0/users/{id}/revokeSignInSessions']);
  }, 45_000);
});

describe('Pause, Resume and Cancel on the progress card', () => {
  it('pause holds the job, resume continues it, cancel ends it with an accurate record', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'ctl', count: 60, department: 'Controls' });
    const ids = new Set(users.map((u) => u.id));
    const chat = t.chat({ objectId: admin.id });
    const summary = lastCard(await chat.say('bulk edit user properties of all users in department Controls: job title to Rigger'));
    expect(cardText(summary)).toMatch(/60 users?/);
    const jobId = jobIdOf(summary, 'Confirm');
    // Slow the tenant down so the buttons land while the job runs.
    t.steward.sandbox!.setRateLimit(6);
    try {
      const running = (await press(chat, summary, 'Confirm', 'summary-ctl')).card;
      await waitJob(jobId, (j) => j.counts.succeeded > 0);

      const paused = await press(chat, running, 'Pause', 'summary-ctl');
      expect(paused.text).toMatch(/paused/i);
      expect(paused.text).toMatch(/Resume/);
      // Chunks already sent finish; then nothing moves while paused.
      const held = await settle(jobId);
      expect(held.status).toBe('paused');
      expect(held.counts.remaining).toBeGreaterThan(0);
      // Writes that reached the tenant (the sandbox's request log; Graph itself is throttled here).
      const patched = () => t.steward.sandbox!.requestLog.filter((r) => r.method === 'PATCH' && r.pathTemplate === '/v1.0/users/{id}' && r.status < 300 && ids.has(r.path.split('/').pop()!)).length;
      const whilePaused = patched();
      await new Promise((r) => setTimeout(r, 600));
      expect(patched()).toBe(whilePaused);

      const resumed = await press(chat, paused.card, 'Resume', 'summary-ctl');
      expect(resumed.text).toMatch(/Pause/);
      await waitJob(jobId, (j) => j.counts.succeeded > held.counts.succeeded);

      const cancelled = await press(chat, resumed.card, 'Cancel', 'summary-ctl');
      expect(cancelled.text).toMatch(/cancel/i);
      // The card clicked earlier is stale: its Resume is refused with the job's real state.
      expect((await press(chat, paused.card, 'Resume', 'summary-ctl')).text).toMatch(/is cancel\w+: it cannot be resumed now/);
    } finally {
      t.steward.sandbox!.setRateLimit(null);
    }
    const final = await waitJob(jobId, (j) => j.status === 'cancelled');
    await t.connector.waitFor(() => resultCardOf(chat.conversationId), 30_000, 'the result card');
    const { counts } = final;
    expect(counts.remaining).toBe(0);
    expect(counts.cancelled).toBeGreaterThan(0);
    expect(counts.succeeded + counts.failed + counts.cancelled + counts.skipped).toBe(60);
    // The record matches the tenant: exactly the succeeded items carry the new job title.
    const titles = await Promise.all(users.map((u) => user(u.upn, 'jobTitle')));
    expect(titles.filter((u) => u.jobTitle === 'Rigger')).toHaveLength(counts.succeeded);
    const rows = await t.steward.bulk.resultRows(t.steward.tenantId, jobId);
    const byUpn = new Map(rows.map((r) => [r.target, r.outcome]));
    for (const [i, u] of users.entries()) expect(byUpn.get(u.upn)).toBe(titles[i].jobTitle === 'Rigger' ? 'succeeded' : 'cancelled');
    // The progress card ends cancelled, in place, and the result card says so once.
    const updates = updatesOf(chat.conversationId, 'summary-ctl');
    expect(cardText(updates[updates.length - 1].activity.attachments[0].content)).toMatch(/cancelled/i);
    expect(t.connector.cards(chat.conversationId, 'POST').filter((c) => /Download result CSV/.test(cardText(c.card))).length).toBe(1);
  }, 60_000);
});

describe('bulk jobs over the approval threshold', () => {
  afterAll(async () => {
    const policy = lastCard(await t.chat({ objectId: admin.id }).say('approval policy'));
    await t.chat({ objectId: admin.id }).click(buttonData(policy, 'Save settings'), { bulkThreshold: '', expiryHours: '24' });
  });

  it('Request approval files a real request; an approver approves it and the job starts with the consent', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'appr', count: 4, department: 'Approvals' });
    const adminChat = t.chat({ objectId: admin.id });
    // The approver has a personal chat with the bot, so the request card reaches it.
    await adminChat.say('my requests');
    const policy = lastCard(await adminChat.say('approval policy'));
    expect(cardText(lastCard(await adminChat.click(buttonData(policy, 'Save settings'), { bulkThreshold: '3', expiryHours: '24' })))).toMatch(/more than 3 targets/);

    const chat = t.chat({ objectId: helpdesk.id });
    const summary = lastCard(await chat.say('block sign-in for everyone in department Approvals'));
    expect(cardText(summary)).toMatch(/Will run on 4 targets/);
    expect(() => buttonData(summary, 'Confirm')).toThrow();
    const jobId = jobIdOf(summary, 'Request approval');
    // Forging a start without the approval is refused, and nothing runs.
    const forged = await chat.post(chat.activity({ value: { ...buttonData(summary, 'Request approval'), steward: { verb: 'bulk.start' } }, replyToId: 'summary-appr' }));
    expect(repliesText(forged.replies)).toMatch(/needs approval/);
    expect((await jobOf(jobId)).status).toBe('queued');

    const requested = await press(chat, summary, 'Request approval', 'summary-appr');
    expect(requested.text).toMatch(/justification/i);
    const asked = await chat.post(chat.activity({ value: { ...buttonData(summary, 'Request approval'), justification: 'Ticket 4711: offboarding the Approvals team' }, replyToId: 'summary-appr' }));
    expect(repliesText(asked.replies)).toMatch(/Approval requested/);

    // The approver's card: the bulk job, its count, the justification; Approve decides it.
    const posted = await t.connector.waitFor(() => t.connector.cards(adminChat.conversationId, 'POST').find((c) => /Approval needed/.test(cardText(c.card))), 10_000, 'the approval card');
    const request = cardText(posted.card);
    expect(request).toMatch(/Bulk job: Block or unblock sign-in on 4 users/);
    expect(request).toMatch(/Targets \(4\)/);
    expect(request).toMatch(/Ticket 4711/);
    const pending = cardText(lastCard(await adminChat.say('pending approvals')));
    expect(pending).toMatch(/Block or unblock sign-in/);
    for (const u of users) expect((await user(u.upn, 'accountEnabled')).accountEnabled).toBe(true);

    const approved = await adminChat.invoke('approval.decide', buttonData(posted.card, 'Approve'), { comment: 'Checked with HR.' });
    expect(approved.status).toBe(200);
    expect(cardText(approved.body.value)).toMatch(/Approved/);
    const done = await waitJob(jobId, (j) => j.status === 'completed');
    expect(done.counts).toMatchObject({ total: 4, succeeded: 4, failed: 0 });
    for (const u of users) expect((await user(u.upn, 'accountEnabled')).accountEnabled).toBe(false);
    // The requester gets the progress card and the result card in the chat the job came from.
    await t.connector.waitFor(() => resultCardOf(chat.conversationId), 15_000, 'the result card');
    // The approval card says the job started (its own cards report how it ends), not that the change is done.
    const closed = await t.connector.waitFor(
      () => t.connector.cards(adminChat.conversationId, 'PUT').find((c) => /Block or unblock sign-in: bulk job started/.test(cardText(c.card))),
      10_000,
      'the updated approval card',
    );
    expect(cardText(closed.card)).not.toMatch(/: done/);
    // The audit names the approval.
    const audit = await t.steward.stores.audit.list(t.steward.tenantId, { limit: 50 });
    expect(audit.some((e) => e.approval?.event === 'approved' && e.approval?.approver?.id === admin.id)).toBe(true);
  }, 45_000);

  it('a rejected request cancels its job: nothing runs, and both sides are told so', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'rejd', count: 4, department: 'Rejected' });
    const adminChat = t.chat({ objectId: admin.id });
    await adminChat.say('my requests');
    const policy = lastCard(await adminChat.say('approval policy'));
    await adminChat.click(buttonData(policy, 'Save settings'), { bulkThreshold: '3', expiryHours: '24' });

    const chat = t.chat({ objectId: helpdesk.id });
    const summary = lastCard(await chat.say('block sign-in for everyone in department Rejected'));
    const jobId = jobIdOf(summary, 'Request approval');
    const asked = await chat.post(chat.activity({ value: { ...buttonData(summary, 'Request approval'), justification: 'Ticket 4712: not needed after all' }, replyToId: 'summary-rejd' }));
    expect(repliesText(asked.replies)).toMatch(/Approval requested/);
    const posted = await t.connector.waitFor(
      () => t.connector.cards(adminChat.conversationId, 'POST').find((c) => /Approval needed/.test(cardText(c.card)) && /Ticket 4712/.test(cardText(c.card))),
      10_000,
      'the approval card',
    );

    const rejected = await adminChat.invoke('approval.decide', buttonData(posted.card, 'Reject'), { comment: 'Not this quarter.' });
    expect(rejected.status).toBe(200);
    expect(cardText(rejected.body.value)).toMatch(/Rejected\. The requester is told; nothing was changed; the bulk job was cancelled\./);
    const job = await waitJob(jobId, (j) => j.status === 'cancelled');
    expect(job.counts).toMatchObject({ total: 4, succeeded: 0, failed: 0, cancelled: 4 });
    for (const u of users) expect((await user(u.upn, 'accountEnabled')).accountEnabled).toBe(true);
    // The requester hears it in plain words, and cannot start the job afterwards.
    await t.connector.waitFor(
      () => t.connector.cards(chat.conversationId).find((c) => /rejected your request: "Not this quarter\." Nothing was changed; the bulk job was cancelled/.test(cardText(c.card))),
      10_000,
      'the requester notice',
    );
    const late = await chat.post(chat.activity({ value: { ...buttonData(summary, 'Request approval'), steward: { verb: 'bulk.start' } }, replyToId: 'summary-rejd' }));
    expect(repliesText(late.replies)).toMatch(/cancelled/);
  }, 45_000);
});

/** Polls the job until `done` says so (jest's timeout bounds it). */
async function waitJob(jobId: string, done: (j: BulkJobView) => boolean): Promise<BulkJobView> {
  for (;;) {
    const job = await jobOf(jobId);
    if (done(job)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the job's counts stop moving (chunks in flight finished after a pause). */
async function settle(jobId: string): Promise<BulkJobView> {
  let last = await jobOf(jobId);
  for (;;) {
    await new Promise((r) => setTimeout(r, 700));
    const next = await jobOf(jobId);
    if (JSON.stringify(next.counts) === JSON.stringify(last.counts)) return next;
    last = next;
  }
}

function findUrl(card: unknown, title: string): string | undefined {
  let url: string | undefined;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.OpenUrl' && o.title === title && typeof o.url === 'string') url = o.url;
    Object.values(o).forEach(walk);
  };
  walk(card);
  return url;
}
