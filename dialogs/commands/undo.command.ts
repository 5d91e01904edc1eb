import { buildConfirmCard } from '../../cards';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { confirmModel } from '../presenters';
import type { CardVerbDefinition } from './command.types';

/**
 * The result card's Undo button: the stored undo is previewed as a fresh confirm card (the engine checks
 * role, scope, session and policy again); its Confirm runs it like any plan, audited as its own action.
 */
export const undoVerbs: CardVerbDefinition[] = [
  {
    verb: 'undo',
    async run({ turn, info, services }, data) {
      try {
        const prepared = await services.engine.prepareUndo(info.caller, {
          undoId: String(data.steward.planId ?? ''),
          targetIds: Array.isArray(data.steward.targets) ? data.steward.targets.map(String) : undefined,
        });
        await turn.sendActivity(cardActivity(buildConfirmCard(confirmModel(prepared, services.clock())), `Confirm: undo ${prepared.action.title}`));
      } catch (e) {
        await sendError(turn, services, info, e);
      }
    },
  },
];
