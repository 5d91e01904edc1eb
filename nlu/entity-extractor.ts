import { BoundedMemo } from './bounded-memo';
import { FUNCTION_WORDS, formsIdiom } from './text-normalizer';

/**
 * Finds the things a request is about (mentions) and decides which of them are the action's targets.
 *
 * Mentions are found without any knowledge of the action: emails/UPNs, URLs, device host names, phone
 * numbers, quoted strings, capitalized names and lower-case words the vocabulary does not know when they
 * sit where a name sits ("reset mfa for jane"). Which mentions are targets depends on the sentence shape
 * (possessives, prepositions, "add X to group Y") and on the intent's declared target kinds.
 */

export type MentionKind = 'email' | 'url' | 'host' | 'phone' | 'name';

export interface Mention {
  kind: MentionKind;
  /** As written, without a possessive "'s" or surrounding quotes. */
  value: string;
  start: number;
  end: number;
  possessive: boolean;
  /** The word before, lower-cased, determiners skipped. */
  prev: string;
  /** The nearest preposition before it in the same clause. */
  prep: string;
  /** The word before that preposition ("access" in "access to the info@… mailbox"). */
  prepHead: string;
  /** The word after, lower-cased ("mailbox" in "jane's mailbox"). */
  next: string;
  /** Introduced as a value ("tag Onboarding", "named Retail"): never a target. */
  isValue: boolean;
  /** Probably a value ("the old address a@x.com"): a target only when nothing else can be. */
  likelyValue: boolean;
  /** Moved into or out of a container named right after ("add X to group Y"): X is a member, not the target. */
  member: boolean;
  /** How it is a member: moved into or out of a container ("add X to Y"), or given a role ("X as a delegate"). */
  membership: 'container' | 'role' | '';
  /** Mentions of one list ("a, b and c") share a number. */
  group: number;
  /** Words of a code name kept for intent scoring ("SG-Printers" still says "security group"). */
  words: string;
  /** Written in quotes. */
  quoted: boolean;
  /** Followed by the noun it names ("the info@contoso.com mailbox", "the nw-sales@contoso.com distribution list"). */
  named: boolean;
  /** Opens its sentence as the subject of a verb ("ithelp@… has stale delegates, remove …"). */
  subject: boolean;
  /** Opens the request as its topic, before a colon or dash ("it-team@…: remove nestor@… and lee@…"). */
  topic: boolean;
  /** The target or container noun that names it, before or after ("the group X", "X distribution list"); '' if none. */
  noun: string;
  /** That noun with the type word before it ("mail user", "shared mailbox", "distribution list"), else the noun alone. */
  nounPhrase: string;
  /** A lower-case word read as a name only from where it sits ("update his contact record"): the weakest mention. */
  guessed: boolean;
}

/** How an intent reads its targets from text. */
export interface TargetHint {
  /** Mention kinds that can name this intent's target. Default ['email', 'name']; [] = never from text. */
  kinds?: MentionKind[];
  /**
   * Prepositions that introduce the target: ['to'] for "copy permissions from A to B" (B), ['from'] for
   * "remove A from B" (B). When the text has a mention after one of them, only such mentions are targets; when
   * mentions follow several of them, the one listed first wins.
   */
  after?: string[];
  /** Only mentions after one of `after` are targets, even when there is none ("add a@x.com to the group": no target). */
  strict?: boolean;
  /**
   * Nouns that name this intent's kind of target ("list", "dl" for distribution groups): a mention the text names
   * with one of them ("the nw-sales@contoso.com distribution group: …") is the target, whatever its preposition.
   */
  nouns?: string[];
}

export const DEFAULT_TARGET_KINDS: readonly MentionKind[] = ['email', 'name'];

/**
 * The word that stands in for a mention when text is scored: the intent index learns "remove <email> from
 * <group words> <email>" without learning any particular address.
 */
export const MENTION_SLOT: Readonly<Record<MentionKind, string>> = {
  email: 'xxe',
  name: 'xxn',
  host: 'xxd',
  url: 'xxu',
  phone: 'xxp',
};
/** Phrase placeholders by name; any other {placeholder} stands for an email/UPN. */
const PLACEHOLDER_KIND: Readonly<Record<string, MentionKind>> = {
  name: 'name',
  device: 'host',
  host: 'host',
  url: 'url',
  site: 'url',
  phone: 'phone',
  number: 'phone',
};

interface Token {
  start: number;
  end: number;
  /** Without surrounding punctuation and possessive. */
  core: string;
  lower: string;
  possessive: boolean;
  /** Punctuation right after the core (",", ".", ";"…). */
  trail: string;
  sentenceStart: boolean;
  mention?: Mention;
}

