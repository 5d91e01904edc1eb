import type { AnyAction } from './define-action';
import { StewardError } from './errors';

/** Looks actions up by id; the single list every entry point derives from. */
export class ActionRegistry {
  private readonly byId = new Map<string, AnyAction>();

  constructor(actions: readonly AnyAction[]) {
    for (const action of actions) {
      if (this.byId.has(action.id)) throw new Error(`Action ${action.id} is declared twice`);
      this.byId.set(action.id, action);
    }
  }

  get(id: string): AnyAction {
    const action = this.byId.get(id);
    if (!action) {
      throw new StewardError('UNKNOWN_ACTION', `There is no action "${id}".`, {
        hint: 'Type "help" to see the actions you may run.',
      });
    }
    return action;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  list(): AnyAction[] {
    return [...this.byId.values()];
  }
}
