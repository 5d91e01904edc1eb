import { USER_ATTRIBUTES, type ScopeFilter, type UserAttribute } from './virtual-tenant.schema';

/**
 * The compact syntax Tenant Admins type to define a virtual tenant, e.g.
 *   country = Italy and department = Sales
 *   domain = contoso.it or (country = Italy and department in (Sales, Marketing))
 *   member of "Northwest Sales" and jobTitle starts with Sales
 * Operators: `=` / `is`, `!=` / `is not`, `in (…)`, `not in (…)`, `starts with`; `and` binds tighter
 * than `or`; parentheses group. Values with spaces may be typed as is or quoted; a value containing
 * "and"/"or" must be quoted. Group conditions carry the group's name here: the service resolves it to
 * an object id (groupId is empty until then).
 */

export type SyntaxResult = { ok: true; filter: ScopeFilter } | { ok: false; problem: string };

const FIELD_ALIASES: Readonly<Record<string, UserAttribute | 'domain' | 'group'>> = {
  domain: 'domain',
  upndomain: 'domain',
  emaildomain: 'domain',
  department: 'department',
  dept: 'department',
  country: 'country',
  company: 'companyName',
  companyname: 'companyName',
  city: 'city',
  state: 'state',
  jobtitle: 'jobTitle',
  title: 'jobTitle',
  job: 'jobTitle',
  usagelocation: 'usageLocation',
  office: 'officeLocation',
  officelocation: 'officeLocation',
  employeetype: 'employeeType',
  usertype: 'userType',
  group: 'group',
  memberof: 'group',
};

const FIELD_NAMES = ['domain', ...USER_ATTRIBUTES, 'member of'].join(', ');

type Token =
  | { kind: 'word'; text: string; lower: string }
  | { kind: 'string'; text: string }
  | { kind: 'punct'; text: '(' | ')' | ',' }
  | { kind: 'op'; text: 'eq' | 'ne' };

class SyntaxProblem extends Error {}

