import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { StewardError } from '../actions/errors';
import { buildChoiceCard, buildConfirmCard, buildFormCard, formFieldsFromSchema, inputFromFormValues } from '../cards';
import type { CardActionData, FormField, SessionFooterModel } from '../cards/card.types';
import { CardPrompt, type CardPromptOptions } from './card.prompt';
import { APPROVAL_REQUEST_VERB, runApprovalRequest } from './approval-replies';
import { runCancelled, runConfirmed, sendError } from './card-replies';
import { footerFrom, TURN_INFO_KEY, type DialogServices, type TurnInfo } from './dialog.services';
import { confirmModel } from './presenters';
import { chatTargetsGoToBulkJob, startChatBulkJob } from './bulk/bulk.verbs';

/** Where a request stands; kept in dialog state, so it must stay plain JSON. */
export interface ActionFlowState {
  actionId: string;
  /** Target texts still to resolve ("jane@contoso.com", "Jane"). */
  pending: string[];
  /** Resolved object ids. */
  resolved: string[];
  params: Record<string, unknown>;
  authorized?: boolean;
  errors?: Record<string, string>;
  awaiting?: 'choice' | 'target' | 'input' | 'confirm';
  /** Object ids offered on the choice card: a submitted choice must be one of them. */
  candidates?: string[];
  planId?: string;
  /**
   * What else the request may have meant (the recognizer's runners-up on other kinds of target): when the first
   * target is not of the chosen kind but is of an alternative's, the flow switches to that action.
   */
  alternatives?: { actionId: string; targets: string[]; params: Record<string, unknown> }[];
}

const FLOW = 'action.flow';
/** The entries of `params` whose keys are in `keys` (a sibling action reads only its own inputs). */
const pick = (params: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(params).filter(([k]) => keys.includes(k)));
/** "m365-group.add-members" → "add-members": what an action does, whatever it does it to. */
const jobOf = (actionId: string): string => actionId.slice(actionId.indexOf('.') + 1);
const TARGET_FIELD = 'target';
/** The second sentence of the "Which …?" form, by target noun. */
const TARGET_INTROS: Readonly<Record<string, string>> = {
  user: 'Type a user principal name, an email address or a display name.',
  group: 'Type the group\'s display name, mail address or object id.',
};

/** Target kinds whose "Which …?" field is a typeahead picker, and the dataset it searches. */
const TARGET_DATASETS: Readonly<Record<string, string>> = { user: 'users', group: 'groups' };

/**
 * The "Which …?" field: for users and groups a typeahead picker (Data.Query, answered inside the
 * operator's scope) that posts a UPN or group id; other kinds keep a text box. Either way the answer is
 * resolved by the engine like a typed name.
 */
