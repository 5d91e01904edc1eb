import type { AdaptiveCardJson, CardActionData, ManagementSettingsCardModel, StoredCredentialModel } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, factLineTemplate, ownText, plainText, type ButtonView, type FactView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * Management settings for Tenant Admins, on one card: the session's state, the auto-enable and advanced
 * toggles (saved together), and the two kinds of stored credential with store / replace / remove
 * buttons. A credential shows who stored it and when, never its secret.
 */

type Color = 'Good' | 'Warning' | 'Default';

interface CredentialSectionView {
  title: string;
  about: string;
  /** "Stored on … by …" or "Not stored". */
  status: FactView[];
  warning: string | null;
  buttons: ButtonView[];
}

interface SettingsView {
  header: string;
  headerColor: Color;
  message: string;
  facts: FactView[];
  autoEnable: 'true' | 'false';
  advanced: 'true' | 'false';
  saveButtons: ButtonView[];
  sections: CredentialSectionView[];
  hasNote: boolean;
  note: string;
  buttons: ButtonView[];
}

const HEADERS: Record<ManagementSettingsCardModel['state'], { text: string; color: Color }> = {
  on: { text: '● Management ON', color: 'Good' },
  enabling: { text: '◌ Management turning on…', color: 'Warning' },
  off: { text: '○ Management OFF', color: 'Default' },
};

const SECTION_TEMPLATE = {
  $data: '${sections}',
  type: 'Container',
  separator: true,
  spacing: 'Medium',
  items: [
    ownText('${title}', { weight: 'Bolder' }),
    ownText('${about}', { size: 'Small', isSubtle: true, spacing: 'None' }),
    { $when: '${warning != null}', ...ownText('${warning}', { size: 'Small', color: 'Warning', spacing: 'Small' }) },
    { type: 'Container', spacing: 'Small', items: [{ $data: '${status}', ...factLineTemplate }] },
    { $when: '${count(buttons) > 0}', type: 'ActionSet', actions: [{ $data: '${buttons}', ...buttonTemplate }] },
  ],
};

const SETTINGS_TEMPLATE = cardTemplate(
  [
    ownText('Management session settings', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    plainText('${header}', { weight: 'Bolder', color: '${headerColor}' }, { spacing: 'Small' }),
    plainText('${message}', {}, { spacing: 'Small' }),
    { type: 'Container', spacing: 'Small', items: [{ $data: '${facts}', ...factLineTemplate }] },
    {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        {
          type: 'Input.Toggle',
          id: 'autoEnable',
          title: 'Auto-enable: a management action turns the session on by itself (the card says so)',
          value: '${autoEnable}',
          valueOn: 'true',
          valueOff: 'false',
          wrap: true,
        },
        {
          type: 'Input.Toggle',
          id: 'advanced',
          title: 'Advanced management: Management operators may turn the session on without entering credentials',
          value: '${advanced}',
          valueOn: 'true',
          valueOff: 'false',
          wrap: true,
        },
        ownText('Turning advanced management off deletes the stored service credential.', { size: 'Small', isSubtle: true, spacing: 'None' }),
        { type: 'ActionSet', actions: [{ $data: '${saveButtons}', ...buttonTemplate }] },
      ],
    },
    SECTION_TEMPLATE,
    { $when: '${hasNote}', ...plainText('${note}', { size: 'Small', isSubtle: true }, { spacing: 'Medium' }) },
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

/** Button data; the credential kind travels next to `steward` (like input values do). */
const verb = (v: string, credential?: 'service' | 'admin'): CardActionData => ({ steward: { verb: v }, ...(credential ? { credential } : {}) });

function button(title: string, data: CardActionData, style: ButtonView['style'] = null): ButtonView {
  return { title, style, data, associatedInputs: 'none' };
}

function status(stored: StoredCredentialModel | undefined): FactView[] {
  if (!stored) return [{ label: 'Status', value: 'Not stored' }];
  return [
    { label: 'Stored', value: `on ${stored.storedAt} by ${stored.storedBy}` },
    { label: 'Account', value: stored.identity },
    { label: 'Used to turn the session on', value: stored.inUse ? 'yes' : 'no (the service credential is preferred)' },
  ];
}

function sectionButtons(model: ManagementSettingsCardModel, kind: 'service' | 'admin', stored: StoredCredentialModel | undefined): ButtonView[] {
  const noun = kind === 'service' ? 'service credential' : 'admin credentials';
  const out: ButtonView[] = [];
  if (model.canStore) out.push(button(`${stored ? 'Replace' : 'Store'} ${noun}`, verb('credential-form', kind)));
  if (stored) out.push(button(`Remove ${noun}`, verb('credential-remove', kind), 'destructive'));
  return out;
}

/** Builds the management settings card. */
export function buildManagementSettingsCard(model: ManagementSettingsCardModel): AdaptiveCardJson {
  const header = HEADERS[model.state];
  const notes = [model.canStore ? undefined : model.storeUnavailable, model.serviceCredential || model.adminCredentials ? undefined : model.fallbackNote].filter(
    (n): n is string => Boolean(n),
  );
  const view: SettingsView = {
    header: header.text,
    headerColor: header.color,
    message: model.message,
    facts: model.facts.map((f) => ({ label: f.label, value: f.value })),
    autoEnable: model.autoEnable ? 'true' : 'false',
    advanced: model.advanced ? 'true' : 'false',
    saveButtons: [{ title: 'Save settings', style: 'positive', data: verb('session-settings-save'), associatedInputs: 'auto' }],
    sections: [
      {
        title: 'Service credential (recommended)',
        about: 'An app registration\'s client id and client secret. Steward signs in as the app: no user account, no MFA prompt, nothing to share with other operators.',
        status: status(model.serviceCredential),
        warning: null,
        buttons: sectionButtons(model, 'service', model.serviceCredential),
      },
      {
        title: 'Admin credentials',
        about: 'A Tenant Admin\'s username and password, used with the username/password sign-in flow.',
        status: status(model.adminCredentials),
        warning: '⚠ This only works for an account without MFA (and not covered by a conditional access policy that requires MFA). We recommend the service credential instead.',
        buttons: sectionButtons(model, 'admin', model.adminCredentials),
      },
    ],
    hasNote: notes.length > 0,
    note: notes.join(' '),
    buttons:
      model.state === 'on'
        ? [button('Turn off management session', verb('session-off'))]
        : [button('Turn on management session', verb('session-on'), 'positive')],
  };
  return expandCard(SETTINGS_TEMPLATE, view, sessionFooter(model.footer));
}
