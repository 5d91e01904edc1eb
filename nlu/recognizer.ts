import { EntityExtractor, MENTION_SLOT, pickTargets, slotExamples, type Mention, type TargetHint } from './entity-extractor';
import { IntentIndex } from './intent-index';
import { compileHints, readParams, type ParamHint } from './param-extractor';
import { isSmallTalk, requestVerbsOf } from './small-talk';
import { CREATE_OR_EDIT, GIVE_OR_TAKE, leaningOf, opposes, sideOf, termsOf, type Side } from './verb-leaning';

export type { MentionKind, TargetHint } from './entity-extractor';
export type { CaptureType, ParamCase, ParamHint } from './param-extractor';

/**
 * What the recognizer knows about one intent. Actions declare it as data; the recognizer has no code
 * for any particular action.
 */
export interface IntentDescriptor {
  /** Action id ("user.reset-mfa") or built-in command id ("steward.help"). */
  id: string;
  title: string;
  category?: string;
  /**
   * Example requests and key phrases, in varied words. Write example targets as emails (jane@contoso.com),
   * quoted names, device names (LAPTOP-15) or placeholders ({user}; {name}, {device}, {url}, {phone} for
   * those kinds): they become slot words, so the sentence shape is learnt but no particular name. The
   * title is learnt as one more phrase unless another intent has the same title.
   */
  phrases: string[];
  /**
   * Requests as admins typed them, context and all: the index and the classifier learn from them as from phrases, but
   * they do not teach which words open a request or which way a request leans.
   */
  examples?: readonly string[];
  /** Parameters the text may state, as data (see ParamHint). */
  params?: ParamHint[];
  /** How targets are read (default: emails/UPNs and names; `kinds: []` for actions that create their object). */
  targets?: TargetHint;
  /** Never about a named user or object (Steward's own commands): a text that names one scores lower. */
  standalone?: boolean;
}

export interface Recognition {
  text: string;
  /** Best intent, or null when nothing fits well enough (chit-chat, thanks, unrelated questions). */
  actionId: string | null;
  /** 0..1 similarity of the text to the chosen intent's phrases. */
  confidence: number;
  /** Target identifiers as written (UPNs, emails, display names, device names). */
  targets: string[];
  /** Parameters the text states, keyed by the action's input names. */
  params: Record<string, unknown>;
  /**
   * Runners-up that scored almost as well, best first, each with its own targets and parameters: the same words may
   * ask for a sibling action on another kind of object ("add lee@… to it-team@…": a Microsoft 365 group or a
   * distribution list), which only the tenant can tell. Empty when the choice was clear.
   */
  alternatives: Alternative[];
}

export interface Alternative {
  actionId: string;
  confidence: number;
  targets: string[];
  params: Record<string, unknown>;
}

export interface RecognizerOptions {
  /** Minimum confidence for an intent; below it actionId is null. Default 0.3. */
  threshold?: number;
  /** Texts that ask for nothing (small talk, questions about Exchange): the classifier learns them as their own class. */
  nonRequests?: readonly string[];
}

export { BUILTIN_INTENTS } from './builtin-intents';

const DEFAULT_THRESHOLD = 0.3;
/** A standalone intent in a text that names someone keeps this share of its score. */
const STANDALONE_PENALTY = 0.35;
/**
 * The text calls an intent's target by that intent's own noun ("the announcements@… DL" for a distribution group
 * action) or by another kind's noun ("shared mailbox info@…" for a user action): the score is scaled by these.
 */
const NOUN_AGREES = 1.2;
const NOUN_DISAGREES = 0.75;
/** "the shared mailbox X" for an action on any mailbox: right kind, but another action owns that noun phrase. */
const NOUN_ONLY_HEAD = 0.9;
/** An intent whose phrases take away, for a text that only gives (or the reverse), keeps this share of its score. */
const OPPOSITE_DIRECTION = 0.8;
/** A request that names an address and whose intent found targets in it needs this share of the threshold. */
const ADDRESSED_THRESHOLD_SHARE = 0.8;
/** Runners-up within this share of the best score are offered as alternatives. */
const ALTERNATIVE_SHARE = 0.7;
const MAX_ALTERNATIVES = 3;
/** An intent whose evidence parameter the text states (see ParamHint.evidence) is weighed this much higher. */
const PARAM_EVIDENCE = 1.1;
/** An intent that creates, for a text that only edits (or the reverse), keeps this share of its score. */
const OPPOSITE_KIND_OF_CHANGE = 0.85;
/** Only intents this close to the best are re-weighed by how the text names their targets. */
const RERANK_SHARE = 0.7;
const RERANK_MAX = 6;
/**
 * An intent's score is this share the classifier's probability and the rest TF-IDF similarity: similarity says how
 * close the text is to some phrase, the classifier which words tell neighbouring intents apart.
 */
