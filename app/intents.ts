import type { AnyAction, TargetKind } from '../actions/define-action';
import { BUILTIN_INTENTS, type IntentDescriptor } from '../nlu/recognizer';

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
      targets: {
        ...(a.textTargets ?? (a.target === 'none' ? { kinds: [] } : {})),
        nouns: [...NOUNS_BY_KIND[a.target as TargetKind], ...(a.textTargets?.nouns ?? [])],
      },
    })),
  ];
}
