import type { AdaptiveCardJson, CardActionData, PolicyCardModel } from './card.types';
import {
  buttonTemplate,
  cardTemplate,
  expandCard,
  factLineTemplate,
  ownText,
  plainButtons,
  plainText,
  type ButtonView,
  type FactView,
} from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * The approval policy on one card: the rules (role × action or category → run / needs approval /
 * forbidden), the bulk threshold, the expiry and where approval cards go. Tenant Admins edit it in
 * place: pick a role, actions and an effect to add or replace a rule, remove a rule with its button,
 * change the numbers and save. Inputs are not marked required because every button on the card posts
 * all of them; the server validates.
 */

export const POLICY_VERBS = {
  setRule: 'policy.set-rule',
  removeRule: 'policy.remove-rule',
  settings: 'policy.settings',
  channel: 'policy.channel',
} as const;

interface RuleView {
  text: string;
  editable: boolean;
  buttons: ButtonView[];
}

interface PolicyView {
  intro: string;
  hasNotice: boolean;
  notice: string;
  hasRules: boolean;
  rules: RuleView[];
  facts: FactView[];
  editable: boolean;
  roleChoices: { title: string; value: string }[];
  actionChoices: { title: string; value: string }[];
  effectChoices: { title: string; value: string }[];
  bulkThreshold: number | null;
  expiryHours: number;
  ruleButtons: ButtonView[];
  settingsButtons: ButtonView[];
  buttons: ButtonView[];
}

const POLICY_TEMPLATE = cardTemplate(
  [
    plainText('Approval policy', { size: 'Large', weight: 'Bolder' }),
    plainText('${intro}', {}, { spacing: 'Small' }),
    { $when: '${hasNotice}', ...plainText('${notice}', { color: 'Good', weight: 'Bolder' }, { spacing: 'Medium' }) },
    ownText('Rules', { weight: 'Bolder', spacing: 'Medium' }),
    { $when: '${!hasRules}', ...plainText('No rules: every action runs directly (unless the bulk threshold applies).', { isSubtle: true }) },
    {
      $data: '${rules}',
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [plainText('${text}')] },
        {
          $when: '${editable}',
          type: 'Column',
          width: 'auto',
          items: [{ type: 'ActionSet', actions: [{ $data: '${buttons}', ...buttonTemplate }] }],
        },
      ],
    },
    { type: 'Container', spacing: 'Medium', items: [{ $data: '${facts}', ...factLineTemplate }] },
    {
      $when: '${editable}',
      type: 'Container',
      separator: true,
      spacing: 'Large',
      items: [
        ownText('Add or change a rule', { weight: 'Bolder' }),
        {
          type: 'Input.ChoiceSet',
          id: 'policyRole',
          label: 'Role',
          style: 'compact',
          value: 'Helpdesk',
          choices: [{ $data: '${roleChoices}', title: '${title}', value: '${value}' }],
        },
        {
          type: 'Input.ChoiceSet',
          id: 'policyActions',
          label: 'Actions',
          style: 'filtered',
          value: 'destructive',
          choices: [{ $data: '${actionChoices}', title: '${title}', value: '${value}' }],
        },
        {
          type: 'Input.ChoiceSet',
          id: 'policyEffect',
          label: 'What happens',
          style: 'expanded',
          value: 'approval',
          choices: [{ $data: '${effectChoices}', title: '${title}', value: '${value}' }],
        },
        { type: 'ActionSet', actions: [{ $data: '${ruleButtons}', ...buttonTemplate }] },
      ],
    },
    {
      $when: '${editable}',
      type: 'Container',
      separator: true,
      spacing: 'Large',
      items: [
        ownText('Settings', { weight: 'Bolder' }),
        {
          type: 'Input.Number',
          id: 'bulkThreshold',
          label: 'Bulk threshold: requests with more targets than this need approval (empty: none)',
          min: 1,
          value: '${bulkThreshold}',
        },
        {
          type: 'Input.Number',
          id: 'expiryHours',
          label: 'Requests expire after (hours)',
          min: 1,
          max: 720,
          value: '${expiryHours}',
        },
        { type: 'ActionSet', actions: [{ $data: '${settingsButtons}', ...buttonTemplate }] },
      ],
    },
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

/** Builds the approval policy card (editable for Tenant Admins). */
export function buildPolicyCard(model: PolicyCardModel): AdaptiveCardJson {
  const removeData = (role: string, actions: string): CardActionData => ({ steward: { verb: POLICY_VERBS.removeRule }, policy: { role, actions } });
  const view: PolicyView = {
    intro: model.intro,
    hasNotice: Boolean(model.notice),
    notice: model.notice ?? '',
    hasRules: model.rules.length > 0,
    rules: model.rules.map((r) => ({
      text: r.text,
      editable: model.editable,
      buttons: [{ title: 'Remove', style: null, data: removeData(r.role, r.actions), associatedInputs: 'none' }],
    })),
    facts: model.facts.map((f) => ({ label: f.label, value: f.value })),
    editable: model.editable,
    roleChoices: model.roleChoices,
    actionChoices: model.actionChoices,
    effectChoices: model.effectChoices,
    bulkThreshold: model.bulkThreshold,
    expiryHours: model.expiryHours,
    ruleButtons: [{ title: 'Save rule', style: 'positive', data: { steward: { verb: POLICY_VERBS.setRule } }, associatedInputs: 'auto' }],
    settingsButtons: [{ title: 'Save settings', style: 'positive', data: { steward: { verb: POLICY_VERBS.settings } }, associatedInputs: 'auto' }],
    buttons: model.channelButton ? plainButtons([model.channelButton]) : [],
  };
  return expandCard(POLICY_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}
