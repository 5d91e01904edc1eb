import type { GraphHandler, GraphVersion } from './http.types';

/**
 * A small router for Graph-style paths. Patterns are written like Graph's docs
 * ("/users/{id}/authentication/{collection:phoneMethods|fido2Methods}/{methodId}"): `{name}` captures
 * any segment and renders as `{id}` in the path template, `{name:a|b}` captures one of a fixed set
 * and renders literally. Literal segments match case-insensitively, as Graph does.
 */

interface SegmentMatcher {
  literal?: string;
  param?: string;
  /** Lower-cased allowed value → canonical spelling. */
  choices?: Map<string, string>;
}

interface Route {
  method: string;
  segments: SegmentMatcher[];
  handler: GraphHandler;
  betaOnly: boolean;
}

export type RouteMatch =
  | { kind: 'found'; handler: GraphHandler; params: Record<string, string>; template: string }
  | { kind: 'methodNotAllowed'; allowed: string[]; template: string }
  | { kind: 'notFound'; template: string; badSegment: string };

export class GraphRouter {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: GraphHandler, options: { betaOnly?: boolean } = {}): this {
    const segments = pattern
      .split('/')
      .filter(Boolean)
      .map((part): SegmentMatcher => {
        const m = /^\{(\w+)(?::([^}]+))?\}$/.exec(part);
        if (!m) return { literal: part };
        if (!m[2]) return { param: m[1] };
        return { param: m[1], choices: new Map(m[2].split('|').map((c) => [c.toLowerCase(), c])) };
      });
    this.routes.push({ method: method.toUpperCase(), segments, handler, betaOnly: options.betaOnly ?? false });
    return this;
  }

  match(method: string, version: GraphVersion, segments: string[]): RouteMatch {
    const allowed = new Set<string>();
    let template: string | null = null;
    for (const route of this.routes) {
      if (route.betaOnly && version !== 'beta') continue;
      const result = matchSegments(route.segments, segments);
      if (!result) continue;
      const routeTemplate = `/${version}/${result.template.join('/')}`;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
        return { kind: 'found', handler: route.handler, params: result.params, template: routeTemplate };
      }
      allowed.add(route.method);
      template ??= routeTemplate;
    }
    if (template !== null) return { kind: 'methodNotAllowed', allowed: [...allowed], template };
    return { kind: 'notFound', template: `/${version}/${guessTemplate(segments)}`, badSegment: this.firstUnknownSegment(version, segments) };
  }

  /** The first segment no route knows at its position, for Graph's "Resource not found for the segment" message. */
  private firstUnknownSegment(version: GraphVersion, segments: string[]): string {
    for (let depth = 0; depth < segments.length; depth++) {
      const known = this.routes.some(
        (r) =>
          (!r.betaOnly || version === 'beta') &&
          r.segments.length > depth &&
          r.segments.slice(0, depth + 1).every((m, i) => segmentMatches(m, segments[i])),
      );
      if (!known) return segments[depth];
    }
    return segments[segments.length - 1] ?? '';
  }
}

function segmentMatches(matcher: SegmentMatcher, value: string): boolean {
  if (matcher.literal !== undefined) return matcher.literal.toLowerCase() === value.toLowerCase();
  if (matcher.choices) return matcher.choices.has(value.toLowerCase());
  return value.length > 0;
}

function matchSegments(
  matchers: SegmentMatcher[],
  segments: string[],
): { params: Record<string, string>; template: string[] } | null {
  if (matchers.length !== segments.length) return null;
  const params: Record<string, string> = {};
  const template: string[] = [];
  for (let i = 0; i < matchers.length; i++) {
    const m = matchers[i];
    const value = segments[i];
    if (!segmentMatches(m, value)) return null;
    if (m.literal !== undefined) {
      template.push(m.literal);
    } else if (m.choices) {
      const canonical = m.choices.get(value.toLowerCase())!;
      params[m.param!] = canonical;
      template.push(canonical);
    } else {
      params[m.param!] = value;
      template.push('{id}');
    }
  }
  return { params, template };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For paths no route knows: ids (GUIDs, UPNs) become {id} so the log still groups them. */
export function guessTemplate(segments: string[]): string {
  return segments.map((s) => (GUID.test(s) || s.includes('@') ? '{id}' : s)).join('/');
}
