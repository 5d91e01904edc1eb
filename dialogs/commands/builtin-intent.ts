import { BUILTIN_INTENTS, type IntentDescriptor } from '../../nlu/recognizer';

/** The recognizer's own descriptor for a built-in command id (help, cancel, session…). */
export function builtinIntent(id: string): IntentDescriptor {
  const found = BUILTIN_INTENTS.find((i) => i.id === id);
  if (!found) throw new Error(`No built-in intent ${id}`);
  return found;
}
