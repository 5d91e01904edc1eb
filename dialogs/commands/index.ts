import type { CardVerbDefinition, CommandDefinition } from './command.types';
import { helpCommand, type HelpLine } from './help.command';
import { sessionOffCommand, sessionOnCommand, sessionStatusCommand, sessionVerbs } from './session.command';

/** Help's list of commands, in the order shown. Each command module adds its lines here. */
const HELP_LINES: HelpLine[] = [
  { example: 'session status', description: 'Is the management session on, and for how long?' },
  { example: 'turn on management session', description: 'Needed before management actions (auto-enable may do it for you).' },
  { example: 'turn off management session', description: 'Stop management actions until it is turned on again.' },
  { example: 'cancel', description: 'Stop the request in progress; nothing is changed.' },
];

/** Every chat command; the main dialog routes to them by intent id and the recognizer learns their intents. */
export const COMMANDS: readonly CommandDefinition[] = [
  helpCommand(() => HELP_LINES),
  sessionStatusCommand,
  sessionOnCommand,
  sessionOffCommand,
];

/** Card button verbs handled outside the action dialog. */
export const CARD_VERBS: readonly CardVerbDefinition[] = [...sessionVerbs];
