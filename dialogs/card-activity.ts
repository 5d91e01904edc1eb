import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson, CardActionData } from '../cards/card.types';

/** Wraps an Adaptive Card into a message activity. */
export function cardActivity(card: AdaptiveCardJson, summary?: string): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (summary) activity.summary = summary;
  return activity;
}

/** Reads Steward's button data from a card submit (a message with `value`). */
export function cardData(context: TurnContext): CardActionData | undefined {
  const value = context.activity.value as CardActionData | undefined;
  if (value && typeof value === 'object' && value.steward && typeof value.steward === 'object') return value;
  return undefined;
}
