import type { DirectoryUser } from '../directory.types';
import { StewardError } from '../errors';
import type { BulkRow } from './bulk-job.types';

/**
 * Bulk input as a sentence: "all users in department Sales in Italy", "everyone in Marketing", "all users
 * in Milan". The sentence becomes a Graph $filter over /users on six organisation properties, plus a
 * summary in words that the summary card shows, so the operator sees how Steward read it before
 * anything runs. Conditions on different properties all apply (and); several values for one property
 * are alternatives (in). A value said without its property ("in Milan") is looked up in the tenant's
 * known values when the caller has them, then in built-in lists of countries, cities and departments;
 * a value found nowhere matches any of department, city, country or office, and the summary says so.
 *
 * The query only selects; it never widens what the operator may touch: selectQueryTargets passes the
 * users it finds through ActionEngine.filterInScope, and only counts (never names) the ones dropped.
 */

export const QUERY_FIELDS = {
  department: 'department',
  country: 'country',
  city: 'city',
  jobTitle: 'job title',
  companyName: 'company',
  officeLocation: 'office',
} as const;
export type QueryField = keyof typeof QUERY_FIELDS;

/** The properties an unqualified value may name, in the order the summary lists them. */
const ANY_FIELDS: readonly QueryField[] = ['department', 'city', 'country', 'officeLocation'];

export interface BulkQueryCondition {
  /** One property, or several (an unqualified value that matches any of them). */
  fields: QueryField[];
  /** Alternatives. */
  values: string[];
}

export interface BulkQuery {
  conditions: BulkQueryCondition[];
  /** Graph $filter for GET /users (string comparisons ignore case in Entra ID). */
  filter: string;
  /** "All users whose department is “Sales” and country is “Italy”". */
  summary: string;
}

export interface BulkQueryOptions {
  /** Values the tenant is known to have per property (e.g. from a directory cache): they decide what a bare value is. */
  known?: Partial<Record<QueryField, readonly string[]>>;
}

/** Properties selectQueryTargets asks Graph for. */
export const QUERY_SELECT = ['id', 'userPrincipalName', 'displayName', 'mail', 'userType', ...Object.keys(QUERY_FIELDS)].join(',');

const MAX_VALUE_LENGTH = 64;
const MAX_CONDITIONS = 8;
const EXAMPLES = '"all users in department Sales in Italy", "everyone in Marketing" or "all users whose job title is Engineer"';

/** "all users", "everyone", "every account" …: where a query starts in a chat line. */
const SELECTOR =
  /\b(?:all(?:\s+(?:of\s+)?the)?\s+(?:users|people|accounts|employees|staff|members|persons|user\s+accounts)|every(?:one|body)|every\s+(?:user|person|account|employee|member))\b/i;

/** What follows a selector when a condition comes. */
const CONDITION_START = /^\s+(?:in|from|at|of|whose|with|who|that|where|working|based|located|within)\b/i;

/** Words that only join clauses. */
const CONNECTOR = /^(?:in|from|at|and|with|whose|where|within|of|who|that|are|is|work|works|working|based|located|sitting|belonging|to|the|having|has|have|or|users?|people|accounts?|employees|members|persons)$/i;

interface FieldPattern {
  field: QueryField;
  /** Keyword before the value ("department Sales", "job title is Engineer"). */
  prefix?: RegExp;
  /** Keyword after the value ("the Sales department", "the Milan office"). */
  suffix?: RegExp;
}

const FIELD_PATTERNS: readonly FieldPattern[] = [
  { field: 'department', prefix: /^(?:departments?|dept\.?|teams?)\b/i, suffix: /\b(?:department|dept\.?|team)$/i },
  { field: 'jobTitle', prefix: /^(?:job\s*titles?|titles?|roles?|positions?)\b/i },
  { field: 'companyName', prefix: /^(?:company(?:\s+name)?|companies|organi[sz]ation)\b/i, suffix: /\bcompany$/i },
  { field: 'officeLocation', prefix: /^(?:office(?:\s+location)?|offices)\b/i, suffix: /\boffice$/i },
  { field: 'country', prefix: /^(?:country(?:\s+or\s+region)?|countries)\b/i },
  { field: 'city', prefix: /^(?:city|cities|town)\b/i },
];

