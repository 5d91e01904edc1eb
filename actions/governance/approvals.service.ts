import type { Caller, ActionEngine, Executed } from '../engine';
import { redact } from '../engine';
import { isStewardError, StewardError, type ErrorCode } from '../errors';
import type { Logger } from '../logger.types';
import type { AuditEntry, AuditStore, CardJson, Messenger, OperatorStore } from '../ports';
import type { ApprovalPolicyService } from './approval-policy.service';
import type {
  ApprovalConsent,
  ApprovalPost,
  ApprovalRequestDoc,
  ApprovalResult,
  ApprovalStore,
  ConversationStore,
  PolicyDoc,
} from './approval.types';
import type { Operator } from './roles';
import type { BulkJobsApi } from '../bulk/bulk-job.types';

/** Who is looking at an approval card decides what it shows. */
export type ApprovalViewer = 'approver' | 'requester' | 'observer';

export interface ApprovalNotice {
  text: string;
  /** The stable code when the notice is a refusal (APPROVAL_SELF, APPROVAL_DECIDED…). */
  code?: ErrorCode;
  tone: 'good' | 'warning' | 'attention';
}

/** A request as one person sees it right now (expiry applied). */
export interface ApprovalView {
  request: ApprovalRequestDoc;
  viewer: ApprovalViewer;
  /** True only for an approver other than the requester, while the request is pending. */
  canDecide: boolean;
  notice?: ApprovalNotice;
  now: Date;
}

/**
 * How approval cards look: implemented by the dialogs layer with the card builders, so business rules
 * stay here and wording stays there.
 */
export interface ApprovalCards {
  /** The request card for one viewer; with refreshUserIds (and still pending) it refreshes per user. */
  request(view: ApprovalView, options?: { refreshUserIds?: string[] }): CardJson;
  /** The result of an approved run: the requester's copy may carry secrets (personal chat), the approver's never. */
  result(executed: Executed, request: ApprovalRequestDoc, options: { forRequester: boolean; correlationId: string; now: Date }): CardJson;
}

export interface ApprovalsServiceDeps {
  engine: ActionEngine;
  policies: ApprovalPolicyService;
  approvals: ApprovalStore;
  operators: OperatorStore;
  conversations: ConversationStore;
  messenger: Messenger;
  cards: ApprovalCards;
  audit: AuditStore;
  clock: () => Date;
  newId: () => string;
  logger: Logger;
  /** Bulk jobs, for approval requests whose subject is a queued job (absent: none can be filed). */
  bulk?: Pick<BulkJobsApi, 'get' | 'start' | 'cancel' | 'resultRows'>;
}

const MAX_WRITE_ATTEMPTS = 5;
/** Teams shows per-user views to at most 60 users. */
const MAX_REFRESH_USERS = 60;
const MIN_JUSTIFICATION = 5;
const MAX_JUSTIFICATION = 1000;
const MAX_COMMENT = 500;
const LIST_LIMIT = 20;
/** Targets of a bulk job kept on its approval request (the card shows a few and counts the rest). */
const BULK_TARGET_SAMPLE = 50;

/**
 * Approval requests: a request holds the previewed plan, posts approval cards to the approvers (their
 * personal chats or a channel), and on approval runs the plan through the engine with the REQUESTER's
 * operator, scope and input under the approver's consent. A request is decided once (ETag), never by
 * its requester, never after it expired; replayed clicks get the current state. Everything is audited.
 */
