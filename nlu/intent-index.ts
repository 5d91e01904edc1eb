import { MENTION_SLOT } from './entity-extractor';
import { BoundedMemo } from './bounded-memo';
import { IntentClassifier, type ClassifierOptions } from './intent-classifier';
import { canonicalTerms, canonicalWord, FUNCTION_WORDS, isLexiconWord, simpleWords, termsOfWords, type Term } from './text-normalizer';

/**
 * TF-IDF similarity between a request and every intent's example phrases, computed over canonical terms.
 * IDF is counted per intent (not per phrase), so a word every intent uses ("user", "the") weighs little and
 * a word one intent owns ("litigationhold") decides. An intent scores by its best phrase and, to a lesser
 * degree, by its whole vocabulary (a request may mix words from several of its phrases).
 */

/** Grammar words count this much of a content word. */
const FUNCTION_WEIGHT = 0.15;
/** An unknown content word in a request counts this much of the rarest known word: it makes any match less sure. */
const UNKNOWN_WEIGHT = 0.35;
/** Word pairs ("remove #email", "permission to") carry order; they count this much of a word. */
const BIGRAM_WEIGHT = 0.5;
const BEST_PHRASE_SHARE = 0.7;
/** Common request verbs ("remove", "add") tell neighbours apart as much as rare nouns: no word weighs less. */
const WORD_IDF_FLOOR = 1.5;
/** Grammar words that still take part in word pairs: they tell "copy from X to Y" from "copy X's … to Y". */
const PAIRED_FUNCTION_WORDS: ReadonlySet<string> = new Set(['to', 'from', 'of', 'for', 'on', 'in', 'as', 'with', 'into', 'onto']);

const SLOTS: ReadonlySet<string> = new Set(Object.values(MENTION_SLOT));
/** Slots that only some actions take (devices, sites, phone numbers): these count as words too. */
const KIND_SLOTS: ReadonlySet<string> = new Set([MENTION_SLOT.host, MENTION_SLOT.url, MENTION_SLOT.phone]);

interface Posting {
  doc: number;
  weight: number;
}

export interface IntentScore {
  intent: number;
  score: number;
  /** The classifier's probability for the intent (0 when the index was built without one). */
  probability: number;
}

export interface IntentIndexOptions {
  /** Train a classifier on the phrases as well (the provisional index that only knows vocabulary does not need one). */
  classifier?: ClassifierOptions;
  /** `examples[i]`: intent i's sample requests, masked like the phrases. */
  examples?: readonly (readonly string[])[];
  /** Texts that ask for none of the intents (small talk, questions): the classifier learns them as a class of their own. */
  nonRequests?: readonly string[];
}

export interface Ranking {
  intents: IntentScore[];
  /** The classifier's probability that the text asks for none of the intents (0 without a classifier). */
  notARequest: number;
}

type Vector = Map<string, number>;
/** Content word, grammar word or ordered word pair: each counts a different share of its IDF. */
type FeatureKind = 'word' | 'grammar' | 'pair';
const SHARE: Record<FeatureKind, number> = { word: 1, grammar: FUNCTION_WEIGHT, pair: BIGRAM_WEIGHT };
type Features = Map<string, FeatureKind>;

export class IntentIndex {
  private readonly idf = new Map<string, number>();
  private readonly maxIdf: number;
  private readonly phrasePostings = new Map<string, Posting[]>();
  private readonly phraseNorms: number[] = [];
  private readonly phraseIntent: number[] = [];
  private readonly centroidPostings = new Map<string, Posting[]>();
  private readonly centroidNorms: number[] = [];
  /** Raw words the phrases use, and their one-deletion variants (typo repair). */
  private readonly words = new Set<string>();
  private readonly deletions = new Map<string, string>();
  private readonly classifier: IntentClassifier | undefined;
  /** isKnown's answers (reading the phrases asks about the same words thousands of times). */
  private readonly known = new BoundedMemo<boolean>(20_000);