const CLASSIFIER_SHARE = 0.5;
/**
 * Intents with many examples (those the corpus covers) would otherwise crowd out those with a few phrases (the chat
 * commands): each class's examples weigh (mean count / its count) to this power.
 */
const CLASS_BALANCE = 0.5;
/** A text that names no address is small talk when the classifier gives "asks for nothing" at least this probability. */
const NOT_A_REQUEST = 0.5;

interface CompiledIntent {
  descriptor: IntentDescriptor;
  params: ParamHint[];
  /** Whether the intent's phrases give (add, grant, create) or take away (remove, revoke), when they agree. */
  direction: Side;
  /** Whether the intent's phrases create something or change something that exists, when they agree. */
  change: Side;
}

/**
 * Text → intent, targets and parameter hints. Everything is derived in the constructor from the intent
 * descriptors; `recognize` is a pure function of its text (deterministic, well under a millisecond).
 */
export class Recognizer {
  private readonly intents: CompiledIntent[];
  private readonly index: IntentIndex;
  private readonly extractor: EntityExtractor;
  private readonly threshold: number;
  /** Words the phrases open with: a later clause that opens with one is a request (see isSmallTalk). */
  private readonly requestVerbs: ReadonlySet<string>;
  /** Every noun some intent uses for its targets. */
  private readonly targetNouns: ReadonlySet<string>;

  constructor(intents: readonly IntentDescriptor[], options: RecognizerOptions = {}) {
    const ids = new Set<string>();
    for (const intent of intents) {
      if (ids.has(intent.id)) throw new Error(`Intent ${intent.id} is declared twice`);
      ids.add(intent.id);
    }
    // A title two intents share ("Edit mailbox" online and on-premises) tells them apart from nothing: skip it.
    const titleCount = new Map<string, number>();
    for (const i of intents) titleCount.set(i.title.toLowerCase(), (titleCount.get(i.title.toLowerCase()) ?? 0) + 1);
    const phrasesOf = (i: IntentDescriptor) => (titleCount.get(i.title.toLowerCase()) === 1 ? [i.title, ...i.phrases] : i.phrases);
    // Phrases are read the way requests are ("take {user} off the {mailbox} mailbox" moves a member), so a first
    // index (slots only) tells the extractor which words are vocabulary, then the phrases are masked like requests.
    // Examples name real people ("Gemma Ross's mailbox"): only the phrases teach vocabulary, so the names stay names.
    const provisional = new IntentIndex(intents.map((i) => phrasesOf(i).map(slotExamples)));
    const phraseExtractor = new EntityExtractor((word, exact) => provisional.isKnown(word, { exact }));
    const readTexts = new Map<string, string>();
    const read = (phrase: string) => {
      let masked = readTexts.get(phrase);
      if (masked === undefined) {
        const example = withExampleTargets(phrase);
        masked = maskMentions(example, phraseExtractor.extract(example));
        readTexts.set(phrase, masked);
      }
      return masked;
    };
    const compiled = intents.map((i) => compileHints(i.params));
    this.intents = intents.map((descriptor, n) => {
      const terms = descriptor.phrases.map((p) => termsOf(read(p)));
      return { descriptor, params: compiled[n], direction: leaningOf(terms, GIVE_OR_TAKE), change: leaningOf(terms, CREATE_OR_EDIT) };
    });
    const examples = intents.map((i, n) => (i.examples ?? []).map((e) => ({ raw: e, masked: read(withoutValues(e, compiled[n])) })));
    this.index = new IntentIndex(
      intents.map((i) => phrasesOf(i).map(read)),
      {
        classifier: { balance: CLASS_BALANCE },
        examples: examples.map((list) => list.map((e) => e.masked)),
        nonRequests: (options.nonRequests ?? []).map(read),
      },
    );
    const exampleWords = exampleVocabulary(examples.flat());
    this.extractor = new EntityExtractor((word, exact) => exampleWords.has(word) || provisional.isKnown(word, { exact }));
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.requestVerbs = requestVerbsOf(intents.flatMap((i) => i.phrases));
    this.targetNouns = new Set(intents.flatMap((i) => i.targets?.nouns ?? []));
  }

