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
