import type { TurnContext } from 'botbuilder';
import type { CardActionData } from '../../cards/card.types';
import type { IntentDescriptor } from '../../nlu/recognizer';
import type { DialogServices, RecognitionLike, TurnInfo } from '../dialog.services';

/** Everything a command handler gets for one turn. */
export interface CommandContext {
  turn: TurnContext;
  info: TurnInfo;
  services: DialogServices;
}

/**
 * A chat command that is not a management action (help, session, operators, audit, approvals).
 * Declared once: its intent teaches the recognizer, its handler answers. Handlers stay thin: the rules
 * live in the services they call.
 */
export interface CommandDefinition {
  /** The recognizer's descriptor; commands are `standalone` unless they name a user. */
  intent: IntentDescriptor;
  run(ctx: CommandContext, recognition: RecognitionLike): Promise<void>;
}

/** A handler for a card button verb (Action.Submit data `steward.verb`). */
export interface CardVerbDefinition {
  verb: CardActionData['steward']['verb'];
  run(ctx: CommandContext, data: CardActionData): Promise<void>;
}
