import type { AnyAction } from '../define-action';
import type { ConversationAddress, PlanDoc, PlanTarget, Versioned } from '../ports';
import type { Operator, Role } from './roles';

/**
 * Approvals and policies: the documents, the stores the action layer needs for them, and the port the
 * engine asks before anything runs. Kept apart from ports.ts so governance can grow without touching
 * the spine's storage contract.
 */

/** What a policy rule says about an action: run it directly, ask for approval first, or refuse. */
export type PolicyEffect = 'run' | 'approval' | 'forbidden';

/**
 * Which actions a rule covers: an action id ("user.reset-mfa"), a category ("category:Users"),
 * "destructive" (every action declared destructive), or "*" (everything).
 */
export type ActionSelector = string;

export interface PolicyRule {
  /** A built-in role, or "*" for every role. */
  role: Role | '*';
  actions: ActionSelector;
  effect: PolicyEffect;
}

/** Where approval cards go when not to the approvers' personal chats. */
export interface ApprovalChannel {
  address: ConversationAddress;
  name: string;
  setBy: string;
  setAt: string;
}

/** One document per tenant (id "approval-policy"), changed with ETags by Tenant Admins. */
export interface PolicyDoc {
  id: 'approval-policy';
  tenantId: string;
  rules: PolicyRule[];
  /** More targets than this in one request need approval; null: no threshold. */
  bulkThreshold: number | null;
  /** How long an approval request stays open. */
  expiryHours: number;
  /** Operators with one of these roles decide requests (never their own). */
  approverRoles: Role[];
  /** When set, approval cards are posted to this channel instead of the approvers' personal chats. */
  channel?: ApprovalChannel;
  updatedAt?: string;
  updatedBy?: string;
}

export interface PolicyStore {
  get(tenantId: string): Promise<Versioned<PolicyDoc> | null>;
  create(doc: PolicyDoc): Promise<Versioned<PolicyDoc> | null>;
  replace(doc: PolicyDoc, etag: string): Promise<Versioned<PolicyDoc> | null>;
}

export interface PolicyDecision {
  effect: PolicyEffect;
  /** Why, in words an operator understands ("Helpdesk: destructive actions need approval"). */
  reason: string;
}

/** The approver's consent the engine needs to run a plan held for approval. */
export interface ApprovalConsent {
  requestId: string;
  approver: { id: string; upn?: string };
  justification: string;
  comment?: string;
}

/**
 * The engine's view of the tenant's policy. Asked at prepare AND at execute, so chat, card clicks,
 * approvals and bulk all obey the same rules; a consent is checked against the stored request.
 */
export interface ApprovalPolicy {
  decide(tenantId: string, operator: Operator, action: AnyAction, targetCount: number): Promise<PolicyDecision>;
  confirmConsent(tenantId: string, plan: PlanDoc, consent: ApprovalConsent): Promise<boolean>;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired' | 'executed';

export interface ApprovalPerson {
  id: string;
  upn?: string;
  displayName?: string;
}

/** A card posted for a request, so it can be updated when the request is decided. */
export interface ApprovalPost {
  address: ConversationAddress;
  activityId: string;
  to: 'approver' | 'channel';
  operatorId?: string;
}

export interface ApprovalResult {
  outcome: 'succeeded' | 'partial' | 'failed' | 'refused';
  message: string;
  at: string;
  correlationId: string;
  targets: { display: string; outcome: string; message: string }[];
}

/**
 * An approval request (container "approvals", partition /tenantId). Its status changes only through
 * ETag-guarded replaces, so two approvers clicking at once decide it once. Expiry is computed in code.
 */
export interface ApprovalRequestDoc {
  id: string;
  tenantId: string;
  /** The held plan; for a bulk job, the job id (the engine checks consents against it either way). */
  planId: string;
  /**
   * What is approved when it is not a held plan: a queued bulk job, started with the consent on
   * approval. `targets` then holds a sample of the job's targets and `targetCount` all of them.
   */
  subject?: { kind: 'bulk-job'; jobId: string; targetCount: number };
  actionId: string;
  actionTitle: string;
  summary: string;
  targets: PlanTarget[];
  parameters: { label: string; value: string }[];
  requester: ApprovalPerson;
  justification: string;
  /** Why the policy asked for approval. */
  reason: string;
  status: ApprovalStatus;
  createdAt: string;
  expiresAt: string;
  correlationId: string;
  /** Operators who could decide when it was requested (for lists and per-user card views). */
  approverIds: string[];
  /** Teams user ids (MRIs) that get the per-user view of the card (`refresh.userIds`, at most 60). */
  refreshUserIds: string[];
  posts: ApprovalPost[];
  decision?: { verdict: 'approved' | 'rejected'; by: ApprovalPerson; at: string; comment?: string };
  result?: ApprovalResult;
}

export interface ApprovalStore {
  create(doc: ApprovalRequestDoc): Promise<Versioned<ApprovalRequestDoc> | null>;
  get(tenantId: string, id: string): Promise<Versioned<ApprovalRequestDoc> | null>;
  replace(doc: ApprovalRequestDoc, etag: string): Promise<Versioned<ApprovalRequestDoc> | null>;
  /** Newest first. */
  list(tenantId: string, filter: { statuses?: ApprovalStatus[]; requesterId?: string; limit: number }): Promise<ApprovalRequestDoc[]>;
}

/** An operator's personal (1:1) chat with the bot, captured on every personal turn. */
export interface StoredConversation {
  tenantId: string;
  operatorId: string;
  address: ConversationAddress;
  /** The Teams user id (MRI, "29:…") in that conversation. */
  userId: string;
  updatedAt: string;
}

export interface ConversationStore {
  remember(conversation: StoredConversation): Promise<void>;
  get(tenantId: string, operatorId: string): Promise<StoredConversation | null>;
}
