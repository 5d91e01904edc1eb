import { z } from 'zod';
import type { DirectoryBackend, DirectoryUser } from './directory.types';
import type { AppRegistrationTarget, GroupTarget } from './targets/group-target.types';
import type { DeletedUserTarget } from './targets/deleted-user.target';
import type {
  DistributionGroupTarget,
  MailboxTarget,
  MailContactTarget,
  MailUserTarget,
  MobileDeviceTarget,
} from './targets/exchange-recipient.target';
import type { Operator, Permission } from './governance/roles';
import type { Logger } from './logger.types';
import type { AnnotationStore, VirtualTenantStore } from './ports';

/**
 * An action is declared once, as data plus two functions. Dialogs, cards, help, the recognizer and the
 * manifest all derive from this object; nothing else in the code base knows an action by name.
 */
export interface TargetTypes {
  user: DirectoryUser;
  group: GroupTarget;
  appRegistration: AppRegistrationTarget;
  /** A user in the recycle bin (/directory/deletedItems): restore and purge act on those. */
  deletedUser: DeletedUserTarget;
  /** Exchange Online: user, shared, room and equipment mailboxes. */
  mailbox: MailboxTarget;
  /** Distribution groups and mail-enabled security groups (Exchange-managed). */
  distributionGroup: DistributionGroupTarget;
  mailContact: MailContactTarget;
  mailUser: MailUserTarget;
  /** Exchange ActiveSync / Outlook mobile device partnerships. */
  mobileDevice: MobileDeviceTarget;
  /** Create actions: nothing exists yet, so the action runs once with no target. */
  none: null;
}
/** What an action acts on; each kind has one handler in actions/targets/ (find, load, display, scope). */
export type TargetKind = keyof TargetTypes;
export type BackendKind = 'graph' | 'exchange' | 'internal';

export interface ChangeLine {
  label: string;
  before: string;
  after: string;
}

/** Everything an action may use while it runs. Built by the engine per call. */
export interface ActionContext {
  tenantId: string;
  operator: Operator;
  correlationId: string;
  directory: DirectoryBackend;
  now(): Date;
  /** Cryptographically strong random source for passwords. */
  randomBytes(size: number): Buffer;
  logger: Logger;
  /**
   * Users named in the input (members, owners): resolved by UPN, mail or object id and checked against
   * the operator's scope, so an input can never reach a user the operator may not act on.
   * Throws TARGET_NOT_FOUND or SCOPE_DENIED.
   */
  resolveUsers(texts: readonly string[]): Promise<DirectoryUser[]>;
  /** Steward's own tags and portal attributes per user (Cosmos; never written to Entra). */
  annotations: AnnotationStore;
  /** Mailbox (UPN) that sends temporary passwords by mail (config MAIL_SENDER); absent: no mail. */
  mailSender?: string;
  /** Virtual tenants, read for their licence pools (user.manage-licenses); absent: no pools. */
  virtualTenants?: Pick<VirtualTenantStore, 'list'>;
}

/** What one target will look like after the action: shown on the confirm card. */
export interface TargetPreview {
  changes: ChangeLine[];
  items?: string[];
  warnings?: string[];
  /** Set when nothing would change for this target: the run skips it and says why. */
  noop?: string;
}

/** A secret shown once to the operator (never logged or audited). */
export interface Secret {
  label: string;
  value: string;
}

export interface TargetOutcome {
  outcome: 'succeeded' | 'failed' | 'skipped';
  message: string;
  changes?: ChangeLine[];
  secrets?: Secret[];
  /** Non-secret facts for the audit entry (e.g. the method ids removed). */
  audit?: Record<string, unknown>;
}

/** A recognizer hint: when the text matches, the parameter takes this value. */
export interface ParamRule {
  name: string;
  when?: { pattern: RegExp; value: unknown }[];
  /** The first capture group that matched (or the whole match) is the value, read as `as` (default a string). */
  capture?: RegExp;
  as?: 'string' | 'number' | 'list' | 'email' | 'emails' | 'megabytes';
  /** Stating this parameter tells this action from its neighbours (the recognizer weighs it a little higher). */
  evidence?: boolean;
}