/** Reads a query sentence; throws VALIDATION_FAILED (with examples) when it cannot. */
export function parseBulkQuery(text: string, options: BulkQueryOptions = {}): BulkQuery {
  const original = text.trim();
  const selector = SELECTOR.exec(original);
  const rest = (selector ? original.slice(selector.index + selector[0].length) : original).replace(/[.!?]+$/, '').trim();
  const clauses = splitClauses(rest);
  if (clauses.length === 0) {
    throw new StewardError('VALIDATION_FAILED', selector ? `"${original}" does not say which users.` : `I could not read which users "${original}" means.`, {
      hint: `Name a department, country, city, job title, company or office, e.g. ${EXAMPLES}. Steward never selects every user without a condition.`,
    });
  }
  const byFields = new Map<string, BulkQueryCondition>();
  for (const clause of clauses) {
    const { fields, value } = readClause(clause, original, options);
    const key = fields.join('|');
    const condition = byFields.get(key) ?? { fields, values: [] };
    if (!condition.values.some((v) => v.toLowerCase() === value.toLowerCase())) condition.values.push(value);
    byFields.set(key, condition);
  }
  const conditions = [...byFields.values()];
  if (conditions.length > MAX_CONDITIONS) {
    throw new StewardError('VALIDATION_FAILED', `"${original}" has more conditions than Steward reads (${MAX_CONDITIONS}).`, { hint: 'Split it into smaller requests, or use a CSV file.' });
  }
  return { conditions, filter: conditions.map(conditionFilter).join(' and '), summary: `All users whose ${conditions.map(conditionWords).join(' and ')}` };
}

/** The query part of a chat line ("block everyone in Marketing" → "everyone in Marketing"), up to a colon. */
export function findBulkQuery(line: string): { query: string; rest: string } | null {
  const match = SELECTOR.exec(line);
  // "everyone in …", "all users whose …": a selector followed by a condition; "the group Everyone" is a name.
  if (!match || !CONDITION_START.test(line.slice(match.index + match[0].length))) return null;
  const tail = line.slice(match.index);
  const end = tail.search(/[:;]/);
  const query = (end >= 0 ? tail.slice(0, end) : tail).trim();
  const rest = `${line.slice(0, match.index)}${end >= 0 ? tail.slice(end) : ''}`.replace(/\s+/g, ' ').trim();
  return { query, rest };
}

export interface QueryTargets {
  rows: BulkRow[];
  /** Users the query matched that the operator may act on. */
  inScope: number;
  /** Matched but outside the operator's scope: only counted, never listed. */
  outOfScope: number;
}

/**
 * Runs a query and keeps the operator's users. `listUsers` is Graph's GET /users?$filter=…&$select=
 * QUERY_SELECT, following @odata.nextLink (the filters use eq, in, and, or: standard queries, no
 * ConsistencyLevel header needed); `filterInScope` is ActionEngine.filterInScope(caller, users), the
 * engine's scope guard, so a query never reaches a user the operator may not act on.
 */
export async function selectQueryTargets(
  query: BulkQuery,
  deps: { listUsers(filter: string, select: string): Promise<DirectoryUser[]>; filterInScope(users: readonly DirectoryUser[]): Promise<DirectoryUser[]> },
  options: { maxUsers?: number } = {},
): Promise<QueryTargets> {
  const maxUsers = options.maxUsers ?? 10_000;
  const matched = await deps.listUsers(query.filter, QUERY_SELECT);
  const allowed = await deps.filterInScope(matched);
  if (allowed.length > maxUsers) {
    throw new StewardError('VALIDATION_FAILED', `${query.summary} are ${allowed.length.toLocaleString('en-US')} users; a bulk job takes at most ${maxUsers.toLocaleString('en-US')}.`, {
      hint: 'Add a condition (a country, a city, a job title) to narrow it.',
    });
  }
  return {
    rows: allowed.map((u, i) => ({ line: i + 1, target: u.userPrincipalName })),
    inScope: allowed.length,
    outOfScope: matched.length - allowed.length,
  };
}

// ---------------------------------------------------------------------------------------------

/** Clauses of the text after the selector: quoted values stay whole; connectors and commas separate. */
function splitClauses(rest: string): string[] {
  const clauses: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) clauses.push(current.join(' '));
    current = [];
  };
  const tokens = rest.match(/"[^"]*"|“[^”]*”|'[^']*'|,|[^\s,]+/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === ',') flush();
    else if (CONNECTOR.test(token)) {
      // A field keyword keeps its "is"/"of"/"to" ("job title is Engineer", "the city of Milan").
      if (/^(?:is|of|to)$/i.test(token) && current.length > 0 && isFieldKeyword(current.join(' '))) continue;
      flush();
    } else current.push(token);
  }
  flush();
  return clauses;
}

function isFieldKeyword(text: string): boolean {
  return FIELD_PATTERNS.some((p) => p.prefix && new RegExp(`${p.prefix.source}$`, 'i').test(text));
}

function readClause(clause: string, original: string, options: BulkQueryOptions): { fields: QueryField[]; value: string } {
  for (const pattern of FIELD_PATTERNS) {
    const prefix = pattern.prefix?.exec(clause);
    if (prefix) return { fields: [pattern.field], value: cleanValue(clause.slice(prefix[0].length), pattern.field, original) };
    const suffix = pattern.suffix?.exec(clause);
    if (suffix && suffix.index > 0) return { fields: [pattern.field], value: cleanValue(clause.slice(0, suffix.index), pattern.field, original) };
  }
  const value = cleanValue(clause, undefined, original);
  return { fields: guessFields(value, options), value };
}

