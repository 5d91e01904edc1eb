import type { ChangeLine, ParamRule } from '../define-action';
import type { ExchangeObject } from '../exchange-gateway.types';
import { yesNo } from '../mailboxes/mailbox-lifecycle.helpers';

/**
 * Address list (GAL) visibility for the mail contact and mail user edits, in the same shape and wording
 * as mailbox.edit: a Yes/No input, one before → after line, and HiddenFromAddressListsEnabled on the
 * Set-MailContact / Set-MailUser call only when the value really changes.
 */

export type YesNo = 'Yes' | 'No';

export const HIDDEN_LABEL = 'Hidden from address lists';

/** The form field; `what` names the object ("mail contact", "mail user"). */
export const hiddenFromAddressListsField = (what: string) => yesNo(`Hide the ${what} from the address lists.`);

const LISTS = String.raw`(?:the\s+)?(?:GAL|global address list|(?:offline\s+)?address\s*(?:lists?|books?))\b`;

/**
 * Reads hide/unhide from the chat line. Order matters (first match wins): "unhide" and "no longer hidden"
 * before "hide", and "should not show up in the GAL" before the plain "show … in the GAL" ("should show as
 * Litware Sales in the GAL" is about the name, not visibility).
 */
export const hiddenFromAddressListsRule: ParamRule = {
  name: 'hiddenFromAddressLists',
  when: [
    { pattern: new RegExp(String.raw`\b(?:unhide|un-hide|no longer (?:be\s+)?hidden|not be hidden|stop hiding)\b.*\b${LISTS}`, 'i'), value: 'No' },
    { pattern: new RegExp(String.raw`(?:\b(?:hide|hidden|invisible|out of|off)\b|(?:\bnot|n't|\bnever)\s+(?:show(?:\s+up)?|appear|be\s+(?:listed|visible))\b).*\b${LISTS}`, 'i'), value: 'Yes' },
    { pattern: new RegExp(String.raw`\b(?:show(?!\s+as\b)|visible|appear(?!\s+as\b)|back)\b.*\b${LISTS}`, 'i'), value: 'No' },
    { pattern: new RegExp(String.raw`\b${LISTS}.*\b(?:hidden|hide)\b`, 'i'), value: 'Yes' },
    // on a contact or mail user, a bare "unhide" / "hide" can only mean the address lists
    { pattern: /\bun-?hide\b/i, value: 'No' },
    { pattern: /\bhide\b/i, value: 'Yes' },
  ],
};

/** The current flag as Exchange reports it (Get-MailContact / Get-MailUser). */
export function readHidden(o: ExchangeObject | undefined): boolean {
  return o?.HiddenFromAddressListsEnabled === true;
}

/** The new flag when `wanted` differs from `current`, with its card line; nothing when it already matches. */
export function hiddenChange(current: boolean, wanted: YesNo | undefined): { hidden?: boolean; change?: ChangeLine } {
  if (wanted === undefined || (wanted === 'Yes') === current) return {};
  return { hidden: wanted === 'Yes', change: { label: HIDDEN_LABEL, before: current ? 'Yes' : 'No', after: wanted } };
}

/** The undo request's value: the flag as it was before the run. */
export const asYesNo = (hidden: boolean): YesNo => (hidden ? 'Yes' : 'No');
