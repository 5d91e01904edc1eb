import type { AdaptiveCardJson, GovernanceCardModel } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, factLineTemplate, plainButtons, plainText, type ButtonView, type FactView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * Operators, permission sets and virtual tenants as a Tenant Admin reads them: sections of facts and
 * bullets, everything from data rendered as plain TextRuns (names may hold markdown characters), and
 * the JSON export in a multiline box so it can be copied as is.
 */

interface SectionView {
  heading: string;
  facts: FactView[];
  items: { text: string }[];
  hasEmpty: boolean;
  empty: string;
}

interface GovernanceView {
  title: string;
  hasIntro: boolean;
  intro: string;
  hasNotice: boolean;
  notice: string;
  sections: SectionView[];
  hasCode: boolean;
  code: string;
  buttons: ButtonView[];
}

const GOVERNANCE_TEMPLATE = cardTemplate(
  [
    plainText('${title}', { size: 'Medium', weight: 'Bolder' }),
    { $when: '${hasIntro}', ...plainText('${intro}', {}, { spacing: 'Small' }) },
    { $when: '${hasNotice}', ...plainText('${notice}', { color: 'Good', weight: 'Bolder' }, { spacing: 'Small' }) },
    {
      $data: '${sections}',
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        plainText('${heading}', { weight: 'Bolder' }),
        { $data: '${facts}', ...factLineTemplate },
        { $data: '${items}', ...plainText('${text}', {}, { spacing: 'None' }) },
        { $when: '${hasEmpty}', ...plainText('${empty}', { isSubtle: true }, { spacing: 'None' }) },
      ],
    },
    {
      $when: '${hasCode}',
      type: 'Container',
      style: 'emphasis',
      spacing: 'Medium',
      // A multiline input keeps the JSON's line breaks and indentation and lets the reader select all and copy.
      items: [{ type: 'Input.Text', id: 'exportedJson', label: 'JSON (select all and copy)', isMultiline: true, value: '${code}' }],
    },
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

/** Builds a governance card (operators, permission sets, virtual tenants). */
export function buildGovernanceCard(model: GovernanceCardModel): AdaptiveCardJson {
  const view: GovernanceView = {
    title: model.title,
    hasIntro: Boolean(model.intro),
    intro: model.intro ?? '',
    hasNotice: Boolean(model.notice),
    notice: model.notice ? `✓ ${model.notice}` : '',
    sections: model.sections.map((s) => {
      const facts = (s.facts ?? []).map((f) => ({ label: f.label, value: f.value }));
      const items = (s.items ?? []).map((text) => ({ text: `• ${text}` }));
      return { heading: s.heading, facts, items, hasEmpty: facts.length === 0 && items.length === 0, empty: s.empty ?? 'None.' };
    }),
    hasCode: model.code !== undefined,
    code: model.code ?? '',
    buttons: plainButtons(model.actions),
  };
  return expandCard(GOVERNANCE_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}
