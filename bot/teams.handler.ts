import { randomUUID } from 'node:crypto';
import { TeamsActivityHandler, TurnContext, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { Logger } from '../actions/logger.types';
import { TURN_INFO_KEY, type TurnInfo } from '../dialogs/dialog.services';

/**
 * A thin router: works out who is asking (operator = from.aadObjectId in conversation.tenantId),
 * gives the turn a correlation id, and hands everything to the main dialog.
 */
export class StewardTeamsHandler extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly deps: { conversationState: ConversationState; mainDialog: Dialog; logger: Logger; newId?: () => string },
  ) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.onMessage(async (context, next) => {
      this.describeTurn(context);
      await runDialog(this.deps.mainDialog, context, this.dialogState);
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

  private describeTurn(context: TurnContext): void {
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
    };
    logger.info({ type: a.type, card: Boolean(a.value) }, 'turn');
    context.turnState.set(TURN_INFO_KEY, info);
  }
}
