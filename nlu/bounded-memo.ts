/**
 * A remembered pure function of a string key, for answers the recognizer asks for again and again (is this word
 * known, do these two words form an idiom). Bounded: chat brings new words for ever, so the memory starts over when
 * it is full.
 */
export class BoundedMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly size: number) {}

  get(key: string, compute: () => T): T {
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    if (this.answers.size >= this.size) this.answers.clear();
    const answer = compute();
    this.answers.set(key, answer);
    return answer;
  }
}
