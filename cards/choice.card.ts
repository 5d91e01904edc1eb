import type { AdaptiveCardJson, ChoiceCardModel } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, plainText, type ButtonView } from './card-template';
import { cancelData } from './form.card';
import { sessionFooter } from './session-footer.card';

/**
 * "3 users match 'Jane'": the operator picks one before anything runs. A short list shows as radio
 * buttons (everything visible at a glance), a longer one as a dropdown. The picked value is posted as
 * the input `choice`, merged with `model.data`.
 */

/** Up to this many choices show as radio buttons. */
const EXPANDED_UP_TO = 6;

interface ChoiceView {
  title: string;
  prompt: string;
  style: 'expanded' | 'compact';
  choices: { title: string; value: string }[];
  buttons: ButtonView[];
}

const CHOICE_TEMPLATE = cardTemplate(
  [
    plainText('${title}', { size: 'Medium', weight: 'Bolder' }),
    {
      type: 'Input.ChoiceSet',
      id: 'choice',
      label: '${prompt}',
      style: '${style}',
      isRequired: true,
      errorMessage: 'Pick one to continue.',
      wrap: true,
      choices: [{ $data: '${choices}', title: '${title}', value: '${value}' }],
    },
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  false,
);

/** Builds a pick-one card (ambiguous target, several matches). */
export function buildChoiceCard(model: ChoiceCardModel): AdaptiveCardJson {
  const view: ChoiceView = {
    title: model.title,
    prompt: model.prompt,
    style: model.choices.length <= EXPANDED_UP_TO ? 'expanded' : 'compact',
    // Choice titles are plain text (never markdown), so names with * or [ ] show as typed.
    choices: model.choices.map((c) => ({ title: c.subtitle ? `${c.title} — ${c.subtitle}` : c.title, value: c.value })),
    buttons: [
      { title: 'Continue', style: 'positive', data: model.data, associatedInputs: 'auto' },
      { title: 'Cancel', style: null, data: cancelData(model.data), associatedInputs: 'none' },
    ],
  };
  return expandCard(CHOICE_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}
