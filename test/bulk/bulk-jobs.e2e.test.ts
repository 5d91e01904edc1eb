import { randomUUID } from 'node:crypto';
import type { BulkCaller, BulkJobView, BulkRow } from '../../actions/bulk/bulk-job.types';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { addBulkUsers } from '../bench/bulk-users.fixture';
import { startTestSteward, type TestSteward } from '../e2e/steward.harness';

/**
 * Bulk jobs run by the bot process's own worker: bad rows, a 429 storm, pause / resume, cancel and the
 * audit record. State is read back through the sandbox (Graph and its request log).
 */
const { admin } = DEMO_IDENTITIES;
const ACTION = 'user.bulk-edit-properties';

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward({ BULK_POLL_MS: '100', BULK_LEASE_MS: '3000' });
}, 120_000);
afterAll(async () => {
  t.steward.sandbox!.setRateLimit(null);
  await t?.close();
});

const caller = (objectId: string = admin.id): BulkCaller => ({ tenantId: t.steward.tenantId, operatorObjectId: objectId, correlationId: randomUUID(), entry: 'card' });
const conversation = (objectId: string = admin.id) => ({ conversationId: 'a:test', serviceUrl: 'http://localhost/', tenantId: t.steward.tenantId, operatorObjectId: objectId });
const rowsOf = (upns: string[]): BulkRow[] => upns.map((upn, i) => ({ line: i + 2, target: upn }));

async function department(upn: string): Promise<string | undefined> {
  const res = await t.graph('GET', `/v1.0/users/${upn}?$select=department`);
  expect(res.status).toBe(200);
  return res.body.department ?? undefined;
}