const EMAIL = /[A-Za-z0-9._%+#!$&*=?^{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}/g;
const URL = /\bhttps?:\/\/[^\s"'<>]+[^\s"'<>.,;:!?)]/g;
const QUOTED = /"([^"\n]{1,80})"|“([^”\n]{1,80})”|(?<=^|[\s(:,])'([^'\n]{1,80})'(?=$|[\s),.;:!?])/g;
const PHONE = /(?<![\w@])\+\d[\d\s().-]{6,}\d(?![\w@])|(?<![\w@.-])\d{3}[\s.-]\d{3}[\s.-]\d{4}(?![\w@])/g;
const HOST = /^(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{2,}\d{2,}[A-Z0-9]*)$/;
const TITLE_WORD = /^(?:[A-Z][a-zà-öø-ÿ]+(?:['’-][A-Za-zà-öø-ÿ]+)*|[A-Z][a-z]+[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+)$/;
const LOWER_NAME = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/;
const DOMAIN_ACCOUNT = /^[A-Za-z][\w.-]*\\[A-Za-z][\w.-]*$/;
/** Object names such as "SG-Printers" or "Retail-DL": joined parts, one of them an upper-case abbreviation. */
const CODE_NAME = /^(?=(?:.*[-_])?[A-Z]{2,}(?:[-_]|$))[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+$/;

/** Shorthand admins type for the nouns the sentence rules look for ("the shared mbx", "the grp"). */
const WORD_ALIASES: Readonly<Record<string, string>> = { mbx: 'mailbox', mbxs: 'mailboxes', grp: 'group', grps: 'groups' };

const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'my', 'our', 'its', 'your',
]);
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'from', 'of', 'for', 'on', 'as', 'with', 'into', 'onto', 'at', 'by', 'in', 'than', 'off',
]);
/** Nouns after which a mention names the thing acted on. */
const TARGET_NOUNS: ReadonlySet<string> = new Set([
  'user', 'users', 'account', 'accounts', 'guest', 'guests', 'mailbox', 'mailboxes', 'group', 'groups', 'list', 'dl',
  'contact', 'device', 'devices', 'laptop', 'computer', 'pc', 'team', 'site', 'onedrive', 'person', 'employee', 'upn',
  'address', 'login', 'username', 'inbox', 'phone', 'room', 'equipment',
]);
/** Words after which a mention is a value of a parameter, not a target. */
const VALUE_CUES: ReadonlySet<string> = new Set([
  'tag', 'tags', 'label', 'labels', 'attribute', 'attributes', 'license', 'licence', 'licenses', 'licences', 'sku', 'plan',
  'plans', 'language', 'locale', 'named', 'called', 'name', 'title', 'department', 'dept', 'quota', 'message', 'policy',
  'template', 'office', 'city', 'country', 'company', 'description', 'alias', 'region', 'location', 'timezone',
]);
/** Words after which an address is a new value of the object, not the object: "add the alias a@x.com to jane". */
const ADDRESS_VALUE_CUES: ReadonlySet<string> = new Set(['alias', 'aliases', 'proxy']);
/** Words after which an address is probably a value ("remove the old address a@x.com"), unless nothing else is named. */
const SOFT_VALUE_CUES: ReadonlySet<string> = new Set(['address', 'addresses']);
/** Nouns that, right after a title-case word, make it a value ("the Sway plan", "E5 license"). */
const VALUE_NOUNS: ReadonlySet<string> = new Set([
  'plan', 'license', 'licence', 'sku', 'tag', 'policy', 'language', 'attribute', 'template', 'department', 'office',
  'team',
]);
/** Containers that members move into or out of. */
const CONTAINERS: ReadonlySet<string> = new Set([
  'group', 'groups', 'list', 'lists', 'dl', 'dls', 'distro', 'sg', 'team', 'teams', 'channel', 'mailbox', 'mailboxes',
  'site', 'sites', 'queue', 'onedrive', 'onedrives', 'attendant',
]);
const DELEGATE_NOUNS: ReadonlySet<string> = new Set(['delegate', 'delegates', 'trustee', 'trustees']);
const MEMBER_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from', 'into', 'in', 'out', 'onto', 'off']);
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'delegate', 'delegates', 'owner', 'owners', 'member', 'members', 'admin', 'admins', 'administrator', 'moderator', 'moderators', 'approver',
  'administrators', 'manager', 'trustee', 'trustees', 'co-owner', 'subscriber',
]);
const LIST_GLUE: ReadonlySet<string> = new Set(['and', '&', 'plus', 'or', '+', 'also', '/']);
/** Cues after which an unknown lower-case word is read as a person or account name. */
const NAME_CUES: ReadonlySet<string> = new Set([
  'for', 'of', 'from', 'on', 'user', 'users', 'account', 'accounts', 'member', 'guest', 'employee', 'person',
  'mailbox', 'onedrive', 'username', 'login', 'colleague', 'and', 'or', '&', 'plus', 'device', 'laptop',
  'group', 'dl', 'list', 'distro', 'contact',
]);
/** Determiners before a name that a container noun follows: "the nw-sales DL", "our payroll shared mailbox". */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'our', 'their', 'his', 'her', 'my', 'your']);
/** Words that may sit between such a name and its container noun ("the sales distribution list"). */
const CONTAINER_MODIFIERS: ReadonlySet<string> = new Set([
  'shared', 'room', 'equipment', 'resource', 'user', 'distribution', 'mailing', 'distro', 'security', 'mail', 'email', 'meeting', 'conference',
]);
/** Words that refer to people but never name one. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'me', 'myself', 'all', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'noone',
  'them', 'him', 'her', 'us', 'users', 'user', 'people', 'yourself', 'themselves', 'himself', 'herself', 'ourselves',
  'each', 'every', 'both', 'whoever', 'staff', 'guests', 'members', 'owners', 'good', 'well', 'now', 'later', 'soon',
  'today', 'tomorrow', 'tonight', 'asap', 'again', 'please', 'thanks', 'everywhere', 'anywhere', 'ever', 'forever',
  'immediately', 'away', 'too', 'yet', 'first', 'last', 'next', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'day', 'days', 'hour', 'hours', 'minutes', 'weekend', 'morning', 'afternoon', 'evening', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter', 'mistake', 'accident',
  'thing', 'stuff', 'one', 'ones', 'it', 'this', 'that', 'there', 'here', 'company', 'tenant', 'organization', 'org',
  'domain', 'directory', 'portal', 'office', 'work', 'home', 'job', 'leaver', 'leavers', 'starter', 'joiner', 'hire',
  'leave', 'vacation', 'holiday', 'holidays', 'sick', 'maternity', 'paternity', 'parental', 'travel', 'trip', 'lunch',
  'sabbatical', 'furlough', 'pto', 'secondment', 'assignment', 'call', 'site', 'premises', 'training', 'probation',
  'break', 'wrong', 'old', 'right', 'main', 'stale', 'default', 'current', 'existing', 'former', 'previous', 'usual',
  'works', 'worked', 'working', 'fine',
]);
/** Verbs after which a sentence-initial unknown word is its subject: "jsmith is locked out". */
const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'had', 'needs', 'need', 'cant', "can't", 'cannot', 'got', 'forgot', 'lost', 'left', 'should', 'will',
  'does', "doesn't", 'did', 'can', 'must', 'wants', 'requires', 'moved', 'changed', 'joined', 'quit',
]);
const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'de', 'der', 'den', 'la', 'le', 'da', 'di', 'du', 'von', 'del', 'dos', 'bin', 'al']);

