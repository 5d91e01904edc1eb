import type { DirectoryUser } from '../directory.types';
import { describeFilter, evaluateFilter, needsGroups } from './virtual-tenant.filter';
import { scopeFilterSchema, type ScopeFilter } from './virtual-tenant.schema';
import { groupNamesOf, parseScopeFilter, withGroups } from './virtual-tenant.syntax';

const ROME_SALES: DirectoryUser = {
  id: 'u1',
  userPrincipalName: 'giulia@contoso.it',
  displayName: 'Giulia Rossi',
  department: 'Sales',
  country: 'Italy',
  city: 'Rome',
  jobTitle: 'Sales Representative',
  companyName: null,
};
const BERLIN_IT: DirectoryUser = {
  id: 'u2',
  userPrincipalName: 'jonas@contoso.com',
  displayName: 'Jonas Weber',
  department: 'IT',
  country: 'Germany',
  city: 'Berlin',
  jobTitle: 'Network Engineer',
};

function parse(text: string): ScopeFilter {
  const r = parseScopeFilter(text);
  if (!r.ok) throw new Error(r.problem);
  return r.filter;
}

/** Group membership by user id; counts the directory calls. */
function groups(memberships: Record<string, string[]>) {
  const calls: string[] = [];
  return {
    calls,
    of: (user: DirectoryUser) => async () => {
      calls.push(user.id);
      return new Set(memberships[user.id] ?? []);
    },
  };
}

const noGroups = async () => new Set<string>();

describe('virtual tenant filters', () => {
  it('AND: every condition must hold (case-insensitive values)', async () => {
    const f = parse('country = italy and department = SALES');
    expect(f).toEqual({
      type: 'all',
      filters: [
        { type: 'attribute', attribute: 'country', op: 'eq', values: ['italy'] },
        { type: 'attribute', attribute: 'department', op: 'eq', values: ['SALES'] },
      ],
    });
    expect(await evaluateFilter(f, ROME_SALES, noGroups)).toBe(true);
    expect(await evaluateFilter(f, { ...ROME_SALES, department: 'Marketing' }, noGroups)).toBe(false);
  });

  it('OR, with AND binding tighter and parentheses grouping', async () => {
    const f = parse('department = IT or country = Italy and city = Milan');
    // IT anywhere, or Italy-in-Milan: Rome sales is neither.
    expect(await evaluateFilter(f, BERLIN_IT, noGroups)).toBe(true);
    expect(await evaluateFilter(f, ROME_SALES, noGroups)).toBe(false);
    const g = parse('(department = IT or country = Italy) and city = Rome');
    expect(await evaluateFilter(g, ROME_SALES, noGroups)).toBe(true);
    expect(await evaluateFilter(g, BERLIN_IT, noGroups)).toBe(false);
  });

  it('in, not in, !=, starts with; a missing attribute never equals and always differs', async () => {
    expect(await evaluateFilter(parse('department in (Marketing, Sales)'), ROME_SALES, noGroups)).toBe(true);
    expect(await evaluateFilter(parse('department not in (Marketing, Sales)'), ROME_SALES, noGroups)).toBe(false);
    expect(await evaluateFilter(parse('country != Germany'), ROME_SALES, noGroups)).toBe(true);
    expect(await evaluateFilter(parse('job title starts with sales'), ROME_SALES, noGroups)).toBe(true);
    expect(await evaluateFilter(parse('companyName = Contoso'), ROME_SALES, noGroups)).toBe(false);
    expect(await evaluateFilter(parse('companyName != Contoso'), ROME_SALES, noGroups)).toBe(true);
  });

  it('domains: the part of the UPN after "@", exactly (no subdomains)', async () => {
    const f = parse('domain in (contoso.it, @fabrikam.com)');
    expect(f).toEqual({ type: 'domain', domains: ['contoso.it', 'fabrikam.com'] });
    expect(await evaluateFilter(f, ROME_SALES, noGroups)).toBe(true);
    expect(await evaluateFilter(f, BERLIN_IT, noGroups)).toBe(false);
    expect(await evaluateFilter(parse('domain = sub.contoso.it'), { ...ROME_SALES, userPrincipalName: 'x@sub.contoso.it' }, noGroups)).toBe(true);
    expect(await evaluateFilter(parse('domain = contoso.it'), { ...ROME_SALES, userPrincipalName: 'x@sub.contoso.it' }, noGroups)).toBe(false);
  });

  it('groups: transitive membership, asked for only when the other conditions did not decide', async () => {
    const parsed = parse('member of "Northwest Sales" and country = Italy or domain = contoso.com');
    expect(groupNamesOf(parsed)).toEqual(['Northwest Sales']);
    const f = withGroups(parsed, new Map([['Northwest Sales', { id: 'g-nw', displayName: 'Northwest Sales' }]]));
    expect(scopeFilterSchema.safeParse(f).success).toBe(true);
    expect(needsGroups(f)).toBe(true);
    const g = groups({ u1: ['g-nw'], u2: [] });
    expect(await evaluateFilter(f, ROME_SALES, g.of(ROME_SALES))).toBe(true);
    expect(await evaluateFilter(f, { ...ROME_SALES, id: 'u3' }, g.of({ ...ROME_SALES, id: 'u3' }))).toBe(false);
    // Berlin: country fails first, then the domain matches: no membership lookup at all.
    expect(await evaluateFilter(f, BERLIN_IT, g.of(BERLIN_IT))).toBe(true);
    expect(g.calls).toEqual(['u1', 'u3']);
  });

  it('reads several groups, looking memberships up once per user', async () => {
    const f = withGroups(parse('member of A or member of B'), new Map([['A', { id: 'ga', displayName: 'A' }], ['B', { id: 'gb', displayName: 'B' }]]));
    const g = groups({ u1: ['gb'] });
    expect(await evaluateFilter(f, ROME_SALES, g.of(ROME_SALES))).toBe(true);
    expect(g.calls).toEqual(['u1']);
  });

  it('describes a filter in the syntax it was typed in (round trip)', () => {
    for (const text of [
      'country = Italy and department = Sales',
      'domain = contoso.it or (country = Italy and department in (Sales, Marketing))',
      'jobTitle starts with "Sales Rep" and city != Rome',
      'department not in (HR, Legal)',
    ]) {
      const f = parse(text);
      expect(parse(describeFilter(f))).toEqual(f);
    }
    expect(describeFilter(parse('country = "United States" and department = Sales'))).toBe('country = "United States" and department = Sales');
  });

  it('multi-word values need no quotes unless they contain and/or', () => {
    expect(parse('country = United States')).toEqual({ type: 'attribute', attribute: 'country', op: 'eq', values: ['United States'] });
    expect(parse('department = "Research and Development"')).toEqual({
      type: 'attribute',
      attribute: 'department',
      op: 'eq',
      values: ['Research and Development'],
    });
  });

  it.each([
    ['colour = blue', /Unknown field "colour"/],
    ['country', /Expected "=", "!=", "in \(…\)" or "starts with" after "country"/],
    ['country =', /Expected a value for "country"/],
    ['(country = Italy', /not closed/],
    ['country = Italy department = Sales', /Expected a value|Expected "and", "or"/],
    ['domain != contoso.com', /A domain condition/],
    ['domain = not_a_domain', /is not a domain name/],
    ['', /empty/],
    ['country = "Italy', /check the quotes/],
  ])('explains what is wrong with %p', (text, message) => {
    const r = parseScopeFilter(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(message);
  });
});