/** Waits (polling the job, no deadline of its own: jest's timeout is the bound) until `done` says so. */
async function waitFor(jobId: string, done: (v: BulkJobView) => boolean): Promise<BulkJobView> {
  for (;;) {
    const view = await t.steward.bulk.get(t.steward.tenantId, jobId);
    if (view && done(view)) return view;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const ended = (v: BulkJobView) => v.status === 'completed' || v.status === 'cancelled';

/** Megan as a Management operator limited to the users of department "Scoped". */
async function scopedOperator(): Promise<{ id: string; upn: string }> {
  const tenantId = t.steward.tenantId;
  await t.steward.stores.virtualTenants.create({
    id: 'bulk-scoped',
    tenantId,
    name: 'Bulk scoped',
    filter: { type: 'attribute', attribute: 'department', op: 'eq', values: ['Scoped'] },
    createdBy: admin.id,
    createdAt: new Date().toISOString(),
  });
  const { megan } = DEMO_IDENTITIES;
  await t.steward.stores.operators.upsert({
    tenantId,
    objectId: megan.id,
    userPrincipalName: megan.upn,
    displayName: megan.displayName,
    roles: ['Management'],
    virtualTenants: ['bulk-scoped'],
  });
  return megan;
}

/** Successful PATCH /users/{id} per user id since the mark (what reached the tenant). */
function patchesSince(mark: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of t.steward.sandbox!.requestLog.slice(mark)) {
    if (r.method === 'PATCH' && r.pathTemplate === '/v1.0/users/{id}' && r.status < 300) {
      const id = r.path.split('/').pop()!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

describe('bulk jobs: input problems', () => {
  it('reports bad rows one by one and still runs the good rows', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'rows', count: 4, department: 'Before' });
    const mark = t.logMark();
    const rows: BulkRow[] = [
      { line: 2, target: users[0].upn },
      { line: 3, target: 'nobody.here@contoso.com' },
      { line: 4, target: users[1].upn },
      { line: 5, target: users[0].upn },
      { line: 6, target: users[2].upn, params: { usageLocation: 'Italy' } },
      { line: 7, target: users[3].upn, params: { department: 'Own row' } },
    ];
    // A row the chat surface refused while reading the CSV travels with the job.
    const csvProblem = { line: 8, target: 'not an address', reason: 'invalid' as const, message: 'Line 8: "not an address" is not a UPN or an object id.' };
    const created = await t.steward.bulk.create(caller(), { actionId: ACTION, params: { department: 'After' }, rows, conversation: conversation(), problems: [csvProblem] });
    expect(created.job.status).toBe('queued');
    expect(created.job.counts.total).toBe(3);
    expect(created.job.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'not-found'],
      [5, 'duplicate'],
      [6, 'invalid'],
      [8, 'invalid'],
    ]);
    expect(created.job.problems.find((p) => p.line === 6)!.message).toMatch(/two-letter country code/);
    expect(created.sample[0]).toEqual({ target: users[0].upn, changes: [{ label: 'Department', before: 'Before', after: 'After' }] });
    // Nothing changes before Start.
    expect(t.writesSince(mark)).toEqual([]);

    await t.steward.bulk.start(caller(), created.job.id);
    const view = await waitFor(created.job.id, ended);
    expect(view.status).toBe('completed');
    expect(view.counts).toEqual({ total: 3, succeeded: 3, failed: 0, skipped: 0, cancelled: 0, remaining: 0 });
    expect(await department(users[0].upn)).toBe('After');
    expect(await department(users[1].upn)).toBe('After');
    expect(await department(users[2].upn)).toBe('Before');
    expect(await department(users[3].upn)).toBe('Own row');
    // Every write went out inside a $batch (sub-requests are logged with their own path).
    expect(t.writesSince(mark).filter((w) => !w.startsWith('POST /v1.0/$batch'))).toEqual(
      expect.arrayContaining([`PATCH /v1.0/users/${users[0].id}`, `PATCH /v1.0/users/${users[1].id}`, `PATCH /v1.0/users/${users[3].id}`]),
    );

    const results = await t.steward.bulk.resultRows(t.steward.tenantId, created.job.id);
    expect(results.map((r) => [r.line, r.target, r.outcome])).toEqual([
      [2, users[0].upn, 'succeeded'],
      [3, 'nobody.here@contoso.com', 'not-found'],
      [4, users[1].upn, 'succeeded'],
      [5, users[0].upn, 'duplicate'],
      [6, users[2].upn, 'invalid'],
      [7, users[3].upn, 'succeeded'],
      [8, 'not an address', 'invalid'],
    ]);
    expect(results[0]).toMatchObject({ error: '', before: 'Department: Before', after: 'Department: After' });
    expect(results[1].error).toMatch(/No user matches "nobody.here@contoso.com"/);
  });

  it('leaves out users outside the operator\'s virtual tenants', async () => {
    const inside = addBulkUsers(t.steward.sandbox!, { prefix: 'scopein', count: 2, department: 'Scoped' });
    const outside = addBulkUsers(t.steward.sandbox!, { prefix: 'scopeout', count: 1, department: 'Elsewhere' });
    const scoped = await scopedOperator();
    const created = await t.steward.bulk.create(caller(scoped.id), {
      actionId: ACTION,
      params: { jobTitle: 'Scoped title' },
      rows: rowsOf([inside[0].upn, outside[0].upn, inside[1].upn]),
      conversation: conversation(scoped.id),
    });
    expect(created.job.problems).toEqual([expect.objectContaining({ line: 3, target: outside[0].upn, reason: 'out-of-scope' })]);
    expect(created.job.problems[0].message).toMatch(/outside the users you manage/);
    await t.steward.bulk.start(caller(scoped.id), created.job.id);
    expect((await waitFor(created.job.id, ended)).counts.succeeded).toBe(2);
    const title = async (upn: string) => (await t.graph('GET', `/v1.0/users/${upn}?$select=jobTitle`)).body.jobTitle ?? null;
    expect(await title(inside[0].upn)).toBe('Scoped title');
    expect(await title(outside[0].upn)).toBeNull();
    // Someone else cannot steer the job.
    await expect(t.steward.bulk.cancel(caller(DEMO_IDENTITIES.helpdesk.id), created.job.id)).rejects.toThrow(/not known, or it is not yours/);
  });

  it('refuses actions that are not bulk, or that take a secret', async () => {
    const rows = rowsOf([DEMO_IDENTITIES.jane.upn]);
    await expect(t.steward.bulk.create(caller(), { actionId: 'user.manage-password', params: {}, rows, conversation: conversation() })).rejects.toThrow(
      /takes a secret \(password\), which a bulk job would have to store/,
    );
    await expect(t.steward.bulk.create(caller(), { actionId: 'user.edit-properties', params: { jobTitle: 'X' }, rows, conversation: conversation() })).rejects.toThrow(
      /cannot run as a bulk job: it works on one user at a time/,
    );
    await expect(t.steward.bulk.create(caller(), { actionId: ACTION, params: {}, rows: [], conversation: conversation() })).rejects.toThrow(/names no targets/);
  });
});