  /** `docs[i]` holds intent i's example texts, example targets already replaced by slots. */
  constructor(docs: readonly (readonly string[])[], options: IntentIndexOptions = {}) {
    // every text is split into words once: its features and the vocabulary come from the same words
    const split = (texts: readonly string[]) => texts.map((t) => ({ text: t, words: simpleWords(t) }));
    const declaredWords = docs.map(split);
    const exampleWords = docs.map((_t, i) => split(options.examples?.[i] ?? []));
    const featureSets = declaredWords.map((texts) => texts.map((t) => features(termsOfWords(t.words))));
    const exampleSets = exampleWords.map((texts) => texts.map((t) => features(termsOfWords(t.words))));
    const df = new Map<string, number>();
    for (const [i, phrases] of featureSets.entries()) {
      const seen = new Set<string>();
      for (const p of [...phrases, ...exampleSets[i]]) for (const f of p.keys()) seen.add(f);
      for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1);
    }
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + docs.length / n));
    this.maxIdf = Math.log(1 + Math.max(1, docs.length));

    // phrases and examples alike: the nearest one, the intent's centroid, and the classifier's training
    const training: { vector: Vector; label: number }[] = [];
    featureSets.forEach((declared, intent) => {
      const phrases = [...declared, ...exampleSets[intent]];
      const centroid: Vector = new Map();
      for (const p of phrases) {
        const vec = this.weigh(p, false);
        training.push({ vector: this.classifierVector(p), label: intent });
        const doc = this.phraseNorms.length;
        this.phraseIntent.push(intent);
        this.phraseNorms.push(norm(vec));
        for (const [f, w] of vec) push(this.phrasePostings, f, { doc, weight: w });
        for (const [f, w] of vec) centroid.set(f, (centroid.get(f) ?? 0) + w / phrases.length);
      }
      for (const [f, w] of centroid) push(this.centroidPostings, f, { doc: intent, weight: w });
      this.centroidNorms.push(norm(centroid));
    });
    for (const t of options.nonRequests ?? []) training.push({ vector: this.classifierVector(features(canonicalTerms(t))), label: docs.length });
    this.classifier = options.classifier ? new IntentClassifier(training, docs.length + 1, options.classifier) : undefined;

    for (const [i, declared] of declaredWords.entries()) {
      for (const { text: t, words } of [...declared, ...exampleWords[i]]) {
        for (const w of words) if (!SLOTS.has(w)) this.words.add(w);
        // the words as typed too ("log" of "log jane out", which the idioms turn into "signout")
        for (const raw of t.toLowerCase().split(/\s+/)) {
          const w = raw.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '').replace(/'s$/, '');
          if (w !== '' && !/\d/.test(w) && !SLOTS.has(w)) this.words.add(w);
        }
      }
    }
    for (const w of this.words) {
      if (w.length < 5) continue;
      for (let i = 0; i < w.length; i += 1) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!this.deletions.has(d)) this.deletions.set(d, w);
      }
    }
  }

  /**
   * True when the word means something to the index (a phrase word, a synonym, or — unless `exact` — a typo of one
   * or two run together). A capitalized word after a name ("Grady Archie") is checked exactly: "archie" is no typo.
   */
  isKnown(word: string, options: { exact?: boolean } = {}): boolean {
    if (this.words.has(word) || isLexiconWord(word)) return true;
    return this.known.get(`${options.exact ? '=' : '~'}${word}`, () => {
      const terms = canonicalTerms(word);
      return (
        (terms.length > 0 && terms.every((t) => t.functional || this.idf.has(t.term))) ||
        (!options.exact && (this.repair(word) !== undefined || this.split(word) !== undefined))
      );
    });
  }

  /** Intents by descending score (only those sharing a feature with the text). */
  rank(text: string): Ranking {
    // "mailtip", "sharedmailbox": two phrase words typed as one
    const spaced = text.replace(/[A-Za-z]{6,}/g, (w) => this.split(w.toLowerCase()) ?? w);
    const terms = canonicalTerms(spaced, (word, term) => {
      if (this.idf.has(term) || SLOTS.has(term)) return term;
      const fixed = this.repair(word);
      return fixed === undefined ? term : canonicalWord(fixed);
    });
    const feats = features(terms);
    const query = this.weigh(feats, true);
    const qNorm = norm(query);
    if (qNorm === 0) return { intents: [], notARequest: 0 };
    const phraseDots = new Map<number, number>();
    const centroidDots = new Map<number, number>();
    const understood = new Set<number>();
    for (const [f, w] of query) {
      for (const p of this.phrasePostings.get(f) ?? []) phraseDots.set(p.doc, (phraseDots.get(p.doc) ?? 0) + w * p.weight);
      for (const p of this.centroidPostings.get(f) ?? []) {
        centroidDots.set(p.doc, (centroidDots.get(p.doc) ?? 0) + w * p.weight);
        if (feats.get(f) === 'word') understood.add(p.doc);
      }
    }
    const best = new Map<number, number>();
    for (const [doc, dot] of phraseDots) {
      // Grammar words and pairs alone ("what is it") never make a match: a content word must be shared.
      if (!understood.has(this.phraseIntent[doc])) continue;
      const cos = dot / (qNorm * this.phraseNorms[doc]);
      const intent = this.phraseIntent[doc];
      if (cos > (best.get(intent) ?? 0)) best.set(intent, cos);
    }
    const probabilities = this.classifier?.probabilities(this.classifierVector(feats));
    const out: IntentScore[] = [];
    for (const [intent, cos] of best) {
      const centroid = (centroidDots.get(intent) ?? 0) / (qNorm * this.centroidNorms[intent]);
      out.push({ intent, score: BEST_PHRASE_SHARE * cos + (1 - BEST_PHRASE_SHARE) * centroid, probability: probabilities?.[intent] ?? 0 });
    }
    return { intents: out.sort((a, b) => b.score - a.score || a.intent - b.intent), notARequest: probabilities?.[this.centroidNorms.length] ?? 0 };
  }

  /**
   * The classifier's view of a text: its known features by IDF, grammar words and pairs as much as words (it learns
   * their weight; "who changed X?" asks for the audit log because of "who").
   */
  private classifierVector(feats: Features): Vector {
    const vec: Vector = new Map();
    for (const [f, kind] of feats) {
      const idf = this.idf.get(f);
      if (idf !== undefined) vec.set(f, kind === 'word' ? Math.max(idf, WORD_IDF_FLOOR) : idf);
    }
    return normalized(vec);
  }

  /**
   * Feature weights. A query's unknown word counts against every intent (UNKNOWN_WEIGHT); an unknown word
   * pair counts for nothing (pairs only add evidence).
   */
  private weigh(feats: Features, isQuery: boolean): Vector {
    const vec: Vector = new Map();
    for (const [f, kind] of feats) {
      const idf = this.idf.get(f);
      let base = idf === undefined ? 0 : kind === 'word' ? Math.max(idf, WORD_IDF_FLOOR) : idf;
      if (idf === undefined && isQuery && kind !== 'pair') base = kind === 'grammar' ? this.maxIdf : UNKNOWN_WEIGHT * this.maxIdf;
      const w = base * SHARE[kind];
      if (w > 0) vec.set(f, w);
    }
    return vec;
  }

  /** An unknown word that is two phrase words run together, as "first second"; undefined otherwise. */
  private split(word: string): string | undefined {
    if (word.length < 6 || !/^[a-z]+$/.test(word) || this.words.has(word) || isLexiconWord(word)) return undefined;
    for (let i = 3; i <= word.length - 3; i += 1) {
      const first = word.slice(0, i);
      const second = word.slice(i);
      if (this.words.has(first) && this.words.has(second) && !FUNCTION_WORDS.has(first) && !FUNCTION_WORDS.has(second)) return `${first} ${second}`;
    }
    return undefined;
  }

  /** One edit away from a phrase word (missing, extra, wrong or swapped letter); only for longer words. */
  private repair(word: string): string | undefined {
    if (word.length < 6 || !/^[a-z]+$/.test(word)) return undefined;
    const direct = this.deletions.get(word);
    if (direct) return direct;
    for (let i = 0; i < word.length; i += 1) {
      const d = word.slice(0, i) + word.slice(i + 1);
      if (this.words.has(d) && d.length >= 5) return d;
      const viaDeletion = this.deletions.get(d);
      if (viaDeletion) return viaDeletion;
    }
    return undefined;
  }
}

