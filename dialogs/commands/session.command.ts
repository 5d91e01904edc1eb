import { buildSessionCard } from '../../cards';
import type { SessionCardModel } from '../../cards/card.types';
import type { SessionView } from '../../actions/session/management-session.service';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom } from '../dialog.services';
import { builtinIntent } from './builtin-intent';
import type { CardVerbDefinition, CommandContext, CommandDefinition } from './command.types';

/** `session status`, `turn on / turn off management session`, and the card buttons that do the same. */
export const sessionStatusCommand: CommandDefinition = {
  intent: builtinIntent('steward.session-status'),
  async run({ turn, info, services }) {
    try {
      await services.engine.operator(info.caller);
      const view = await services.sessions.status(info.caller.tenantId);
      await sendSession({ turn, info, services }, view, sessionMessage(view));
    } catch (e) {
      await sendError(turn, services, info, e);
    }
  },
};

export const sessionOnCommand: CommandDefinition = {
  intent: builtinIntent('steward.session-on'),
  run: (ctx) => changeSession(ctx, 'on'),
};

export const sessionOffCommand: CommandDefinition = {
  intent: builtinIntent('steward.session-off'),
  run: (ctx) => changeSession(ctx, 'off'),
};

export const sessionVerbs: CardVerbDefinition[] = [
  { verb: 'session-on', run: (ctx) => changeSession(ctx, 'on') },
  { verb: 'session-off', run: (ctx) => changeSession(ctx, 'off') },
];

async function changeSession(ctx: CommandContext, to: 'on' | 'off'): Promise<void> {
  const { turn, info, services } = ctx;
  try {
    const operator = await services.engine.operator(info.caller);
    const opts = { correlationId: info.caller.correlationId };
    const view =
      to === 'on'
        ? await services.sessions.turnOn(info.caller.tenantId, operator, opts)
        : await services.sessions.turnOff(info.caller.tenantId, operator, opts);
    await sendSession(
      ctx,
      view,
      to === 'on' ? 'The management session is on.' : 'The management session is off. Management actions will wait until it is turned on again.',
    );
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

export async function sendSession({ turn, services }: CommandContext, view: SessionView, message: string): Promise<void> {
  const model: SessionCardModel = {
    state: view.state,
    message,
    autoEnable: view.autoEnable,
    footer: footerFrom(view, services.clock()),
    actions:
      view.state === 'on'
        ? [{ title: 'Turn off', data: { steward: { verb: 'session-off' } } }]
        : [{ title: 'Turn on', data: { steward: { verb: 'session-on' } } }],
  };
  await turn.sendActivity(cardActivity(buildSessionCard(model), message));
}

export function sessionMessage(view: SessionView): string {
  if (view.state === 'on') return 'The management session is on.';
  if (view.state === 'enabling') return 'The management session is turning on…';
  const auto = view.autoEnable
    ? 'Auto-enable is on: your next management action turns it on by itself.'
    : 'Auto-enable is off: turn it on before running management actions.';
  return `The management session is off. ${view.reason ?? ''} ${auto}`.replace(/\s+/g, ' ').trim();
}
