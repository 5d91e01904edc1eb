import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import { findBulkQuery, parseBulkQuery, QUERY_SELECT, selectQueryTargets } from './bulk-query.parser';
import { compileFilter } from '../../sandbox/http/odata-filter.parser';
import { USER_FILTERABLE } from '../../sandbox/graph/directory-object.views';

/** How Steward reads "all users in …": the Graph filter it sends and the words the operator sees. */

function refusal(text: string): { message: string; hint?: string } {
  try {
    parseBulkQuery(text);
  } catch (e) {
    expect(e).toBeInstanceOf(StewardError);
    expect((e as StewardError).code).toBe('VALIDATION_FAILED');
    return { message: (e as StewardError).message, hint: (e as StewardError).hint };
  }
  throw new Error(`"${text}" was read`);
}

describe('parseBulkQuery', () => {
  it.each([
    ['all users in department Sales in Italy', "department eq 'Sales' and country eq 'Italy'", 'All users whose department is “Sales” and country is “Italy”'],
    ['everyone in Marketing', "department eq 'Marketing'", 'All users whose department is “Marketing”'],
    ['all users in Milan', "city eq 'Milan'", 'All users whose city is “Milan”'],
    ['All the users whose job title is Software Engineer.', "jobTitle eq 'Software Engineer'", 'All users whose job title is “Software Engineer”'],
    ['everybody in the Sales department in Milan or Rome', "department eq 'Sales' and city in ('Milan','Rome')", 'All users whose department is “Sales” and city is “Milan” or “Rome”'],
    ['all employees of company "Contoso Pharma" in the city of Lyon', "companyName eq 'Contoso Pharma' and city eq 'Lyon'", 'All users whose company is “Contoso Pharma” and city is “Lyon”'],
    ['every user at the Building 4 office', "officeLocation eq 'Building 4'", 'All users whose office is “Building 4”'],
    ['all users in "Research and Development"', "(department eq 'Research and Development' or city eq 'Research and Development' or country eq 'Research and Development' or officeLocation eq 'Research and Development')", 'All users whose department, city, country or office is “Research and Development”'],
    ['users in department Sales and Marketing, country France', "department in ('Sales','Marketing') and country eq 'France'", 'All users whose department is “Sales” or “Marketing” and country is “France”'],
  ])('reads "%s"', (text, filter, summary) => {
    const query = parseBulkQuery(text);
    expect(query.filter).toBe(filter);
    expect(query.summary).toBe(summary);
  });

  it("lets the tenant's known values decide what a bare value is", () => {
    expect(parseBulkQuery('everyone in Bergamo').filter).toBe("(department eq 'Bergamo' or city eq 'Bergamo' or country eq 'Bergamo' or officeLocation eq 'Bergamo')");
    expect(parseBulkQuery('everyone in Bergamo', { known: { city: ['bergamo', 'Brescia'] } }).filter).toBe("city eq 'Bergamo'");
    expect(parseBulkQuery('everyone in Milan', { known: { officeLocation: ['Milan'] } }).filter).toBe("officeLocation eq 'Milan'");
  });

  it('quotes values for OData, so a quote in a name cannot change the filter', () => {
    expect(parseBulkQuery("all users in department O'Brien Sales").filter).toBe("department eq 'O''Brien Sales'");
    expect(parseBulkQuery(`everyone in department "x' or 1 eq 1"`).filter).toBe("department eq 'x'' or 1 eq 1'");
  });

  it('refuses what it cannot read, with examples', () => {
    expect(refusal('all users')).toEqual({
      message: '"all users" does not say which users.',
      hint: 'Name a department, country, city, job title, company or office, e.g. "all users in department Sales in Italy", "everyone in Marketing" or "all users whose job title is Engineer". Steward never selects every user without a condition.',
    });
    expect(refusal('everyone in the department').message).toBe('"everyone in the department" names no department.');
    expect(refusal(`everyone in ${'x'.repeat(80)}`).message).toBe(`"${'x'.repeat(40)}…" is not a value Steward can look for.`);
  });
});

describe('the filters on a Graph-like directory', () => {
  const people = [
    { userPrincipalName: 'a@contoso.com', department: 'Sales', country: 'Italy', city: 'Milan', officeLocation: null },
    { userPrincipalName: 'b@contoso.com', department: 'sales', country: 'Italy', city: 'Rome', officeLocation: 'Bergamo' },
    { userPrincipalName: 'c@contoso.com', department: 'Sales', country: 'France', city: 'Lyon', officeLocation: null },
    { userPrincipalName: 'd@contoso.com', department: 'Marketing', country: 'Italy', city: 'Milan', officeLocation: null },
  ];
  const matching = (text: string) => {
    // Standard queries only: no ConsistencyLevel: eventual needed.
    const predicate = compileFilter(parseBulkQuery(text).filter, { resource: 'User', filterable: USER_FILTERABLE, advanced: false });
    return people.filter(predicate).map((p) => p.userPrincipalName);
  };

  it('select the users the sentence means (case-insensitive, as in Entra ID)', () => {
    expect(matching('all users in department Sales in Italy')).toEqual(['a@contoso.com', 'b@contoso.com']);
    expect(matching('everyone in Milan')).toEqual(['a@contoso.com', 'd@contoso.com']);
    expect(matching('everyone in Sales and Marketing in Milan or Rome')).toEqual(['a@contoso.com', 'b@contoso.com', 'd@contoso.com']);
    expect(matching('everyone in Bergamo')).toEqual(['b@contoso.com']);
  });
});

describe('findBulkQuery', () => {
  it('cuts the query out of a chat line, up to a colon', () => {
    expect(findBulkQuery('block everyone in Marketing')).toEqual({ query: 'everyone in Marketing', rest: 'block' });
    expect(findBulkQuery('bulk edit user properties of all users in Milan: department to Research')).toEqual({
      query: 'all users in Milan',
      rest: 'bulk edit user properties of : department to Research',
    });
    expect(findBulkQuery('block jane@contoso.com')).toBeNull();
    expect(findBulkQuery('add jane@contoso.com to the group Everyone')).toBeNull();
    expect(findBulkQuery('block all users')).toBeNull();
  });
});

describe('selectQueryTargets', () => {
  const user = (n: number, department: string): DirectoryUser => ({ id: `id-${n}`, userPrincipalName: `user${n}@contoso.com`, displayName: `User ${n}`, department });

  it('keeps only users in the operator scope and counts the others without naming them', async () => {
    const calls: string[] = [];
    const matched = [user(1, 'Sales'), user(2, 'Sales'), user(3, 'Sales')];
    const result = await selectQueryTargets(parseBulkQuery('everyone in Sales'), {
      listUsers: async (filter, select) => {
        calls.push(`${filter} | ${select}`);
        return matched;
      },
      filterInScope: async (users) => users.filter((u) => u.id !== 'id-2'),
    });
    expect(calls).toEqual([`department eq 'Sales' | ${QUERY_SELECT}`]);
    expect(result).toEqual({
      rows: [
        { line: 1, target: 'user1@contoso.com' },
        { line: 2, target: 'user3@contoso.com' },
      ],
      inScope: 2,
      outOfScope: 1,
    });
  });

  it('refuses a query that selects more users than a job takes', async () => {
    const deps = { listUsers: async () => [user(1, 'Sales'), user(2, 'Sales')], filterInScope: async (u: readonly DirectoryUser[]) => [...u] };
    await expect(selectQueryTargets(parseBulkQuery('everyone in Sales'), deps, { maxUsers: 1 })).rejects.toThrow(
      'All users whose department is “Sales” are 2 users; a bulk job takes at most 1.',
    );
  });
});
