import { z } from 'zod';
import type { DirectoryBackend, DirectoryUser } from './directory.types';
import type { Operator, Permission } from './governance/roles';
import type { Logger } from './logger.types';

/**
 * An action is declared once, as data plus two functions. Dialogs, cards, help, the recognizer and the
 * manifest all derive from this object; nothing else in the code base knows an action by name.
 */
export type TargetKind = 'user';
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
  when: { pattern: RegExp; value: unknown }[];
}

export interface ActionDefinition<S extends z.AnyZodObject = z.AnyZodObject> {
  id: string;
  title: string;
  category: string;
  /** One line for help: what it does and why one would use it. */
  description: string;
  /** Example phrasings; the recognizer learns from them and help shows the first. */
  phrases: string[];
  /** Optional phrases that are not this action (help the recognizer keep neighbours apart). */
  paramRules?: ParamRule[];
  target: TargetKind;
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
  /** The confirm card's one-sentence summary. */
  summarize(input: z.infer<S>, targets: readonly DirectoryUser[]): string;
  /** Parameter lines for the confirm card (secrets excluded). */
  describeInput?(input: z.infer<S>): { label: string; value: string }[];
  preview(ctx: ActionContext, target: DirectoryUser, input: z.infer<S>): Promise<TargetPreview>;
  run(ctx: ActionContext, target: DirectoryUser, input: z.infer<S>): Promise<TargetOutcome>;
}

/** Identity function that keeps the schema's type flowing into preview() and run(). */
export function defineAction<S extends z.AnyZodObject>(def: ActionDefinition<S>): ActionDefinition<S> {
  if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(def.id)) {
    throw new Error(`Action id "${def.id}" must look like "category.verb-noun"`);
  }
  if (def.phrases.length === 0) throw new Error(`Action ${def.id} needs at least one phrase`);
  return def;
}

/** The registry's element type: any action, input type erased. */
export type AnyAction = ActionDefinition<z.AnyZodObject>;
