import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { ActionDialog, type ActionFlowState } from './action.dialog';
import { routeBulkInput } from './bulk/bulk.verbs';
import { cardData } from './card-activity';
import { runCancelled, runConfirmed } from './card-replies';
import type { CardVerbDefinition, CommandDefinition } from './commands/command.types';
import { TURN_INFO_KEY, type DialogServices, type RecognitionLike, type TurnInfo } from './dialog.services';

const ROUTE = 'main.route';
/**
 * A typed line replaces a request in progress only when the recognizer is this sure; a fresh line
 * follows the recognizer's own threshold (every action ends on a confirm card, so a weak guess is safe).
 */
const MIN_CONFIDENCE_TO_INTERRUPT = 0.5;

/**
 * Routing and interruptions. A typed line goes to a built-in command or starts the generic action
 * dialog; "help" and "cancel" work at any step; a new request replaces one in progress; a click on a
 * card whose dialog is gone still reaches the engine.
 */
export class MainDialog extends ComponentDialog {
  static readonly ID = 'main';

  private readonly commands: Map<string, CommandDefinition>;
  private readonly cardVerbs: Map<string, CardVerbDefinition['run']>;

  constructor(
    private readonly services: DialogServices,
    commands: readonly CommandDefinition[],
    cardVerbs: readonly CardVerbDefinition[],
  ) {
    super(MainDialog.ID);
    this.addDialog(new ActionDialog(services));
    this.addDialog(new WaterfallDialog(ROUTE, [(s) => this.route(s)]));
    this.initialDialogId = ROUTE;
    this.commands = new Map(commands.map((c) => [c.intent.id, c]));
    this.cardVerbs = new Map<string, CardVerbDefinition['run']>([
      ['confirm', (ctx, d) => runConfirmed(ctx.turn, ctx.services, ctx.info, d)],
      ['cancel', (ctx, d) => runCancelled(ctx.turn, ctx.services, ctx.info, d)],
      ...cardVerbs.map((v) => [v.verb, v.run] as const),
    ]);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const text = plainText(inner.context);
    if (text) {
      const info = this.info(inner.context);
      const recognition = this.services.recognize(text);
      if (recognition.actionId === 'steward.cancel') {
        const planId = ActionDialog.pendingPlan(findFlowState(inner));
        await inner.cancelAllDialogs();
        await runCancelled(inner.context, this.services, info, { steward: { verb: 'cancel', planId } });
        return inner.endDialog();
      }
      if (recognition.actionId === 'steward.help') {
        await this.commands.get('steward.help')?.run({ turn: inner.context, info, services: this.services }, recognition);
        return Dialog.EndOfTurn;
      }
      if (recognition.actionId && recognition.confidence >= MIN_CONFIDENCE_TO_INTERRUPT) {
        // A new request replaces the one in progress; its pending plan can no longer be confirmed.
        const planId = ActionDialog.pendingPlan(findFlowState(inner));
        await inner.cancelAllDialogs();
        if (planId) await this.services.engine.cancel(info.caller, { planId }).catch(() => undefined);
        return inner.beginDialog(ROUTE);
      }
    }
    return super.onContinueDialog(inner);
  }

  private info(context: TurnContext): TurnInfo {
    return context.turnState.get(TURN_INFO_KEY) as TurnInfo;
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const info = this.info(context);
    const data = cardData(context);
    if (data) {
      const handler = this.cardVerbs.get(data.steward.verb);
      if (handler) await handler({ turn: context, info, services: this.services }, data);
      else await context.sendActivity('That card has expired. Ask me again to start over.');
      return step.endDialog();
    }
    const text = plainText(context);
    // A CSV file dropped into the chat, or "… everyone in Marketing" for a bulk action: a bulk job.
    if (await routeBulkInput({ turn: context, info, services: this.services }, text)) return step.endDialog();
    if (!text) return step.endDialog();
    const recognition = this.services.recognize(text);
    if (!recognition.actionId) {
      await this.notUnderstood(context, recognition);
      return step.endDialog();
    }
    const command = this.commands.get(recognition.actionId);
    if (command) {
      await command.run({ turn: context, info, services: this.services }, recognition);
      return step.endDialog();
    }
    if (!this.services.engine.registry.has(recognition.actionId)) {
      await this.notUnderstood(context, recognition);
      return step.endDialog();
    }
    if (!info.personal) {
      await context.sendActivity('Management actions run only in a 1:1 chat with me, so that previews and passwords stay private. Open a chat with Steward and ask there.');
      return step.endDialog();
    }
    const state: ActionFlowState = {
      actionId: recognition.actionId,
      // A create action's "target" names the object it makes (a parameter reads it), not one to resolve.
      pending: this.services.engine.targetKindOf(recognition.actionId).named ? recognition.targets : [],
      resolved: [],
      params: recognition.params,
      alternatives: (recognition.alternatives ?? []).filter((a) => this.services.engine.registry.has(a.actionId)),
    };
    return step.beginDialog(ActionDialog.ID, state);
  }

  private async notUnderstood(context: TurnContext, recognition: RecognitionLike): Promise<void> {
    void recognition;
    await context.sendActivity(
      'Sorry, I did not understand that as a request. Try "reset MFA for jane@contoso.com", "block sign-in for jane@contoso.com", or type "help" to see what you may do.',
    );
  }
}

/** The text of a typed message; card submits (with value) and empty messages give undefined. */
function plainText(context: TurnContext): string | undefined {
  const a = context.activity;
  if (a.type !== 'message' || (a.value && typeof a.value === 'object')) return undefined;
  const text = (a.text ?? '').trim();
  return text || undefined;
}

/** The action flow's state, wherever it sits on the inner stack. */
function findFlowState(inner: DialogContext): unknown {
  for (const instance of inner.stack) {
    if (instance.id === ActionDialog.ID) {
      const innerStack = (instance.state as { dialogs?: { dialogStack?: { id: string; state: { options?: unknown } }[] } }).dialogs?.dialogStack ?? [];
      const flow = innerStack.find((d) => d.id === 'action.flow');
      return flow?.state.options;
    }
  }
  return undefined;
}
