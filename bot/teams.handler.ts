import { randomUUID } from 'node:crypto';
import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
} from 'botbuilder';
import type { ConversationStore } from '../actions/governance/approval.types';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { Logger } from '../actions/logger.types';
import type { ConversationAddress } from '../actions/ports';
import { TURN_INFO_KEY, type TurnInfo } from '../dialogs/dialog.services';
import type { Caller } from '../actions/engine';
import { isStewardError } from '../actions/errors';
import type { SearchRequest, SearchResult } from '../actions/search/directory-search.service';

/** An invoke error response, as Adaptive Card invokes expect it: no data, a code and a message. */
function searchError(status: number, code: string, message: string): InvokeResponse {
  return { status, body: { statusCode: status, type: 'application/vnd.microsoft.error', value: { code, message } } };
}

/**
 * A thin router: works out who is asking (operator = from.aadObjectId in conversation.tenantId),
 * gives the turn a correlation id, and hands everything to the main dialog.
 */
export class StewardTeamsHandler extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly deps: {
      conversationState: ConversationState;
      mainDialog: Dialog;
      logger: Logger;
      newId?: () => string;
      /** Where each operator's personal chat is remembered, so approvals can reach them proactively. */
      conversations?: ConversationStore;
      /** Answers Action.Execute (`adaptiveCard/action`) invokes with the card that replaces the one clicked. */
      cardInvoke?: (info: TurnInfo, verb: string, data: Record<string, unknown>) => Promise<Record<string, unknown>>;
      /** Answers typeahead pickers (`application/search` invokes); throws for a caller who is not an operator. */
      search?: (caller: Caller, request: SearchRequest) => Promise<SearchResult[]>;
      clock?: () => Date;
    },
  ) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.onMessage(async (context, next) => {
      const info = this.describeTurn(context);
      const remembering = this.rememberConversation(context, info);
      await runDialog(this.deps.mainDialog, context, this.dialogState);
      await remembering;
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (joined) {
        await context.sendActivity(
          'Hi, I am Steward. Ask me things like "reset MFA for jane@contoso.com" or "block sign-in for bob@contoso.com". Type "help" to see what you may do.',
        );
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }

  /** Universal Actions (approval cards): the answer is the card shown in place of the one clicked, for this user. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const info = this.describeTurn(context);
    await this.rememberConversation(context, info);
    if (!this.deps.cardInvoke) {
      return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: { text: 'This card has expired.' } };
    }
    const data = invokeValue.action?.data && typeof invokeValue.action.data === 'object' ? (invokeValue.action.data as Record<string, unknown>) : {};
    const card = await this.deps.cardInvoke(info, String(invokeValue.action?.verb ?? ''), data);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }

  /**
   * Dynamic typeahead (Input.ChoiceSet with a Data.Query): `{ queryText, dataset, queryOptions { skip, top } }`
   * in, `application/vnd.microsoft.search.searchResponse` out. Handled here rather than by botbuilder's
   * onSearchInvoke, whose reply body carries the status code and which refuses an empty queryText.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'application/search') return super.onInvokeActivity(context);
    const info = this.describeTurn(context);
    const value = (context.activity.value ?? {}) as { queryText?: unknown; dataset?: unknown; queryOptions?: { skip?: unknown; top?: unknown } };
    if (!this.deps.search) return searchError(501, 'NotImplemented', 'Search is not available.');
    try {
      const results = await this.deps.search(info.caller, {
        queryText: typeof value.queryText === 'string' ? value.queryText : '',
        dataset: typeof value.dataset === 'string' ? value.dataset : '',
        skip: Number(value.queryOptions?.skip ?? 0),
        top: Number(value.queryOptions?.top ?? 15),
      });
      return { status: 200, body: { type: 'application/vnd.microsoft.search.searchResponse', value: { results } } };
    } catch (e) {
      const code = isStewardError(e) ? e.code : 'InternalError';
      info.logger.warn({ code, err: e instanceof Error ? e.message : String(e) }, 'search refused');
      if (code === 'NOT_AN_OPERATOR') return searchError(403, code, 'You are not a Steward operator in this tenant.');
      return searchError(500, code, 'The search failed. Try again.');
    }
  }

  /** Keeps the operator's 1:1 conversation reference fresh (Cosmos, keyed by object id); failures only log. */
  private async rememberConversation(context: TurnContext, info: TurnInfo): Promise<void> {
    const a = context.activity;
    if (!this.deps.conversations || !info.personal || !info.address || !a.from?.aadObjectId || !a.from.id) return;
    await this.deps.conversations
      .remember({
        tenantId: info.caller.tenantId,
        operatorId: a.from.aadObjectId,
        address: info.address,
        userId: a.from.id,
        updatedAt: (this.deps.clock ?? (() => new Date()))().toISOString(),
      })
      .catch((e) => info.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'conversation reference not stored'));
  }

  private describeTurn(context: TurnContext): TurnInfo {
    const a = context.activity;
    if (a.text) a.text = TurnContext.removeRecipientMention(a)?.trim() ?? a.text;
    const channelTenant = (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    const correlationId = (this.deps.newId ?? randomUUID)();
    const tenantId = a.conversation?.tenantId ?? channelTenant ?? 'unknown';
    const logger = this.deps.logger.child({ correlationId, tenantId, activityId: a.id });
    const info: TurnInfo = {
      caller: { tenantId, operatorObjectId: a.from?.aadObjectId, correlationId, entry: a.value ? 'card' : 'chat' },
      logger,
      personal: (a.conversation?.conversationType ?? 'personal') === 'personal',
      address: TurnContext.getConversationReference(a) as unknown as ConversationAddress,
    };
    logger.info({ type: a.type, card: Boolean(a.value) }, 'turn');
    context.turnState.set(TURN_INFO_KEY, info);
    return info;
  }
}
