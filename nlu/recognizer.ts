import { EntityExtractor, MENTION_SLOT, selectTargets, slotExamples, type Mention, type TargetHint } from './entity-extractor';
import { IntentIndex } from './intent-index';
import { compileHints, readParams, type ParamHint } from './param-extractor';
import { isSmallTalk, requestVerbsOf } from './small-talk';

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

interface CompiledIntent {
  descriptor: IntentDescriptor;
  params: ParamHint[];
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

  constructor(intents: readonly IntentDescriptor[], options: RecognizerOptions = {}) {
    const ids = new Set<string>();
    for (const intent of intents) {
      if (ids.has(intent.id)) throw new Error(`Intent ${intent.id} is declared twice`);
      ids.add(intent.id);
    }
    this.intents = intents.map((descriptor) => ({ descriptor, params: compileHints(descriptor.params) }));
    // A title two intents share ("Edit mailbox" online and on-premises) tells them apart from nothing: skip it.
    const titleCount = new Map<string, number>();
    for (const i of intents) titleCount.set(i.title.toLowerCase(), (titleCount.get(i.title.toLowerCase()) ?? 0) + 1);
    const texts = (i: IntentDescriptor) => (titleCount.get(i.title.toLowerCase()) === 1 ? [i.title, ...i.phrases] : i.phrases);
    this.index = new IntentIndex(intents.map((i) => texts(i).map(slotExamples)));
    this.extractor = new EntityExtractor((word) => this.index.isKnown(word));
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.requestVerbs = requestVerbsOf(intents.flatMap((i) => i.phrases));
  }

  recognize(text: string): Recognition {
    const mentions = this.extractor.extract(text);
    const namesSomeone = mentions.some((m) => !m.isValue);
    // "my Outlook is slow lol", "I forwarded it already": mail words, but no request
    if (isSmallTalk(text, namesSomeone, this.requestVerbs)) return { text, actionId: null, confidence: 0, targets: [], params: {} };
    const ranked = this.index.rank(maskMentions(text, mentions));
    let bestIndex = -1;
    let bestScore = 0;
    for (const { intent, score } of ranked) {
      const adjusted = this.intents[intent].descriptor.standalone && namesSomeone ? score * STANDALONE_PENALTY : score;
      if (adjusted > bestScore) {
        bestScore = adjusted;
        bestIndex = intent;
      }
    }
    const confidence = Math.round(Math.min(1, bestScore) * 1000) / 1000;
    if (bestIndex < 0 || bestScore < this.threshold) {
      return { text, actionId: null, confidence, targets: [], params: {} };
    }
    const { descriptor, params } = this.intents[bestIndex];
    return {
      text,
      actionId: descriptor.id,
      confidence,
      targets: selectTargets(mentions, descriptor.targets),
      params: readParams(params, text),
    };
  }
}

/** Mentions become slot words: "block jane@contoso.com" → "block xxe". */
function maskMentions(text: string, mentions: readonly Mention[]): string {
  let out = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, m.start)} ${MENTION_SLOT[m.kind]} ${m.words} ${out.slice(m.end)}`;
  }
  return out;
}
