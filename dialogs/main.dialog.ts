import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { buildHelpCard, buildSessionCard } from '../cards';
import type { CardActionData, SessionCardModel } from '../cards/card.types';
import type { SessionView } from '../actions/session/management-session.service';
import { ActionDialog, type ActionFlowState } from './action.dialog';
import { cardActivity, cardData } from './card-activity';
import { runCancelled, runConfirmed, sendError } from './card-replies';
import { footerFrom, TURN_INFO_KEY, type DialogServices, type RecognitionLike, type TurnInfo } from './dialog.services';

const ROUTE = 'main.route';
/** Below this the recognizer's guess is not acted on. */
const MIN_CONFIDENCE = 0.5;

type CommandHandler = (context: TurnContext, info: TurnInfo) => Promise<void>;

/**
 * Routing and interruptions. A typed line goes to a built-in command or starts the generic action
 * dialog; "help" and "cancel" work at any step; a new request replaces one in progress; a click on a
 * card whose dialog is gone still reaches the engine.
 */
export class MainDialog extends ComponentDialog {
  static readonly ID = 'main';

  private readonly commands: Record<string, CommandHandler>;
  private readonly cardVerbs: Partial<Record<CardActionData['steward']['verb'], (c: TurnContext, i: TurnInfo, d: CardActionData) => Promise<void>>>;

  constructor(private readonly services: DialogServices) {
    super(MainDialog.ID);
    this.addDialog(new ActionDialog(services));
    this.addDialog(new WaterfallDialog(ROUTE, [(s) => this.route(s)]));
    this.initialDialogId = ROUTE;
    this.commands = {
      'steward.help': (c, i) => this.help(c, i),
      'steward.cancel': async (c) => {
        await c.sendActivity('There is nothing to cancel.');
      },
      'steward.session-status': (c, i) => this.sessionStatus(c, i),
      'steward.session-on': (c, i) => this.sessionChange(c, i, 'on'),
      'steward.session-off': (c, i) => this.sessionChange(c, i, 'off'),
    };
    this.cardVerbs = {
      confirm: (c, i, d) => runConfirmed(c, this.services, i, d),
      cancel: (c, i, d) => runCancelled(c, this.services, i, d),
      'session-on': (c, i) => this.sessionChange(c, i, 'on'),
      'session-off': (c, i) => this.sessionChange(c, i, 'off'),
    };
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
        await this.help(inner.context, info);
        return Dialog.EndOfTurn;
      }
      if (recognition.actionId && recognition.confidence >= MIN_CONFIDENCE) {
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
      const handler = this.cardVerbs[data.steward.verb];
      if (handler) await handler(context, info, data);
      else await context.sendActivity('That card has expired. Ask me again to start over.');
      return step.endDialog();
    }
    const text = plainText(context);
    if (!text) return step.endDialog();
    const recognition = this.services.recognize(text);
    if (!recognition.actionId || recognition.confidence < MIN_CONFIDENCE) {
      await this.notUnderstood(context, recognition);
      return step.endDialog();
    }
    const command = this.commands[recognition.actionId];
    if (command) {
      await command(context, info);
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
      pending: recognition.targets,
      resolved: [],
      params: recognition.params,
    };
    return step.beginDialog(ActionDialog.ID, state);
  }

  private async notUnderstood(context: TurnContext, recognition: RecognitionLike): Promise<void> {
    void recognition;
    await context.sendActivity(
      'Sorry, I did not understand that as a request. Try "reset MFA for jane@contoso.com", "block sign-in for jane@contoso.com", or type "help" to see what you may do.',
    );
  }

  private async help(context: TurnContext, info: TurnInfo): Promise<void> {
    try {
      const { operator, actions } = await this.services.engine.allowedActions(info.caller);
      const byCategory = new Map<string, typeof actions>();
      for (const a of actions) byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), a]);
      const session = await this.services.sessions.status(info.caller.tenantId);
      const card = buildHelpCard({
        operator: operator.displayName,
        roles: operator.roles,
        categories: [...byCategory].map(([name, list]) => ({
          name,
          actions: list.map((a) => ({ title: a.title, example: a.phrases[0], description: a.description })),
        })),
        commands: [
          { example: 'session status', description: 'Is the management session on, and for how long?' },
          { example: 'turn on management session', description: 'Needed before management actions (auto-enable may do it for you).' },
          { example: 'turn off management session', description: 'Stop management actions until it is turned on again.' },
          { example: 'cancel', description: 'Stop the request in progress; nothing is changed.' },
        ],
        footer: footerFrom(session, this.services.clock()),
      });
      await context.sendActivity(cardActivity(card, 'What I can do for you'));
    } catch (e) {
      await sendError(context, this.services, info, e);
    }
  }

  private async sessionStatus(context: TurnContext, info: TurnInfo): Promise<void> {
    try {
      await this.services.engine.operator(info.caller);
      const view = await this.services.sessions.status(info.caller.tenantId);
      await this.sendSession(context, view, sessionMessage(view));
    } catch (e) {
      await sendError(context, this.services, info, e);
    }
  }

  private async sessionChange(context: TurnContext, info: TurnInfo, to: 'on' | 'off'): Promise<void> {
    try {
      const operator = await this.services.engine.operator(info.caller);
      const opts = { correlationId: info.caller.correlationId };
      const view =
        to === 'on'
          ? await this.services.sessions.turnOn(info.caller.tenantId, operator, opts)
          : await this.services.sessions.turnOff(info.caller.tenantId, operator, opts);
      await this.sendSession(context, view, to === 'on' ? 'The management session is on.' : 'The management session is off. Management actions will wait until it is turned on again.');
    } catch (e) {
      await sendError(context, this.services, info, e);
    }
  }

  private async sendSession(context: TurnContext, view: SessionView, message: string): Promise<void> {
    const footer = footerFrom(view, this.services.clock());
    const model: SessionCardModel = {
      state: view.state,
      message,
      autoEnable: view.autoEnable,
      footer,
      actions:
        view.state === 'on'
          ? [{ title: 'Turn off', data: { steward: { verb: 'session-off' } } }]
          : [{ title: 'Turn on', data: { steward: { verb: 'session-on' } } }],
    };
    await context.sendActivity(cardActivity(buildSessionCard(model), message));
  }
}

function sessionMessage(view: SessionView): string {
  if (view.state === 'on') return 'The management session is on.';
  if (view.state === 'enabling') return 'The management session is turning on…';
  const auto = view.autoEnable
    ? 'Auto-enable is on: your next management action turns it on by itself.'
    : 'Auto-enable is off: turn it on before running management actions.';
  return `The management session is off. ${view.reason ?? ''} ${auto}`.replace(/\s+/g, ' ').trim();
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