/** How the recognizer reads this action's target from text (default: emails and names anywhere). */
export interface TextTargetHint {
  kinds?: ('email' | 'name')[];
  /** Prepositions that introduce the target ("add a to B": ['to']). */
  after?: string[];
  /** Only mentions after `after` are targets: "add a@x.com to the group" names no group (a@x.com is a member). */
  strict?: boolean;
  /**
   * Nouns that name this action's own sort of target, beyond its kind's ("room mailbox" for the room action): a text
   * calling the target so favours this action over its kind's other actions.
   */
  nouns?: string[];
}

export interface ActionDefinition<S extends z.AnyZodObject = z.AnyZodObject, K extends TargetKind = TargetKind> {
  id: string;
  title: string;
  category: string;
  /** One line for help: what it does and why one would use it. */
  description: string;
  /** Example phrasings; the recognizer learns from them and help shows the first. */
  phrases: string[];
  /** Optional phrases that are not this action (help the recognizer keep neighbours apart). */
  paramRules?: ParamRule[];
  target: K;
  /** How chat text names the target; 'none' actions never read one. */
  textTargets?: TextTargetHint;
  /** Parameters other than the targets. Defaults in the schema are the defaults the operator sees. */
  input: S;
  /** Keys of `input` that are secret: redacted in audit and logs, never shown on cards. */
  secretParams?: readonly string[];
  permission: Permission;
  bulk: boolean;
  destructive: boolean;
  backend: BackendKind;
  /**
   * Rules that span several inputs (zod objects here stay plain so forms can be derived from them).
   * Returns a message per offending input key; empty when the input is fine.
   */
  check?(input: z.infer<S>): Record<string, string>;
  /**
   * Why a target of the right kind is still not this action's ("Northwest Sales is a distribution list, not a Microsoft
   * 365 group"); undefined when it fits. Checked when a chat names the target, so the dialog can offer the action
   * that does fit before any form is shown.
   */
  fits?(target: TargetTypes[K]): { message: string; hint: string } | undefined;
  /** The confirm card's one-sentence summary. */
  summarize(input: z.infer<S>, targets: readonly TargetTypes[K][]): string;
  /** Parameter lines for the confirm card (secrets excluded). */
  describeInput?(input: z.infer<S>): { label: string; value: string }[];
  preview(ctx: ActionContext, target: TargetTypes[K], input: z.infer<S>): Promise<TargetPreview>;
  run(ctx: ActionContext, target: TargetTypes[K], input: z.infer<S>): Promise<TargetOutcome>;
  /**
   * Optional, for bulk jobs: the Graph requests run() would send for this target, declared instead of
   * sent, so the bulk runner can pack many targets into $batch (≤ 20) and pace them. Bulk uses it when
   * present (else run()); chat requests always use run(). An empty list means nothing to do (`done`).
   */
  plan?(ctx: ActionContext, target: TargetTypes[K], input: z.infer<S>): Promise<GraphPlan>;
  /**
   * Reversible actions: how to put a target back as it was. The engine calls capture() just before
   * run() (nothing has changed yet) and, when the target succeeded, restore() to get the request that
   * undoes it; the result card then offers Undo, which goes through the engine like any request.
   * What capture() answers is stored (audit-safe: never secrets).
   */
  undo?: UndoSpec<z.infer<S>, TargetTypes[K]>;
}

/** One Graph request of a bulk plan: path relative to the version root, as GraphGateway takes it. */
export interface GraphRequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
}

/** A target's requests (sent in order) and its outcome once every one of them succeeded. */
export interface GraphPlan {
  requests: GraphRequestSpec[];
  done: TargetOutcome;
}

/** The request that restores a target: the same action or its inverse, with the target's own input. */
export interface UndoRequest {
  actionId: string;
  params: Record<string, unknown>;
}

export interface UndoSpec<I, T> {
  capture(ctx: ActionContext, target: T, input: I): Promise<unknown>;
  /** Null when nothing needs restoring for this target. */
  restore(captured: unknown, input: I, outcome: TargetOutcome): UndoRequest | null;
}

/** Identity function that keeps the schema's type flowing into preview() and run(). */
export function defineAction<S extends z.AnyZodObject, K extends TargetKind>(def: ActionDefinition<S, K>): ActionDefinition<S, K> {
  if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(def.id)) {
    throw new Error(`Action id "${def.id}" must look like "category.verb-noun"`);
  }
  if (def.phrases.length === 0) throw new Error(`Action ${def.id} needs at least one phrase`);
  return def;
}

/** The registry's element type: any action, input type erased. */
export type AnyAction = ActionDefinition<z.AnyZodObject, TargetKind>;
