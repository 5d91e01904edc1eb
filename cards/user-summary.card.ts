import type { AdaptiveCardJson, SessionFooterModel } from './card.types';
import { cardTemplate, expandCard, factLineTemplate, orDash, plainText, type FactView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * `show jane@contoso.com`: who the user is in Entra (key properties, licences, MFA) and what Steward
 * itself knows about them (tags and portal attributes, which live only in Steward). Read-only: no buttons.
 */
export interface UserSummaryCardModel {
  displayName: string;
  userPrincipalName: string;
  department?: string | null;
  jobTitle?: string | null;
  manager?: string;
  accountEnabled?: boolean | null;
  licenses: string[];
  mfaMethodCount: number;
  tags: string[];
  attributes: Record<string, string>;
  footer?: SessionFooterModel;
}

interface UserSummaryView {
  title: string;
  upn: string;
  facts: FactView[];
  stewardFacts: FactView[];
}

const USER_SUMMARY_TEMPLATE = cardTemplate(
  [
    plainText('${title}', { size: 'Medium', weight: 'Bolder' }),
    plainText('${upn}', { isSubtle: true }, { spacing: 'None' }),
    { type: 'Container', spacing: 'Medium', items: [{ $data: '${facts}', ...factLineTemplate }] },
    { type: 'TextBlock', text: 'In Steward (not in Entra ID)', weight: 'Bolder', spacing: 'Medium', separator: true, wrap: true },
    { type: 'Container', spacing: 'Small', items: [{ $data: '${stewardFacts}', ...factLineTemplate }] },
  ],
  [],
  false,
);

export function buildUserSummaryCard(model: UserSummaryCardModel): AdaptiveCardJson {
  const attributes = Object.entries(model.attributes).sort(([a], [b]) => a.localeCompare(b));
  const view: UserSummaryView = {
    title: model.displayName,
    upn: model.userPrincipalName,
    facts: [
      { label: 'UPN', value: model.userPrincipalName },
      { label: 'Department', value: orDash(model.department) },
      { label: 'Job title', value: orDash(model.jobTitle) },
      { label: 'Manager', value: orDash(model.manager) },
      { label: 'Sign-in', value: model.accountEnabled === false ? 'Blocked' : 'Allowed' },
      { label: 'Licences', value: model.licenses.length === 0 ? 'None' : model.licenses.join(', ') },
      { label: 'MFA methods', value: String(model.mfaMethodCount) },
    ],
    stewardFacts: [
      { label: 'Tags', value: model.tags.length === 0 ? 'None' : model.tags.join(', ') },
      ...(attributes.length === 0
        ? [{ label: 'Portal attributes', value: 'None' }]
        : attributes.map(([name, value]) => ({ label: name, value }))),
    ],
  };
  return expandCard(USER_SUMMARY_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}
