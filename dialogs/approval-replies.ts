import type { TurnContext } from 'botbuilder';
import type { ApprovalView } from '../actions/governance/approvals.service';
import { APPROVAL_VERBS, buildErrorCard, type AdaptiveCardJson, type ApprovalActionData, type CardActionData } from '../cards';
import { cardActivity } from './card-activity';
import { sendError } from './card-replies';
import { footerFrom, type DialogServices, type TurnInfo } from './dialog.services';
import { errorCardModel } from './error-card.mapper';

/** The confirm card's button when the policy needs an approval (Action.Submit, with the justification input). */
export const APPROVAL_REQUEST_VERB = 'approval.request';

/**
 * Replies for approvals: the requester's "Request approval" click, and the approvers' Action.Execute
 * invokes (decide, per-user refresh), whose answer is the card that replaces the one clicked.
 */
export async function runApprovalRequest(context: TurnContext, services: DialogServices, info: TurnInfo, data: CardActionData): Promise<void> {
  try {
    const view = await services.approvals.request(info.caller, {
      planId: String(data.steward.planId ?? ''),
      actionId: data.steward.actionId,
      targetIds: Array.isArray(data.steward.targets) ? data.steward.targets.map(String) : [],
      justification: data.justification,
    });
    const session = await services.sessions.status(info.caller.tenantId).catch(() => undefined);
    const card = services.approvalCards.request(view, { footer: session ? footerFrom(session, services.clock()) : undefined });
    await context.sendActivity(cardActivity(card as AdaptiveCardJson, `Approval requested: ${view.request.actionTitle}`));
  } catch (e) {
    await sendError(context, services, info, e);
  }
}

/** Answers an `adaptiveCard/action` invoke with the card to show in place of the one clicked. */
export async function answerApprovalInvoke(services: DialogServices, info: TurnInfo, verb: string, data: Record<string, unknown>): Promise<AdaptiveCardJson> {
  const approval = (data as Partial<ApprovalActionData>).approval;
  const requestId = typeof approval?.requestId === 'string' ? approval.requestId : '';
  try {
    if (verb === APPROVAL_VERBS.refresh) {
      const view = await services.approvals.view(info.caller, requestId);
      return cardFor(services, view);
    }
    if (verb === APPROVAL_VERBS.decide) {
      const decision = approval?.decision === 'reject' ? 'reject' : approval?.decision === 'approve' ? 'approve' : undefined;
      if (!decision) return errorCard(new Error('unknown decision'), info);
      const view = await services.approvals.decide(info.caller, requestId, decision, data.comment);
      if (approval?.view === 'list') {
        const pending = await services.approvals.pending(info.caller);
        return services.approvalCards.list('pending', pending.items, { notice: view.notice ? { ...view.notice, text: `${view.request.actionTitle}: ${view.notice.text}` } : undefined });
      }
      return cardFor(services, view);
    }
    info.logger.info({ verb }, 'unknown Action.Execute verb');
    return errorCard(new Error(`unknown verb ${verb}`), info);
  } catch (e) {
    return errorCard(e, info);
  }
}

/** The request card for this viewer; while pending it keeps refreshing per user. */
function cardFor(services: DialogServices, view: ApprovalView): AdaptiveCardJson {
  return services.approvalCards.request(view, { refreshUserIds: view.request.refreshUserIds }) as AdaptiveCardJson;
}

function errorCard(error: unknown, info: TurnInfo): AdaptiveCardJson {
  const model = errorCardModel(error, info.caller.correlationId);
  info.logger.info({ code: model.code }, 'approval invoke refused or failed');
  return buildErrorCard(model);
}
