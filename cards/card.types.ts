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
  /**
   * choice: a dynamic typeahead picker. The client asks the bot for choices with an `application/search`
   * invoke naming this dataset ("users", "groups", "skus"); `choices` then only holds the current value(s).
   */
  dataset?: string;
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
  /** Set when the tenant's policy needs an approval: the card asks for a justification and "Request approval". */
  approval?: { reason: string };
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
  /** The Undo button's payload (verb 'undo'), when the run can be undone. */
  undo?: CardActionData;
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

/** A stored tenant credential as cards show it: which one, who stored it and when; never the secret. */
export interface StoredCredentialModel {
  /** "app 1c1e6890-4239-51b1-b569-7b1692313b3f" or "admin@contoso.com". */
  identity: string;
  storedBy: string;
  /** Display time, e.g. "2026-11-23 14:05 UTC". */
  storedAt: string;
  /** Turning the session on uses this credential. */
  inUse: boolean;
}

/** The management settings card (Tenant Admins): session state, the two toggles, stored credentials. */
export interface ManagementSettingsCardModel {
  state: 'off' | 'enabling' | 'on';
  /** One sentence on top ("Auto-enable is now off."). */
  message: string;
  /** State details: time left, turned on by, credential in use. */
  facts: { label: string; value: string }[];
  autoEnable: boolean;
  advanced: boolean;
  serviceCredential?: StoredCredentialModel;
  adminCredentials?: StoredCredentialModel;
  /** False when no encryption key is configured: the store buttons give way to `storeUnavailable`. */
  canStore: boolean;
  storeUnavailable?: string;
  /** What is used when nothing is stored ("the app registration from Steward's configuration"). */
  fallbackNote?: string;
  footer: SessionFooterModel;
}

/** The form that stores (or replaces) a credential. Secrets are never pre-filled. */
export interface CredentialFormCardModel {
  kind: 'service' | 'admin';
  replacing: boolean;
  /** Non-secret value to keep after a rejected submit (client id / username). */
  identity?: string;
  /** Messages per field id (clientId, clientSecret, username, password) after a rejected submit. */
  errors?: Record<string, string>;
  footer: SessionFooterModel;
}

/** One audit entry as a compact card row. */
export interface AuditRowModel {
  /** ISO time. */
  time: string;
  /** UPN (or object id) of the operator. */
  operator: string;
  /** Action title ("Reset MFA") or Steward command ("Management session on"). */
  action: string;
  /** Target UPNs / names, joined. */
  targets: string;
  outcome: 'succeeded' | 'partial' | 'failed' | 'refused' | 'cancelled';
  errorCode?: string;
  /** Why it was refused or failed. */
  message?: string;
  correlationId: string;
}

export interface AuditCardModel {
  /** What was asked: "about Jane Doe (jane@contoso.com)"; empty for the whole log. */
  description: string;
  /** Newest first. */
  rows: AuditRowModel[];
  /** More entries match than the rows given. */
  more: boolean;
  /** The Export CSV button's data (same filter), when offered. */
  exportData?: CardActionData;
  footer?: SessionFooterModel;
}

export interface AuditExportCardModel {
  description: string;
  /** The signed download link. */
  url: string;
  /** ISO time the link stops working. */
  expiresAt: string;
  /** ISO "now", for "works for 15 min". */
  now: string;
  maxRows: number;
  footer?: SessionFooterModel;
}

/** An Adaptive Card as plain JSON (type AdaptiveCard, version 1.5). */
export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** A notice on an approval card: what just happened, or why a click was refused (with its stable code). */
export interface ApprovalNoticeModel {
  text: string;
  code?: string;
  tone: 'good' | 'warning' | 'attention';
}

/** One approval request as a card (Universal Actions: its buttons are Action.Execute). */
export interface ApprovalCardModel {
  requestId: string;
  title: string;
  status: 'pending' | 'approved' | 'rejected' | 'expired' | 'executed';
  /** "Waiting for approval · 23 h 59 min left", "Approved by Alex Admin · ran: done". */
  statusLine: string;
  summary: string;
  /** Requested by, justification, why approval is needed, parameters, decision, result. */
  facts: { label: string; value: string }[];
  /** "Jane Doe (jane@contoso.com)", one per target. */
  targets: string[];
  /** How many targets there are when `targets` is only a sample of them (a bulk job). */
  targetCount?: number;
  notice?: ApprovalNoticeModel;
  /** Shows Approve / Reject (and a comment box): only in an approver's view of a pending request. */
  decide: boolean;
  /** Teams user ids that see their own view (`refresh.userIds`); only while pending. */
  refreshUserIds?: string[];
  footer?: SessionFooterModel;
}

export interface ApprovalListItemModel {
  requestId: string;
  title: string;
  statusLine: string;
  summary: string;
  /** "Pradeep Gupta (pradeep@contoso.com), …" */
  targets: string;
  /** "Harper Lane (helpdesk@contoso.com): "Ticket 4711, user lost phone"" */
  detail: string;
  decide: boolean;
}

/** "my requests" / "pending approvals". */
export interface ApprovalListCardModel {
  title: string;
  intro: string;
  items: ApprovalListItemModel[];
  /** Shown when there are no items. */
  empty: string;
  notice?: ApprovalNoticeModel;
  footer?: SessionFooterModel;
}

/** The approval policy, read-only or editable (Tenant Admins). */
export interface PolicyCardModel {
  intro: string;
  rules: { text: string; role: string; actions: string }[];
  facts: { label: string; value: string }[];
  editable: boolean;
  bulkThreshold: number | null;
  expiryHours: number;
  roleChoices: { title: string; value: string }[];
  actionChoices: { title: string; value: string }[];
  effectChoices: { title: string; value: string }[];
  /** "Post approval requests to this channel" / "Send them to the approvers' personal chats". */
  channelButton?: { title: string; data: CardActionData };
  notice?: string;
  footer?: SessionFooterModel;
}

/**
 * Operators, permission sets and virtual tenants: a titled card of sections (facts and bullet lists),
 * optionally a JSON block (permission set export) and buttons.
 */
export interface GovernanceCardModel {
  title: string;
  intro?: string;
  /** Success / notice line above the sections. */
  notice?: string;
  sections: GovernanceSectionModel[];
  /** Shown in a monospace block (JSON export), as typed. */
  code?: string;
  actions?: { title: string; data: CardActionData }[];
  footer?: SessionFooterModel;
}

export interface GovernanceSectionModel {
  heading: string;
  facts?: { label: string; value: string }[];
  items?: string[];
  /** Shown when the section has no facts and no items. */
  empty?: string;
}
