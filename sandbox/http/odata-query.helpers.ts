import { badRequest, unsupportedQuery } from './graph-error';
import type { GraphRequest, GraphResult } from './http.types';
import { compileFilter } from './odata-filter.parser';

/**
 * OData query options as Graph's directory endpoints apply them: $filter, $search (needs
 * ConsistencyLevel: eventual), $select, $orderby, $top (1..999) with $skiptoken paging through an
 * absolute @odata.nextLink, and $count. Collection handlers describe their resource once
 * (CollectionSpec) and call listCollection.
 */

export interface CollectionSpec<T> {
  /** For messages, e.g. "User". */
  resource: string;
  /** OData type name, e.g. "microsoft.graph.user". */
  typeName: string;
  /** The @odata.context fragment, e.g. "users" or "directoryObjects". */
  contextPath: string;
  /** Properties returned without $select. */
  defaultSelect: readonly string[];
  /** Every property $select may name. */
  selectable: ReadonlySet<string>;
  filterable: ReadonlySet<string>;
  searchable: ReadonlySet<string>;
  orderable: ReadonlySet<string>;
  /** The Graph-visible object for an item (before $select). */
  view: (item: T) => Record<string, unknown>;
  /**
   * A cheap object for $filter/$search/$orderby (must hold every filterable property). Lists filter
   * hundreds of items per request, so this avoids building full views for items that are dropped.
   * Defaults to `view`.
   */
  queryView?: (item: T) => Record<string, unknown>;
  /**
   * A directoryObject collection mixing types (members, memberOf): each item carries @odata.type,
   * gets its own type's default properties, and $select skips properties its type lacks.
   */
  mixed?: { defaultSelectFor: (view: Record<string, unknown>) => readonly string[] };
  defaultTop?: number;
}

export const MAX_TOP = 999;

/** True when the request opted into advanced query capabilities. */
export function isAdvancedQuery(req: GraphRequest): boolean {
  return (req.headers['consistencylevel'] ?? '').toLowerCase() === 'eventual';
}

/** Reads a query option by name, accepting it with or without the `$` prefix as Graph does. */
export function queryOption(req: GraphRequest, name: string): string | null {
  return req.query.get(`$${name}`) ?? req.query.get(name);
}

export function parseTop(req: GraphRequest, fallback: number): number {
  const raw = queryOption(req, 'top');
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_TOP) {
    throw badRequest(`Invalid page size specified: '${raw}'. Must be between 1 and ${MAX_TOP} inclusive.`);
  }
  return n;
}

export function parseSelect(req: GraphRequest, spec: { selectable: ReadonlySet<string>; typeName: string }): string[] | null {
  const raw = queryOption(req, 'select');
  if (raw === null || raw.trim() === '') return null;
  const fields = raw.split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of fields) {
    if (!spec.selectable.has(f)) {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${f}' on type '${spec.typeName}'.`,
      );
    }
  }
  return fields;
}

/** Projects an object onto the selected fields (id always included, as Graph does). */
export function project(view: Record<string, unknown>, fields: readonly string[], sparse = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ('@odata.type' in view) out['@odata.type'] = view['@odata.type'];
  for (const f of fields) {
    if (sparse && !(f in view)) continue;
    out[f] = view[f] ?? null;
  }
  if (!fields.includes('id') && 'id' in view) out.id = view.id;
  return out;
}

/** @odata.context for a collection or entity. */
export function contextUrl(req: GraphRequest, path: string, select: readonly string[] | null, entity = false): string {
  const sel = select ? `(${select.join(',')})` : '';
  return `${req.baseUrl}/${req.version}/$metadata#${path}${sel}${entity ? '/$entity' : ''}`;
}

/**
 * Parses $search: one or more "property:term" clauses in double quotes joined by OR/AND.
 * displayName and description match word prefixes (Graph tokenises them); other properties match
 * value prefixes.
 */
export function compileSearch(raw: string, searchable: ReadonlySet<string>): (item: Record<string, unknown>) => boolean {
  const clauses: { prop: string; term: string }[] = [];
  const joins: ('OR' | 'AND')[] = [];
  const re = /\s*"([^"]*)"\s*(?:(OR|AND)\b)?/giy;
  let consumed = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) !== null) {
    consumed = re.lastIndex;
    const [prop, ...rest] = m[1].split(':');
    if (rest.length === 0) {
      throw badRequest(`Invalid search clause '${m[1]}': use "property:value", e.g. "displayName:jan".`, 'Request_UnsupportedQuery');
    }
    if (!searchable.has(prop)) {
      throw unsupportedQuery(`This query is not supported: $search on property '${prop}'.`);
    }
    clauses.push({ prop, term: rest.join(':').trim().toLowerCase() });
    if (m[2]) joins.push(m[2].toUpperCase() as 'OR' | 'AND');
    if (re.lastIndex >= raw.length) break;
  }
  if (clauses.length === 0 || consumed < raw.trim().length) {
    throw badRequest(`Syntax error: character '${raw.slice(consumed, consumed + 1) || raw}' is not valid at position ${consumed} in '${raw}'.`);
  }
  const tests = clauses.map(({ prop, term }) => (item: Record<string, unknown>) => {
    const value = item[prop];
    const values = Array.isArray(value) ? value : [value];
    return values.some((v) => {
      if (typeof v !== 'string') return false;
      const lower = v.toLowerCase();
      if (prop === 'displayName' || prop === 'description') {
        return lower.split(/[\s\-_.@,()]+/).some((word) => word.startsWith(term)) || lower.startsWith(term);
      }
      return lower.startsWith(term);
    });
  });
  return (item) => {
    let result = tests[0](item);
    for (let i = 1; i < tests.length; i++) {
      result = joins[i - 1] === 'AND' ? result && tests[i](item) : result || tests[i](item);
    }
    return result;
  };
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, v: 1 })).toString('base64url');
}