export function parseScopeFilter(text: string): SyntaxResult {
  try {
    const tokens = tokenize(text);
    if (tokens.length === 0) return { ok: false, problem: 'The definition is empty: say which users it selects, e.g. "country = Italy and department = Sales".' };
    const parser = new Parser(tokens);
    const filter = parser.expression();
    parser.end();
    return { ok: true, filter };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { ok: false, problem: e.message };
    throw e;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const source = text.trim();
  const re = /\s*(?:"([^"]*)"|“([^”]*)”|'([^']*)'|(!=|<>|==|=)|([(),])|([^\s()",=!<>“”]+))/y;
  let at = 0;
  while (at < source.length) {
    re.lastIndex = at;
    const m = re.exec(source);
    if (!m || m[0].length === 0) throw new SyntaxProblem(`I could not read "${source.slice(at).trim()}" (check the quotes).`);
    at = re.lastIndex;
    if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined) tokens.push({ kind: 'string', text: (m[1] ?? m[2] ?? m[3]).trim() });
    else if (m[4]) tokens.push({ kind: 'op', text: m[4] === '!=' || m[4] === '<>' ? 'ne' : 'eq' });
    else if (m[5]) tokens.push({ kind: 'punct', text: m[5] as '(' | ')' | ',' });
    else if (m[6]) tokens.push({ kind: 'word', text: m[6], lower: m[6].toLowerCase() });
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  expression(): ScopeFilter {
    const terms = [this.term()];
    while (this.isWord('or')) {
      this.i++;
      terms.push(this.term());
    }
    return combine('any', terms);
  }

  end(): void {
    const t = this.tokens[this.i];
    if (t) throw new SyntaxProblem(`Expected "and", "or" or the end, found "${t.text}".`);
  }

  private term(): ScopeFilter {
    const factors = [this.factor()];
    while (this.isWord('and')) {
      this.i++;
      factors.push(this.factor());
    }
    return combine('all', factors);
  }

  private factor(): ScopeFilter {
    if (this.isPunct('(')) {
      this.i++;
      const inner = this.expression();
      if (!this.isPunct(')')) throw new SyntaxProblem('A "(" is not closed.');
      this.i++;
      return inner;
    }
    return this.condition();
  }

  private condition(): ScopeFilter {
    const fieldWords: string[] = [];
    while (this.peek()?.kind === 'word' && !this.isOperatorWord()) {
      fieldWords.push((this.peek() as { text: string }).text);
      this.i++;
      if (fieldWords.length === 2 && fieldWords.join(' ').toLowerCase() === 'member of') break;
    }
    if (fieldWords.length === 0) {
      const t = this.peek();
      throw new SyntaxProblem(t ? `Expected a field (${FIELD_NAMES}), found "${t.text}".` : `Expected a condition after "${this.previousText()}".`);
    }
    const fieldText = fieldWords.join(' ');
    const field = FIELD_ALIASES[fieldText.toLowerCase().replace(/[\s_-]+/g, '')];
    if (!field) throw new SyntaxProblem(`Unknown field "${fieldText}": use ${FIELD_NAMES}.`);
    const op = fieldText.toLowerCase() === 'member of' ? 'eq' : this.operator(fieldText);
    const values = op === 'in' || op === 'not in' ? this.list(fieldText) : [this.value(fieldText)];
    if (field === 'group') {
      if (op !== 'eq' || values.length !== 1) throw new SyntaxProblem('A group condition is "member of <group name>" (one group per condition; combine with "or").');
      return { type: 'group', groupId: '', groupName: values[0] };
    }
    if (field === 'domain') {
      if (op !== 'eq' && op !== 'in') throw new SyntaxProblem('A domain condition is "domain = contoso.com" or "domain in (a.com, b.com)".');
      const domains = values.map((v) => v.toLowerCase().replace(/^@/, ''));
      const bad = domains.find((d) => !/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(d));
      if (bad) throw new SyntaxProblem(`"${bad}" is not a domain name.`);
      return { type: 'domain', domains };
    }
    const mapped = op === 'in' ? 'eq' : op === 'not in' ? 'ne' : op;
    return { type: 'attribute', attribute: field, op: mapped, values };
  }

  private operator(fieldText: string): 'eq' | 'ne' | 'startsWith' | 'in' | 'not in' {
    const t = this.peek();
    if (t?.kind === 'op') {
      this.i++;
      return t.text;
    }
    const words = this.tokens.slice(this.i, this.i + 2).map((x) => (x.kind === 'word' ? x.lower : ''));
    const take = (n: number) => {
      this.i += n;
    };
    if (words[0] === 'is' && words[1] === 'not') return take(2), 'ne';
    if (words[0] === 'is' && words[1] === 'in') return take(2), 'in';
    if (words[0] === 'not' && words[1] === 'in') return take(2), 'not in';
    if (words[0] === 'starts' && words[1] === 'with') return take(2), 'startsWith';
    if (words[0] === 'is') return take(1), 'eq';
    if (words[0] === 'in') return take(1), 'in';
    throw new SyntaxProblem(`Expected "=", "!=", "in (…)" or "starts with" after "${fieldText}"${t ? `, found "${t.text}"` : ''}.`);
  }

  private list(fieldText: string): string[] {
    if (!this.isPunct('(')) return [this.value(fieldText)];
    this.i++;
    const values: string[] = [];
    for (;;) {
      values.push(this.value(fieldText, true));
      if (this.isPunct(',')) {
        this.i++;
        continue;
      }
      if (this.isPunct(')')) {
        this.i++;
        return values;
      }
      throw new SyntaxProblem(`The list after "${fieldText} in" is not closed with ")".`);
    }
  }

  /** A quoted string, or words up to and/or/")"/","/the end. */
  private value(fieldText: string, inList = false): string {
    const t = this.peek();
    if (t?.kind === 'string') {
      this.i++;
      if (t.text === '') throw new SyntaxProblem(`The value for "${fieldText}" is empty.`);
      return t.text;
    }
    const words: string[] = [];
    while (this.peek()?.kind === 'word' && !(this.isWord('and') || this.isWord('or')) && !(inList && this.isPunct(','))) {
      words.push((this.peek() as { text: string }).text);
      this.i++;
    }
    if (words.length === 0) throw new SyntaxProblem(`Expected a value for "${fieldText}"${t ? `, found "${t.text}"` : ''}.`);
    return words.join(' ');
  }

  private isOperatorWord(): boolean {
    const t = this.peek();
    if (t?.kind !== 'word') return false;
    const next = this.tokens[this.i + 1];
    const nextLower = next?.kind === 'word' ? next.lower : '';
    if (t.lower === 'is' || t.lower === 'in') return true;
    if (t.lower === 'not' && nextLower === 'in') return true;
    if (t.lower === 'starts' && nextLower === 'with') return true;
    return false;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private previousText(): string {
    return this.tokens[this.i - 1]?.text ?? '';
  }

  private isWord(lower: string): boolean {
    const t = this.peek();
    return t?.kind === 'word' && t.lower === lower;
  }

  private isPunct(p: '(' | ')' | ','): boolean {
    const t = this.peek();
    return t?.kind === 'punct' && t.text === p;
  }
}

function combine(type: 'all' | 'any', parts: ScopeFilter[]): ScopeFilter {
  if (parts.length === 1) return parts[0];
  // Flatten "a and (b and c)" so the stored tree stays shallow.
  const flat = parts.flatMap((p) => (p.type === type ? p.filters : [p]));
  return { type, filters: flat };
}

/** Group names the filter mentions (for resolution to object ids). */
export function groupNamesOf(filter: ScopeFilter): string[] {
  if (filter.type === 'all' || filter.type === 'any') return [...new Set(filter.filters.flatMap(groupNamesOf))];
  return filter.type === 'group' ? [filter.groupName] : [];
}

/** Fills in group ids (by the names typed) and the groups' own display names. */
export function withGroups(filter: ScopeFilter, groups: ReadonlyMap<string, { id: string; displayName: string }>): ScopeFilter {
  if (filter.type === 'all' || filter.type === 'any') return { type: filter.type, filters: filter.filters.map((f) => withGroups(f, groups)) };
  if (filter.type !== 'group') return filter;
  const g = groups.get(filter.groupName);
  return g ? { type: 'group', groupId: g.id, groupName: g.displayName } : filter;
}