describe('bulk jobs: governance and Exchange', () => {
  it('waits for an approval when the policy asks for one', async () => {
    const tenantId = t.steward.tenantId;
    const adminOperator = await t.steward.engine.operator(caller());
    await t.steward.policies.setRule(tenantId, adminOperator, { role: 'Management', actions: ACTION, effect: 'approval' }, randomUUID());
    try {
      const inside = addBulkUsers(t.steward.sandbox!, { prefix: 'scopein', count: 2, department: 'Scoped' });
      const scoped = await scopedOperator();
      const created = await t.steward.bulk.create(caller(scoped.id), { actionId: ACTION, params: { city: 'Lyon' }, rows: rowsOf(inside.map((u) => u.upn)), conversation: conversation(scoped.id) });
      expect(created.approval).toBeDefined();
      const mark = t.logMark();
      await expect(t.steward.bulk.start(caller(scoped.id), created.job.id)).rejects.toThrow(/needs approval before it runs/);
      // A consent that no approval request backs is refused the same way.
      const forged = { requestId: 'no-such-request', approver: { id: admin.id }, justification: 'forged' };
      await expect(t.steward.bulk.start(caller(scoped.id), created.job.id, { consent: forged })).rejects.toThrow(/needs approval before it runs/);
      expect((await t.steward.bulk.get(tenantId, created.job.id))!.status).toBe('queued');
      expect(t.writesSince(mark)).toEqual([]);
    } finally {
      await t.steward.policies.removeRule(tenantId, adminOperator, { role: 'Management', actions: ACTION }, randomUUID());
    }
  });

  it('runs an Exchange action through run(), riding out Exchange throttling, once per mailbox', async () => {
    const people = [DEMO_IDENTITIES.jane, DEMO_IDENTITIES.adele, DEMO_IDENTITIES.miriam];
    const created = await t.steward.bulk.create(caller(), { actionId: 'mailbox.set-audit', params: { enabled: false }, rows: rowsOf(people.map((p) => p.upn)), conversation: conversation() });
    expect(created.job.problems).toEqual([]);
    const mark = t.logMark();
    t.steward.sandbox!.exchange.throttleNext(2, 1);
    await t.steward.bulk.start(caller(), created.job.id);
    const view = await waitFor(created.job.id, ended);
    expect(view.counts).toEqual({ total: 3, succeeded: 3, failed: 0, skipped: 0, cancelled: 0, remaining: 0 });
    const sets = t.cmdletsSince(mark).filter((c) => c.cmdlet === 'Set-Mailbox' && c.status < 300);
    expect(sets.map((c) => [c.parameters.AuditEnabled])).toEqual([[false], [false], [false]]);
    expect(t.cmdletsSince(mark).some((c) => c.status === 429)).toBe(true);
    for (const p of people) {
      const [mailbox] = await t.exo('Get-Mailbox', { Identity: p.upn });
      expect(mailbox.AuditEnabled).toBe(false);
    }
    // Put the tenant back for the other tests.
    const back = await t.steward.bulk.create(caller(), { actionId: 'mailbox.set-audit', params: { enabled: true }, rows: rowsOf(people.map((p) => p.upn)), conversation: conversation() });
    await t.steward.bulk.start(caller(), back.job.id);
    expect((await waitFor(back.job.id, ended)).counts.succeeded).toBe(3);
  });
});

