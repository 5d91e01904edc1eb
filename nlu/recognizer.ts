import { EntityExtractor, MENTION_SLOT, pickTargets, slotExamples, type Mention, type TargetHint } from './entity-extractor';
import { IntentIndex } from './intent-index';
import { compileHints, readParams, type ParamHint } from './param-extractor';
import { isSmallTalk, requestVerbsOf } from './small-talk';
import { canonicalTerms, canonicalWord } from './text-normalizer';

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
}

export interface RecognizerOptions {
  /** Minimum confidence for an intent; below it actionId is null. Default 0.3. */
  threshold?: number;
}

export { BUILTIN_INTENTS } from './builtin-intents';

const DEFAULT_THRESHOLD = 0.3;
/** A standalone intent in a text that names someone keeps this share of its score. */
const STANDALONE_PENALTY = 0.35;
/**
 * The text calls an intent's target by that intent's own noun ("the announcements@… DL" for a distribution group
 * action) or by another kind's noun ("shared mailbox info@…" for a user action): the score is scaled by these.
 */
const NOUN_AGREES = 1.1;
const NOUN_DISAGREES = 0.85;
/** An intent whose phrases take away, for a text that only gives (or the reverse), keeps this share of its score. */
const OPPOSITE_DIRECTION = 0.8;
/** Only intents this close to the best are re-weighed by how the text names their targets. */
const RERANK_SHARE = 0.7;
const RERANK_MAX = 6;

interface CompiledIntent {
  descriptor: IntentDescriptor;
  params: ParamHint[];
  /** Whether the intent's phrases give (add, grant, create) or take away (remove, revoke), when they agree. */
  direction: Direction;
}

type Direction = 'give' | 'take' | 'neither';
const TAKE_TERMS: ReadonlySet<string> = new Set(['remove'].map(canonicalWord));
const GIVE_TERMS: ReadonlySet<string> = new Set(['add', 'grant', 'create'].map(canonicalWord));

/** 'give' or 'take' when the text uses only one kind of verb. */
function directionOf(text: string): Direction {
  const terms = canonicalTerms(text).map((t) => t.term);
  const gives = terms.some((t) => GIVE_TERMS.has(t));
  const takes = terms.some((t) => TAKE_TERMS.has(t));
  return gives === takes ? 'neither' : gives ? 'give' : 'take';
}

/** The direction most of an intent's phrases share (at least two thirds of them), else 'neither'. */
function directionOfPhrases(phrases: readonly string[]): Direction {
  const counts = { give: 0, take: 0, neither: 0 };
  for (const p of phrases) counts[directionOf(p)] += 1;
  const n = Math.max(1, phrases.length);
  return counts.give * 3 >= n * 2 ? 'give' : counts.take * 3 >= n * 2 ? 'take' : 'neither';
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
    this.intents = intents.map((descriptor) => ({
      descriptor,
      params: compileHints(descriptor.params),
      direction: directionOfPhrases(descriptor.phrases.map(slotExamples)),
    }));
    // A title two intents share ("Edit mailbox" online and on-premises) tells them apart from nothing: skip it.
    const titleCount = new Map<string, number>();
    for (const i of intents) titleCount.set(i.title.toLowerCase(), (titleCount.get(i.title.toLowerCase()) ?? 0) + 1);
    const texts = (i: IntentDescriptor) => (titleCount.get(i.title.toLowerCase()) === 1 ? [i.title, ...i.phrases] : i.phrases);
    this.index = new IntentIndex(intents.map((i) => texts(i).map(slotExamples)));
    this.extractor = new EntityExtractor((word) => this.index.isKnown(word));
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.requestVerbs = requestVerbsOf(intents.flatMap((i) => i.phrases));
    this.targetNouns = new Set(intents.flatMap((i) => i.targets?.nouns ?? []));
  }

  recognize(text: string): Recognition {
    const mentions = this.extractor.extract(text);
    const namesSomeone = mentions.some((m) => !m.isValue);
    // "my Outlook is slow lol", "I forwarded it already": mail words, but no request
    if (isSmallTalk(text, namesSomeone, this.requestVerbs)) return { text, actionId: null, confidence: 0, targets: [], params: {} };
    const masked = maskMentions(text, mentions);
    const ranked = this.index
      .rank(masked)
      .map(({ intent, score }) => ({ intent, score: this.intents[intent].descriptor.standalone && namesSomeone ? score * STANDALONE_PENALTY : score }))
      .sort((a, b) => b.score - a.score || a.intent - b.intent);
    const top = ranked[0]?.score ?? 0;
    const direction = directionOf(masked);
    let best: { intent: number; score: number; targets: string[]; params: Record<string, unknown> } | undefined;
    for (const [n, { intent, score }] of ranked.entries()) {
      if (n >= RERANK_MAX || score < top * RERANK_SHARE) break;
      const { descriptor, params, direction: intentDirection } = this.intents[intent];
      const stated = readParams(params, text);
      const picked = pickTargets(mentions, descriptor.targets, statedStrings(stated));
      // "give each of them delegates" is not a removal, "revoke her full access" not a grant
      const opposite = direction !== 'neither' && intentDirection !== 'neither' && direction !== intentDirection;
      const adjusted = score * this.nounFactor(picked, descriptor.targets?.nouns ?? []) * (opposite ? OPPOSITE_DIRECTION : 1);
      if (best === undefined || adjusted > best.score) best = { intent, score: adjusted, targets: picked.map((m) => m.value), params: stated };
    }
    const confidence = Math.round(Math.min(1, best?.score ?? 0) * 1000) / 1000;
    if (best === undefined || best.score < this.threshold) {
      return { text, actionId: null, confidence, targets: [], params: {} };
    }
    return { text, actionId: this.intents[best.intent].descriptor.id, confidence, targets: best.targets, params: best.params };
  }

  /** How the text names the targets it would get: by this intent's own noun, by another kind's noun, or by none. */
  private nounFactor(picked: readonly Mention[], own: readonly string[]): number {
    const nouns = picked.map((m) => m.noun).filter((n) => this.targetNouns.has(n));
    if (nouns.length === 0) return 1;
    return nouns.some((n) => own.includes(n)) ? NOUN_AGREES : NOUN_DISAGREES;
  }
}

/** Lower-cased strings among stated parameter values: the mentions they came from are values, not targets. */
function statedStrings(params: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(params)) {
    for (const item of Array.isArray(v) ? v : [v]) if (typeof item === 'string') out.add(item.toLowerCase());
  }
  return out;
}

/** Mentions become slot words: "block jane@contoso.com" → "block xxe". */
function maskMentions(text: string, mentions: readonly Mention[]): string {
  let out = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, m.start)} ${MENTION_SLOT[m.kind]} ${m.words} ${out.slice(m.end)}`;
  }
  return out;
}