/**
 * Words (and device/site/phone slots: a device name is evidence for device actions) plus ordered pairs of
 * content words, slots and prepositions.
 */
function features(terms: Term[]): Features {
  const out: Features = new Map();
  for (const t of terms) {
    if (SLOTS.has(t.term) && !KIND_SLOTS.has(t.term)) continue;
    if (!t.functional) out.set(t.term, 'word');
    else if (!out.has(t.term)) out.set(t.term, 'grammar');
  }
  const sequence = terms.filter((t) => !t.functional || PAIRED_FUNCTION_WORDS.has(t.term)).map((t) => t.term);
  for (let i = 1; i < sequence.length; i += 1) {
    if (sequence[i] === sequence[i - 1]) continue;
    out.set(`${sequence[i - 1]} ${sequence[i]}`, 'pair');
  }
  return out;
}

function push(map: Map<string, Posting[]>, term: string, posting: Posting): void {
  const list = map.get(term);
  if (list) list.push(posting);
  else map.set(term, [posting]);
}

function normalized(vec: Vector): Vector {
  const n = norm(vec);
  const out: Vector = new Map();
  if (n > 0) for (const [f, w] of vec) out.set(f, w / n);
  return out;
}

function norm(vec: Vector): number {
  let sum = 0;
  for (const w of vec.values()) sum += w * w;
  return Math.sqrt(sum);
}
