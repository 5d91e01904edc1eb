import { BUILTIN_INTENTS, type IntentDescriptor } from '../../nlu/recognizer';

/** The recognizer's own descriptor for a built-in command id (help, cancel, session…). */
export function builtinIntent(id: string): IntentDescriptor {
  const found = BUILTIN_INTENTS.find((i) => i.id === id);
  if (!found) throw new Error(`No built-in intent ${id}`);
  return found;
}

/** A Steward command that names no user or object: the shape most commands declare. */
export function commandIntent(id: string, title: string, phrases: string[]): IntentDescriptor {
  return { id, title, category: 'Steward', standalone: true, targets: { kinds: [] }, phrases };
}