export class ApprovalsService {
  /** Runs started by approvals, so shutdown can wait for them. */
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly deps: ApprovalsServiceDeps) {}

  /** Asks for approval of a previewed plan; returns the requester's view of the new request. */
  async request(
    caller: Caller,
    input: { planId: string; actionId?: string; targetIds?: string[]; justification: unknown },
  ): Promise<ApprovalView & { notified: number; channel?: string }> {
    const justification = checkedJustification(input.justification);
    const requester = await this.deps.engine.operator(caller);
    const { policy, approvers } = await this.approversFor(caller.tenantId, requester);
    const requestId = this.deps.newId();
    const { plan, operator, action, approval } = await this.deps.engine.holdForApproval(caller, input, requestId);
    const now = this.deps.clock();
    const request: ApprovalRequestDoc = {
      id: requestId,
      tenantId: caller.tenantId,
      planId: plan.id,
      actionId: action.id,
      actionTitle: action.title,
      summary: approval.summary,
      targets: plan.targets,
      parameters: approval.parameters,
      requester: person(operator),
      justification,
      reason: approval.reason,
      status: 'pending',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + policy.expiryHours * 3_600_000).toISOString(),
      correlationId: caller.correlationId,
      approverIds: approvers.map((o) => o.objectId),
      refreshUserIds: [],
      posts: [],
    };
    return this.file(caller, operator, request, { policy, approvers, parameters: redact(action, plan.input) });
  }

  /**
   * Asks for approval of a queued bulk job whose policy asks for one (its summary card's Request
   * approval). On approval the job starts as its creator, with the approver's consent.
   */
  async requestBulk(caller: Caller, input: { jobId: string; justification: unknown }): Promise<ApprovalView & { notified: number; channel?: string }> {
    const justification = checkedJustification(input.justification);
    const bulk = this.deps.bulk;
    const job = bulk ? await bulk.get(caller.tenantId, input.jobId) : null;
    const requester = await this.deps.engine.operator(caller);
    if (!bulk || !job || job.createdBy !== requester.objectId) {
      throw new StewardError('VALIDATION_FAILED', 'This bulk job is not known, or it is not yours: nothing was requested.', { hint: 'Start the bulk change again from the chat.' });
    }
    if (job.status !== 'queued') {
      throw new StewardError('PLAN_USED', `This bulk job is ${job.status}: approval can only be requested before it starts.`, { hint: 'The job card shows where it stands.' });
    }
    const action = this.deps.engine.registry.get(job.actionId);
    const decision = await this.deps.policies.decide(caller.tenantId, requester, action, job.counts.total);
    if (decision.effect !== 'approval') {
      throw new StewardError('VALIDATION_FAILED', `"${action.title}" on ${job.counts.total} targets needs no approval: nothing was requested.`, { hint: 'Press Confirm on the summary card to start it.' });
    }
    const { policy, approvers } = await this.approversFor(caller.tenantId, requester);
    const pending = (await bulk.resultRows(caller.tenantId, job.id)).filter((r) => r.outcome === 'pending');
    const now = this.deps.clock();
    const requestId = this.deps.newId();
    const request: ApprovalRequestDoc = {
      id: requestId,
      tenantId: caller.tenantId,
      planId: job.id,
      subject: { kind: 'bulk-job', jobId: job.id, targetCount: pending.length },
      actionId: action.id,
      actionTitle: action.title,
      summary: `Bulk job: ${action.title} on ${pending.length} ${pending.length === 1 ? 'user' : 'users'}.`,
      targets: pending.slice(0, BULK_TARGET_SAMPLE).map((r) => ({ id: r.target, display: r.target, upn: r.target, kind: 'user' })),
      parameters: [{ label: 'Bulk job', value: job.id }],
      requester: person(requester),
      justification,
      reason: decision.reason,
      status: 'pending',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + policy.expiryHours * 3_600_000).toISOString(),
      correlationId: caller.correlationId,
      approverIds: approvers.map((o) => o.objectId),
      refreshUserIds: [],
      posts: [],
    };
    return this.file(caller, requester, request, { policy, approvers, parameters: { bulkJobId: job.id, targetCount: pending.length } });
  }

  /** Who may decide a request of this requester; refuses when nobody but the requester could. */
  private async approversFor(tenantId: string, requester: Operator): Promise<{ policy: PolicyDoc; approvers: Operator[] }> {
    const policy = await this.deps.policies.get(tenantId);
    const approvers = (await this.deps.operators.list(tenantId)).filter((o) => o.objectId !== requester.objectId && this.deps.policies.isApprover(policy, o));
    if (approvers.length === 0) {
      // Checked before the plan is held, so the preview stays usable once an approver exists.
      throw new StewardError('APPROVAL_NO_APPROVER', `Nobody but you could approve this: approvers are ${policy.approverRoles.join(' or ')} operators other than the requester. Nothing was changed.`, {
        hint: 'Ask a Tenant Admin to add another approver, or to change the approval policy.',
      });
    }
    return { policy, approvers };
  }

  /** Stores a new request, audits it and posts its cards to the approvers (or the channel). */
  private async file(
    caller: Caller,
    operator: Operator,
    draft: ApprovalRequestDoc,
    options: { policy: PolicyDoc; approvers: Operator[]; parameters: Record<string, unknown> },
  ): Promise<ApprovalView & { notified: number; channel?: string }> {
    const { policy, approvers } = options;
    const now = this.deps.clock();
    const requestId = draft.id;
    const justification = draft.justification;
    const reachable = await Promise.all(approvers.map(async (o) => ({ operator: o, conversation: await this.deps.conversations.get(caller.tenantId, o.objectId) })));
    const request: ApprovalRequestDoc = {
      ...draft,
      refreshUserIds: reachable.flatMap((r) => (r.conversation ? [r.conversation.userId] : [])).slice(0, MAX_REFRESH_USERS),
    };
    await this.deps.approvals.create(request);
    await this.appendAudit(caller, operator, request, {
      kind: 'approval',
      outcome: 'succeeded',
      parameters: options.parameters,
      approval: { requestId, event: 'requested', requester: { id: operator.objectId, upn: operator.userPrincipalName }, justification },
    });

    const posts = await this.deliver(request, policy, reachable);
    const stored = posts.length > 0 ? await this.transition(caller.tenantId, requestId, (d) => ({ ...d, posts: [...d.posts, ...posts] })) : undefined;
    const delivered = stored?.doc ?? request;
    const notified = policy.channel ? 0 : posts.length;
    const where = policy.channel
      ? `Posted to ${policy.channel.name} for the approvers.`
      : notified > 0
        ? `Sent to ${notified} approver${notified === 1 ? '' : 's'}.`
        : 'No approver could be messaged directly; approvers see it under "pending approvals".';
    return {
      request: delivered,
      viewer: 'requester',
      canDecide: false,
      notice: { text: `Approval requested. ${where} You will get the result here.`, tone: 'good' },
      now,
      notified,
      channel: policy.channel?.name,
    };
  }

  /**
   * Approve or reject. Refusals (own request, not an approver, already decided, expired) answer with
   * the request's current state and a notice, and are audited; nothing runs twice.
   */
  async decide(caller: Caller, requestId: string, verdict: 'approve' | 'reject', comment?: unknown): Promise<ApprovalView> {
    const operator = await this.deps.engine.operator(caller);
    const request = await this.current(caller.tenantId, requestId);
    const now = this.deps.clock();
    const policy = await this.deps.policies.get(caller.tenantId);
    const viewer = this.viewerOf(request, operator, policy);
    const refuse = async (code: ErrorCode, text: string): Promise<ApprovalView> => {
      await this.appendAudit(caller, operator, request, {
        kind: 'refusal',
        outcome: 'refused',
        parameters: { verdict },
        error: { code, message: text },
        approval: { requestId, event: 'refused', approver: { id: operator.objectId, upn: operator.userPrincipalName } },
      });
      return { request, viewer, canDecide: false, notice: { text, code, tone: 'attention' }, now };
    };
    if (request.status === 'expired') {
      return refuse('APPROVAL_EXPIRED', `This request expired on ${request.expiresAt.slice(0, 16).replace('T', ' ')} UTC: it can no longer be approved, and nothing ran.`);
    }
    if (request.status !== 'pending') {
      return refuse('APPROVAL_DECIDED', `This request was already ${request.decision?.verdict ?? request.status} by ${request.decision?.by.displayName ?? 'an approver'}; nothing more happens.`);
    }
    if (operator.objectId === request.requester.id) {
      return refuse('APPROVAL_SELF', 'You cannot approve or reject your own request: another approver must decide it.');
    }
    if (!this.deps.policies.isApprover(policy, operator)) {
      return refuse('APPROVAL_NOT_APPROVER', `Only ${policy.approverRoles.join(' or ')} operators decide approval requests; your role (${operator.roles.join(', ')}) does not.`);
    }
    const text = typeof comment === 'string' ? comment.trim().slice(0, MAX_COMMENT) : '';
    const decided = await this.transition(caller.tenantId, requestId, (d) =>
      d.status !== 'pending' || Date.parse(d.expiresAt) <= now.getTime()
        ? null
        : {
            ...d,
            status: verdict === 'approve' ? 'approved' : 'rejected',
            decision: { verdict: verdict === 'approve' ? 'approved' : 'rejected', by: person(operator), at: now.toISOString(), ...(text ? { comment: text } : {}) },
          },
    );
    if (!decided.changed) {
      // Someone else decided (or it expired) between our read and our write: answer with what is true now.
      return this.decide(caller, requestId, verdict, comment);
    }
    const doc = decided.doc;
    await this.appendAudit(caller, operator, doc, {
      kind: 'approval',
      outcome: 'succeeded',
      parameters: {},
      approval: {
        requestId,
        event: verdict === 'approve' ? 'approved' : 'rejected',
        requester: { id: doc.requester.id, upn: doc.requester.upn },
        approver: { id: operator.objectId, upn: operator.userPrincipalName },
        ...(text ? { comment: text } : {}),
      },
    });
    if (verdict === 'approve') {
      this.track(this.runApproved(doc, operator));
      return {
        request: doc,
        viewer,
        canDecide: false,
        notice: { text: `Approved. Running it now as ${doc.requester.displayName ?? doc.requester.upn}; you both get the result.`, tone: 'good' },
        now,
      };
    }
    const closed = await this.closeUnapprovedJob(doc, 'rejected');
    this.track(this.announce(doc, { requesterNotice: { text: `${operator.displayName} rejected your request${text ? `: "${text}"` : '.'} Nothing was changed${closed}.`, tone: 'attention' } }));
    return { request: doc, viewer, canDecide: false, notice: { text: `Rejected. The requester is told; nothing was changed${closed}.`, tone: 'good' }, now };
  }

  /** The card's current state for whoever is looking (the per-user refresh). */
  async view(caller: Caller, requestId: string): Promise<ApprovalView> {
    const request = await this.current(caller.tenantId, requestId);
    const operator = await this.deps.engine.operator(caller).catch(() => undefined);
    const policy = await this.deps.policies.get(caller.tenantId);
    const viewer = operator ? this.viewerOf(request, operator, policy) : 'observer';
    return { request, viewer, canDecide: viewer === 'approver' && request.status === 'pending', now: this.deps.clock() };
  }

  /** My requests, newest first. */
  async mine(caller: Caller): Promise<{ operator: Operator; items: ApprovalView[] }> {
    const operator = await this.deps.engine.operator(caller);
    const docs = await this.deps.approvals.list(caller.tenantId, { requesterId: operator.objectId, limit: LIST_LIMIT });
    const now = this.deps.clock();
    const items = await Promise.all(docs.map(async (d) => ({ request: await this.expireIfDue(d), viewer: 'requester' as const, canDecide: false, now })));
    return { operator, items };
  }

  /** Requests waiting for this approver (never their own). */
  async pending(caller: Caller): Promise<{ operator: Operator; items: ApprovalView[] }> {
    const operator = await this.deps.engine.operator(caller);
    const policy = await this.deps.policies.get(caller.tenantId);
    if (!this.deps.policies.isApprover(policy, operator)) {
      throw new StewardError('APPROVAL_NOT_APPROVER', `Only ${policy.approverRoles.join(' or ')} operators decide approval requests.`, {
        hint: 'Type "my requests" to see the requests you made.',
      });
    }
    const docs = await this.deps.approvals.list(caller.tenantId, { statuses: ['pending'], limit: LIST_LIMIT * 2 });
    const now = this.deps.clock();
    const fresh = await Promise.all(docs.map((d) => this.expireIfDue(d)));
    const items = fresh
      .filter((d) => d.status === 'pending' && d.requester.id !== operator.objectId)
      .slice(0, LIST_LIMIT)
      .map((request) => ({ request, viewer: 'approver' as const, canDecide: true, now }));
    return { operator, items };
  }

  /** Waits for approved runs and notifications still in flight (shutdown, tests). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private viewerOf(request: ApprovalRequestDoc, operator: Operator, policy: PolicyDoc): ApprovalViewer {
    if (operator.objectId === request.requester.id) return 'requester';
    return this.deps.policies.isApprover(policy, operator) ? 'approver' : 'observer';
  }

  private track(work: Promise<void>): void {
    const p = work.catch((e) => this.deps.logger.error({ err: errorText(e) }, 'approval follow-up failed')).finally(() => this.running.delete(p));
    this.running.add(p);
  }

  /** Posts the request card: once to the configured channel, or to each reachable approver's personal chat. */
  private async deliver(
    request: ApprovalRequestDoc,
    policy: PolicyDoc,
    reachable: { operator: Operator; conversation: { address: Record<string, unknown>; userId: string } | null }[],
  ): Promise<ApprovalPost[]> {
    const now = this.deps.clock();
    const targets: { post: Omit<ApprovalPost, 'activityId'>; card: CardJson }[] = policy.channel
      ? [
          {
            post: { address: policy.channel.address, to: 'channel' },
            card: this.deps.cards.request({ request, viewer: 'observer', canDecide: false, now }, { refreshUserIds: request.refreshUserIds }),
          },
        ]
      : reachable.flatMap(({ operator, conversation }) =>
          conversation
            ? [
                {
                  post: { address: conversation.address, to: 'approver' as const, operatorId: operator.objectId },
                  card: this.deps.cards.request({ request, viewer: 'approver', canDecide: true, now }, { refreshUserIds: [conversation.userId] }),
                },
              ]
            : [],
        );
    const sent = await Promise.all(
      targets.map(async ({ post, card }) => {
        try {
          const { activityId } = await this.deps.messenger.send(post.address, card, { summary: `Approval needed: ${request.actionTitle}` });
          return activityId ? [{ ...post, activityId }] : [];
        } catch (e) {
          this.deps.logger.warn({ requestId: request.id, to: post.to, err: errorText(e) }, 'approval card could not be delivered');
          return [];
        }
      }),
    );
    return sent.flat();
  }

  /** After an approval: run as the requester under the approver's consent, then tell everyone. */
  private async runApproved(request: ApprovalRequestDoc, approver: Operator): Promise<void> {
    if (request.subject?.kind === 'bulk-job') return this.startApprovedJob(request, request.subject.jobId, approver);
    const correlationId = this.deps.newId();
    const caller: Caller = { tenantId: request.tenantId, operatorObjectId: request.requester.id, correlationId, entry: 'approval' };
    const consent: ApprovalConsent = {
      requestId: request.id,
      approver: { id: approver.objectId, upn: approver.userPrincipalName },
      justification: request.justification,
      comment: request.decision?.comment,
    };
    let executed: Executed | undefined;
    let result: ApprovalResult;
    try {
      executed = await this.deps.engine.execute(caller, { planId: request.planId, actionId: request.actionId, targetIds: request.targets.map((t) => t.id) }, { consent });
      result = {
        outcome: executed.outcome,
        message: `${executed.action.title}: ${executed.outcome === 'succeeded' ? 'done' : executed.outcome === 'partial' ? 'partly done' : 'failed'}.`,
        at: this.deps.clock().toISOString(),
        correlationId,
        targets: executed.targets.map((t) => ({ display: t.target.upn, outcome: t.outcome.outcome, message: t.outcome.message })),
      };
    } catch (e) {
      this.deps.logger.info({ requestId: request.id, err: errorText(e) }, 'approved request could not run');
      result = {
        outcome: 'refused',
        message: isStewardError(e) ? `Approved, but it could not run: ${e.message}` : 'Approved, but Steward hit an unexpected error; nothing more was changed after it.',
        at: this.deps.clock().toISOString(),
        correlationId,
        targets: [],
      };
    }
    const final = await this.transition(request.tenantId, request.id, (d) => (d.status === 'approved' ? { ...d, status: 'executed', result } : null));
    const now = this.deps.clock();
    const requesterCard = executed
      ? this.deps.cards.result(executed, final.doc, { forRequester: true, correlationId, now })
      : this.deps.cards.request({ request: final.doc, viewer: 'requester', canDecide: false, now, notice: { text: result.message, tone: 'attention' } });
    const approverCard = executed
      ? this.deps.cards.result(executed, final.doc, { forRequester: false, correlationId, now })
      : this.deps.cards.request({ request: final.doc, viewer: 'approver', canDecide: false, now, notice: { text: result.message, tone: 'attention' } });
    await Promise.all([
      this.updatePosts(final.doc),
      this.sendTo(request.tenantId, request.requester.id, requesterCard, `${request.actionTitle}: ${result.outcome}`),
      this.sendTo(request.tenantId, approver.objectId, approverCard, `${request.actionTitle}: ${result.outcome}`),
    ]);
  }

  /**
   * An approved bulk job starts as its creator under the approver's consent; its progress card then
   * appears in the creator's chat. Both are told whether it started.
   */
  private async startApprovedJob(request: ApprovalRequestDoc, jobId: string, approver: Operator): Promise<void> {
    const correlationId = this.deps.newId();
    const caller: Caller = { tenantId: request.tenantId, operatorObjectId: request.requester.id, correlationId, entry: 'approval' };
    const consent: ApprovalConsent = {
      requestId: request.id,
      approver: { id: approver.objectId, upn: approver.userPrincipalName },
      justification: request.justification,
      ...(request.decision?.comment ? { comment: request.decision.comment } : {}),
    };
    let result: ApprovalResult;
    try {
      if (!this.deps.bulk) throw new StewardError('INTERNAL', 'Bulk jobs are not available on this Steward.');
      const job = await this.deps.bulk.start(caller, jobId, { consent });
      result = {
        outcome: 'succeeded',
        message: `The bulk job started on ${job.counts.total} ${job.counts.total === 1 ? 'target' : 'targets'}; its progress card is in ${request.requester.displayName ?? request.requester.upn ?? 'the requester'}'s chat.`,
        at: this.deps.clock().toISOString(),
        correlationId,
        targets: [],
      };
    } catch (e) {
      this.deps.logger.info({ requestId: request.id, jobId, err: errorText(e) }, 'approved bulk job could not start');
      result = {
        outcome: 'refused',
        message: isStewardError(e) ? `Approved, but the bulk job could not start: ${e.message}` : 'Approved, but Steward hit an unexpected error; the bulk job did not start.',
        at: this.deps.clock().toISOString(),
        correlationId,
        targets: [],
      };
    }
    const final = await this.transition(request.tenantId, request.id, (d) => (d.status === 'approved' ? { ...d, status: 'executed', result } : null));
    const now = this.deps.clock();
    const notice: ApprovalNotice = { text: result.message, tone: result.outcome === 'succeeded' ? 'good' : 'attention' };
    await Promise.all([
      this.updatePosts(final.doc),
      this.sendTo(request.tenantId, request.requester.id, this.deps.cards.request({ request: final.doc, viewer: 'requester', canDecide: false, now, notice }), `${request.actionTitle}: ${result.outcome}`),
      this.sendTo(request.tenantId, approver.objectId, this.deps.cards.request({ request: final.doc, viewer: 'approver', canDecide: false, now, notice }), `${request.actionTitle}: ${result.outcome}`),
    ]);
  }

  /** A decision other than a run (rejection, expiry): update the posted cards and tell the requester. */
  private async announce(request: ApprovalRequestDoc, options: { requesterNotice: ApprovalNotice }): Promise<void> {
    const now = this.deps.clock();
    const card = this.deps.cards.request({ request, viewer: 'requester', canDecide: false, now, notice: options.requesterNotice });
    await Promise.all([this.updatePosts(request), this.sendTo(request.tenantId, request.requester.id, card, `${request.actionTitle}: ${request.status}`)]);
  }

  private async updatePosts(request: ApprovalRequestDoc): Promise<void> {
    const now = this.deps.clock();
    await Promise.all(
      request.posts.map(async (post) => {
        const viewer: ApprovalViewer = post.to === 'approver' ? 'approver' : 'observer';
        const card = this.deps.cards.request({ request, viewer, canDecide: false, now });
        await this.deps.messenger
          .update(post.address, post.activityId, card)
          .catch((e) => this.deps.logger.warn({ requestId: request.id, err: errorText(e) }, 'approval card could not be updated'));
      }),
    );
  }

  private async sendTo(tenantId: string, operatorId: string, card: CardJson, summary: string): Promise<void> {
    const conversation = await this.deps.conversations.get(tenantId, operatorId);
    if (!conversation) {
      this.deps.logger.info({ operatorId }, 'no personal chat known for a notification');
      return;
    }
    await this.deps.messenger
      .send(conversation.address, card, { summary })
      .catch((e) => this.deps.logger.warn({ operatorId, err: errorText(e) }, 'notification could not be delivered'));
  }

  /** The stored request with its expiry applied. */
  private async current(tenantId: string, requestId: string): Promise<ApprovalRequestDoc> {
    const stored = await this.deps.approvals.get(tenantId, requestId);
    if (!stored) {
      throw new StewardError('APPROVAL_NOT_FOUND', 'This approval request is not known: nothing was changed.', {
        hint: 'Type "pending approvals" to see the open requests.',
      });
    }
    return this.expireIfDue(stored.doc);
  }

  /** Expiry is computed in code (no TTL in the embedded Cosmos DB): a pending request past its time becomes expired, once. */
  private async expireIfDue(doc: ApprovalRequestDoc): Promise<ApprovalRequestDoc> {
    const now = this.deps.clock();
    if (doc.status !== 'pending' || Date.parse(doc.expiresAt) > now.getTime()) return doc;
    const expired = await this.transition(doc.tenantId, doc.id, (d) =>
      d.status === 'pending' && Date.parse(d.expiresAt) <= now.getTime() ? { ...d, status: 'expired' } : null,
    );
    if (expired.changed) {
      await this.deps.audit.append({
        id: this.deps.newId(),
        tenantId: doc.tenantId,
        time: now.toISOString(),
        correlationId: doc.correlationId,
        kind: 'approval',
        operator: { id: 'system' },
        actionId: doc.actionId,
        targets: doc.targets.map((t) => ({ id: t.id, display: t.upn })),
        parameters: {},
        outcome: 'cancelled',
        entry: 'system',
        approval: { requestId: doc.id, event: 'expired', requester: { id: doc.requester.id, upn: doc.requester.upn } },
      });
      const closed = await this.closeUnapprovedJob(expired.doc, 'expired');
      this.track(
        this.announce(expired.doc, { requesterNotice: { text: `Your request expired before anyone decided it. Nothing was changed${closed}; ask again if it is still needed.`, tone: 'warning' } }),
      );
    }
    return expired.doc;
  }

  /**
   * A bulk job waits, queued, for its approval: once the request is rejected or expires it can never start, so it is
   * cancelled as its creator (its result CSV then says why each row did not run). Returns the words the notices add.
   */
  private async closeUnapprovedJob(doc: ApprovalRequestDoc, why: 'rejected' | 'expired'): Promise<string> {
    if (doc.subject?.kind !== 'bulk-job' || !this.deps.bulk) return '';
    const caller: Caller = { tenantId: doc.tenantId, operatorObjectId: doc.requester.id, correlationId: doc.correlationId, entry: 'approval' };
    try {
      const job = await this.deps.bulk.get(doc.tenantId, doc.subject.jobId);
      if (!job || job.status !== 'queued') return '';
      await this.deps.bulk.cancel(caller, doc.subject.jobId);
      return '; the bulk job was cancelled';
    } catch (e) {
      this.deps.logger.warn({ requestId: doc.id, jobId: doc.subject.jobId, why, err: errorText(e) }, 'unapproved bulk job could not be cancelled');
      return '';
    }
  }

  /** ETag-guarded read-modify-write; `change` returns null to leave the document as it is. */
  private async transition(
    tenantId: string,
    id: string,
    change: (doc: ApprovalRequestDoc) => ApprovalRequestDoc | null,
  ): Promise<{ doc: ApprovalRequestDoc; changed: boolean }> {
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const stored = await this.deps.approvals.get(tenantId, id);
      if (!stored) throw new StewardError('APPROVAL_NOT_FOUND', 'This approval request is not known.');
      const next = change(stored.doc);
      if (!next) return { doc: stored.doc, changed: false };
      const written = await this.deps.approvals.replace(next, stored.etag);
      if (written) return { doc: written.doc, changed: true };
    }
    throw new StewardError('INTERNAL', 'The approval request is being changed by someone else right now.', { hint: 'Try again in a moment.' });
  }

  private async appendAudit(
    caller: Caller,
    operator: Operator,
    request: ApprovalRequestDoc,
    entry: Pick<AuditEntry, 'kind' | 'outcome' | 'parameters' | 'approval'> & Partial<Pick<AuditEntry, 'error'>>,
  ): Promise<void> {
    await this.deps.audit.append({
      id: this.deps.newId(),
      tenantId: caller.tenantId,
      time: this.deps.clock().toISOString(),
      correlationId: caller.correlationId,
      operator: { id: operator.objectId, upn: operator.userPrincipalName },
      actionId: request.actionId,
      targets: request.targets.map((t) => ({ id: t.id, display: t.upn })),
      entry: caller.entry,
      ...entry,
    });
  }
}

function person(operator: Operator): { id: string; upn: string; displayName: string } {
  return { id: operator.objectId, upn: operator.userPrincipalName, displayName: operator.displayName };
}

function checkedJustification(value: unknown): string {
  const justification = typeof value === 'string' ? value.trim() : '';
  if (justification.length < MIN_JUSTIFICATION || justification.length > MAX_JUSTIFICATION) {
    throw new StewardError('VALIDATION_FAILED', `A justification of ${MIN_JUSTIFICATION} to ${MAX_JUSTIFICATION} characters is required to request approval.`, {
      hint: 'Say why this change is needed (ticket number, who asked for it), then press "Request approval" again.',
    });
  }
  return justification;
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
