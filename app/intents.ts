import type { AnyAction } from '../actions/define-action';
import { BUILTIN_INTENTS, type IntentDescriptor } from '../nlu/recognizer';

/** The recognizer learns from the registered actions' own declarations plus Steward's commands. */
export function intentsFor(actions: readonly AnyAction[]): IntentDescriptor[] {
  return [
    ...BUILTIN_INTENTS,
    ...actions.map((a) => ({
      id: a.id,
      title: a.title,
      category: a.category,
      phrases: a.phrases,
      params: a.paramRules,
    })),
  ];
}
