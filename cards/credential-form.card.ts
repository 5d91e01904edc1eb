import type { AdaptiveCardJson, CredentialFormCardModel } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, ownText, plainText, type ButtonView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * The form that stores or replaces a tenant credential: client id + secret for the service credential,
 * username + password for admin credentials (with the MFA warning said plainly). Secret inputs use the
 * Password style and are never pre-filled, not even after a rejected submit.
 */

const GUID_REGEX = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';
const EMAIL_REGEX = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';

interface InputView {
  id: string;
  label: string;
  style: 'Password' | 'Email' | null;
  placeholder: string | null;
  regex: string | null;
  errorMessage: string;
  value: string | null;
  hasError: boolean;
  error: string;
}

interface CredentialFormView {
  title: string;
  intro: string;
  hasWarning: boolean;
  warning: string;
  inputs: InputView[];
  buttons: ButtonView[];
}

const FORM_TEMPLATE = cardTemplate(
  [
    ownText('${title}', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    ownText('${intro}', { spacing: 'Small' }),
    {
      $when: '${hasWarning}',
      type: 'Container',
      style: 'warning',
      spacing: 'Medium',
      items: [ownText('${warning}', { weight: 'Bolder' })],
    },
    {
      $data: '${inputs}',
      type: 'Container',
      spacing: 'Medium',
      items: [
        {
          type: 'Input.Text',
          id: '${id}',
          label: '${label}',
          isRequired: true,
          errorMessage: '${errorMessage}',
          style: '${style}',
          placeholder: '${placeholder}',
          regex: '${regex}',
          value: '${value}',
          spacing: 'Small',
        },
        { $when: '${hasError}', ...plainText('${error}', { size: 'Small', color: 'Attention' }, { spacing: 'None' }) },
      ],
    },
    ownText('Stored encrypted. Steward never shows it again; replace or remove it from "management settings".', {
      size: 'Small',
      isSubtle: true,
      spacing: 'Medium',
    }),
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

function input(model: CredentialFormCardModel, field: Omit<InputView, 'hasError' | 'error' | 'value'>, keep: boolean): InputView {
  const error = model.errors?.[field.id];
  return { ...field, value: keep && model.identity ? model.identity : null, hasError: Boolean(error), error: error ? `⚠ ${error}` : '' };
}

/** Builds the store / replace form for one kind of credential. */
export function buildCredentialFormCard(model: CredentialFormCardModel): AdaptiveCardJson {
  const service = model.kind === 'service';
  const verb = model.replacing ? 'Replace' : 'Store';
  const view: CredentialFormView = {
    title: service ? `${verb} the service credential` : `${verb} admin credentials`,
    intro: service
      ? 'The recommended way: an app registration in your tenant with the Microsoft Graph application permissions listed in the README and admin consent. Enter its application (client) id and a client secret value.'
      : 'A Tenant Admin account Steward signs in with (username/password flow) when the management session is turned on.',
    hasWarning: !service,
    warning: 'This needs an account without MFA, and no conditional access policy that requires MFA for it. We recommend the service credential instead.',
    inputs: service
      ? [
          input(model, { id: 'clientId', label: 'Application (client) id', style: null, placeholder: '00000000-0000-0000-0000-000000000000', regex: GUID_REGEX, errorMessage: 'Enter the application (client) id, a GUID.' }, true),
          input(model, { id: 'clientSecret', label: 'Client secret value', style: 'Password', placeholder: null, regex: null, errorMessage: 'Enter the client secret value.' }, false),
        ]
      : [
          input(model, { id: 'username', label: 'Tenant Admin account', style: 'Email', placeholder: 'admin@contoso.com', regex: EMAIL_REGEX, errorMessage: 'Enter the account as user@domain.' }, true),
          input(model, { id: 'password', label: 'Password', style: 'Password', placeholder: null, regex: null, errorMessage: 'Enter the password.' }, false),
        ],
    buttons: [
      { title: verb, style: 'positive', data: { steward: { verb: 'credential-store' }, credential: model.kind }, associatedInputs: 'auto' },
      { title: 'Back to settings', style: null, data: { steward: { verb: 'session-settings' } }, associatedInputs: 'none' },
    ],
  };
  return expandCard(FORM_TEMPLATE, view, sessionFooter(model.footer));
}