/**
 * Mention finder. `isKnownWord` tells vocabulary words (which are never names) from unknown ones; the
 * recognizer builds it from the intents' phrases.
 */
export class EntityExtractor {
  /** formsIdiom's answers: the same word pairs come back in every text. */
  private readonly idioms = new BoundedMemo<boolean>(20_000);

  constructor(private readonly isKnownWord: (lowerWord: string, exact?: boolean) => boolean) {}

  extract(text: string): Mention[] {
    const spans = findSpans(text);
    const tokens = tokenize(text, spans);
    const mentions: Mention[] = spans.map((s) => ({ ...blankMention(s.kind, s.value, s.start, s.end, s.possessive), quoted: s.quoted }));
    for (const t of tokens) t.mention = mentions.find((m) => m.start < t.end && m.end > t.start);
    this.findHosts(tokens, mentions);
    this.findNames(tokens, mentions);
    for (const m of mentions) if (m.kind === 'email') markGroupAddress(m);
    mentions.sort((a, b) => a.start - b.start);
    describe(tokens, mentions);
    markOtherDomains(mentions);
    // "Megan's manager asked that megan@contoso.com …": a first name an address of the text starts with is that address
    const locals = mentions.filter((m) => m.kind === 'email').map((m) => (m.value.split('@')[0] ?? '').toLowerCase().split(/[._-]/)[0]);
    // (a first name only: "Christie Cline's mail to christie@litware.com" names her and her outside address)
    const same = (m: Mention) => m.kind === 'name' && !m.quoted && !m.value.includes(' ') && locals.includes(m.value.toLowerCase());
    // a quoted text is more often a value ("mailbox full", "Front Desk") than the object acted on, next to another mention
    for (const m of mentions) if (m.quoted && mentions.some((o) => o !== m && !o.quoted)) m.guessed = true;
    return mentions.filter((m) => !same(m));
  }

  private findHosts(tokens: Token[], mentions: Mention[]): void {
    for (const t of tokens) {
      if (t.mention !== undefined) continue;
      if (HOST.test(t.core) && /\d/.test(t.core)) {
        t.mention = blankMention('host', t.core, t.start, t.end, t.possessive);
        mentions.push(t.mention);
      } else if (DOMAIN_ACCOUNT.test(t.core) || CODE_NAME.test(t.core)) {
        t.mention = blankMention('name', t.core, t.start, t.end, t.possessive);
        if (CODE_NAME.test(t.core)) t.mention.words = t.core.toLowerCase().replace(/[-_]/g, ' ');
        mentions.push(t.mention);
      }
    }
  }

  private findNames(tokens: Token[], mentions: Mention[]): void {
    let i = 0;
    while (i < tokens.length) {
      const title = this.titleRun(tokens, i);
      const run = title || this.lowerRun(tokens, i);
      if (run === 0) {
        i += 1;
        continue;
      }
      const first = tokens[i];
      const last = tokens[i + run - 1];
      const value = tokens
        .slice(i, i + run)
        .map((t) => t.core)
        .join(' ');
      const mention = blankMention('name', value, first.start, last.end, last.possessive);
      mention.guessed = title === 0;
      mentions.push(mention);
      for (let k = i; k < i + run; k += 1) tokens[k].mention = mention;
      i += run;
    }
  }

  private known(t: Token, tokens?: Token[], i?: number, exact = false): boolean {
    if (NOT_NAMES.has(t.lower) || this.isKnownWord(t.lower, exact)) return true;
    if (tokens === undefined || i === undefined) return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const idiom = (first: string, second: string) => this.idioms.get(`${first} ${second}`, () => formsIdiom(first, second));
    return (prev !== undefined && idiom(prev.lower, t.lower)) || (next !== undefined && idiom(t.lower, next.lower));
  }

  /** Capitalized names: "Jane Doe", "Grant Smith" (a known word that starts a name), "Ludwig van Beethoven". */
  private titleRun(tokens: Token[], i: number): number {
    const isTitle = (t: Token | undefined) => t !== undefined && t.mention === undefined && TITLE_WORD.test(t.core);
    const startsName = (k: number) => {
      const t = tokens[k];
      if (!isTitle(t)) return false;
      if (!this.known(t)) return true;
      // A known word starts a name only mid-sentence and when an unknown capitalized word follows it.
      const next = tokens[k + 1];
      return !t.sentenceStart && !t.possessive && t.trail === '' && isTitle(next) && !this.known(next);
    };
    if (!startsName(i)) return 0;
    let n = 1;
    while (i + n < tokens.length && n < 4) {
      const prev = tokens[i + n - 1];
      if (prev.trail !== '' || prev.possessive) break;
      const t = tokens[i + n];
      if (isTitle(t) && (!this.known(t, undefined, undefined, true) || (i + n + 1 < tokens.length && startsName(i + n)))) {
        n += 1;
      } else if (isTitle(t) && this.endsName(tokens, i + n)) {
        // "Contoso Info", "Contoso Information": a known word that closes a capitalized name belongs to it
        n += 1;
        break;
      } else if (t.mention === undefined && NAME_PARTICLES.has(t.core) && isTitle(tokens[i + n + 1]) && t.trail === '') {
        n += 2;
      } else break;
    }
    return n;
  }

