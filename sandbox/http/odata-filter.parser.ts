import { badRequest, unsupportedQuery } from './graph-error';

/**
 * The subset of OData $filter that directory objects support: eq/ne/gt/ge/lt/le, in, and/or/not,
 * startswith/endswith, and any()/all() lambdas over collections (e.g.
 * `assignedLicenses/any(x:x/skuId eq 6fd2c87f-...)`). String comparisons ignore case, as Entra does.
 * `ne`, `not` and `endswith` are "advanced queries" that Graph only accepts with
 * ConsistencyLevel: eventual and $count=true; the same rule applies here.
 */

type Node =
  | { type: 'lit'; value: string | number | boolean | null }
  | { type: 'prop'; path: string[] }
  | { type: 'call'; name: string; args: Node[] }
  | { type: 'cmp'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; left: Node; right: Node }
  | { type: 'in'; left: Node; values: Node[] }
  | { type: 'and' | 'or'; left: Node; right: Node }
  | { type: 'not'; expr: Node }
  | { type: 'lambda'; kind: 'any' | 'all'; path: string[]; variable: string | null; body: Node | null };

interface Token {
  kind: 'str' | 'num' | 'guid' | 'date' | 'ident' | 'sym';
  text: string;
}

export interface FilterOptions {
  /** Resource name for messages, e.g. "User". */
  resource: string;
  /** Top-level properties that may appear in a filter. */
  filterable: ReadonlySet<string>;
  /** True when ConsistencyLevel: eventual and $count=true were sent. */
  advanced: boolean;
}

export type FilterPredicate = (item: Record<string, unknown>) => boolean;

export function compileFilter(text: string, options: FilterOptions): FilterPredicate {
  const parser = new FilterParser(tokenize(text), options);
  const ast = parser.parseExpression();
  parser.expectEnd();
  return (item) => truthy(evaluate(ast, item, new Map()));
}

const TOKEN_PATTERNS: [Token['kind'], RegExp][] = [
  ['str', /^'(?:[^']|'')*'/],
  ['guid', /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])/],
  ['date', /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?(?![\w-])/],
  ['num', /^-?\d+(?:\.\d+)?(?![\w-])/],
  ['ident', /^[A-Za-z_$@#][\w.#@$]*/],
  ['sym', /^[(),/:]/],
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const ws = /^\s+/.exec(rest);
    if (ws) {
      rest = rest.slice(ws[0].length);
      continue;
    }
    let matched = false;
    for (const [kind, re] of TOKEN_PATTERNS) {
      const m = re.exec(rest);
      if (m) {
        tokens.push({ kind, text: m[0] });
        rest = rest.slice(m[0].length);
        matched = true;
        break;
      }
    }
    if (!matched) throw invalidFilter(`Syntax error at position ${text.length - rest.length} in '${text}'.`);
  }
  return tokens;
}

