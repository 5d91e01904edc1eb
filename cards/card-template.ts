import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCardJson, CardActionData } from './card.types';

/**
 * Shared plumbing for the card builders: template types, expansion and the card envelope.
 *
 * Every builder follows the same pattern: compute a "view" object in TypeScript (all wording, glyphs,
 * colors and flags decided there), then expand a static template against it. Templates only bind
 * (`${name}`), repeat (`$data`) and filter (`$when`); they never build sentences. Two reasons:
 * - Safety: adaptivecards-templating evaluates expressions found in the TEMPLATE only. Values coming
 *   from the view are copied verbatim, so a display name such as `${evil}` stays literal text.
 * - Completeness: a binding whose field is undefined expands to the literal "${field}". View types list
 *   every field as required (`string | null`), so the compiler catches a forgotten one; nulls are pruned.
 */

/** A JSON value inside a card template. Strings may hold `${...}` bindings. */
export type TemplateValue = string | number | boolean | null | TemplateObject | readonly TemplateValue[];

/** An object inside a card template; `$data` repeats or rebinds it, `$when` keeps it only when true. */
export interface TemplateObject {
  readonly $data?: string;
  readonly $when?: string;
  readonly [key: string]: TemplateValue | undefined;
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Teams renders Adaptive Cards up to schema 1.5. */
export const CARD_VERSION = '1.5';

/** Deep-freezes a template so a builder can never alter it between calls. */
export function defineTemplate<T extends TemplateObject>(template: T): T {
  const freeze = (node: unknown): void => {
    if (node !== null && typeof node === 'object' && !Object.isFrozen(node)) {
      Object.freeze(node);
      for (const child of Object.values(node as Record<string, unknown>)) freeze(child);
    }
  };
  freeze(template);
  return template;
}

/**
 * The card envelope around a body template. `wide` asks Teams for the full message width
 * (forms, previews and results carry tables that wrap badly in the default width).
 */
export function cardTemplate(body: readonly TemplateValue[], actions: readonly TemplateValue[], wide: boolean): TemplateObject {
  return defineTemplate({
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    ...(wide ? { msteams: { width: 'Full' } } : {}),
    body,
    actions,
  });
}

/**
 * Expands a template against a view. A fresh `Template` per call: instances keep expansion state.
 * The result is a deep copy with null properties removed (absent optional values become null in the view).
 */
export function expandTemplate(template: TemplateObject, view: object): unknown {
  const expanded: unknown = new ACData.Template(template).expand({ $root: view });
  return prune(expanded, false);
}

/** Expands a card template and appends the session footer element (see session-footer.card.ts) if any. */
export function expandCard(template: TemplateObject, view: object, footer: object | undefined): AdaptiveCardJson {
  const card = expandTemplate(template, view) as AdaptiveCardJson;
  if (footer) {
    const body = Array.isArray(card.body) ? card.body : [];
    card.body = [...body, footer];
  }
  if (!Array.isArray(card.actions) || card.actions.length === 0) delete card.actions;
  return card;
}

/**
 * Copies expanded JSON, dropping null properties and null array items. Button `data` is copied as is
 * (it is the bot's own payload, and an explicit null there may mean something to the dialog).
 */
function prune(node: unknown, verbatim: boolean): unknown {
  if (Array.isArray(node)) {
    return node.filter((item) => verbatim || item !== null).map((item) => prune(item, verbatim));
  }
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (value === null && !verbatim) continue;
      if (value === undefined) continue;
      out[key] = prune(value, verbatim || key === 'data');
    }
    return out;
  }
  return node;
}

// ---------------------------------------------------------------------------------------------
// Template fragments used by several cards.

/** Props of a TextRun (no markdown processing: safe for names and messages from the directory). */
export interface RunProps {
  readonly [key: string]: TemplateValue;
}

/**
 * A RichTextBlock with one TextRun bound to `binding`. Used for every string that comes from data
 * (display names, messages, values): TextRuns are never parsed as markdown, so a name like
 * "[click](https://…)" or "*x*" renders literally in every Teams client.
 */
export function plainText(binding: string, run: RunProps = {}, block: TemplateObject = {}): TemplateObject {
  return { type: 'RichTextBlock', ...block, inlines: [{ type: 'TextRun', text: binding, ...run }] };
}

/** A wrapping TextBlock for Steward's own wording (may use markdown). */
export function ownText(binding: string, props: TemplateObject = {}): TemplateObject {
  return { type: 'TextBlock', text: binding, wrap: true, ...props };
}

/** A change line "Label: before → after", one TextRun per part (view item: ChangeView). */
export const changeLineTemplate: TemplateObject = {
  type: 'RichTextBlock',
  spacing: 'None',
  inlines: [
    { type: 'TextRun', text: '${label}: ', isSubtle: true },
    { type: 'TextRun', text: '${before}' },
    { type: 'TextRun', text: ' → ', isSubtle: true },
    { type: 'TextRun', text: '${after}', weight: 'Bolder' },
  ],
};

/** The view of one change line; empty values show as an em dash so the arrow never dangles. */
export interface ChangeView {
  label: string;
  before: string;
  after: string;
}

export function changeView(change: { label: string; before: string; after: string }): ChangeView {
  return { label: change.label, before: orDash(change.before), after: orDash(change.after) };
}

export function orDash(value: string | undefined | null): string {
  return value === undefined || value === null || value.trim() === '' ? '—' : value;
}

/** One Action.Submit button. */
export interface ButtonView {
  title: string;
  style: 'positive' | 'destructive' | null;
  data: unknown;
  /** 'none' for Cancel-like buttons: no input validation, no input values posted. */
  associatedInputs: 'auto' | 'none';
}

/** Action.Submit bound to a ButtonView (repeat it with `$data`). */
export const buttonTemplate: TemplateObject = {
  type: 'Action.Submit',
  title: '${title}',
  style: '${style}',
  data: '${data}',
  associatedInputs: '${associatedInputs}',
};

/** Buttons for caller-supplied actions (error and session cards): they carry no inputs. */
export function plainButtons(actions: readonly { title: string; data: CardActionData }[] | undefined): ButtonView[] {
  return (actions ?? []).map((a) => ({
    title: a.title,
    style: a.data.steward.verb === 'session-on' ? 'positive' : null,
    data: a.data,
    associatedInputs: 'none',
  }));
}

/** A "Label: value" line from data, both parts as TextRuns (view item: FactView). */
export const factLineTemplate: TemplateObject = {
  type: 'RichTextBlock',
  spacing: 'None',
  inlines: [
    { type: 'TextRun', text: '${label}: ', isSubtle: true },
    { type: 'TextRun', text: '${value}' },
  ],
};

export interface FactView {
  label: string;
  value: string;
}

/** "1 target" / "3 targets". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}

/**
 * Shown when the tenant's policy asks for an approval (view field `needsApproval`, note `approvalNote`):
 * the justification the approver will read. Confirm and bulk summary cards share it.
 */
export function approvalRequestBlock(): TemplateObject {
  return {
    $when: '${needsApproval}',
    type: 'Container',
    separator: true,
    spacing: 'Large',
    style: 'emphasis',
    items: [
      plainText('${approvalNote}', { weight: 'Bolder', color: 'Accent' }),
      {
        type: 'Input.Text',
        id: 'justification',
        label: 'Justification (the approver sees it)',
        placeholder: 'Why is this needed? Ticket number, who asked…',
        isMultiline: true,
        isRequired: true,
        maxLength: 1000,
        errorMessage: 'Say why this change is needed.',
      },
    ],
  };
}
