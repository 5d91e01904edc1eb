import type { AdaptiveCardJson, CardActionData, FormCardModel, FormField } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, ownText, plainText, type ButtonView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * The parameter form of an action. Fields come from the action's zod schema (schema-fields.ts); the
 * card validates what the client can (required, email shape, number range) so most mistakes never
 * reach the bot, and shows the server's messages next to the fields after a rejected submit.
 */

/** Above this many choices a compact ChoiceSet becomes a type-to-filter one. */
const FILTERED_CHOICES_FROM = 10;

/** A loose client-side email check; the server validates with zod anyway. */
const EMAIL_REGEX = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';

/** picker: a dynamic typeahead ChoiceSet (`choices.data` Data.Query, answered on the `application/search` invoke). */
type InputKind = 'text' | 'number' | 'toggle' | 'choice' | 'picker' | 'date';

interface FieldView {
  input: InputKind;
  id: string;
  label: string;
  isRequired: boolean;
  errorMessage: string | null;
  placeholder: string | null;
  textStyle: 'Email' | 'Password' | null;
  isMultiline: boolean | null;
  regex: string | null;
  maxLength: number | null;
  min: number | null;
  max: number | null;
  textValue: string | null;
  numberValue: number | null;
  toggleValue: 'true' | 'false';
  choiceStyle: 'compact' | 'filtered';
  isMultiSelect: boolean | null;
  choices: { title: string; value: string }[];
  /** picker: the dataset the client names in its search invoke. */
  dataset: string;
  hasHelp: boolean;
  help: string;
  hasError: boolean;
  error: string;
}

interface FormView {
  title: string;
  hasIntro: boolean;
  intro: string;
  fields: FieldView[];
  buttons: ButtonView[];
}

/** Bindings shared by every input variant. */
const COMMON_INPUT = {
  id: '${id}',
  label: '${label}',
  isRequired: '${isRequired}',
  errorMessage: '${errorMessage}',
  spacing: 'Small',
} as const;

const FIELD_TEMPLATE = {
  $data: '${fields}',
  type: 'Container',
  spacing: 'Medium',
  items: [
    {
      $when: "${input == 'text'}",
      type: 'Input.Text',
      ...COMMON_INPUT,
      placeholder: '${placeholder}',
      style: '${textStyle}',
      isMultiline: '${isMultiline}',
      regex: '${regex}',
      maxLength: '${maxLength}',
      value: '${textValue}',
    },
    {
      $when: "${input == 'number'}",
      type: 'Input.Number',
      ...COMMON_INPUT,
      placeholder: '${placeholder}',
      min: '${min}',
      max: '${max}',
      value: '${numberValue}',
    },
    {
      $when: "${input == 'toggle'}",
      type: 'Input.Toggle',
      id: '${id}',
      title: '${label}',
      value: '${toggleValue}',
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
      spacing: 'Small',
    },
    {
      $when: "${input == 'choice'}",
      type: 'Input.ChoiceSet',
      ...COMMON_INPUT,
      placeholder: '${placeholder}',
      style: '${choiceStyle}',
      isMultiSelect: '${isMultiSelect}',
      value: '${textValue}',
      choices: [{ $data: '${choices}', title: '${title}', value: '${value}' }],
    },
    {
      $when: "${input == 'picker'}",
      type: 'Input.ChoiceSet',
      ...COMMON_INPUT,
      placeholder: '${placeholder}',
      style: 'filtered',
      isMultiSelect: '${isMultiSelect}',
      value: '${textValue}',
      choices: [{ $data: '${choices}', title: '${title}', value: '${value}' }],
      'choices.data': { type: 'Data.Query', dataset: '${dataset}' },
    },
    {
      $when: "${input == 'date'}",
      type: 'Input.Date',
      ...COMMON_INPUT,
      placeholder: '${placeholder}',
      value: '${textValue}',
    },
    { $when: '${hasHelp}', ...plainText('${help}', { size: 'Small', isSubtle: true }, { spacing: 'None' }) },
    { $when: '${hasError}', ...plainText('${error}', { size: 'Small', color: 'Attention' }, { spacing: 'None' }) },
  ],
};