describe('bulk jobs: leases', () => {
  it('records nothing for a worker whose lease was taken (its ETag moved)', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'lease', count: 3, department: 'Leased' });
    const created = await t.steward.bulk.create(caller(), { actionId: ACTION, params: { department: 'Never' }, rows: rowsOf(users.map((u) => u.upn)), conversation: conversation() });
    const store = t.steward.stores.bulkJobs;
    const [chunk] = await store.chunks(created.job.id);
    const mine = await t.steward.bulk.claim(chunk);
    expect(mine).not.toBeNull();
    // Another worker comes in between (its renewal or takeover moves the ETag).
    const theirs = await store.replaceChunk({ ...mine!.doc, lease: { owner: 'someone-else', expiresAt: new Date(Date.now() + 1500).toISOString() } }, mine!.etag);
    expect(theirs).not.toBeNull();
    expect(await t.steward.bulk.claim(theirs!)).toBeNull();
    const [item] = await store.items(created.job.id);
    const stale = await store.writeChunk({ ...mine!.doc }, mine!.etag, [{ ...item, status: 'running', worker: 'me' }]);
    expect(stale).toBeNull();
    expect((await store.items(created.job.id)).map((i) => i.status)).toEqual(['pending', 'pending', 'pending']);
    // Once that lease runs out, this process's worker takes the chunk over and the cancel completes.
    await t.steward.bulk.cancel(caller(), created.job.id);
    expect((await waitFor(created.job.id, ended)).counts).toMatchObject({ total: 3, cancelled: 3, remaining: 0 });
  });
});

