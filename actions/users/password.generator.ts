/**
 * Temporary passwords: 16 characters from unambiguous sets, with at least one of each class so Entra's
 * strong-password policy (3 of 4 classes, 8–256 characters) always accepts them.
 */
const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#$%&*?+-='];
const ALL = CLASSES.join('');

export function generatePassword(randomBytes: (size: number) => Buffer, length = 16): string {
  const bytes = randomBytes(length * 2);
  const pick = (set: string, i: number) => set[bytes.readUInt16BE(i * 2) % set.length];
  const chars = CLASSES.map((set, i) => pick(set, i));
  for (let i = CLASSES.length; i < length; i++) chars.push(pick(ALL, i));
  // Shuffle so the guaranteed classes are not always first (Fisher–Yates over fresh bytes).
  const order = randomBytes(length);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = order[i] % (i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/** Entra's default rule for cloud accounts; a clear message beats a backend 400. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 8 || password.length > 256) return 'must be 8 to 256 characters long';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return 'must contain three of: upper-case letters, lower-case letters, digits, symbols';
  return undefined;
}