function decodeSkipToken(token: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o;
  } catch {
    /* fall through */
  }
  throw badRequest(`'$skiptoken' is malformed or not valid.`, 'Directory_InvalidSkipToken');
}

/** Encodes a path segment for a URL the client will follow, keeping OData's readable characters. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%40/g, '@').replace(/%24/g, '$').replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** Applies $filter, $search and $orderby; the items that remain, in order. */
export function queryItems<T>(req: GraphRequest, items: readonly T[], spec: CollectionSpec<T>): T[] {
  const advanced = isAdvancedQuery(req);
  const toView = spec.queryView ?? spec.view;
  let rows = items.map((item) => ({ item, view: toView(item) }));

  const filter = queryOption(req, 'filter');
  if (filter !== null && filter.trim() !== '') {
    const predicate = compileFilter(filter, {
      resource: spec.resource,
      filterable: spec.filterable,
      advanced: advanced && (queryOption(req, 'count') ?? '').toLowerCase() === 'true',
    });
    rows = rows.filter((r) => predicate(r.view));
  }

  const search = queryOption(req, 'search');
  if (search !== null) {
    if (!advanced) {
      throw unsupportedQuery("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
    }
    const matches = compileSearch(search, spec.searchable);
    rows = rows.filter((r) => matches(r.view));
  }

  const orderby = queryOption(req, 'orderby');
  if (orderby !== null && orderby.trim() !== '') {
    const [prop, dir = 'asc'] = orderby.trim().split(/\s+/);
    if (!spec.orderable.has(prop)) throw unsupportedQuery(`Sorting not supported for '${prop}'.`);
    const sign = dir.toLowerCase() === 'desc' ? -1 : 1;
    rows = [...rows].sort((a, b) => sign * String(a.view[prop] ?? '').localeCompare(String(b.view[prop] ?? ''), 'en', { sensitivity: 'base' }));
  }
  return rows.map((r) => r.item);
}

/** `…/$count`: a plain-text number, only with the advanced-query header (as in Graph). */
export function countCollection<T>(req: GraphRequest, items: readonly T[], spec: CollectionSpec<T>): GraphResult {
  if (!isAdvancedQuery(req)) throw badRequest('$count is not currently supported.');
  return { status: 200, text: String(queryItems(req, items, spec).length) };
}

/** Applies the standard query options to a collection and renders a Graph collection response. */
export function listCollection<T>(req: GraphRequest, items: readonly T[], spec: CollectionSpec<T>): GraphResult {
  const advanced = isAdvancedQuery(req);
  const select = parseSelect(req, spec);
  const top = parseTop(req, spec.defaultTop ?? 100);
  const matched = queryItems(req, items, spec);

  const skipToken = queryOption(req, 'skiptoken');
  const offset = skipToken === null ? 0 : decodeSkipToken(skipToken);
  const page = matched.slice(offset, offset + top).map((item) => spec.view(item));
  const body: Record<string, unknown> = { '@odata.context': contextUrl(req, spec.contextPath, select) };
  // $count needs the advanced-query header; without it Graph silently leaves the count out.
  if ((queryOption(req, 'count') ?? '').toLowerCase() === 'true' && advanced) body['@odata.count'] = matched.length;
  if (offset + top < matched.length) {
    const params = new URLSearchParams(req.query);
    params.delete('$skiptoken');
    params.delete('skiptoken');
    params.set('$skiptoken', encodeSkipToken(offset + top));
    const path = req.segments.map(encodeSegment).join('/');
    body['@odata.nextLink'] = `${req.baseUrl}/${req.version}/${path}?${params.toString().replace(/%24/g, '$')}`;
  }
  body.value = page.map((v) => {
    if (!spec.mixed) return project(v, select ?? spec.defaultSelect);
    return project(v, select ?? spec.mixed.defaultSelectFor(v), true);
  });
  return { status: 200, body };
}

/** A single entity with $select applied. */
export function entityResult(
  req: GraphRequest,
  view: Record<string, unknown>,
  spec: { selectable: ReadonlySet<string>; typeName: string; defaultSelect: readonly string[]; contextPath: string },
): GraphResult {
  const select = parseSelect(req, spec);
  return {
    status: 200,
    body: { '@odata.context': contextUrl(req, spec.contextPath, select, true), ...project(view, select ?? spec.defaultSelect) },
  };
}
