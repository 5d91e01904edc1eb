import { randomUUID } from 'node:crypto';
import type { BulkCaller, BulkJobView } from '../../actions/bulk/bulk-job.types';
import type { BulkItemDoc } from '../../actions/bulk/bulk-store.types';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { addBulkUsers } from '../bench/bulk-users.fixture';
import { startTestSteward, type TestSteward } from '../e2e/steward.harness';
import { startWorkerProcess, type WorkerProcess } from './worker-process.helper';

/**
 * Bulk workers as separate processes on one Cosmos DB and one sandbox tenant (the way several bot
 * instances share a job): a worker killed with SIGKILL mid-job has its chunks taken over, and two
 * workers split a job; in both cases the sandbox's request log shows one successful write per user.
 * This file's own Steward runs no worker (BULK_WORKER=off): it only creates and starts jobs.
 */
const { admin } = DEMO_IDENTITIES;
const ACTION = 'user.bulk-edit-properties';

let t: TestSteward;
const workers: WorkerProcess[] = [];
beforeAll(async () => {
  t = await startTestSteward({ BULK_WORKER: 'off' });
}, 120_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  t.steward.sandbox?.setRateLimit(null);
  await t?.close();
});

async function worker(): Promise<WorkerProcess> {
  const w = await startWorkerProcess(t);
  workers.push(w);
  return w;
}

const caller = (): BulkCaller => ({ tenantId: t.steward.tenantId, operatorObjectId: admin.id, correlationId: randomUUID(), entry: 'card' });

/** Creates the job without a rate limit (reading and previewing the users), then starts it at `rate` requests/s. */
async function startJob(prefix: string, count: number, department: string, rate: number): Promise<{ jobId: string; users: { id: string; upn: string }[] }> {
  const users = addBulkUsers(t.steward.sandbox!, { prefix, count, department: 'Start' });
  const created = await t.steward.bulk.create(caller(), {
    actionId: ACTION,
    params: { department },
    rows: users.map((u, i) => ({ line: i + 2, target: u.upn })),
    conversation: { conversationId: 'a:workers', serviceUrl: 'http://localhost/', tenantId: t.steward.tenantId, operatorObjectId: admin.id },
  });
  t.steward.sandbox!.setRateLimit(rate);
  await t.steward.bulk.start(caller(), created.job.id);
  return { jobId: created.job.id, users };
}

async function items(jobId: string): Promise<BulkItemDoc[]> {
  return t.steward.stores.bulkJobs.items(jobId);
}

async function waitUntil<T>(probe: () => Promise<T | undefined | false>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ended = (jobId: string) => waitUntil(async () => {
  const v = await t.steward.bulk.get(t.steward.tenantId, jobId);
  return v && (v.status === 'completed' || v.status === 'cancelled') ? v : undefined;
});

/** Successful PATCH /users/{id} per user since the mark (throttled attempts changed nothing and are left out). */
function writesPerUser(mark: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of t.steward.sandbox!.requestLog.slice(mark)) {
    if (r.method === 'PATCH' && r.pathTemplate === '/v1.0/users/{id}' && r.status < 300) {
      const id = r.path.split('/').pop()!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

function expectDoneOnce(view: BulkJobView, users: { id: string }[], mark: number): void {
  expect(view.status).toBe('completed');
  expect(view.counts).toEqual({ total: users.length, succeeded: users.length, failed: 0, skipped: 0, cancelled: 0, remaining: 0 });
  const writes = writesPerUser(mark);
  const wrong = users.filter((u) => writes.get(u.id) !== 1).map((u) => `${u.id}: ${writes.get(u.id) ?? 0}`);
  expect(wrong).toEqual([]);
}

it('takes over the chunks of a worker killed with SIGKILL, and runs each item exactly once', async () => {
  const a = await worker();
  const mark = t.logMark();
  let view: BulkJobView;
  let runningAtKill: BulkItemDoc[];
  let b: WorkerProcess | undefined;
  try {
    const { jobId, users } = await startJob('killed', 200, 'After kill', 25);
    // Kill it while it holds chunks with items on the wire (marked running, not finished).
    runningAtKill = await waitUntil(async () => {
      const all = await items(jobId);
      const running = all.filter((i) => i.status === 'running');
      return all.some((i) => i.status === 'succeeded') && running.length > 0 ? running : undefined;
    });
    await a.kill9();
    b = await worker();
    view = await ended(jobId);
    expectDoneOnce(view, users, mark);
    const after = await items(jobId);
    const by = new Set(after.map((i) => i.worker));
    expect(by).toEqual(new Set([a.id, b.id]));
    // Whatever the dead worker left 'running' was looked at again: finished by B, never left hanging.
    // The items the dead worker had in flight were finished by the new one (re-checked first).
    const redone = after.filter((i) => runningAtKill.some((r) => r.id === i.id));
    expect(redone.every((i) => i.status === 'succeeded')).toBe(true);
    for (const u of users.slice(0, 3)) expect((await t.graph('GET', `/v1.0/users/${u.upn}?$select=department`)).body.department).toBe('After kill');
  } finally {
    t.steward.sandbox!.setRateLimit(null);
    // The next test counts the workers that ran its job: this one must be gone.
    await b?.stop();
  }
});

it('lets two worker processes share one job without running anything twice', async () => {
  const [a, b] = await Promise.all([worker(), worker()]);
  const mark = t.logMark();
  try {
    const { jobId, users } = await startJob('shared', 200, 'Shared', 40);
    const view = await ended(jobId);
    expectDoneOnce(view, users, mark);
    const byWorker = new Map<string, number>();
    for (const i of await items(jobId)) byWorker.set(i.worker!, (byWorker.get(i.worker!) ?? 0) + 1);
    expect([...byWorker.keys()].sort()).toEqual([a.id, b.id].sort());
  } finally {
    t.steward.sandbox!.setRateLimit(null);
  }
});
