import type { AnyAction } from '../actions/define-action';
import { BUILTIN_INTENTS, type IntentDescriptor } from '../nlu/recognizer';

/**
 * The recognizer learns from the registered actions' own declarations and the chat commands' intents.
 * "cancel" is not a command (the dialogs treat it as an interruption) but is recognized all the same.
 */
export function intentsFor(actions: readonly AnyAction[], commands: readonly { intent: IntentDescriptor }[]): IntentDescriptor[] {
  const cancel = BUILTIN_INTENTS.filter((i) => i.id === 'steward.cancel');
  return [
    ...cancel,
    ...commands.map((c) => c.intent),
    ...actions.map((a) => ({
      id: a.id,
      title: a.title,
      category: a.category,
      phrases: a.phrases,
      params: a.paramRules,
      // Create actions name no target unless they say how text names the object they create ("create
      // mail contact a@b.com"; the dialog keeps it out of target resolution); others may say how text
      // names theirs ("add a to B": after 'to').
      ...(a.textTargets ? { targets: a.textTargets } : a.target === 'none' ? { targets: { kinds: [] } } : {}),
    })),
  ];
}