  recognize(text: string): Recognition {
    const mentions = this.extractor.extract(text);
    const namesSomeone = mentions.some((m) => !m.isValue);
    // "my Outlook is slow lol", "I forwarded it already": mail words, but no request
    // a quoted phrase ("what does the "focused inbox" do?") or a name alone does not make chat a request; an address does
    const addressed = mentions.some((m) => !m.isValue && !m.quoted && (m.kind !== 'name' || (!m.guessed && m.value.includes(' '))));
    if (isSmallTalk(text, addressed, this.requestVerbs)) return { text, actionId: null, confidence: 0, targets: [], params: {}, alternatives: [] };
    const masked = maskMentions(text, mentions);
    const ranking = this.index.rank(masked);
    // small talk and questions are a class of their own to the classifier; a text that names an address asks something
    if (!addressed && ranking.notARequest >= NOT_A_REQUEST) return { text, actionId: null, confidence: 0, targets: [], params: {}, alternatives: [] };
    const ranked = ranking.intents
      .map(({ intent, score, probability }) => {
        const similarity = this.intents[intent].descriptor.standalone && namesSomeone ? score * STANDALONE_PENALTY : score;
        return { intent, similarity, score: (1 - CLASSIFIER_SHARE) * similarity + CLASSIFIER_SHARE * probability };
      })
      .sort((a, b) => b.score - a.score || a.intent - b.intent);
    const top = ranked[0]?.score ?? 0;
    const terms = termsOf(masked);
    const direction = sideOf(terms, GIVE_OR_TAKE);
    const change = sideOf(terms, CREATE_OR_EDIT);
    // `score` ranks (similarity and classifier); `sure` says how sure (similarity alone: the threshold and confidence keep
    // their meaning whatever the classifier learnt)
    const weighed: { intent: number; score: number; sure: number; targets: string[]; params: Record<string, unknown> }[] = [];
    const topSimilarity = Math.max(0, ...ranked.slice(0, RERANK_MAX).map((r) => r.similarity));
    for (const [n, { intent, score, similarity }] of ranked.entries()) {
      if (n >= RERANK_MAX) break;
      // close by either measure: the classifier is sure of one intent more often than the words are
      if (score < top * RERANK_SHARE && similarity < topSimilarity * RERANK_SHARE) continue;
      const { descriptor, params, direction: intentDirection, change: intentChange } = this.intents[intent];
      const stated = readParams(params, text);
      const picked = pickTargets(mentions, descriptor.targets, statedStrings(stated));
      // "give each of them delegates" is not a removal; "we need an equipment mailbox" creates, "set the capacity" edits
      const opposite = opposes(direction, intentDirection);
      const otherChange = opposes(change, intentChange);
      const evidence = params.some((p) => p.evidence && stated[p.name] !== undefined);
      const factor =
        this.nounFactor(picked, descriptor.targets?.nouns ?? []) *
        (opposite ? OPPOSITE_DIRECTION : 1) *
        (otherChange ? OPPOSITE_KIND_OF_CHANGE : 1) *
        (evidence ? PARAM_EVIDENCE : 1);
      weighed.push({ intent, score: score * factor, sure: similarity * factor, targets: picked.map((m) => m.value), params: stated });
    }
    // stable: equal scores keep the index's order
    weighed.sort((a, b) => b.score - a.score);
    const best = weighed[0];
    const confidence = Math.round(Math.min(1, best?.sure ?? 0) * 1000) / 1000;
    // a text that names an address and chose targets for the intent asks about them: context words may dilute it
    const threshold = best !== undefined && best.targets.length > 0 && mentions.some((m) => m.kind === 'email') ? this.threshold * ADDRESSED_THRESHOLD_SHARE : this.threshold;
    if (best === undefined || best.sure < threshold) {
      return { text, actionId: null, confidence, targets: [], params: {}, alternatives: [] };
    }
    const alternatives = weighed
      .slice(1)
      .filter((w) => w.sure >= best.sure * ALTERNATIVE_SHARE && !this.intents[w.intent].descriptor.standalone)
      .slice(0, MAX_ALTERNATIVES)
      .map((w) => ({ actionId: this.intents[w.intent].descriptor.id, confidence: Math.round(Math.min(1, w.sure) * 1000) / 1000, targets: w.targets, params: w.params }));
    return { text, actionId: this.intents[best.intent].descriptor.id, confidence, targets: best.targets, params: best.params, alternatives };
  }

