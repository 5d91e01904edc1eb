import { buildErrorCard, buildSessionCard } from '../../cards';
import type { AdaptiveCardJson, SessionCardModel } from '../../cards/card.types';
import type { EnableOutcome, SessionView } from '../../actions/session/management-session.service';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom } from '../dialog.services';
import { errorCardModel } from '../error-card.mapper';
import { modeLabel } from './management-settings.command';
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
    if (to === 'on') {
      await turnOn(ctx, await services.sessions.beginTurnOn(info.caller.tenantId, operator, opts));
      return;
    }
    const view = await services.sessions.turnOff(info.caller.tenantId, operator, opts);
    await sendSession(ctx, view, 'The management session is off. Management actions will wait until it is turned on again.');
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

/**
 * Answers a turn-on: the result when the tenant check finished quickly; otherwise a "turning on…" card
 * now (Teams retries a turn that takes ~15 s) that is replaced in place when the check is done.
 */
async function turnOn(ctx: CommandContext, attempt: { early?: EnableOutcome; outcome: Promise<EnableOutcome> }): Promise<void> {
  const { turn, info, services } = ctx;
  if (attempt.early) {
    if (attempt.early.ok) await sendSession(ctx, attempt.early.view, onMessage(attempt.early.view));
    else await sendError(turn, services, info, attempt.early.error);
    return;
  }
  const enabling = await services.sessions.status(info.caller.tenantId);
  const message = 'Turning the management session on: Steward is signing in to the tenant and checking the credential. This card updates when it is done.';
  const sent = await turn.sendActivity(cardActivity(sessionCard(ctx, { ...enabling, state: 'enabling' }, message), 'Turning the management session on…'));
  void attempt.outcome
    .then(async (outcome) => {
      const card = outcome.ok ? sessionCard(ctx, outcome.view, onMessage(outcome.view)) : await failureCard(ctx, outcome.error);
      const messenger = services.messenger;
      if (!messenger || !info.address) {
        info.logger.warn({ ok: outcome.ok }, 'no messenger: the "turning on" card cannot be updated');
        return;
      }
      // Channels that answer in the HTTP response (expectReplies) give no activity id: post a new card then.
      if (sent?.id) await messenger.update(info.address, sent.id, card);
      else await messenger.send(info.address, card, { summary: outcome.ok ? 'The management session is on' : 'The management session stays off' });
    })
    .catch((e: unknown) => info.logger.warn({ err: String(e) }, 'could not update the "turning on" card'));
}

async function failureCard(ctx: CommandContext, error: unknown): Promise<AdaptiveCardJson> {
  const { info, services } = ctx;
  const session = await services.sessions.status(info.caller.tenantId).catch(() => undefined);
  const model = errorCardModel(error, info.caller.correlationId, session ? footerFrom(session, services.clock()) : undefined);
  info.logger.info({ code: model.code }, 'management session could not be turned on');
  return buildErrorCard(model);
}

function onMessage(view: SessionView): string {
  const mode = modeLabel(view.mode);
  return mode ? `The management session is on, using ${mode}.` : 'The management session is on.';
}

export async function sendSession(ctx: CommandContext, view: SessionView, message: string): Promise<void> {
  await ctx.turn.sendActivity(cardActivity(sessionCard(ctx, view, message), message));
}

function sessionCard({ services }: CommandContext, view: SessionView, message: string): AdaptiveCardJson {
  const model: SessionCardModel = {
    state: view.state,
    message,
    autoEnable: view.autoEnable,
    footer: footerFrom(view, services.clock()),
    actions:
      view.state === 'on'
        ? [{ title: 'Turn off', data: { steward: { verb: 'session-off' } } }]
        : view.state === 'enabling'
          ? []
          : [{ title: 'Turn on', data: { steward: { verb: 'session-on' } } }],
  };
  return buildSessionCard(model);
}

export function sessionMessage(view: SessionView): string {
  if (view.state === 'on') return onMessage(view);
  if (view.state === 'enabling') return 'The management session is turning on…';
  const auto = !view.autoEnable
    ? 'Auto-enable is off: turn it on before running management actions.'
    : view.advanced
      ? 'Auto-enable is on: your next management action turns it on by itself.'
      : 'Auto-enable is on, but with advanced management off only a Tenant Admin\'s action turns it on.';
  return `The management session is off. ${view.reason ?? ''} ${auto}`.replace(/\s+/g, ' ').trim();
}
