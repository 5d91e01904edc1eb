import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from '../actions/logger.types';
import type { CardJson, ConversationAddress, Messenger } from '../actions/ports';
import type { AdaptiveCardJson } from '../cards/card.types';
import { cardActivity } from '../dialogs/card-activity';

/**
 * The Messenger port on the Bot Framework: CloudAdapter.continueConversationAsync opens a turn on a
 * stored conversation reference, then sendActivity posts a card (POST /v3/conversations/{id}/activities)
 * and updateActivity replaces one (PUT …/activities/{activityId}). With no MicrosoftAppId the connector
 * calls go out without a token (local sandbox, Agents Playground); with one, the adapter signs them.
 * The adapter exists only once the bot server is built, so it is connected after construction.
 */
export class ProactiveMessenger implements Messenger {
  private adapter: CloudAdapter | undefined;

  constructor(private readonly deps: { appId?: string; logger: Logger }) {}

  /** Called by the bot factory once the adapter exists. */
  connect(adapter: CloudAdapter): void {
    this.adapter = adapter;
  }

  async send(address: ConversationAddress, card: CardJson, options: { summary?: string } = {}): Promise<{ activityId?: string }> {
    let activityId: string | undefined;
    await this.continueIn(address, async (context) => {
      const response = await context.sendActivity(cardActivity(card as AdaptiveCardJson, options.summary));
      activityId = response?.id || undefined;
    });
    this.deps.logger.debug({ conversation: conversationId(address), activityId }, 'proactive card sent');
    return { activityId };
  }

  async update(address: ConversationAddress, activityId: string, card: CardJson): Promise<void> {
    await this.continueIn(address, async (context) => {
      await context.updateActivity({ ...cardActivity(card as AdaptiveCardJson), id: activityId });
    });
    this.deps.logger.debug({ conversation: conversationId(address), activityId }, 'proactive card updated');
  }

  private async continueIn(address: ConversationAddress, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    if (!this.adapter) throw new Error('ProactiveMessenger used before the bot adapter was connected');
    // A new message, not a reply to the turn the address was captured in.
    const { activityId, ...reference } = address as Partial<ConversationReference>;
    void activityId;
    await this.adapter.continueConversationAsync(this.deps.appId ?? '', reference, logic);
  }
}

function conversationId(address: ConversationAddress): string | undefined {
  return (address as Partial<ConversationReference>).conversation?.id;
}
