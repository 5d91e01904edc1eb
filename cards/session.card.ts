import type { AdaptiveCardJson, SessionCardModel } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, factLineTemplate, plainButtons, plainText, type ButtonView, type FactView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * The management session's state: on / off / turning on, time left, auto-enable, who changed it
 * last, and the buttons to turn it on or off.
 */

type Color = 'Good' | 'Warning' | 'Default';

interface SessionView {
  header: string;
  headerColor: Color;
  message: string;
  facts: FactView[];
  buttons: ButtonView[];
}

const HEADERS: Record<SessionCardModel['state'], { text: string; color: Color }> = {
  on: { text: '● Management ON', color: 'Good' },
  enabling: { text: '◌ Management turning on…', color: 'Warning' },
  off: { text: '○ Management OFF', color: 'Default' },
};

const SESSION_TEMPLATE = cardTemplate(
  [
    plainText('${header}', { size: 'Medium', weight: 'Bolder', color: '${headerColor}' }),
    plainText('${message}', {}, { spacing: 'Small' }),
    { type: 'Container', spacing: 'Medium', items: [{ $data: '${facts}', ...factLineTemplate }] },
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  false,
);

/** Builds the management session card. */
export function buildSessionCard(model: SessionCardModel): AdaptiveCardJson {
  const header = HEADERS[model.state];
  const facts: FactView[] = [];
  if (model.state === 'on' && model.timeLeft) facts.push({ label: 'Time left', value: model.timeLeft.replace(/\s+left$/, '') });
  facts.push({ label: 'Auto-enable', value: model.autoEnable ? 'On: starting an action turns management on' : 'Off' });
  if (model.lastChangedBy) facts.push({ label: 'Last changed by', value: model.lastChangedBy });
  const view: SessionView = {
    header: header.text,
    headerColor: header.color,
    message: model.message,
    facts,
    buttons: plainButtons(model.actions),
  };
  return expandCard(SESSION_TEMPLATE, view, sessionFooter(model.footer));
}
