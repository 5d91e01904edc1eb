import type { DirectoryBackend } from './directory.types';
import type { Operator } from './governance/roles';

/**
 * What the action layer needs from storage and from the tenant. `store/` implements these on Cosmos DB;
 * the composition root wires them. Documents carry the partition key they are stored under.
 */

/** A stored document and its ETag, for optimistic concurrency. */
export interface Versioned<T> {
  doc: T;
  etag: string;
}

export interface OperatorStore {
  get(tenantId: string, objectId: string): Promise<Operator | null>;
  upsert(operator: Operator): Promise<void>;
  list(tenantId: string): Promise<Operator[]>;
}

export type SessionState = 'off' | 'enabling' | 'on';

export interface SessionDoc {
  id: string;
  tenantId: string;
  state: SessionState;
  autoEnable: boolean;
  /** How the session was turned on (service credential today; admin credentials later). */
  mode?: 'service-credential';
  enabledAt?: string;
  enabledBy?: string;
  lastActionAt?: string;
  expiresAt?: string;
  updatedAt: string;
  updatedBy: string;
}

export interface SessionStore {
  get(tenantId: string): Promise<Versioned<SessionDoc> | null>;
  /** Creates the document; null when another writer created it first. */
  create(doc: SessionDoc): Promise<Versioned<SessionDoc> | null>;
  /** Replaces when the ETag still matches; null when someone else wrote in between. */
  replace(doc: SessionDoc, etag: string): Promise<Versioned<SessionDoc> | null>;
}

export interface PlanTarget {
  id: string;
  display: string;
  upn: string;
}

/** A confirmation waiting for the operator's click. The card only carries its id. */
export interface PlanDoc {
  id: string;
  tenantId: string;
  operatorId: string;
  actionId: string;
  targets: PlanTarget[];
  input: Record<string, unknown>;
  correlationId: string;
  createdAt: string;
  expiresAt: string;
  status: 'pending' | 'running' | 'done' | 'cancelled';
}

export interface PlanStore {
  create(plan: PlanDoc): Promise<void>;
  get(tenantId: string, planId: string): Promise<Versioned<PlanDoc> | null>;
  replace(plan: PlanDoc, etag: string): Promise<Versioned<PlanDoc> | null>;
}

export type AuditOutcome = 'succeeded' | 'partial' | 'failed' | 'refused' | 'cancelled';

export interface AuditEntry {
  id: string;
  tenantId: string;
  time: string;
  correlationId: string;
  kind: 'action' | 'refusal' | 'cancel' | 'session';
  operator: { id: string; upn?: string };
  actionId: string;
  targets: { id?: string; display: string; outcome?: string; message?: string; details?: Record<string, unknown> }[];
  /** Parameters with secrets replaced by "[redacted]". */
  parameters: Record<string, unknown>;
  outcome: AuditOutcome;
  error?: { code: string; message: string };
  timings?: { startedAt: string; finishedAt: string; durationMs: number };
  entry: 'chat' | 'card' | 'system';
}

export interface AuditStore {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(tenantId: string, options: { limit: number; correlationId?: string }): Promise<AuditEntry[]>;
}

/** Gives the directory backend for a tenant, with the tenant's stored or configured service credential. */
export interface TenantConnector {
  directory(tenantId: string): Promise<DirectoryBackend>;
}

/**
 * Where to reach a person or channel later (a serialized Bot Framework conversation reference).
 * Opaque to the action layer: only bot/ reads it.
 */
export type ConversationAddress = Record<string, unknown>;

/** A card as plain JSON (Adaptive Card 1.5); the action layer never imports the card builders' types. */
export type CardJson = Record<string, unknown>;

/**
 * Proactive messages: post a card into a conversation outside the current turn (approval requests,
 * "session is on" updates), and replace a card that was posted before. Implemented in bot/.
 */
export interface Messenger {
  send(address: ConversationAddress, card: CardJson, options?: { summary?: string }): Promise<{ activityId?: string }>;
  update(address: ConversationAddress, activityId: string, card: CardJson): Promise<void>;
}
