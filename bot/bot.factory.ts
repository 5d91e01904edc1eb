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
import { auditExportRoute } from './audit-export.route';
import { bulkResultRoute } from './bulk-result.route';
import type { BulkResultLinks } from '../dialogs/bulk/bulk-result.links';
import { startBotServer, type BotServer, type BotServerOptions } from './server';
import { StewardTeamsHandler } from './teams.handler';
import type { ConversationStore } from '../actions/governance/approval.types';
import { answerApprovalInvoke } from '../dialogs/approval-replies';
import type { ProactiveMessenger } from './proactive.messenger';

export interface StewardBotOptions extends Pick<BotServerOptions, 'host' | 'port' | 'appId' | 'appPassword' | 'appType' | 'appTenantId' | 'health'> {
  services: DialogServices;
  stateStore: CosmosKeyValueStore;
  claims: ActivityClaims;
  /** Operators' personal chats, remembered on every personal turn for proactive messages. */
  conversations: ConversationStore;
  /** Connected to the adapter here, so proactive cards (approvals, "enabling…" updates) can be sent. */
  messenger?: ProactiveMessenger;
  /** Serves the bulk result card's signed CSV links (absent: no result downloads). */
  bulkResults?: BulkResultLinks;
}

/** Everything botbuilder-shaped is assembled here, so the rest of Steward never imports the SDK. */
export async function startStewardBot(options: StewardBotOptions): Promise<BotServer> {
  const { services } = options;
  const conversationState = new ConversationState(new CosmosBotStorage(options.stateStore));
  const handler = new StewardTeamsHandler({
    conversationState,
    mainDialog: new MainDialog(services, COMMANDS, CARD_VERBS),
    logger: services.logger,
    conversations: options.conversations,
    cardInvoke: (info, verb, data) => answerApprovalInvoke(services, info, verb, data),
    search: services.directorySearch ? (caller, request) => services.directorySearch!.search(caller, request) : undefined,
    clock: services.clock,
  });
  return startBotServer({
    ...options,
    handler,
    middleware: [new DedupMiddleware(options.claims, services.logger)],
    downloads: [auditExportRoute(services.auditExport), ...(options.bulkResults ? [bulkResultRoute(options.bulkResults)] : [])],
    logger: services.logger,
    onAdapter: (adapter) => options.messenger?.connect(adapter),
    onTurnError: async (context) => {
      const info = context.turnState.get(TURN_INFO_KEY) as TurnInfo | undefined;
      const model = errorCardModel(new Error('turn failed'), info?.caller.correlationId ?? 'unknown');
      await context.sendActivity(cardActivity(buildErrorCard(model), model.title));
    },
  });
}