function targetField(kind: string, label: string, example: string, error: string | undefined): FormField {
  const dataset = TARGET_DATASETS[kind];
  if (!dataset) return { id: TARGET_FIELD, label, kind: 'text', required: true, placeholder: example, error };
  return { id: TARGET_FIELD, label, kind: 'choice', required: true, dataset, choices: [], placeholder: `Type to search, e.g. ${example}`, error };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The one generic action dialog: resolve targets → collect missing input with a form card → confirm
 * with a preview → run → result. It knows no action by name; every rule lives in the engine.
 * Each answer restarts the flow with updated state, so the first step always asks for what is missing.
 */
export class ActionDialog extends ComponentDialog {
  static readonly ID = 'action';

  constructor(private readonly services: DialogServices) {
    super(ActionDialog.ID);
    this.addDialog(new CardPrompt());
    this.addDialog(new WaterfallDialog(FLOW, [(s) => this.next(s), (s) => this.answer(s)]));
    this.initialDialogId = FLOW;
  }

  /** The plan a pending confirm card points at, so a typed "cancel" can retire it. */
  static pendingPlan(state: unknown): string | undefined {
    return (state as ActionFlowState | undefined)?.planId;
  }

  private info(context: TurnContext): TurnInfo {
    return context.turnState.get(TURN_INFO_KEY) as TurnInfo;
  }

  private async next(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as ActionFlowState;
    const info = this.info(step.context);
    const { engine } = this.services;
    try {
      if (!state.authorized) {
        await engine.authorize(info.caller, state.actionId);
        state.authorized = true;
      }
      // Many targets named at once for a bulk action: a bulk job takes them (after any missing input).
      const asJob = state.resolved.length === 0 && chatTargetsGoToBulkJob(this.services, state.actionId, state.pending.length);
      if (state.pending.length > 0 && !asJob) return await this.resolveNext(step, state, info);
      const action = engine.registry.get(state.actionId);
      const kind = engine.targetKindOf(action.id);
      const targetCount = asJob ? state.pending.length : state.resolved.length;
      if (kind.named && targetCount === 0) {
        return this.ask(step, state, 'target', {
          verbs: ['form', 'cancel'],
          card: buildFormCard({
            actionId: action.id,
            title: action.title,
            intro: `Which ${kind.noun}? ${TARGET_INTROS[kind.noun] ?? 'Type its name.'}`,
            fields: [targetField(kind.kind, capitalize(kind.noun), kind.example, state.errors?.[TARGET_FIELD])],
            data: { steward: { verb: 'form', actionId: action.id } },
            footer: await this.footer(info),
          }),
        });
      }
      const check = engine.checkInput(action.id, state.params);
      if (!check.ok) {
        const errors = { ...check.errors, ...Object.fromEntries(check.missing.map((m) => [m, 'Required.'])) };
        const shown = state.errors || Object.keys(check.errors).length > 0 ? errors : undefined;
        const fields: FormField[] = formFieldsFromSchema(action.input, { values: state.params, errors: shown });
        return this.ask(step, state, 'input', {
          verbs: ['form', 'cancel'],
          card: buildFormCard({
            actionId: action.id,
            title: action.title,
            intro: !kind.named
              ? 'A few details:'
              : `A few details for ${targetCount === 1 ? `this ${kind.noun}` : `these ${targetCount} ${kind.plural}`}:`,
            fields,
            data: { steward: { verb: 'form', actionId: action.id } },
            footer: await this.footer(info),
          }),
        });
      }
      if (asJob) {
        await startChatBulkJob({ turn: step.context, info, services: this.services }, { actionId: action.id, params: check.value, targets: state.pending });
        return step.endDialog();
      }
      const prepared = await engine.prepare(info.caller, { actionId: action.id, targetIds: state.resolved, params: check.value });
      state.planId = prepared.plan.id;
      return this.ask(step, state, 'confirm', {
        // A plan that needs approval is answered with "Request approval" (and a justification) instead.
        verbs: prepared.approval ? [APPROVAL_REQUEST_VERB, 'cancel'] : ['confirm', 'cancel'],
        card: buildConfirmCard(confirmModel(prepared, this.services.clock())),
        summary: `Confirm: ${action.title}`,
      });
    } catch (e) {
      await sendError(step.context, this.services, info, e);
      return step.endDialog();
    }
  }

  private async resolveNext(step: WaterfallStepContext, state: ActionFlowState, info: TurnInfo): Promise<DialogTurnResult> {
    const text = state.pending[0];
    const found = await this.services.engine.resolveTargetOfKind(info.caller, text, state.actionId);
    if (found.kind === 'found') {
      state.pending.shift();
      if (!state.resolved.includes(found.target.id)) state.resolved.push(found.target.id);
      return step.replaceDialog(FLOW, state);
    }
    if (found.kind === 'none' || found.kind === 'misfit') {
      const switched = await this.switchToAlternative(step, state, info, text, found.kind === 'misfit' ? found.message : undefined);
      if (switched) return switched;
      if (found.kind === 'misfit') throw new StewardError('VALIDATION_FAILED', found.message, { hint: found.hint });
      const example = this.services.engine.targetKindOf(state.actionId).example;
      throw new StewardError('TARGET_NOT_FOUND', `No ${found.noun} matches "${text}".`, {
        hint: `Check the spelling, or name it exactly (e.g. ${example}). Nothing was changed.`,
      });
    }
    const session = await this.services.sessions.status(info.caller.tenantId);
    state.candidates = found.candidates.map((c) => c.id);
    return this.ask(step, state, 'choice', {
      verbs: ['choose', 'cancel'],
      card: buildChoiceCard({
        title: `${found.candidates.length} ${found.plural} match "${text}"`,
        prompt: 'Which one do you mean?',
        choices: found.candidates.map((c) => ({
          title: c.display,
          subtitle: c.detail,
          value: c.id,
        })),
        data: { steward: { verb: 'choose', actionId: state.actionId } },
        footer: footerFrom(session, this.services.clock()),
      }),
    });
  }

  /**
   * "add lee@… to it-team@…" read as a Microsoft 365 group action when it-team@… is a distribution list: before saying
   * "not found" (or "not that kind of group"), try the same job on the other kinds of the same family — the
   * recognizer's runners-up first — and go on with the first that finds it, saying so. Only for the first target: a
   * request never mixes kinds.
   */
  private async switchToAlternative(
    step: WaterfallStepContext,
    state: ActionFlowState,
    info: TurnInfo,
    text: string,
    misfit: string | undefined,
  ): Promise<DialogTurnResult | undefined> {
    if (state.resolved.length > 0) return undefined;
    const engine = this.services.engine;
    const kind = engine.targetKindOf(state.actionId);
    // a deletion is never redirected to another kind of object: the request says no more than it says
    if (engine.registry.get(state.actionId).destructive) return undefined;
    // the same job on the other kinds of the family (the recognizer's runners-up first: they carry their own reading
    // of the text), then — when nothing of the chosen kind is called so — a close runner-up on another kind
    // ("send as nw-sales@…" read as a mailbox permission when nw-sales@… is a distribution list)
    const siblings = engine.registry
      .list()
      .filter((a) => kind.family && a.id !== state.actionId && jobOf(a.id) === jobOf(state.actionId) && engine.targetKindOf(a.id).family === kind.family);
    const fromRecognizer = (state.alternatives ?? []).filter((alt) => siblings.some((a) => a.id === alt.actionId));
    const others = siblings
      .filter((a) => !fromRecognizer.some((alt) => alt.actionId === a.id))
      .map((a) => ({ actionId: a.id, targets: [] as string[], params: pick(state.params, Object.keys(a.input.shape)) }));
    const otherKinds =
      misfit === undefined
        ? (state.alternatives ?? []).filter(
            (alt) => engine.registry.has(alt.actionId) && !engine.registry.get(alt.actionId).destructive && !siblings.some((a) => a.id === alt.actionId) && engine.targetKindOf(alt.actionId).noun !== kind.noun,
          )
        : [];
    for (const alt of [...fromRecognizer, ...others, ...otherKinds]) {
      const found = await engine.resolveTargetOfKind(info.caller, text, alt.actionId).catch(() => undefined);
      if (found === undefined || found.kind === 'none' || found.kind === 'misfit') continue;
      const altKind = engine.targetKindOf(alt.actionId);
      const why = misfit ? misfit.replace(/\s*Nothing was changed\.?$/, '') : `No ${kind.noun} matches "${text}", but a ${altKind.noun} does.`;
      await step.context.sendActivity(`${why} Going on with "${engine.registry.get(alt.actionId).title}".`);
      const next: ActionFlowState = {
        actionId: alt.actionId,
        pending: alt.targets.length > 0 ? [...alt.targets] : [...state.pending],
        resolved: [],
        params: alt.params,
      };
      return step.replaceDialog(FLOW, next);
    }
    return undefined;
  }


  /** The session line every card of the flow ends with (none if the session cannot be read). */
  private async footer(info: TurnInfo): Promise<SessionFooterModel | undefined> {
    const session = await this.services.sessions.status(info.caller.tenantId).catch(() => undefined);
    return session ? footerFrom(session, this.services.clock()) : undefined;
  }

  private async ask(
    step: WaterfallStepContext,
    state: ActionFlowState,
    awaiting: NonNullable<ActionFlowState['awaiting']>,
    prompt: CardPromptOptions,
  ): Promise<DialogTurnResult> {
    state.awaiting = awaiting;
    return step.beginDialog(CardPrompt.ID, prompt);
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as ActionFlowState;
    const data = step.result as CardActionData;
    const info = this.info(step.context);
    if (data.steward.verb === 'cancel') {
      await runCancelled(step.context, this.services, info, { steward: { verb: 'cancel', planId: state.planId, actionId: state.actionId } });
      return step.endDialog();
    }
    const handler = this.answers[state.awaiting ?? 'confirm'];
    return handler(step, state, data, info);
  }

  /** What each kind of answer does to the flow state. */
  private readonly answers: Record<
    NonNullable<ActionFlowState['awaiting']>,
    (step: WaterfallStepContext, state: ActionFlowState, data: CardActionData, info: TurnInfo) => Promise<DialogTurnResult>
  > = {
    choice: async (step, state, data) => {
      const choice = typeof data.choice === 'string' ? data.choice : data.steward.choice;
      if (!choice || !state.candidates?.includes(choice)) {
        // Only the users the card offered (all inside the operator's scope) may be picked; ask again.
        const { noun, plural } = this.services.engine.targetKindOf(state.actionId);
        if (choice) await step.context.sendActivity(`That ${noun} was not one of the choices offered, so nothing was changed. Pick one of the ${plural} on the card.`);
        return step.replaceDialog(FLOW, state);
      }
      state.pending.shift();
      if (!state.resolved.includes(choice)) state.resolved.push(choice);
      return step.replaceDialog(FLOW, state);
    },
    target: async (step, state, data) => {
      const text = typeof data[TARGET_FIELD] === 'string' ? (data[TARGET_FIELD] as string).trim() : '';
      state.errors = text ? undefined : { [TARGET_FIELD]: `Type a ${this.services.engine.targetKindOf(state.actionId).noun}.` };
      if (text) state.pending = text.split(/[,;]+/).map((t) => t.trim()).filter(Boolean);
      return step.replaceDialog(FLOW, state);
    },
    input: async (step, state, data) => {
      const action = this.services.engine.registry.get(state.actionId);
      state.params = { ...state.params, ...inputFromFormValues(action.input, data) };
      state.errors = {};
      return step.replaceDialog(FLOW, state);
    },
    confirm: async (step, _state, data, info) => {
      if (data.steward.verb === APPROVAL_REQUEST_VERB) await runApprovalRequest(step.context, this.services, info, data);
      else await runConfirmed(step.context, this.services, info, data);
      return step.endDialog();
    },
  };
}
