import { ConversationState } from 'botbuilder';
import { buildErrorCard } from '../cards';
import { cardActivity } from '../dialogs/card-activity';
import { TURN_INFO_KEY, type DialogServices, type TurnInfo } from '../dialogs/dialog.services';
import { errorCardModel } from '../dialogs/error-card.mapper';
import { MainDialog } from '../dialogs/main.dialog';
import { CARD_VERBS, COMMANDS } from '../dialogs/commands';
import type { CosmosKeyValueStore } from '../store/repositories';
import { CosmosBotStorage } from './cosmos-bot.storage';
import { DedupMiddleware, type ActivityClaims } from './dedup.middleware';
import { startBotServer, type BotServer, type BotServerOptions } from './server';
import { StewardTeamsHandler } from './teams.handler';

export interface StewardBotOptions extends Pick<BotServerOptions, 'host' | 'port' | 'appId' | 'appPassword' | 'appType' | 'appTenantId' | 'health'> {
  services: DialogServices;
  stateStore: CosmosKeyValueStore;
  claims: ActivityClaims;
}

/** Everything botbuilder-shaped is assembled here, so the rest of Steward never imports the SDK. */
export async function startStewardBot(options: StewardBotOptions): Promise<BotServer> {
  const { services } = options;
  const conversationState = new ConversationState(new CosmosBotStorage(options.stateStore));
  const handler = new StewardTeamsHandler({ conversationState, mainDialog: new MainDialog(services, COMMANDS, CARD_VERBS), logger: services.logger });
  return startBotServer({
    ...options,
    handler,
    middleware: [new DedupMiddleware(options.claims, services.logger)],
    logger: services.logger,
    onTurnError: async (context) => {
      const info = context.turnState.get(TURN_INFO_KEY) as TurnInfo | undefined;
      const model = errorCardModel(new Error('turn failed'), info?.caller.correlationId ?? 'unknown');
      await context.sendActivity(cardActivity(buildErrorCard(model), model.title));
    },
  });
}