function cleanValue(raw: string, field: QueryField | undefined, original: string): string {
  const value = raw
    .trim()
    .replace(/^(?:is|=|:|named|called)\s+/i, '')
    .replace(/^["“']|["”']$/g, '')
    .trim();
  if (value === '') {
    const noun = field ? QUERY_FIELDS[field] : 'value';
    throw new StewardError('VALIDATION_FAILED', `"${original}" names no ${noun}.`, { hint: `Say which one, e.g. ${EXAMPLES}.` });
  }
  if (value.length > MAX_VALUE_LENGTH || /[\u0000-\u001f]/.test(value)) {
    throw new StewardError('VALIDATION_FAILED', `"${value.slice(0, 40)}${value.length > 40 ? '…' : ''}" is not a ${field ? QUERY_FIELDS[field] : 'value'} Steward can look for.`, {
      hint: `Use the name as it appears in the directory (at most ${MAX_VALUE_LENGTH} characters).`,
    });
  }
  return value;
}

function guessFields(value: string, options: BulkQueryOptions): QueryField[] {
  const lower = value.toLowerCase();
  for (const field of Object.keys(QUERY_FIELDS) as QueryField[]) {
    if (options.known?.[field]?.some((v) => v.toLowerCase() === lower)) return [field];
  }
  if (COUNTRIES.has(lower)) return ['country'];
  if (CITIES.has(lower)) return ['city'];
  if (DEPARTMENTS.has(lower)) return ['department'];
  return [...ANY_FIELDS];
}

function conditionFilter(condition: BulkQueryCondition): string {
  const parts = condition.fields.map((field) =>
    condition.values.length === 1 ? `${field} eq ${quote(condition.values[0])}` : `${field} in (${condition.values.map(quote).join(',')})`,
  );
  return parts.length === 1 ? parts[0] : `(${parts.join(' or ')})`;
}

function conditionWords(condition: BulkQueryCondition): string {
  const names = condition.fields.map((f) => QUERY_FIELDS[f]);
  const noun = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return `${noun} is ${condition.values.map((v) => `“${v}”`).join(' or ')}`;
}

/** An OData string literal: single quotes doubled. */
function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

const lowerSet = (values: string) => new Set(values.split('|').map((v) => v.toLowerCase()));

/** Country names as Entra ID's country property usually holds them. */
const COUNTRIES = lowerSet(
  'Argentina|Australia|Austria|Belgium|Brazil|Bulgaria|Canada|Chile|China|Colombia|Croatia|Czech Republic|Czechia|Denmark|Egypt|Estonia|Finland|France|Germany|Greece|Hong Kong|Hungary|India|Indonesia|Ireland|Israel|Italy|Japan|Kenya|Latvia|Lithuania|Luxembourg|Malaysia|Mexico|Morocco|Netherlands|New Zealand|Nigeria|Norway|Peru|Philippines|Poland|Portugal|Romania|Saudi Arabia|Serbia|Singapore|Slovakia|Slovenia|South Africa|South Korea|Korea|Spain|Sweden|Switzerland|Taiwan|Thailand|Turkey|Türkiye|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Great Britain|United States|USA|US|Vietnam',
);

/** Large cities where companies commonly have offices. */
const CITIES = lowerSet(
  'Amsterdam|Athens|Atlanta|Auckland|Austin|Bangalore|Bengaluru|Bangkok|Barcelona|Beijing|Berlin|Bogota|Boston|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Chicago|Copenhagen|Dallas|Denver|Dubai|Dublin|Frankfurt|Geneva|Hamburg|Helsinki|Houston|Istanbul|Jakarta|Johannesburg|Lisbon|London|Los Angeles|Lyon|Madrid|Manchester|Melbourne|Mexico City|Miami|Milan|Montreal|Moscow|Mumbai|Munich|Nairobi|New York|Osaka|Oslo|Paris|Prague|Redmond|Rome|San Francisco|Santiago|Sao Paulo|São Paulo|Seattle|Seoul|Shanghai|Singapore City|Stockholm|Sydney|Taipei|Tel Aviv|Tokyo|Toronto|Turin|Vancouver|Vienna|Warsaw|Washington|Zurich',
);

/** Department names most organisations use. */
const DEPARTMENTS = lowerSet(
  'Accounting|Administration|Communications|Compliance|Customer Service|Customer Success|Design|Development|Engineering|Executive|Facilities|Finance|HR|Human Resources|IT|Legal|Logistics|Manufacturing|Marketing|Operations|Procurement|Product|Purchasing|Quality|R&D|Research|Retail|Sales|Security|Support',
);
