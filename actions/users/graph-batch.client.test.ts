import type { GraphGateway } from '../graph-gateway.types';
import { batchErrorMessage, GraphBatcher } from './graph-batch.client';

/** A gateway that answers $batch posts with the given per-request status and records each post. */
function fakeGraph(statusOf: (url: string) => number, fail = false) {
  const posts: { requests: { id: string; method: string; url: string; body?: unknown }[] }[] = [];
  const graph = {
    async post(path: string, body: any) {
      expect(path).toBe('/$batch');
      posts.push(body);
      if (fail) throw new Error('throttled');
      return {
        responses: body.requests.map((r: any) => {
          const status = statusOf(r.url);
          return { id: r.id, status, headers: status === 429 ? { 'Retry-After': '0' } : {}, body: status >= 400 ? { error: { code: 'Request_BadRequest', message: `bad ${r.url}` } } : undefined };
        }),
      };
    },
  } as unknown as GraphGateway;
  return { graph, posts };
}

describe('GraphBatcher', () => {
  it('sends at most 20 requests per $batch', async () => {
    const { graph, posts } = fakeGraph(() => 204);
    const batcher = new GraphBatcher(graph);
    const answers = await Promise.all(Array.from({ length: 45 }, (_, i) => batcher.send('PATCH', `/users/u${i}`, { department: 'X' })));
    expect(answers.every((a) => a.status === 204)).toBe(true);
    expect(posts.map((p) => p.requests.length)).toEqual([20, 20, 5]);
    expect(posts[0].requests[0]).toMatchObject({ method: 'PATCH', url: '/users/u0', body: { department: 'X' } });
  });

  it('a failed request fails only its own caller', async () => {
    const { graph } = fakeGraph((url) => (url === '/users/bad' ? 400 : 204));
    const batcher = new GraphBatcher(graph);
    const [a, bad, c] = await Promise.all(['/users/a', '/users/bad', '/users/c'].map((u) => batcher.send('PATCH', u, {})));
    expect([a.status, bad.status, c.status]).toEqual([204, 400, 204]);
    expect(batchErrorMessage(bad)).toBe('bad /users/bad (Request_BadRequest)');
  });

  it('sends a throttled (429) request again after its Retry-After', async () => {
    let throttled = false;
    const { graph, posts } = fakeGraph((url) => {
      if (url === '/users/slow' && !throttled) {
        throttled = true;
        return 429;
      }
      return 204;
    });
    const batcher = new GraphBatcher(graph);
    const [a, slow] = await Promise.all([batcher.send('PATCH', '/users/a', {}), batcher.send('PATCH', '/users/slow', {})]);
    expect([a.status, slow.status]).toEqual([204, 204]);
    expect(posts.map((p) => p.requests.map((r) => r.url))).toEqual([['/users/a', '/users/slow'], ['/users/slow']]);
  });

  it('a failed $batch post rejects every request it carried', async () => {
    const { graph } = fakeGraph(() => 204, true);
    const batcher = new GraphBatcher(graph);
    const results = await Promise.allSettled([batcher.send('PATCH', '/users/a', {}), batcher.send('PATCH', '/users/b', {})]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