  /** A capitalized vocabulary word that ends a name: followed by nothing, punctuation, a preposition or a container noun. */
  private endsName(tokens: Token[], k: number): boolean {
    const t = tokens[k];
    if (t.possessive || NOT_NAMES.has(t.lower) || FUNCTION_WORDS.has(t.lower) || TARGET_NOUNS.has(t.lower) || CONTAINERS.has(t.lower)) return false;
    const next = tokens[k + 1];
    if (next === undefined || t.trail !== '') return true;
    // "Northwind Sales distribution group": a type word and a container noun may follow
    const typed = CONTAINER_MODIFIERS.has(next.lower) && tokens[k + 2] !== undefined && (CONTAINERS.has(tokens[k + 2].lower) || TARGET_NOUNS.has(tokens[k + 2].lower));
    return next.mention === undefined && (PREPOSITIONS.has(next.lower) || CONTAINERS.has(next.lower) || typed);
  }

  /**
   * Lower-case names ("for jane", "block asmith", "jane's password", "jsmith is locked out") where the
   * vocabulary knows no such word and the word sits where a name sits.
   */
  private lowerRun(tokens: Token[], i: number): number {
    const ok = (k: number) => {
      const t = tokens[k];
      if (t === undefined) return false;
      // "pointing", "confirmed": verb forms, not names
      const verbForm = (t.core.length >= 7 && t.core.endsWith('ing')) || (t.core.length >= 8 && t.core.endsWith('ed')) || (t.core.length >= 6 && t.core.endsWith('ly'));
      return t.mention === undefined && LOWER_NAME.test(t.core) && !verbForm && !this.known(t, tokens, k) && !/^\d/.test(t.core);
    };
    if (!ok(i)) return 0;
    let n = 1;
    while (n < 3 && !tokens[i + n - 1].possessive && tokens[i + n - 1].trail === '' && ok(i + n)) n += 1;
    const last = tokens[i + n - 1];
    const before = tokens[i - 1];
    const after = tokens[i + n];
    const cued =
      before !== undefined &&
      before.trail === '' &&
      (NAME_CUES.has(before.lower) || (i === 1 && before.sentenceStart && this.known(before) && !FUNCTION_WORDS.has(before.lower)));
    const listed = before !== undefined && before.mention !== undefined && before.trail === ',';
    const subject = tokens[i].sentenceStart && last.trail === '' && after !== undefined && SUBJECT_VERBS.has(after.lower);
    // "reset AD password kmoss": a lone unknown word ending a request that names nothing else
    const closing =
      (after === undefined || /[.!?]/.test(last.trail)) &&
      before !== undefined &&
      before.trail === '' &&
      this.known(before) &&
      !FUNCTION_WORDS.has(before.lower) &&
      tokens.every((t) => t.mention === undefined);
    return last.possessive || cued || listed || subject || closing || this.namesContainer(tokens, i, n) ? n : 0;
  }

  /** "the nw-sales DL", "our payroll shared mailbox": unknown words between a determiner and a container noun. */
  private namesContainer(tokens: Token[], i: number, n: number): boolean {
    const before = tokens[i - 1];
    if (before === undefined || before.mention !== undefined || before.trail !== '' || !DEFINITE.has(before.lower)) return false;
    if (tokens[i + n - 1].trail !== '' || tokens[i + n - 1].possessive) return false;
    for (let k = i + n; k < Math.min(tokens.length, i + n + 3); k += 1) {
      const t = tokens[k];
      if (t.mention !== undefined) return false;
      if (CONTAINERS.has(t.lower)) return true;
      if (!CONTAINER_MODIFIERS.has(t.lower) || t.trail !== '') return false;
    }
    return false;
  }
}

interface Span {
  kind: MentionKind;
  value: string;
  start: number;
  end: number;
  possessive: boolean;
  quoted: boolean;
}

function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end);
  const collect = (re: RegExp, kind: MentionKind, valueOf: (m: RegExpExecArray) => string) => {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      let end = start + m[0].length;
      if (!free(start, end)) continue;
      const possessive = /^['’]s\b/.test(text.slice(end));
      if (possessive) end += 2;
      spans.push({ kind, value: valueOf(m as RegExpExecArray), start, end, possessive, quoted: re === QUOTED });
    }
  };
  collect(URL, 'url', (m) => m[0]);
  collect(QUOTED, 'name', (m) => (m[1] ?? m[2] ?? m[3] ?? '').trim());
  collect(EMAIL, 'email', (m) => m[0]);
  collect(PHONE, 'phone', (m) => m[0].trim());
  return spans.sort((a, b) => a.start - b.start);
}

