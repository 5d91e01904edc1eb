import type { AnyAction, TargetKind } from '../actions/define-action';
import { examplesByIntent, nonRequestsIn, type CorpusSet } from '../nlu/corpus/corpus-set';
import { TRAINING_CORPUS } from '../nlu/corpus/training.corpus';
import { BUILTIN_INTENTS, Recognizer, type IntentDescriptor } from '../nlu/recognizer';

/**
 * Nouns a request uses for each kind of target ("the nw-sales@… distribution list", "the mailbox info@…"): a
 * mention named with its intent's own noun is that intent's target.
 */
const NOUNS_BY_KIND: Readonly<Record<TargetKind, readonly string[]>> = {
  user: ['user', 'account', 'employee', 'person', 'upn', 'login', 'username'],
  group: ['group', 'groups', 'team', 'sg', 'security group'],
  appRegistration: [],
  deletedUser: ['user', 'account'],
  // a user's mailbox is often called by its account ("jane's account")
  // shared, room and equipment mailboxes: their own actions add those nouns (textTargets.nouns)
  mailbox: ['mailbox', 'mailboxes', 'inbox', 'account', 'user', 'user mailbox'],
  distributionGroup: ['group', 'groups', 'list', 'lists', 'dl', 'dls', 'distro', 'distribution list', 'distribution group', 'mailing list', 'security group'],
  mailContact: ['contact', 'mail contact', 'external contact'],
  mailUser: ['user', 'mail user'],
  mobileDevice: ['device', 'devices'],
  none: [],
};

type Commands = readonly { intent: IntentDescriptor }[];

/** The bot's recognizer: the declarations and commands, plus what the training corpus shows of how people ask. */
export function recognizerFor(actions: readonly AnyAction[], commands: Commands, corpus: readonly CorpusSet[] = TRAINING_CORPUS): Recognizer {
  return new Recognizer(intentsFor(actions, commands, corpus), { nonRequests: nonRequestsIn(corpus) });
}

/**
 * The recognizer learns from the registered actions' own declarations, the chat commands' intents and the corpus's
 * examples. "cancel" is not a command (the dialogs treat it as an interruption) but is recognized all the same.
 */
export function intentsFor(actions: readonly AnyAction[], commands: Commands, corpus: readonly CorpusSet[] = TRAINING_CORPUS): IntentDescriptor[] {
  const examples = examplesByIntent(corpus);
  const cancel = BUILTIN_INTENTS.filter((i) => i.id === 'steward.cancel');
  return [
    ...cancel,
    ...commands.map((c) => c.intent),
    ...actions.map((a) => ({
      id: a.id,
      title: a.title,
      category: a.category,
      phrases: a.phrases,
      examples: examples.get(a.id) ?? [],
      params: a.paramRules,
      // Create actions name no target unless they say how text names the object they create ("create
      // mail contact a@b.com"; the dialog keeps it out of target resolution); others may say how text
      // names theirs ("add a to B": after 'to').
      targets: {
        ...(a.textTargets ?? (a.target === 'none' ? { kinds: [] } : {})),
        nouns: [...NOUNS_BY_KIND[a.target as TargetKind], ...(a.textTargets?.nouns ?? [])],
      },
    })),
  ];
}
