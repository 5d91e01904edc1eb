import type { AdaptiveCardJson, HelpCardModel } from './card.types';
import { cardTemplate, expandCard, ownText, plainText, plural } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * "What can I do?": only the actions this operator may run, grouped by category, each with an example
 * phrasing to copy. With many actions the categories start collapsed (tap a heading to open it) so
 * the card stays scannable on a phone.
 */

/** Above this many actions in total, categories start collapsed. */
const COLLAPSE_ABOVE = 8;

interface HelpActionView {
  title: string;
  hasDescription: boolean;
  description: string;
  example: string;
}

interface HelpCategoryView {
  heading: string;
  bodyId: string;
  collapsible: boolean;
  expanded: boolean;
  actions: HelpActionView[];
}

interface HelpView {
  greeting: string;
  roles: string;
  hasCategories: boolean;
  noActions: string;
  categories: HelpCategoryView[];
  hasCommands: boolean;
  commands: { example: string; description: string }[];
}

const CATEGORY_TEMPLATE = {
  $data: '${categories}',
  type: 'Container',
  separator: true,
  spacing: 'Medium',
  items: [
    {
      $when: '${collapsible}',
      type: 'Container',
      selectAction: { type: 'Action.ToggleVisibility', title: 'Show or hide', targetElements: ['${bodyId}'] },
      items: [plainText('${heading}', { weight: 'Bolder', color: 'Accent' })],
    },
    { $when: '${!collapsible}', ...plainText('${heading}', { weight: 'Bolder' }) },
    {
      type: 'Container',
      id: '${bodyId}',
      isVisible: '${expanded}',
      spacing: 'Small',
      items: [
        {
          $data: '${actions}',
          type: 'Container',
          spacing: 'Small',
          items: [
            plainText('${title}', { weight: 'Bolder', size: 'Small' }),
            { $when: '${hasDescription}', ...plainText('${description}', { size: 'Small', isSubtle: true }, { spacing: 'None' }) },
            {
              type: 'RichTextBlock',
              spacing: 'None',
              inlines: [
                { type: 'TextRun', text: 'Try: ', size: 'Small', isSubtle: true },
                { type: 'TextRun', text: '${example}', size: 'Small', italic: true },
              ],
            },
          ],
        },
      ],
    },
  ],
};

const HELP_TEMPLATE = cardTemplate(
  [
    plainText('${greeting}', { size: 'Medium', weight: 'Bolder' }),
    plainText('${roles}', { size: 'Small', isSubtle: true }, { spacing: 'Small' }),
    { $when: '${!hasCategories}', ...ownText('${noActions}', { spacing: 'Medium' }) },
    CATEGORY_TEMPLATE,
    {
      $when: '${hasCommands}',
      type: 'Container',
      separator: true,
      spacing: 'Large',
      items: [
        ownText('General commands', { weight: 'Bolder' }),
        {
          $data: '${commands}',
          type: 'RichTextBlock',
          spacing: 'Small',
          inlines: [
            { type: 'TextRun', text: '${example}', fontType: 'Monospace' },
            { type: 'TextRun', text: ' — ', isSubtle: true },
            { type: 'TextRun', text: '${description}' },
          ],
        },
      ],
    },
  ],
  [],
  true,
);

/** Builds the help card for one operator. */
export function buildHelpCard(model: HelpCardModel): AdaptiveCardJson {
  const categories = model.categories.filter((c) => c.actions.length > 0);
  const total = categories.reduce((n, c) => n + c.actions.length, 0);
  const collapsible = total > COLLAPSE_ABOVE && categories.length > 1;
  const view: HelpView = {
    greeting: `Hi ${model.operator}, here's what you can ask me to do.`,
    roles: model.roles.length > 0 ? `Your roles: ${model.roles.join(', ')}` : 'You have no Steward role yet.',
    hasCategories: categories.length > 0,
    noActions: "You can't run management actions yet. Ask a Tenant Admin to give you the Management role and a permission set.",
    categories: categories.map((c, i) => ({
      heading: collapsible ? `▸ ${c.name} (${plural(c.actions.length, 'action')})` : c.name,
      bodyId: `help-category-${i}`,
      collapsible,
      expanded: !collapsible,
      actions: c.actions.map((a) => ({
        title: a.title,
        hasDescription: Boolean(a.description),
        description: a.description ?? '',
        example: `“${a.example}”`,
      })),
    })),
    hasCommands: model.commands.length > 0,
    commands: model.commands.map((c) => ({ example: c.example, description: c.description })),
  };
  return expandCard(HELP_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}