function tokenize(text: string, spans: Span[]): Token[] {
  // Spans become one token each: blank their inner spaces so the splitter keeps them whole.
  let masked = text;
  for (const s of spans) masked = masked.slice(0, s.start) + '\u0001'.repeat(s.end - s.start) + masked.slice(s.end);
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const m of masked.matchAll(/\S+/g)) {
    const start = m.index ?? 0;
    const raw = text.slice(start, start + m[0].length);
    const lead = /^[("'“‘\[<*_-]*/.exec(raw)?.[0].length ?? 0;
    let body = raw.slice(lead);
    const trailMatch = /[)"'”’\]>.,;:!?*_]*$/.exec(body);
    let trail = trailMatch ? trailMatch[0] : '';
    body = body.slice(0, body.length - trail.length);
    let possessive = false;
    if (/['’]s$/.test(body) && body.length > 2) {
      possessive = true;
      body = body.slice(0, -2);
    } else if (/^['’]s/.test(trail)) {
      possessive = true;
      trail = trail.slice(2);
    } else if (/s['’]$/.test(raw) && body.endsWith('s')) {
      possessive = true;
    }
    // "fwd a@x.com -> b@y.com": an arrow reads as "to"
    if (/^(?:-+>|→)$/.test(raw)) {
      body = 'to';
      trail = '';
    }
    tokens.push({
      start: start + lead,
      end: start + lead + body.length + (possessive ? 2 : 0),
      core: body,
      lower: WORD_ALIASES[body.toLowerCase()] ?? body.toLowerCase(),
      possessive,
      trail: trail.replace(/['’"”)\]]/g, ''),
      sentenceStart,
    });
    sentenceStart = /[.!?]$/.test(trail);
  }
  return tokens;
}

function blankMention(kind: MentionKind, value: string, start: number, end: number, possessive: boolean): Mention {
  return { kind, value, start, end, possessive, prev: '', prep: '', prepHead: '', next: '', isValue: false, likelyValue: false, member: false, group: 0, words: '', quoted: false, named: false, membership: '', noun: '', nounPhrase: '', guessed: false, subject: false, topic: false };
}

/** Fills prev/prep/value/member/group from the words around each mention. */
function describe(tokens: Token[], mentions: Mention[]): void {
  const firstToken = new Map<Mention, number>();
  const lastToken = new Map<Mention, number>();
  tokens.forEach((t, i) => {
    if (t.mention === undefined) return;
    if (!firstToken.has(t.mention)) firstToken.set(t.mention, i);
    lastToken.set(t.mention, i);
  });
  let group = 0;
  let previousLast = -1;
  let previous: Mention | undefined;
  mentions.forEach((m) => {
    const first = firstToken.get(m);
    const last = lastToken.get(m);
    if (first === undefined || last === undefined) {
      m.group = ++group;
      return;
    }
    // prev word and preposition
    let k = first - 1;
    while (k >= 0 && tokens[k].mention === undefined && DETERMINERS.has(tokens[k].lower)) k -= 1;
    m.prev = k >= 0 && tokens[k].mention === undefined ? tokens[k].lower : '';
    for (let j = first - 1, steps = 0; j >= 0 && steps < 5; j -= 1, steps += 1) {
      const t = tokens[j];
      if (t.mention !== undefined || /[.;!?]/.test(t.trail)) break;
      // "take off lee@…": off right after the verb is part of it, not a preposition
      if (t.lower === 'off' && ['take', 'pull', 'knock', 'kick', 'get', 'drop', 'turn', 'switch'].includes(tokens[j - 1]?.lower ?? '')) continue;
      if (PREPOSITIONS.has(t.lower)) {
        // "pull his send-as off it-team@…": off is from
        m.prep = t.lower === 'off' ? 'from' : t.lower;
        m.prepHead = tokens[j - 1]?.mention === undefined ? (tokens[j - 1]?.lower ?? '') : '';
        break;
      }
    }
    const next = tokens[last + 1];
    m.next = next !== undefined && next.mention === undefined ? next.lower : '';
    const after = tokens[last].trail === '' ? nounAt(tokens, last + 1) : NO_NOUN;
    m.named = !m.possessive && after.noun !== '';
    m.subject = tokens[first].sentenceStart && !m.possessive && tokens[last].trail === '' && SUBJECT_VERBS.has(m.next);
    // "the distribution group nw-sales@contoso.com": the noun right before names it too
    const named = after.noun !== '' ? after : TARGET_NOUNS.has(m.prev) || CONTAINERS.has(m.prev) ? nounBefore(tokens, first) : NO_NOUN;
    if (named.noun !== '' || m.noun === '') {
      m.noun = named.noun;
      m.nounPhrase = named.phrase;
    }
    // "the same mailbox perms lynne@… has": whose the thing is, said after it, is a value of the request
    const owns = ['has', 'have', 'had', 'holds'].includes(m.next) && (tokens[last + 2] === undefined || /[.,;!?]/.test(tokens[last + 1].trail) || ['too', 'now', 'today'].includes(tokens[last + 2].lower));
    m.likelyValue = (m.kind === 'email' && SOFT_VALUE_CUES.has(m.prev)) || (owns && !tokens[first].sentenceStart);
    m.isValue =
      (m.kind === 'email' && ADDRESS_VALUE_CUES.has(m.prev)) ||
      (m.kind === 'name' &&
        (VALUE_CUES.has(m.prev) ||
          (next !== undefined && next.mention === undefined && VALUE_NOUNS.has(next.lower) && !m.possessive && tokens[last].trail === '')));
    // list grouping: only separators between this mention and the previous one
    const between = previousLast >= 0 ? tokens.slice(previousLast + 1, first) : null;
    const joined =
      between !== null &&
      (between.every((t) => t.mention === undefined && LIST_GLUE.has(t.lower)) || between.map((t) => t.lower).join(' ') === 'as well as') &&
      (between.length > 0 || /[,;/&]/.test(tokens[previousLast].trail));
    m.group = joined ? group : ++group;
    // "for a@x.com and b@x.com": the rest of a list stands where its first item does
    if (joined && m.prep === '' && previous !== undefined) m.prep = previous.prep;
    // "call irvin@contoso.com's archive "Old Mail"": quoted text right after something a mention owns is its new value
    const owner = previousLast >= 0 ? tokens[previousLast].mention : undefined;
    if (m.quoted && !joined && m.prep === '' && owner?.possessive && tokens.slice(previousLast, first).every((t) => !/[.;!?]/.test(t.trail))) {
      m.isValue = true;
    }
    // "tags Pilot and Beta": a list that starts as a value stays one
    if (joined && mentions.some((o) => o !== m && o.group === m.group && o.isValue)) m.isValue = m.kind === 'name';
    previousLast = last;
    previous = m;
  });
  // after every mention knows whether it is a value: "… to Payroll Team" names a new value, not a container
  for (const m of mentions) {
    const last = lastToken.get(m);
    const first = firstToken.get(m);
    if (last !== undefined && first !== undefined) m.membership = membershipOf(tokens, first, last);
  }
  // "a@… and b@… need to inherit …": a list that opens its sentence and is followed by a verb is its subject
  for (const m of mentions) {
    if (m.subject || m.possessive) continue;
    const list = mentions.filter((o) => o.group === m.group);
    const head = firstToken.get(list[0]);
    const tail = list[list.length - 1];
    m.subject = list.length > 1 && head !== undefined && tokens[head].sentenceStart && !tail.possessive && SUBJECT_VERBS.has(tail.next);
  }
  markTopic(tokens, mentions, firstToken, lastToken);
  // "add a@…, b@… and c@… to it-team@…": the whole list moves (a role is only said of the last one: "finance-dl@…,
  // christie@… should be the moderator" is no list of moderators)
  for (const m of mentions) {
    if (m.membership === '') m.membership = mentions.find((o) => o !== m && o.group === m.group && o.membership === 'container')?.membership ?? '';
    m.member = m.membership !== '';
  }
}

interface NamingNoun {
  noun: string;
  phrase: string;
}
const NO_NOUN: NamingNoun = { noun: '', phrase: '' };

/** The target noun at `k`, maybe after type words ("mailbox", "shared mailbox", "distribution list"). */
function nounAt(tokens: Token[], k: number): NamingNoun {
  for (let j = k; j < Math.min(tokens.length, k + 3); j += 1) {
    const t = tokens[j];
    if (t.mention !== undefined) break;
    // "Christie Cline (address book)": the address book is where the name comes from, not what the name is
    if (t.lower === 'address' && /^(?:book|books|list|lists)$/.test(tokens[j + 1]?.lower ?? '')) break;
    if (TARGET_NOUNS.has(t.lower) || CONTAINERS.has(t.lower)) return { noun: t.lower, phrase: j > k ? `${tokens[j - 1].lower} ${t.lower}` : t.lower };
    if (!CONTAINER_MODIFIERS.has(t.lower) || t.trail !== '') break;
  }
  return NO_NOUN;
}

/** The noun right before a mention ("mail user partner@…": "user", phrase "mail user"), determiners skipped. */
function nounBefore(tokens: Token[], first: number): NamingNoun {
  let k = first - 1;
  while (k >= 0 && tokens[k].mention === undefined && DETERMINERS.has(tokens[k].lower)) k -= 1;
  const noun = tokens[k]?.lower ?? '';
  const modifier = tokens[k - 1];
  const typed = modifier !== undefined && modifier.mention === undefined && modifier.trail === '' && CONTAINER_MODIFIERS.has(modifier.lower);
  return { noun, phrase: typed ? `${modifier.lower} ${noun}` : noun };
}

/**
 * "forward jane@contoso.com's mail to jane.doe@gmail.com": an address in another domain than the request's first one
 * reads as external too, which tells forwarding outside from forwarding to a colleague.
 */
function markOtherDomains(mentions: Mention[]): void {
  const emails = mentions.filter((m) => m.kind === 'email').sort((a, b) => a.start - b.start);
  if (emails.length < 2) return;
  const home = emails[0].value.split('@')[1]?.toLowerCase();
  for (const m of emails.slice(1)) {
    if (m.value.split('@')[1]?.toLowerCase() !== home) m.words = `${m.words} external`.trim();
    // "forward lee@contoso.com's mail to debra@contoso.com": sent on to someone in the same organization
    else if (m.prep === 'to' && !m.named && emails.every((o) => !o.member)) m.words = `${m.words} internal`.trim();
  }
}

/** Address parts that mark a list: "finance-dl@…", "sg-printers@…". */
const GROUP_ADDRESS_PARTS: ReadonlySet<string> = new Set(['dl', 'dls', 'distro', 'list', 'group', 'grp', 'sg', 'all', 'staff', 'team', 'everyone']);

/** An address whose local part says it is a list reads as one named "dl" (a noun in the text may say otherwise). */
function markGroupAddress(m: Mention): void {
  const local = (m.value.split('@')[0] ?? '').toLowerCase();
  if (!local.split(/[-_.]+/).some((part) => GROUP_ADDRESS_PARTS.has(part))) return;
  m.words = 'dl';
  m.noun = 'dl';
  m.nounPhrase = 'dl';
}

/**
 * "X to/from/off [the] <container> Y", "X off Y <container>" or "X as [a] delegate/owner": X is a member
 * being moved, not the target.
 */
function membershipOf(tokens: Token[], first: number, last: number): Mention['membership'] {
  const next = tokens[last + 1];
  // "add the alias a@x.com to the DL b@x.com": a value moves nowhere
  if (!next || next.mention !== undefined || tokens[last].mention?.isValue) return '';
  // "joe's delegate access to kate's mailbox": the possessor of a role is the member
  if (tokens[last].possessive && DELEGATE_NOUNS.has(next.lower)) return 'role';
  // "give alma@… full access to servicedesk@… as a delegate": the role is alma's, not the mailbox's
  if (next.lower === 'as' && !['to', 'on', 'for', 'of', 'into'].includes(tokens[first - 1]?.lower ?? '')) {
    let j = last + 2;
    while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j += 1;
    return j < tokens.length && ROLE_NOUNS.has(tokens[j].lower) ? 'role' : '';
  }
  // "nestor@… wants lee@… to be able to send on his behalf": the one wanted to do something is given a role
  if (next.lower === 'to' && ['wants', 'want', 'like', 'needs', 'allow', 'allows', 'let', 'lets'].includes(tokens[first - 1]?.lower ?? '') && tokens[first - 1]?.mention === undefined) {
    return first >= 2 ? 'role' : '';
  }
  // "christie@… should be the moderator", "lee@… will be an owner"
  if (['should', 'will', 'must', 'is', 'becomes'].includes(next.lower)) {
    let j = last + 2;
    if (tokens[j]?.lower === 'be') j += 1;
    while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j += 1;
    return j < tokens.length && j > last + 2 && ROLE_NOUNS.has(tokens[j].lower) ? 'role' : '';
  }
  if (!MEMBER_PREPOSITIONS.has(next.lower)) return '';
  // "remove a@x.com from b@x.com", "add a@x.com to b@x.com": one address moved out of or into another is its member
  const following = tokens[last + 2]?.mention;
  const own = tokens[last].mention;
  const betweenAddresses = following?.kind === 'email' && own?.kind === 'email' && !own.isValue && !own.likelyValue && !following.isValue;
  if (betweenAddresses && ['from', 'off'].includes(next.lower)) return 'container';
  if (betweenAddresses && ['to', 'into', 'onto'].includes(next.lower) && ADD_VERBS.has(verbBefore(tokens, first))) return 'container';
  // "set forwarding on jonah@… to the servicedesk@… mailbox": into something only after a verb that puts someone there
  if (['to', 'into', 'onto', 'in'].includes(next.lower) && !INTO_VERBS.has(verbBefore(tokens, first, INTO_VERBS))) return '';
  return isMovedIntoContainer(tokens, last) ? 'container' : '';
}

/** Nouns after which "to X" names what they are on ("access to X", "rights to X"), not where something goes. */
const ACCESS_WORDS: ReadonlySet<string> = new Set(['access', 'rights', 'right', 'permission', 'permissions', 'perms', 'delegation']);

/** Verbs that move people into or out of something named as the topic ("nw-sales@…: add a@…, drop b@…"). */
const MOVE_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'include', 'remove', 'drop', 'kick', 'take', 'delete', 'del', 'pull']);

/**
 * "it-team@… - remove nestor@… & lee@…", "nw-sales@… members to kick out: grady@…": a mention that opens the request
 * and is set off by a colon or a dash is its topic; people a later add/remove verb names are moved into or out of it.
 */
function markTopic(tokens: Token[], mentions: Mention[], firstToken: Map<Mention, number>, lastToken: Map<Mention, number>): void {
  const head = mentions[0];
  const first = head === undefined ? undefined : firstToken.get(head);
  const last = head === undefined ? undefined : lastToken.get(head);
  if (head === undefined || first === undefined || last === undefined || first > 1 || head.kind !== 'email') return;
  let cut = -1;
  for (let k = last; k < Math.min(tokens.length, last + 5); k += 1) {
    if (k > last && tokens[k].mention !== undefined) return;
    if (/:/.test(tokens[k].trail)) cut = k;
    // a dash on its own ("it-team@… - remove …") is a token with nothing left once its punctuation is stripped
    else if (k > last && tokens[k].core === '') cut = k;
    if (cut >= 0) break;
  }
  if (cut < 0) return;
  head.topic = true;
  const verbs = tokens.slice(last + 1).map((t) => t.lower);
  const moves = verbs.some((w) => MOVE_VERBS.has(w)) || tokens.slice(last + 1, cut + 1).some((t) => t.lower === 'members' || t.lower === 'member');
  if (!moves) return;
  for (const m of mentions.slice(1)) if (m.kind === 'email' && !m.isValue && !m.likelyValue && m.membership === '') m.membership = 'container';
}

/** Verbs that put someone into something: "add/put/include X to Y". */
const ADD_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'stick', 'include', 'insert', 'enroll', 'enrol', 'subscribe', 'throw', 'pop']);

/** The word before a mention and the list it opens ("add the new hires a, b and c"), skipping list glue and nouns. */
function verbBefore(tokens: Token[], first: number, verbs: ReadonlySet<string> = ADD_VERBS): string {
  for (let j = first - 1, steps = 0; j >= 0 && steps < 10; j -= 1, steps += 1) {
    const t = tokens[j];
    if (t.mention !== undefined || LIST_GLUE.has(t.lower) || DETERMINERS.has(t.lower)) continue;
    if (verbs.has(t.lower)) return t.lower;
    if (/[.;!?:]/.test(t.trail)) return '';
  }
  return '';
}

/** Verbs after which "X to the Y mailbox/list" moves X in ("give X full access to the Y mailbox"); "set forwarding on X to …" does not. */
const INTO_VERBS: ReadonlySet<string> = new Set([...ADD_VERBS, 'give', 'grant', 'assign', 'make', 'let', 'move', 'get', 'bring', 'allow']);

/** "X to/from/off [the] <container> Y" and "X off Y <container>": X is moved into or out of Y. */
function isMovedIntoContainer(tokens: Token[], last: number): boolean {
  const isContainer = (t: Token | undefined) => t !== undefined && t.mention === undefined && (CONTAINERS.has(t.lower) || CONTAINERS.has(t.lower.replace(/s$/, '')));
  for (let j = last + 2; j < Math.min(tokens.length, last + 8); j += 1) {
    const t = tokens[j];
    if (t.mention !== undefined) {
      if (t.mention.isValue) return false;
      // "X off Y distribution list": the container noun follows the second mention
      let k = j + 1;
      while (k < tokens.length && tokens[k].mention === t.mention) k += 1;
      for (let c = k; c < Math.min(tokens.length, k + 3); c += 1) if (isContainer(tokens[c])) return true;
      return false;
    }
    if (isContainer(t)) return tokens[j + 1] !== undefined && tokens[j + 1].mention !== undefined;
  }
  return false;
}

/**
 * Picks the targets among mentions: allowed kinds only, values and moved members out, then the best-placed
 * list of mentions (named by the intent's own target noun, possessive, after a target noun, after of/for/on;
 * after "to"/"as" counts against). `paramValues` are what the text states as parameters ("copy permissions from
 * isaiah@…" gives the source): those mentions are values, not targets, unless nothing else is left.
 */
export function selectTargets(mentions: readonly Mention[], hint: TargetHint | undefined, paramValues: ReadonlySet<string> = new Set()): string[] {
  return pickTargets(mentions, hint, paramValues).map((m) => m.value);
}

/** selectTargets, as the mentions themselves (the recognizer also looks at how the text names them). */
export function pickTargets(mentions: readonly Mention[], hint: TargetHint | undefined, paramValues: ReadonlySet<string> = new Set()): Mention[] {
  const kinds = hint?.kinds ?? DEFAULT_TARGET_KINDS;
  if (kinds.length === 0) return [];
  const afterOrder = hint?.after ?? [];
  const after = new Set(afterOrder);
  const nouns = new Set(hint?.nouns ?? []);
  const allowed = mentions.filter((m) => kinds.includes(m.kind) && !m.isValue && !m.member);
  // a stated value is left out only when something else can be the target ("create mail contact a@x.com" keeps it)
  const unstated = allowed.filter((m) => !paramValues.has(m.value.toLowerCase()) && !m.likelyValue);
  const usable = unstated.length > 0 ? unstated : allowed;
  // "the nw-sales@… distribution group: remove … for isaiah@…": the text says which mention is this kind of target
  const ownNoun = (m: Mention) => nouns.has(m.noun);
  // When the sentence has the declared shape ("add X to Y"), only what follows the preposition can be the target.
  const shaped = after.size > 0 && (hint?.strict === true || mentions.some((m) => after.has(m.prep)));
  const shapedCandidates = usable.filter((m) => !shaped || after.has(m.prep) || ownNoun(m));
  // a word guessed to be a name gives way to an address or a written name
  const sure = shapedCandidates.filter((m) => !m.guessed);
  const candidates = sure.length > 0 ? sure : shapedCandidates;
  if (candidates.length === 0) return [];
  const groupScore = new Map<number, number>();
  for (const m of candidates) {
    let score = 1;
    // named with its own noun, unless it is where something goes ("forward … into the ithelp@… mailbox")
    if (ownNoun(m) && (after.has(m.prep) || !['to', 'into', 'onto'].includes(m.prep))) score += 5;
    if (m.possessive) score += 2;
    if (m.possessive && TARGET_NOUNS.has(m.next)) score += 1;
    // "access to the info@… mailbox" is what access is on, not where something goes
    const destination = ['to', 'into', 'onto'].includes(m.prep) && !after.has(m.prep) && !ACCESS_WORDS.has(m.prepHead);
    // "to the X mailbox" names where something goes, unless going there is what the intent does ("add a to the Y list")
    if (m.named && !destination) score += 2;
    // "jane@… has a new manager, it's lee@…": the one the sentence is about
    if (m.subject) score += 1;
    if (m.topic) score += 2;
    // "forward to the external address x@gmail.com", "… on to our mail contact Terry": where things go is not the target
    if (TARGET_NOUNS.has(m.prev) && (after.has(m.prep) || !['to', 'into', 'onto'].includes(m.prep))) score += 2;
    // "send-as on payroll@… for debra@…": the preposition listed first names the target when both appear
    if (after.has(m.prep)) score += 4 + 0.1 * (afterOrder.length - afterOrder.indexOf(m.prep));
    else if (['of', 'for', 'on'].includes(m.prep)) score += 1;
    // "to X" is a value or a recipient, except "to X's mailbox" where X owns the thing acted on
    else if (['to', 'into', 'onto', 'as', 'with', 'than'].includes(m.prep) && !m.possessive && (!m.named || destination)) score -= 2;
    groupScore.set(m.group, Math.max(groupScore.get(m.group) ?? -Infinity, score));
  }
  const best = Math.max(...groupScore.values());
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of candidates) {
    if (groupScore.get(m.group) !== best) continue;
    const key = m.value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}

/**
 * Replaces example targets in an intent phrase ("reset MFA for jane@contoso.com", "wipe {device}") by their
 * slot words, so that phrases and requests line up without learning any particular name.
 */
export function slotExamples(phrase: string): string {
  let out = phrase.replace(/\{(\w*)\}/g, (_m, name: string) => ` ${MENTION_SLOT[PLACEHOLDER_KIND[name.toLowerCase()] ?? 'email']} `);
  for (const s of findSpans(out).reverse()) out = `${out.slice(0, s.start)} ${MENTION_SLOT[s.kind]} ${out.slice(s.end)}`;
  return out
    .split(/\s+/)
    .map((w) => (HOST.test(w.replace(/[.,;:!?]+$/, '')) && /\d/.test(w) ? MENTION_SLOT.host : w))
    .join(' ');
}
