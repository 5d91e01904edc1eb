import type { TurnContext } from 'botbuilder';
import type { CardActionData } from '../cards/card.types';
import { buildErrorCard, buildResultCard } from '../cards';
import { cardActivity } from './card-activity';
import type { DialogServices, TurnInfo } from './dialog.services';
import { footerFrom } from './dialog.services';
import { errorCardModel } from './error-card.mapper';
import { resultModel } from './presenters';

/**
 * Replies shared by the action dialog and the main router (a click on a card whose dialog is gone
 * still reaches the engine, which decides whether the plan may run).
 */
export async function sendError(context: TurnContext, services: DialogServices, info: TurnInfo, error: unknown): Promise<void> {
  const session = await services.sessions.status(info.caller.tenantId).catch(() => undefined);
  const footer = session ? footerFrom(session, services.clock()) : undefined;
  const model = errorCardModel(error, info.caller.correlationId, footer);
  info.logger.info({ code: model.code }, 'refused or failed');
  await context.sendActivity(cardActivity(buildErrorCard(model), model.title));
}

export async function runConfirmed(
  context: TurnContext,
  services: DialogServices,
  info: TurnInfo,
  data: CardActionData,
): Promise<void> {
  try {
    const executed = await services.engine.execute(info.caller, {
      planId: String(data.steward.planId ?? ''),
      actionId: data.steward.actionId,
      targetIds: Array.isArray(data.steward.targets) ? data.steward.targets.map(String) : [],
    });
    const model = resultModel(executed, { personal: info.personal, correlationId: info.caller.correlationId, now: services.clock() });
    await context.sendActivity(cardActivity(buildResultCard(model), model.title));
  } catch (e) {
    await sendError(context, services, info, e);
  }
}

export async function runCancelled(context: TurnContext, services: DialogServices, info: TurnInfo, data?: CardActionData): Promise<void> {
  await services.engine
    .cancel(info.caller, { planId: data?.steward.planId, actionId: data?.steward.actionId })
    .catch((e) => info.logger.warn({ err: String(e) }, 'cancel could not be recorded'));
  await context.sendActivity('Cancelled. Nothing was changed.');
}
