/**
 * View models for every card Steward shows. Builders in this folder turn them into Adaptive Card 1.5 JSON;
 * dialogs fill them from the engine's results. Nothing here knows botbuilder or the tenant.
 */

/** Data every Steward button posts back (Action.Submit `data`, or Action.Execute `data`). */
export interface CardActionData {
  steward: {
    /** Built-in verbs below; command modules register more (e.g. approval decisions). */
    verb: 'confirm' | 'cancel' | 'form' | 'choose' | 'session-on' | 'session-off' | (string & {});
    /** The pending plan the button belongs to (confirm / cancel). */
    planId?: string;
    /** What the card showed; the server compares it with the stored plan and refuses a mismatch. */
    actionId?: string;
    targets?: string[];
    /** choose: the picked object id. */
    choice?: string;
  };
  /** Input values (Input.* ids) are merged in here by the client. */
  [input: string]: unknown;
}

export interface SessionFooterModel {
  state: 'off' | 'enabling' | 'on';
  /** ISO time the session expires (state on). */
  expiresAt?: string;
  /** ISO "now" used to compute the time left (injected so cards are deterministic). */
  now: string;
}

export type FieldKind = 'text' | 'email' | 'password' | 'number' | 'toggle' | 'choice' | 'multiline' | 'date';

/** One input of a form card, derived from the action's zod schema. */
export interface FormField {
  id: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  help?: string;
  placeholder?: string;
  choices?: { title: string; value: string }[];
  value?: string | number | boolean;
  /** A validation message shown under the field (after a bad submit). */
  error?: string;
  /** choice: several values may be picked (posted comma-separated). */
  multiSelect?: boolean;
  /** text kinds: longest accepted value. */
  maxLength?: number;
  /** number: accepted range. */
  min?: number;
  max?: number;
}

export interface FormCardModel {
  actionId: string;
  title: string;
  intro?: string;
  fields: FormField[];
  /** Merged into the submit button's data. */
  data: CardActionData;
  /** Submit button title (default "Continue"). */
  submitTitle?: string;
  footer?: SessionFooterModel;
}

export interface ChangeLine {
  label: string;
  before: string;
  after: string;
}

export interface ConfirmTargetModel {
  display: string;
  /** Secondary line: UPN, department. */
  detail?: string;
  /** Which scope allowed this target ("Whole tenant", "Virtual tenant: Italy"). */
  scope?: string;
  changes: ChangeLine[];
  /** Bullet list of concrete items affected ("Microsoft Authenticator (iPhone 15)"). */
  items?: string[];
  warnings?: string[];
}

export interface ConfirmCardModel {
  planId: string;
  actionId: string;
  title: string;
  /** One sentence: "Remove 3 authentication methods from Jane Doe so she registers MFA again." */
  summary: string;
  destructive: boolean;
  targets: ConfirmTargetModel[];
  /** Parameter summary lines ("Revoke sessions: yes"). Secrets never appear here. */
  parameters?: { label: string; value: string }[];
  /** Notices above the preview ("Management session was off: auto-enable turned it on."). */
  notices?: string[];
  /** Target keys (object ids) echoed into the Confirm data. */
  targetKeys: string[];
  footer?: SessionFooterModel;
}

export interface ResultTargetModel {
  display: string;
  outcome: 'succeeded' | 'failed' | 'skipped';
  message: string;
  changes?: ChangeLine[];
}

export interface ResultCardModel {
  title: string;
  /** Overall: all succeeded, some failed, all failed. */
  outcome: 'succeeded' | 'partial' | 'failed';
  summary: string;
  targets: ResultTargetModel[];
  /**
   * Secrets shown once to the operator (temporary passwords). Only ever sent in the 1:1 chat;
   * never logged or audited.
   */
  secrets?: { label: string; value: string }[];
  correlationId: string;
  footer?: SessionFooterModel;
}

export interface ChoiceCardModel {
  title: string;
  prompt: string;
  choices: { title: string; subtitle?: string; value: string }[];
  data: CardActionData;
  footer?: SessionFooterModel;
}

export interface ErrorCardModel {
  /** Stable code, e.g. SCOPE_DENIED. */
  code: string;
  title: string;
  message: string;
  /** How to fix it. */
  hint?: string;
  correlationId: string;
  /** Optional buttons (e.g. "Turn on management session"). */
  actions?: { title: string; data: CardActionData }[];
  footer?: SessionFooterModel;
}

export interface HelpCardModel {
  operator: string;
  roles: string[];
  categories: { name: string; actions: { title: string; example: string; description?: string }[] }[];
  commands: { example: string; description: string }[];
  footer?: SessionFooterModel;
}

export interface SessionCardModel {
  state: 'off' | 'enabling' | 'on';
  message: string;
  /** e.g. "1 h 52 min left" */
  timeLeft?: string;
  autoEnable: boolean;
  lastChangedBy?: string;
  actions?: { title: string; data: CardActionData }[];
  footer: SessionFooterModel;
}

/** An Adaptive Card as plain JSON (type AdaptiveCard, version 1.5). */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };
