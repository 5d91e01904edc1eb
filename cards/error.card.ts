import type { AdaptiveCardJson, ErrorCardModel } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, ownText, plainButtons, plainText, type ButtonView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * A friendly error: what went wrong, how to fix it, and (small, for support) the stable code and the
 * correlation id that finds the run in the audit log. Never a stack trace.
 */

interface ErrorView {
  title: string;
  message: string;
  hasHint: boolean;
  hint: string;
  meta: string;
  buttons: ButtonView[];
}

const ERROR_TEMPLATE = cardTemplate(
  [
    plainText('${title}', { size: 'Medium', weight: 'Bolder', color: 'Attention' }),
    plainText('${message}', {}, { spacing: 'Small' }),
    {
      $when: '${hasHint}',
      type: 'Container',
      style: 'emphasis',
      spacing: 'Medium',
      items: [ownText('How to fix it', { weight: 'Bolder', size: 'Small' }), plainText('${hint}', {}, { spacing: 'Small' })],
    },
    plainText('${meta}', { size: 'Small', isSubtle: true }, { spacing: 'Medium' }),
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  false,
);

/** Builds an error card. */
export function buildErrorCard(model: ErrorCardModel): AdaptiveCardJson {
  const view: ErrorView = {
    title: `⚠ ${model.title}`,
    message: model.message,
    hasHint: Boolean(model.hint),
    hint: model.hint ?? '',
    meta: `Code: ${model.code} · Correlation ID: ${model.correlationId}`,
    buttons: plainButtons(model.actions),
  };
  return expandCard(ERROR_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}
