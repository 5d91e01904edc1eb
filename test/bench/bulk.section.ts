import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import type { BenchContext, BenchRow, BenchSection } from './bench.types';
import { addBulkUsers } from './bulk-users.fixture';

/**
 * (c) "bulk: 1,000 users": one bulk job (user.bulk-edit-properties, department) against the sandbox at a
 * set rate limit, timed from Start to the job's end, against
 *  - the ideal: writes ÷ allowed rate (the sandbox's token bucket starts full, so a perfect client can
 *    even come in a little under it);
 *  - a plain sequential loop over the same Graph client (one PATCH after the other, the client's own
 *    429 retries), measured on a sample of users and extrapolated to the job's size (said in the note).
 * Both run with the sandbox answering each HTTP request after LATENCY_MS, a typical Graph write round
 * trip (a $batch pays it once): on a bare local server a sequential loop would be unrealistically fast,
 * and how much faster the job is than the loop is about rate × latency.
 * The job is created (targets read and previewed) before the limit is set: only its run is timed.
 */
const USERS = 1000;
const RATE = 100;
const LOOP_SAMPLE = 100;
const LATENCY_MS = 150;

async function waitForEnd(get: () => Promise<{ status: string } | null>): Promise<void> {
  for (;;) {
    const view = await get();
    if (view && (view.status === 'completed' || view.status === 'cancelled')) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const bulkSection: BenchSection = {
  // Short name for --only (which splits on commas); the rows say "1,000 users".
  name: 'bulk',
  async run(context: BenchContext): Promise<BenchRow[]> {
    const steward = await context.steward();
    const sandbox = steward.sandbox!;
    const tenantId = steward.tenantId;
    const users = addBulkUsers(sandbox, { prefix: 'benchbulk', count: USERS + LOOP_SAMPLE, department: 'Bench before' });
    const jobUsers = users.slice(0, USERS);
    const loopUsers = users.slice(USERS);
    const caller = { tenantId, operatorObjectId: DEMO_IDENTITIES.admin.id, correlationId: randomUUID(), entry: 'card' as const };

    context.progress(`bulk: creating a job for ${USERS} users`);
    sandbox.setRateLimit(null);
    const created = await steward.bulk.create(caller, {
      actionId: 'user.bulk-edit-properties',
      params: { department: 'Bench after' },
      rows: jobUsers.map((u, i) => ({ line: i + 2, target: u.upn })),
      conversation: { conversationId: 'bench', serviceUrl: 'http://localhost/', tenantId, operatorObjectId: caller.operatorObjectId },
    });
    if (created.job.counts.total !== USERS) throw new Error(`bulk bench: the job has ${created.job.counts.total} items, expected ${USERS}`);

    context.progress(`bulk: running it at ${RATE} requests/s`);
    sandbox.setRateLimit(RATE);
    sandbox.setLatency(LATENCY_MS);
    const mark = sandbox.requestLog.length;
    const start = performance.now();
    await steward.bulk.start(caller, created.job.id);
    await waitForEnd(() => steward.bulk.get(tenantId, created.job.id));
    const bulkMs = performance.now() - start;
    const log = sandbox.requestLog.slice(mark);
    const writes = log.filter((r) => r.method === 'PATCH' && r.pathTemplate === '/v1.0/users/{id}' && r.status < 300).length;
    const throttled = log.filter((r) => r.status === 429).length;
    const batches = log.filter((r) => r.pathTemplate === '/v1.0/$batch').length;
    const view = await steward.bulk.get(tenantId, created.job.id);
    if (view?.counts.succeeded !== USERS || writes !== USERS) {
      throw new Error(`bulk bench: ${view?.counts.succeeded} items succeeded and ${writes} writes reached the tenant, expected ${USERS}`);
    }
    const idealMs = (writes / RATE) * 1000;

    context.progress(`bulk: a sequential loop over ${LOOP_SAMPLE} users on the same client`);
    // Setting the limit again refills the bucket, so the loop starts as the job did.
    sandbox.setRateLimit(RATE);
    const { graph } = await steward.connector.directory(tenantId);
    const loopStart = performance.now();
    for (const u of loopUsers) await graph.patch(`/users/${u.id}`, { department: 'Bench after' });
    const loopSampleMs = performance.now() - loopStart;
    sandbox.setRateLimit(null);
    sandbox.setLatency(0);
    const loopMs = (loopSampleMs / LOOP_SAMPLE) * USERS;

    return [
      {
        what: `${USERS.toLocaleString('en-US')} users: bulk job at ${RATE} req/s (start → end)`,
        samples: [bulkMs],
        note:
          `${(bulkMs / 1000).toFixed(2)} s vs ideal ${(idealMs / 1000).toFixed(2)} s (${writes} writes ÷ ${RATE}/s) = ${(bulkMs / idealMs).toFixed(3)}× ideal; ` +
          `${batches} $batch requests, ${throttled} throttled sub-requests retried; sandbox latency ${LATENCY_MS} ms per HTTP request`,
      },
      {
        what: `${USERS.toLocaleString('en-US')} users: sequential loop (${LOOP_SAMPLE} measured, ×${USERS / LOOP_SAMPLE})`,
        samples: [loopMs],
        note:
          `measured ${(loopSampleMs / 1000).toFixed(2)} s for ${LOOP_SAMPLE} users (below the rate limit, so linear), extrapolated ×${USERS / LOOP_SAMPLE} to ` +
          `${(loopMs / 1000).toFixed(1)} s for ${USERS}; the bulk job is ${(loopMs / bulkMs).toFixed(1)}× faster`,
      },
    ];
  },
};
