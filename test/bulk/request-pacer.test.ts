import type { GraphGateway } from '../../actions/graph-gateway.types';
import { MAX_BATCH, RequestPacer } from '../../actions/bulk/request-pacer';

/**
 * The bulk pacer against a scripted $batch endpoint: packing, AIMD on throttling, bounded retries and
 * the reason an item gives up. Retry-After is capped at 0 s here so retries come at once.
 */
type Sub = { id: string; method: string; url: string };
type Answer = (sub: Sub, call: number) => { status: number; headers?: Record<string, string>; body?: unknown };

function scriptedGraph(answer: Answer): { graph: GraphGateway; batches: Sub[][] } {
  const batches: Sub[][] = [];
  const post = async (path: string, body?: unknown) => {
    if (path !== '/$batch') throw new Error(`unexpected ${path}`);
    const requests = (body as { requests: Sub[] }).requests;
    batches.push(requests);
    return { responses: requests.map((r) => ({ id: r.id, ...answer(r, batches.length) })) };
  };
  const fail = () => Promise.reject(new Error('not used'));
  return { graph: { get: fail, list: fail, post, patch: fail, put: fail, delete: fail } as unknown as GraphGateway, batches };
}

const patches = (n: number) => Array.from({ length: n }, (_, i) => ({ method: 'PATCH' as const, url: `/users/u${i}`, body: { department: 'X' } }));

it('packs requests sent together into batches of at most 20', async () => {
  const { graph, batches } = scriptedGraph(() => ({ status: 204 }));
  const pacer = new RequestPacer({ graph, initialWindow: 100 });
  const answers = await Promise.all(patches(45).map((r) => pacer.send(r)));
  expect(answers.every((a) => a.status === 204 && a.attempts === 1)).toBe(true);
  expect(batches.map((b) => b.length)).toEqual([20, 20, 5]);
  expect(batches.flat().map((r) => r.url).sort()).toEqual(patches(45).map((r) => r.url).sort());
});

it('halves its window once per throttling episode, retries the throttled requests first, and grows again', async () => {
  // The first batch: half its requests are throttled; everything after is clean.
  const { graph, batches } = scriptedGraph((sub, call) => (call === 1 && Number(sub.id) % 2 === 0 ? { status: 429, headers: { 'Retry-After': '1' } } : { status: 204 }));
  const pacer = new RequestPacer({ graph, initialWindow: 20, maxRetryAfterS: 0 });
  const answers = await Promise.all(patches(20).map((r) => pacer.send(r)));
  expect(answers.every((a) => a.status === 204)).toBe(true);
  expect(answers.filter((a) => a.attempts === 2)).toHaveLength(10);
  // Window 20 → 10 after the 429s: the retries went out in one batch of 10, first in line.
  expect(batches.map((b) => b.length)).toEqual([20, 10]);
  expect(pacer.stats.throttled).toBe(10);
  expect(pacer.currentWindow).toBeGreaterThan(10);
});

it('gives up on a request only after bounded retries, and says why', async () => {
  const { graph } = scriptedGraph((sub) => (sub.url.endsWith('u0') ? { status: 429, headers: { 'Retry-After': '0' } } : sub.url.endsWith('u1') ? { status: 502 } : { status: 204 }));
  const pacer = new RequestPacer({ graph, maxRetryAfterS: 0, maxThrottledRetries: 3, maxAttempts: 2 });
  const [throttled, failing, fine] = await Promise.all(patches(3).map((r) => pacer.send(r)));
  expect(throttled).toMatchObject({ status: 429, attempts: 4, gaveUp: 'Gave up after 4 throttled attempts (the tenant kept answering 429).' });
  expect(failing).toMatchObject({ status: 502, attempts: 2, gaveUp: 'Gave up after 2 failed attempts: The tenant answered 502.' });
  expect(fine).toMatchObject({ status: 204, attempts: 1 });
  expect(fine.gaveUp).toBeUndefined();
});

it('drops requests whose item was cancelled before they went out', async () => {
  const { graph, batches } = scriptedGraph(() => ({ status: 204 }));
  const pacer = new RequestPacer({ graph });
  const answer = await pacer.send(patches(1)[0], () => true);
  expect(answer).toMatchObject({ cancelled: true, attempts: 0 });
  expect(batches).toEqual([]);
});

it('passes run() calls through the same window and retries them when throttled', async () => {
  const { graph } = scriptedGraph(() => ({ status: 204 }));
  const pacer = new RequestPacer({ graph, maxRetryAfterS: 0 });
  let calls = 0;
  const value = await pacer.run(async () => {
    calls += 1;
    if (calls === 1) throw Object.assign(new Error('throttled'), { status: 429 });
    return 'done';
  });
  expect([value, calls]).toEqual(['done', 2]);
  expect(MAX_BATCH).toBe(20);
});
