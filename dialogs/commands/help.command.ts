import { buildHelpCard } from '../../cards';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom } from '../dialog.services';
import { builtinIntent } from './builtin-intent';
import type { CommandContext, CommandDefinition } from './command.types';

/** Example lines for the non-action commands, shown at the end of help. */
export interface HelpLine {
  example: string;
  description: string;
}

/** What I may do: the catalog filtered by my permissions, plus the commands. */
export function helpCommand(lines: () => HelpLine[]): CommandDefinition {
  return {
    intent: builtinIntent('steward.help'),
    run: (ctx) => sendHelp(ctx, lines()),
  };
}

export async function sendHelp({ turn, info, services }: CommandContext, lines: HelpLine[]): Promise<void> {
  try {
    const { operator, actions } = await services.engine.allowedActions(info.caller);
    const byCategory = new Map<string, typeof actions>();
    for (const a of actions) byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), a]);
    const session = await services.sessions.status(info.caller.tenantId);
    const card = buildHelpCard({
      operator: operator.displayName,
      roles: operator.roles,
      categories: [...byCategory].map(([name, list]) => ({
        name,
        actions: list.map((a) => ({ title: a.title, example: a.phrases[0], description: a.description })),
      })),
      commands: lines,
      footer: footerFrom(session, services.clock()),
    });
    await turn.sendActivity(cardActivity(card, 'What I can do for you'));
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}