const FORM_TEMPLATE = cardTemplate(
  [
    ownText('${title}', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    { $when: '${hasIntro}', ...plainText('${intro}', {}, { spacing: 'Small' }) },
    FIELD_TEMPLATE,
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

/** Builds the form card for one action. */
export function buildFormCard(model: FormCardModel): AdaptiveCardJson {
  const fields = model.fields.map(fieldView);
  const view: FormView = {
    title: model.title,
    hasIntro: Boolean(model.intro),
    intro: model.intro ?? '',
    fields,
    buttons: [
      { title: model.submitTitle ?? 'Continue', style: 'positive', data: model.data, associatedInputs: 'auto' },
      { title: 'Cancel', style: null, data: cancelData(model.data, model.actionId), associatedInputs: 'none' },
    ],
  };
  return expandCard(FORM_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}

/** Cancel posts no inputs: only the plan (when one exists) and the action, so the dialog can clean up. */
export function cancelData(data: CardActionData, actionId?: string): CardActionData {
  const steward: CardActionData['steward'] = { verb: 'cancel' };
  if (data.steward.planId) steward.planId = data.steward.planId;
  const action = data.steward.actionId ?? actionId;
  if (action) steward.actionId = action;
  return { steward };
}

function fieldView(field: FormField): FieldView {
  const input: InputKind =
    field.kind === 'choice' && field.dataset
      ? 'picker'
      : field.kind === 'number' || field.kind === 'toggle' || field.kind === 'choice' || field.kind === 'date'
        ? field.kind
        : 'text';
  // A toggle always has a value, so "required" means nothing to it.
  const isRequired = field.required && input !== 'toggle';
  const choices = field.choices ?? [];
  return {
    input,
    id: field.id,
    label: field.label,
    isRequired,
    errorMessage: isRequired || field.kind === 'email' || field.kind === 'number' ? errorMessageFor(field) : null,
    placeholder: field.placeholder ?? null,
    textStyle: field.kind === 'email' ? 'Email' : field.kind === 'password' ? 'Password' : null,
    isMultiline: field.kind === 'multiline' ? true : null,
    regex: field.kind === 'email' ? EMAIL_REGEX : null,
    maxLength: input === 'text' && field.maxLength !== undefined ? field.maxLength : null,
    min: field.min ?? null,
    max: field.max ?? null,
    // Secrets are never echoed back into a card, even after a failed submit.
    textValue: field.kind === 'password' || field.value === undefined ? null : String(field.value),
    numberValue: typeof field.value === 'number' ? field.value : numberOrNull(field.value),
    toggleValue: field.value === true || field.value === 'true' ? 'true' : 'false',
    choiceStyle: choices.length > FILTERED_CHOICES_FROM ? 'filtered' : 'compact',
    isMultiSelect: field.multiSelect ? true : null,
    choices,
    dataset: field.dataset ?? '',
    hasHelp: Boolean(field.help),
    help: field.help ?? '',
    hasError: Boolean(field.error),
    error: field.error ? `⚠ ${field.error}` : '',
  };
}

/** Shown by the client when the input fails its own check (empty required value, bad email, range). */
function errorMessageFor(field: FormField): string {
  const label = field.label;
  switch (field.kind) {
    case 'email':
      return field.required ? `${label}: enter a valid email address.` : `${label}: enter a valid email address, or leave it empty.`;
    case 'choice':
      return `${label}: choose an option.`;
    case 'date':
      return `${label}: pick a date.`;
    case 'number':
      if (field.min !== undefined && field.max !== undefined) return `${label}: enter a number from ${field.min} to ${field.max}.`;
      if (field.min !== undefined) return `${label}: enter a number of at least ${field.min}.`;
      if (field.max !== undefined) return `${label}: enter a number up to ${field.max}.`;
      return `${label}: enter a number.`;
    default:
      return `${label} is required.`;
  }
}

function numberOrNull(value: FormField['value']): number | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