  /**
   * How the text names the targets it would get: by this intent's own noun, by another kind's noun, or by none. A
   * noun phrase some kind owns ("mail user") counts as a whole; otherwise its head noun ("user") does.
   */
  private nounFactor(picked: readonly Mention[], own: readonly string[]): number {
    let factor: number | undefined;
    for (const m of picked) {
      const specific = m.nounPhrase !== m.noun && this.targetNouns.has(m.nounPhrase);
      let f: number | undefined;
      if (specific) {
        // "the projector2@… equipment mailbox": the equipment action agrees, other mailbox actions fit less well
        f = own.includes(m.nounPhrase) ? NOUN_AGREES : own.includes(m.noun) ? NOUN_ONLY_HEAD : NOUN_DISAGREES;
      } else if (this.targetNouns.has(m.noun)) {
        f = own.includes(m.noun) ? NOUN_AGREES : NOUN_DISAGREES;
      }
      if (f !== undefined) factor = Math.max(factor ?? 0, f);
    }
    return factor ?? 1;
  }

}

/**
 * The words examples add to the vocabulary. Examples name real people, in every case ("Lee Gu needs IMAP", "give lee
 * the same rights"), and a name the extractor takes for a word is lost as a target: a word never counts when it is
 * ever capitalized inside a sentence or part of an address's local part.
 */
function exampleVocabulary(examples: readonly { raw: string; masked: string }[]): Set<string> {
  const names = new Set<string>();
  for (const { raw } of examples) {
    for (const local of raw.matchAll(/([A-Za-z0-9._-]+)@/g)) for (const part of local[1].toLowerCase().split(/[._-]+/)) names.add(part);
    for (const w of raw.matchAll(/[^.!?:\s]\s+([A-Z][a-z]+)/g)) names.add(w[1].toLowerCase());
  }
  const out = new Set<string>();
  for (const { masked } of examples) for (const w of masked.split(/[\s,.;:!?()"]+/)) if (/^[a-z][a-z'-]*$/.test(w) && !names.has(w)) out.add(w);
  return out;
}

/**
 * An example without the names its own intent reads as parameter values ("add tag Remote and remove tag Onsite" → "add
 * tag and remove tag"): the tag, the display name, the message are this request's, not words of the intent. Only
 * capitalized single words go; a value such as "full access" is what the request is about.
 */
function withoutValues(example: string, params: readonly ParamHint[]): string {
  let out = example;
  for (const v of statedStrings(readParams(params, example))) {
    const at = out.toLowerCase().indexOf(v);
    if (v.length > 1 && at >= 0 && !/\s/.test(v) && /^[A-Z]/.test(out.slice(at))) out = `${out.slice(0, at)}${out.slice(at + v.length)}`;
  }
  return out.replace(/\s+/g, ' ');
}

/** Example values for a phrase's placeholders, so the extractor reads them as it reads a request's targets. */
const PLACEHOLDER_EXAMPLES: Readonly<Record<string, string>> = {
  name: 'Pat Quinlan',
  device: 'LAPTOP-0042',
  host: 'LAPTOP-0042',
  url: 'https://contoso.sharepoint.com/sites/example',
  site: 'https://contoso.sharepoint.com/sites/example',
  phone: '+1 425 555 0100',
  number: '+1 425 555 0100',
};

function withExampleTargets(phrase: string): string {
  let n = 0;
  return phrase.replace(/\{(\w*)\}/g, (_m, name: string) => PLACEHOLDER_EXAMPLES[name.toLowerCase()] ?? `example${(n += 1)}@contoso.com`);
}

/** Lower-cased strings among stated parameter values: the mentions they came from are values, not targets. */
function statedStrings(params: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(params)) {
    for (const item of Array.isArray(v) ? v : [v]) if (typeof item === 'string') out.add(item.toLowerCase());
  }
  return out;
}

/** Mentions become slot words: "block jane@contoso.com" → "block xxe"; a moved member adds "member". */
function maskMentions(text: string, mentions: readonly Mention[]): string {
  let out = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    // someone moved into or out of something reads as a member, whatever the words around say ("the new hires")
    out = `${out.slice(0, m.start)} ${MENTION_SLOT[m.kind]} ${m.words}${m.membership === 'container' ? ' member' : ''} ${out.slice(m.end)}`;
  }
  return out;
}
