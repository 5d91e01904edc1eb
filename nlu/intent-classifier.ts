/**
 * Multinomial logistic regression over the index's sparse feature vectors. TF-IDF similarity finds the phrase a
 * request looks most like; the classifier learns which words tell neighbouring intents apart ("group" against
 * "mailbox" for a removal), which nearest-phrase matching cannot weigh.
 */
export type SparseVector = ReadonlyMap<string, number>;

export interface ClassifierOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per update. */
  l2?: number;
  /**
   * Weigh a class's examples by (mean count / its count) to this power: 0 leaves the counts alone, 1 makes every class
   * count the same however many examples it has.
   */
  balance?: number;
}

export class IntentClassifier {
  private readonly weights = new Map<string, Float64Array>();
  private readonly bias: Float64Array;

  constructor(
    examples: readonly { vector: SparseVector; label: number }[],
    private readonly classes: number,
    options: ClassifierOptions = {},
  ) {
    const epochs = options.epochs ?? 12;
    const rate0 = options.learningRate ?? 0.5;
    const l2 = options.l2 ?? 1e-5;
    this.bias = new Float64Array(classes);
    const counts = new Float64Array(classes);
    for (const e of examples) counts[e.label] += 1;
    const mean = examples.length / Math.max(1, counts.filter((c) => c > 0).length);
    const balance = options.balance ?? 0;
    const weightOf = (label: number) => Math.pow(mean / counts[label], balance);
    const order = examples.map((_e, i) => i);
    const probs = new Float64Array(classes);
    let step = 0;
    const total = epochs * examples.length;
    for (let epoch = 0; epoch < epochs; epoch += 1) {
      shuffle(order, epoch + 1);
      for (const i of order) {
        const { vector, label } = examples[i];
        this.probabilities(vector, probs);
        const rate = (rate0 * (1 - step / total) + 0.01) * weightOf(label);
        step += 1;
        for (const [f, x] of vector) {
          let w = this.weights.get(f);
          if (w === undefined) {
            w = new Float64Array(classes);
            this.weights.set(f, w);
          }
          for (let c = 0; c < classes; c += 1) {
            const g = (probs[c] - (c === label ? 1 : 0)) * x + l2 * w[c];
            w[c] -= rate * g;
          }
        }
        // a per-class bias: a prior, learnt more slowly than the words
        for (let c = 0; c < classes; c += 1) this.bias[c] -= rate * (probs[c] - (c === label ? 1 : 0)) * 0.1;
      }
    }
  }

  /** Probability of each class for a vector (fills `out` when given). */
  probabilities(vector: SparseVector, out: Float64Array = new Float64Array(this.classes)): Float64Array {
    out.set(this.bias);
    for (const [f, x] of vector) {
      const w = this.weights.get(f);
      if (w === undefined) continue;
      for (let c = 0; c < this.classes; c += 1) out[c] += w[c] * x;
    }
    let max = -Infinity;
    for (let c = 0; c < this.classes; c += 1) if (out[c] > max) max = out[c];
    let sum = 0;
    for (let c = 0; c < this.classes; c += 1) {
      out[c] = Math.exp(out[c] - max);
      sum += out[c];
    }
    for (let c = 0; c < this.classes; c += 1) out[c] /= sum;
    return out;
  }
}

/** Deterministic Fisher-Yates shuffle (a fixed seed per epoch keeps recognition reproducible). */
function shuffle(items: number[], seed: number): void {
  let s = seed * 2654435761 % 4294967296;
  for (let i = items.length - 1; i > 0; i -= 1) {
    s = (s * 1664525 + 1013904223) % 4294967296;
    const j = s % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
}