function invalidFilter(message: string) {
  return badRequest(`Invalid filter clause: ${message}`);
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set(['startswith', 'endswith']);

class FilterParser {
  private pos = 0;
  private readonly variables = new Set<string>();

  constructor(
    private readonly tokens: Token[],
    private readonly options: FilterOptions,
  ) {}

  expectEnd(): void {
    if (this.pos < this.tokens.length) throw invalidFilter(`Syntax error: unexpected '${this.tokens[this.pos].text}'.`);
  }

  parseExpression(): Node {
    let left = this.parseAnd();
    while (this.peekKeyword('or')) {
      this.pos++;
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Node {
    let left = this.parseNot();
    while (this.peekKeyword('and')) {
      this.pos++;
      left = { type: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): Node {
    if (this.peekKeyword('not')) {
      this.pos++;
      this.requireAdvanced();
      return { type: 'not', expr: this.parseNot() };
    }
    return this.parseComparison();
  }

  private parseComparison(): Node {
    const left = this.parseOperand();
    const next = this.tokens[this.pos];
    if (next?.kind === 'ident' && COMPARISONS.has(next.text.toLowerCase())) {
      this.pos++;
      const op = next.text.toLowerCase() as 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
      if (op === 'ne') this.requireAdvanced();
      return { type: 'cmp', op, left, right: this.parseOperand() };
    }
    if (next?.kind === 'ident' && next.text.toLowerCase() === 'in') {
      this.pos++;
      this.expectSym('(');
      const values: Node[] = [this.parseOperand()];
      while (this.peekSym(',')) {
        this.pos++;
        values.push(this.parseOperand());
      }
      this.expectSym(')');
      return { type: 'in', left, values };
    }
    return left;
  }

  private parseOperand(): Node {
    const token = this.tokens[this.pos++];
    if (!token) throw invalidFilter('Syntax error: unexpected end of expression.');
    switch (token.kind) {
      case 'str':
        return { type: 'lit', value: token.text.slice(1, -1).replace(/''/g, "'") };
      case 'num':
        return { type: 'lit', value: Number(token.text) };
      case 'guid':
      case 'date':
        return { type: 'lit', value: token.text };
      case 'sym':
        if (token.text === '(') {
          const inner = this.parseExpression();
          this.expectSym(')');
          return inner;
        }
        throw invalidFilter(`Syntax error: unexpected '${token.text}'.`);
      case 'ident':
        return this.parseIdentifier(token.text);
    }
  }

  private parseIdentifier(first: string): Node {
    const lower = first.toLowerCase();
    if (lower === 'true' || lower === 'false') return { type: 'lit', value: lower === 'true' };
    if (lower === 'null') return { type: 'lit', value: null };
    if (this.peekSym('(')) {
      if (!FUNCTIONS.has(lower)) {
        throw unsupportedQuery(`Unsupported or invalid query filter clause specified for function '${first}'.`);
      }
      if (lower === 'endswith') this.requireAdvanced();
      this.pos++;
      const args: Node[] = [this.parseOperand()];
      while (this.peekSym(',')) {
        this.pos++;
        args.push(this.parseOperand());
      }
      this.expectSym(')');
      if (args.length !== 2) throw invalidFilter(`${first} takes two arguments.`);
      return { type: 'call', name: lower, args };
    }
    const path = [first];
    while (this.peekSym('/')) {
      this.pos++;
      const next = this.tokens[this.pos++];
      if (next?.kind !== 'ident') throw invalidFilter('Syntax error after /.');
      const kind = next.text.toLowerCase();
      if ((kind === 'any' || kind === 'all') && this.peekSym('(')) return this.parseLambda(path, kind);
      path.push(next.text);
    }
    this.checkProperty(path);
    return { type: 'prop', path };
  }

  private parseLambda(path: string[], kind: 'any' | 'all'): Node {
    this.checkProperty(path);
    this.expectSym('(');
    if (this.peekSym(')')) {
      this.pos++;
      return { type: 'lambda', kind, path, variable: null, body: null };
    }
    const variable = this.tokens[this.pos++];
    if (variable?.kind !== 'ident') throw invalidFilter('Lambda variable expected.');
    this.expectSym(':');
    this.variables.add(variable.text);
    const body = this.parseExpression();
    this.variables.delete(variable.text);
    this.expectSym(')');
    return { type: 'lambda', kind, path, variable: variable.text, body };
  }

  private checkProperty(path: string[]): void {
    if (this.variables.has(path[0])) return;
    if (!this.options.filterable.has(path[0])) {
      throw unsupportedQuery(
        `Unsupported or invalid query filter clause specified for property '${path[0]}' of resource '${this.options.resource}'.`,
      );
    }
  }

  private requireAdvanced(): void {
    if (!this.options.advanced) throw unsupportedQuery('Unsupported Query.');
  }

  private peekKeyword(word: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === 'ident' && t.text.toLowerCase() === word;
  }

  private peekSym(sym: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === 'sym' && t.text === sym;
  }

  private expectSym(sym: string): void {
    if (!this.peekSym(sym)) throw invalidFilter(`'${sym}' expected.`);
    this.pos++;
  }
}

type Value = unknown;

function evaluate(node: Node, item: Record<string, unknown>, scope: Map<string, Value>): Value {
  switch (node.type) {
    case 'lit':
      return node.value;
    case 'prop':
      return resolvePath(node.path, item, scope);
    case 'call': {
      const [a, b] = node.args.map((n) => evaluate(n, item, scope));
      if (typeof a !== 'string' || typeof b !== 'string') return false;
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      return node.name === 'startswith' ? x.startsWith(y) : x.endsWith(y);
    }
    case 'cmp':
      return compare(node.op, evaluate(node.left, item, scope), evaluate(node.right, item, scope));
    case 'in': {
      const left = evaluate(node.left, item, scope);
      return node.values.some((v) => compare('eq', left, evaluate(v, item, scope)));
    }
    case 'and':
      return truthy(evaluate(node.left, item, scope)) && truthy(evaluate(node.right, item, scope));
    case 'or':
      return truthy(evaluate(node.left, item, scope)) || truthy(evaluate(node.right, item, scope));
    case 'not':
      return !truthy(evaluate(node.expr, item, scope));
    case 'lambda': {
      const collection = resolvePath(node.path, item, scope);
      const values = Array.isArray(collection) ? collection : [];
      if (!node.body || !node.variable) return node.kind === 'any' ? values.length > 0 : true;
      const test = (v: Value) => truthy(evaluate(node.body!, item, new Map(scope).set(node.variable!, v)));
      return node.kind === 'any' ? values.some(test) : values.every(test);
    }
  }
}

function resolvePath(path: string[], item: Record<string, unknown>, scope: Map<string, Value>): Value {
  let current: Value;
  let rest = path;
  if (scope.has(path[0])) {
    current = scope.get(path[0]);
    rest = path.slice(1);
  } else {
    current = item;
  }
  for (const key of rest) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function compare(op: string, a: Value, b: Value): boolean {
  if (a === undefined) a = null;
  if (op === 'eq' || op === 'ne') {
    const equal = normalise(a) === normalise(b);
    return op === 'eq' ? equal : !equal;
  }
  if (a === null || b === null) return false;
  const x = normalise(a);
  const y = normalise(b);
  switch (op) {
    case 'gt':
      return x! > y!;
    case 'ge':
      return x! >= y!;
    case 'lt':
      return x! < y!;
    default:
      return x! <= y!;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T|$)/;

function normalise(v: Value): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    if (ISO_DATE.test(v)) {
      const t = Date.parse(v);
      if (!Number.isNaN(t)) return t;
    }
    return v.toLowerCase();
  }
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

function truthy(v: Value): boolean {
  return v === true;
}
