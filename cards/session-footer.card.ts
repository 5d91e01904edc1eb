import type { SessionFooterModel } from './card.types';
import { defineTemplate, expandTemplate } from './card-template';

/**
 * The small line at the bottom of every card that says whether management is on and for how long.
 * Operators act from cards that may be hours old; the footer tells them what the session looked like
 * when the card was sent, computed from an injected "now" so the same model always renders the same.
 */

const MINUTE = 60_000;

/**
 * Time left, rounded down to whole minutes: "1 h 52 min left", "2 h left", "45 min left",
 * "less than a minute left". Zero or negative (or NaN) means nothing is left: "no time left".
 */
export function formatTimeLeft(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return 'no time left';
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 1) return 'less than a minute left';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min left`;
  return rest === 0 ? `${hours} h left` : `${hours} h ${rest} min left`;
}

/**
 * The footer wording: "Management ON · 1 h 52 min left", "Management OFF", "Management turning on…".
 * An ON session whose expiry has passed reads "Management OFF · session expired" (it is off by now);
 * an ON session without a usable expiry reads just "Management ON".
 */
export function sessionFooterText(model: SessionFooterModel): string {
  if (model.state === 'off') return 'Management OFF';
  if (model.state === 'enabling') return 'Management turning on…';
  if (!model.expiresAt) return 'Management ON';
  const left = Date.parse(model.expiresAt) - Date.parse(model.now);
  if (Number.isNaN(left)) return 'Management ON';
  if (left <= 0) return 'Management OFF · session expired';
  return `Management ON · ${formatTimeLeft(left)}`;
}

interface FooterView {
  text: string;
  color: 'Good' | 'Warning' | 'Default';
}

const FOOTER_TEMPLATE = defineTemplate({
  type: 'Container',
  separator: true,
  spacing: 'Medium',
  items: [{ type: 'TextBlock', text: '${text}', size: 'Small', isSubtle: true, color: '${color}', wrap: true }],
});

/** The footer element (a Container) that builders append to a card body. */
export function sessionFooter(model: SessionFooterModel): Record<string, unknown> {
  const text = sessionFooterText(model);
  const on = model.state === 'on' && text.startsWith('Management ON');
  const view: FooterView = { text, color: on ? 'Good' : model.state === 'enabling' ? 'Warning' : 'Default' };
  return expandTemplate(FOOTER_TEMPLATE, view) as Record<string, unknown>;
}
