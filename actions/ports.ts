import type { TargetKind } from './define-action';
import type { DirectoryBackend } from './directory.types';
import type { PermissionSet } from './governance/permission-set.schema';
import type { Operator } from './governance/roles';
import type { VirtualTenant } from './governance/virtual-tenant.schema';

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
  /** True when a document was deleted. */
  delete(tenantId: string, objectId: string): Promise<boolean>;
}

/** Permission sets (custom roles), one document per set; see governance/permission-set.schema.ts. */
export interface PermissionSetStore {
  list(tenantId: string): Promise<PermissionSet[]>;
  /** Creates or replaces the sets (by key); written one by one, after the caller validated them all. */
  upsertMany(sets: PermissionSet[]): Promise<void>;
}

/** Virtual tenants (scopes), one document per virtual tenant; see governance/virtual-tenant.schema.ts. */
export interface VirtualTenantStore {
  get(tenantId: string, id: string): Promise<VirtualTenant | null>;
  list(tenantId: string): Promise<VirtualTenant[]>;
  /** Creates; false when one with the same id exists. */
  create(doc: VirtualTenant): Promise<boolean>;
  /** Replaces an existing document (licence pools). */
  replace(doc: VirtualTenant): Promise<void>;
  /** True when a document was deleted. */
  delete(tenantId: string, id: string): Promise<boolean>;
}

export type SessionState = 'off' | 'enabling' | 'on';

export interface SessionDoc {
  id: string;
  tenantId: string;
  state: SessionState;
  autoEnable: boolean;
  /**
   * Advanced management (a Tenant Admin toggle): Management operators may turn the session on without
   * credentials of their own. Absent: the instance default.
   */
  advanced?: boolean;
  /** Which credential the session was turned on with. */
  mode?: SessionMode;
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

/** The stored service credential, stored admin credentials, or the app registration from configuration. */
export type SessionMode = 'service-credential' | 'admin-credentials' | 'configured-credential';

export type CredentialKind = 'service' | 'admin';

/** A secret encrypted at rest (AES-256-GCM); see actions/credentials/secret.cipher.ts. */
export interface SealedSecretDoc {
  alg: 'A256GCM';
  keyId: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

/**
 * A tenant credential stored by a Tenant Admin: one document per tenant and kind (id = kind). Only the
 * secret (client secret or password) is encrypted; the client id / username are shown on cards.
 */
export interface CredentialDoc {
  id: CredentialKind;
  tenantId: string;
  kind: CredentialKind;
  /** service: the app registration's client (application) id. */
  clientId?: string;
  /** admin: the Tenant Admin account used for the username/password flow. */
  username?: string;
  secret: SealedSecretDoc;
  storedAt: string;
  storedBy: { id: string; upn?: string; displayName?: string };
}

export interface CredentialStore {
  get(tenantId: string, kind: CredentialKind): Promise<CredentialDoc | null>;
  list(tenantId: string): Promise<CredentialDoc[]>;
  put(doc: CredentialDoc): Promise<void>;
  /** True when a document was deleted. */
  delete(tenantId: string, kind: CredentialKind): Promise<boolean>;
}

export interface PlanTarget {
  id: string;
  display: string;
  /** A user's UPN; for other kinds the label that names the target (a group's mail or name). */
  upn: string;
  /** Absent on plans made before targets had kinds: 'user'. */
  kind?: TargetKind;
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
  /** awaiting-approval: held for an approval request; only that request's approval can run it. */
  /** undo-offered: an undo kept for a run's Undo button; it is previewed as a fresh plan before it runs. */
  status: 'pending' | 'awaiting-approval' | 'running' | 'done' | 'cancelled' | 'undo-offered';
  /** Set when the tenant's policy requires an approval before this plan runs (see actions/governance/). */
  approval?: PlanApproval;
  /** Per-target input (undo: each target goes back to its own prior state); wins over `input`. */
  targetInputs?: Record<string, Record<string, unknown>>;
  /** An undo: the run it reverses (its plan and correlation id) and the offered undo it came from. */
  undoOf?: { planId: string; correlationId: string; undoId: string };
}

/** Why a plan needs approval, what the approver will be shown, and (once requested) the request id. */
export interface PlanApproval {
  reason: string;
  summary: string;
  parameters: { label: string; value: string }[];
  requestId?: string;
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
  kind: 'action' | 'refusal' | 'cancel' | 'session' | 'audit' | 'approval' | 'policy' | 'operator';
  operator: { id: string; upn?: string };
  actionId: string;
  targets: { id?: string; display: string; outcome?: string; message?: string; details?: Record<string, unknown> }[];
  /** Parameters with secrets replaced by "[redacted]". */
  parameters: Record<string, unknown>;
  outcome: AuditOutcome;
  error?: { code: string; message: string };
  timings?: { startedAt: string; finishedAt: string; durationMs: number };
  entry: 'chat' | 'card' | 'system' | 'approval';
  /** On the run of an Undo: the correlation id of the run it reversed. */
  undoOf?: string;
  /** On a bulk job's entries (one per chunk of ≤ 20 targets): the job and the chunk. */
  bulk?: { jobId: string; chunk: number };
  /** Approval facts: on a request or decision entry, and on the run of an approved plan (the consent). */
  approval?: {
    requestId: string;
    event: 'requested' | 'approved' | 'rejected' | 'expired' | 'refused' | 'ran';
    requester?: { id: string; upn?: string };
    approver?: { id: string; upn?: string };
    justification?: string;
    comment?: string;
  };
}

/**
 * Which audit entries to read: the values are already resolved (object ids and UPNs, matched without
 * regard to case), so a stored filter (an export link) means the same thing later.
 */
export interface AuditFilter {
  /** Entries with a target whose object id or display (UPN) is one of these. */
  targets?: string[];
  /** Entries by an operator whose object id or UPN is one of these. */
  operators?: string[];
  /** ISO time, inclusive. */
  since?: string;
  /** ISO time, exclusive. */
  until?: string;
}

export interface AuditQuery extends AuditFilter {
  limit: number;
}

export interface AuditStore {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(tenantId: string, options: { limit: number; correlationId?: string }): Promise<AuditEntry[]>;
  /** Newest first, at most `limit` entries matching every condition of the filter. */
  query(tenantId: string, query: AuditQuery): Promise<AuditEntry[]>;
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

/**
 * Steward's own notes about a user (tags and portal attributes): one document per user, partitioned by
 * tenant. They live only in Steward's store and are never written to Entra ID.
 */
export interface UserAnnotationsDoc {
  /** The user's object id. */
  id: string;
  tenantId: string;
  /** The user's UPN when last written, for reading the raw container. */
  userPrincipalName?: string;
  tags: string[];
  attributes: Record<string, string>;
  updatedAt: string;
  updatedBy: string;
}

export interface AnnotationStore {
  /** Null when nothing was ever stored for the user. */
  get(tenantId: string, userId: string): Promise<UserAnnotationsDoc | null>;
  /**
   * Reads, applies `change` and writes back under the document's ETag, retrying when another writer
   * came in between, so two concurrent edits never lose each other's tags. Answers what was stored.
   */
  update(
    tenantId: string,
    userId: string,
    change: (current: UserAnnotationsDoc) => UserAnnotationsDoc,
  ): Promise<{ before: UserAnnotationsDoc; after: UserAnnotationsDoc }>;
}