describe('bulk jobs: pacing and control', () => {
  it('finishes a 429 storm with every item done, each written once', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'storm', count: 60, department: 'Calm' });
    const created = await t.steward.bulk.create(caller(), { actionId: ACTION, params: { department: 'Storm' }, rows: rowsOf(users.map((u) => u.upn)), conversation: conversation() });
    const mark = t.logMark();
    t.steward.sandbox!.setRateLimit(8);
    try {
      await t.steward.bulk.start(caller(), created.job.id);
      const view = await waitFor(created.job.id, ended);
      expect(view.counts).toEqual({ total: 60, succeeded: 60, failed: 0, skipped: 0, cancelled: 0, remaining: 0 });
    } finally {
      t.steward.sandbox!.setRateLimit(null);
    }
    const log = t.steward.sandbox!.requestLog.slice(mark);
    // It was a storm: the tenant throttled sub-requests, and the pacer came back for them.
    expect(log.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    const patches = patchesSince(mark);
    expect(users.every((u) => patches.get(u.id) === 1)).toBe(true);
    for (const u of users.slice(0, 5)) expect(await department(u.upn)).toBe('Storm');

    // Audit: one entry per chunk of 20, every user exactly once with its outcome.
    const entries = (await t.steward.stores.audit.list(t.steward.tenantId, { limit: 200 })).filter((e) => e.bulk?.jobId === created.job.id);
    expect(entries).toHaveLength(3);
    const audited = entries.flatMap((e) => e.targets.map((x) => `${x.display}:${x.outcome}`)).sort();
    expect(audited).toEqual(users.map((u) => `${u.upn}:succeeded`).sort());
    expect(entries[0]).toMatchObject({ kind: 'action', actionId: ACTION, parameters: { department: 'Storm' }, outcome: 'succeeded' });
  });

  it('pauses and resumes', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'pause', count: 80, department: 'Still' });
    const created = await t.steward.bulk.create(caller(), { actionId: ACTION, params: { department: 'Moved' }, rows: rowsOf(users.map((u) => u.upn)), conversation: conversation() });
    const mark = t.logMark();
    t.steward.sandbox!.setRateLimit(10);
    try {
      await t.steward.bulk.start(caller(), created.job.id);
      await waitFor(created.job.id, (v) => v.counts.succeeded > 0);
      const paused = await t.steward.bulk.pause(caller(), created.job.id);
      expect(paused.status).toBe('paused');
      await expect(t.steward.bulk.pause(caller(), created.job.id)).rejects.toThrow(/is paused: it cannot be paused now/);
      // Chunks in hand stop at their next lease renewal; then nothing is leased and nothing more is written.
      const settled = await waitFor(created.job.id, () => true);
      await waitForNoLeases(created.job.id);
      const writesWhilePaused = patchesSince(mark);
      const done = [...writesWhilePaused.values()].reduce((a, b) => a + b, 0);
      expect(done).toBeLessThan(80);
      expect(settled.status).toBe('paused');
      await t.steward.bulk.resume(caller(), created.job.id);
      const view = await waitFor(created.job.id, ended);
      expect(view.counts).toMatchObject({ total: 80, succeeded: 80, remaining: 0 });
    } finally {
      t.steward.sandbox!.setRateLimit(null);
    }
    const patches = patchesSince(mark);
    expect(users.every((u) => patches.get(u.id) === 1)).toBe(true);
  });

  it('cancels: unstarted items end cancelled, nothing else is written, the record adds up', async () => {
    const users = addBulkUsers(t.steward.sandbox!, { prefix: 'cancel', count: 100, department: 'Kept' });
    const created = await t.steward.bulk.create(caller(), { actionId: ACTION, params: { department: 'Gone' }, rows: rowsOf(users.map((u) => u.upn)), conversation: conversation() });
    const mark = t.logMark();
    t.steward.sandbox!.setRateLimit(5);
    let view: BulkJobView;
    try {
      await t.steward.bulk.start(caller(), created.job.id);
      await waitFor(created.job.id, (v) => v.counts.succeeded > 0);
      await t.steward.bulk.cancel(caller(), created.job.id);
      view = await waitFor(created.job.id, ended);
    } finally {
      t.steward.sandbox!.setRateLimit(null);
    }
    expect(view.status).toBe('cancelled');
    expect(view.counts.remaining).toBe(0);
    expect(view.counts.cancelled).toBeGreaterThan(0);
    expect(view.counts.succeeded + view.counts.cancelled).toBe(100);
    const afterEnd = t.logMark();
    const rows = await t.steward.bulk.resultRows(t.steward.tenantId, created.job.id);
    const patches = patchesSince(mark);
    for (const u of users) {
      const row = rows.find((r) => r.target === u.upn)!;
      // Exactly the succeeded rows reached the tenant, once each.
      expect([row.outcome, patches.get(u.id) ?? 0]).toEqual(row.outcome === 'succeeded' ? ['succeeded', 1] : ['cancelled', 0]);
    }
    const cancelledRow = rows.find((r) => r.outcome === 'cancelled')!;
    expect(cancelledRow.error).toBe('Cancelled before it ran.');
    expect(await department(cancelledRow.target)).toBe('Kept');
    await expect(t.steward.bulk.resume(caller(), created.job.id)).rejects.toThrow(/is cancelled/);
    expect(t.writesSince(afterEnd)).toEqual([]);
  });
});

async function waitForNoLeases(jobId: string): Promise<void> {
  for (;;) {
    const { resources } = await t.steward.cosmos.containers.bulkItems.items
      .query({ query: "SELECT * FROM c WHERE c.jobId = @j AND c.type = 'chunk'", parameters: [{ name: '@j', value: jobId }] }, { partitionKey: jobId })
      .fetchAll();
    if (resources.every((c: { lease?: unknown }) => !c.lease)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
