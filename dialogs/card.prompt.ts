import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { AdaptiveCardJson, CardActionData } from '../cards/card.types';
import { cardActivity, cardData } from './card-activity';

export interface CardPromptOptions {
  card: AdaptiveCardJson;
  summary?: string;
  /** Button verbs that answer this prompt. */
  verbs: CardActionData['steward']['verb'][];
}

/**
 * Sends a card and waits for one of its buttons. Typed text that is not an interruption (help, cancel,
 * a new request: handled by the main dialog) gets a short nudge instead of being guessed at.
 */
export class CardPrompt extends Dialog<CardPromptOptions> {
  static readonly ID = 'cardPrompt';

  constructor() {
    super(CardPrompt.ID);
  }

  override async beginDialog(dc: DialogContext, options?: CardPromptOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('CardPrompt needs a card');
    dc.activeDialog!.state.verbs = options.verbs;
    await dc.context.sendActivity(cardActivity(options.card, options.summary));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const data = cardData(dc.context);
    const verbs = dc.activeDialog!.state.verbs as string[];
    if (data && verbs.includes(data.steward.verb)) return dc.endDialog(data);
    await dc.context.sendActivity('Please answer with the buttons on the card above, or type "cancel" to stop.');
    return Dialog.EndOfTurn;
  }
}
