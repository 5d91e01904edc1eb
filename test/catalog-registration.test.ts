import fs from 'node:fs';
import path from 'node:path';
import { ALL_ACTIONS } from '../actions/catalog';

/**
 * `npm run --silent catalog` prints ALL_ACTIONS: every action of the identity categories of
 * ../shared/catalog/actions.yaml (Users, Microsoft 365 groups, Security groups, App registrations; copied
 * into test/fixtures/catalog/graph-calls.json) must be registered exactly once, with backend graph or
 * internal and the catalog's category.
 */
const CATALOG: Record<string, { category: string; backend: string }> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, 'fixtures/catalog/graph-calls.json'), 'utf8'),
);

describe('identity actions in the catalog', () => {
  const ids = Object.keys(CATALOG);

  it('the fixture holds the 38 actions of the four categories', () => {
    expect(ids).toHaveLength(38);
  });

  it('every identity action is registered exactly once, with backend graph or internal and its category', () => {
    const registered = ALL_ACTIONS.filter((a) => a.id in CATALOG);
    const counts = new Map<string, number>();
    for (const a of registered) counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    for (const a of registered) {
      expect({ id: a.id, backend: a.backend, category: a.category }).toEqual({
        id: a.id,
        backend: CATALOG[a.id].backend === 'internal' ? 'internal' : 'graph',
        category: CATALOG[a.id].category,
      });
    }
    const missing = ids.filter((id) => !counts.has(id));
    expect(missing).toEqual([]);
  });
});

/**
 * The Exchange categories (Mailboxes, Mail contacts, Distribution groups, Exchange mobile devices; copied into
 * test/fixtures/catalog/exchange-calls.json): all 46 registered exactly once, with backend exchange (or graph
 * where a documented Graph endpoint does the job), and the spec's category, bulk and destructive flags.
 */
const EXCHANGE: Record<string, { category: string; bulk: boolean; destructive: boolean; target: string }> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, 'fixtures/catalog/exchange-calls.json'), 'utf8'),
);

describe('Exchange actions in the catalog', () => {
  const ids = Object.keys(EXCHANGE).filter((id) => id !== 'user.remove-from-all-groups');

  it('the fixture holds the 46 Exchange actions', () => {
    expect(ids).toHaveLength(46);
  });

  it('every Exchange action is registered exactly once with the spec’s category, bulk and destructive flags', () => {
    for (const id of ids) {
      const found = ALL_ACTIONS.filter((a) => a.id === id);
      expect({ id, count: found.length }).toEqual({ id, count: 1 });
      const [a] = found;
      expect(['exchange', 'graph']).toContain(a.backend);
      expect({ id, category: a.category, bulk: a.bulk, destructive: a.destructive }).toEqual({
        id,
        category: EXCHANGE[id].category,
        bulk: EXCHANGE[id].bulk,
        destructive: EXCHANGE[id].destructive,
      });
      // Create actions act on nothing that exists yet; the others on the spec's kind of object.
      expect([EXCHANGE[id].target, 'none']).toContain(a.target);
    }
  });
});
