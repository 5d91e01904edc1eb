import type { Executed } from '../actions/engine';
import { describeEffect, EFFECTS, selectorChoices } from '../actions/governance/approval-policy';
import type { ApprovalPolicyService } from '../actions/governance/approval-policy.service';
import type { ApprovalRequestDoc, PolicyDoc } from '../actions/governance/approval.types';
import type { ApprovalCards, ApprovalView } from '../actions/governance/approvals.service';
import { roleSchema } from '../actions/governance/roles';
import type { AnyAction } from '../actions/define-action';
import type { CardJson } from '../actions/ports';
import {
  buildApprovalCard,
  buildApprovalListCard,
  buildPolicyCard,
  buildResultCard,
  formatTimeLeft,
  POLICY_VERBS,
  type AdaptiveCardJson,
  type ApprovalCardModel,
  type ApprovalListItemModel,
  type PolicyCardModel,
  type SessionFooterModel,
} from '../cards';
import { resultModel } from './presenters';

/**
 * Approval requests and the policy → card view models. Wording only: who may decide and what runs is
 * decided by the approvals service; this says it in words and picks the layout per viewer.
 */
export class ApprovalPresenter implements ApprovalCards {
  request(view: ApprovalView, options: { refreshUserIds?: string[]; footer?: SessionFooterModel } = {}): CardJson {
    return buildApprovalCard(approvalModel(view, options));
  }

  result(executed: Executed, request: ApprovalRequestDoc, options: { forRequester: boolean; correlationId: string; now: Date }): CardJson {
    const model = resultModel(executed, { personal: options.forRequester, correlationId: options.correlationId, now: options.now });
    const by = request.decision?.by.displayName ?? request.decision?.by.upn ?? 'an approver';
    const comment = request.decision?.comment ? ` ("${request.decision.comment}")` : '';
    model.summary = options.forRequester
      ? `Approved by ${by}${comment}. ${model.summary}`
      : `You approved ${request.requester.displayName ?? request.requester.upn}'s request. ${model.summary}`;
    return buildResultCard(model);
  }

  list(
    kind: 'mine' | 'pending',
    items: ApprovalView[],
    options: { notice?: ApprovalView['notice']; footer?: SessionFooterModel } = {},
  ): AdaptiveCardJson {
    const models: ApprovalListItemModel[] = items.map((v) => {
      const m = approvalModel(v, {});
      const r = v.request;
      return {
        requestId: r.id,
        title: m.title,
        statusLine: m.statusLine,
        summary: r.summary,
        targets: `${m.targets.length === 1 ? 'Target' : `Targets (${m.targets.length})`}: ${m.targets.slice(0, 5).join(', ')}${m.targets.length > 5 ? ', …' : ''}`,
        detail: kind === 'pending' ? `${who(r.requester)}: “${r.justification}”` : `Your justification: “${r.justification}”`,
        decide: kind === 'pending' && v.canDecide,
      };
    });
    return buildApprovalListCard({
      title: kind === 'mine' ? 'My approval requests' : 'Pending approvals',
      intro:
        kind === 'mine'
          ? 'Your most recent requests, newest first.'
          : 'Requests waiting for a decision, newest first. Approve runs the action as the requester, with their scope.',
      items: models,
      empty: kind === 'mine' ? 'You have not requested any approval yet.' : 'Nothing is waiting for your approval.',
      notice: options.notice,
      footer: options.footer,
    });
  }

  policy(
    policy: PolicyDoc,
    options: {
      service: ApprovalPolicyService;
      actions: readonly AnyAction[];
      editable: boolean;
      personal: boolean;
      notice?: string;
      footer?: SessionFooterModel;
    },
  ): AdaptiveCardJson {
    const approvers = `${policy.approverRoles.map(roleTitle).join(' or ')} operators (never the requester), ${
      policy.channel ? `in ${policy.channel.name}` : 'in their personal chats with Steward'
    }`;
    const model: PolicyCardModel = {
      intro: 'What each role may run directly, what needs an approval first, and what is forbidden. The most specific rule wins; for an operator with several roles, the most permissive role wins.',
      rules: policy.rules.map((r) => ({ text: options.service.describeRule(r), role: r.role, actions: r.actions })),
      facts: [
        { label: 'Bulk threshold', value: policy.bulkThreshold === null ? 'none' : `more than ${policy.bulkThreshold} targets in one request need approval` },
        { label: 'Requests expire after', value: `${policy.expiryHours} h` },
        { label: 'Approvers', value: approvers },
      ],
      editable: options.editable,
      bulkThreshold: policy.bulkThreshold,
      expiryHours: policy.expiryHours,
      roleChoices: [{ title: 'Every role', value: '*' }, ...roleSchema.options.map((r) => ({ title: roleTitle(r), value: r }))],
      actionChoices: selectorChoices(options.actions),
      effectChoices: EFFECTS.map((e) => ({ title: capitalize(describeEffect(e)), value: e })),
      notice: options.notice,
      footer: options.footer,
    };
    if (options.editable && !options.personal) {
      model.channelButton = {
        title: 'Post approval requests to this channel',
        data: { steward: { verb: POLICY_VERBS.channel }, policy: { channel: 'here' } },
      };
    } else if (options.editable && policy.channel) {
      model.channelButton = { title: "Send approval requests to the approvers' personal chats", data: { steward: { verb: POLICY_VERBS.channel }, policy: { channel: 'personal' } } };
    }
    return buildPolicyCard(model);
  }
}

const ROLE_TITLES: Record<string, string> = { TenantAdmin: 'Tenant Admin', Management: 'Management', Helpdesk: 'Helpdesk', Audit: 'Audit', Reader: 'Reader' };

function roleTitle(role: string): string {
  return ROLE_TITLES[role] ?? role;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function who(p: { displayName?: string; upn?: string; id: string }): string {
  if (p.displayName && p.upn) return `${p.displayName} (${p.upn})`;
  return p.displayName ?? p.upn ?? p.id;
}

function utc(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** One request as one viewer sees it. */
export function approvalModel(view: ApprovalView, options: { refreshUserIds?: string[]; footer?: SessionFooterModel }): ApprovalCardModel {
  const r = view.request;
  const decidedBy = r.decision ? who(r.decision.by) : '';
  const left = Date.parse(r.expiresAt) - view.now.getTime();
  // an approved bulk job has only started when the request closes: its own cards report how it ends
  const ran = !r.result ? 'ran' : r.subject?.kind === 'bulk-job' && r.result.outcome === 'succeeded' ? 'bulk job started' : resultWord(r.result.outcome);
  const titles: Record<ApprovalCardModel['status'], string> = {
    pending: view.viewer === 'requester' ? `Approval requested: ${r.actionTitle}` : `Approval needed: ${r.actionTitle}`,
    approved: `Approved: ${r.actionTitle}`,
    executed: `${r.actionTitle}: ${ran}`,
    rejected: `Rejected: ${r.actionTitle}`,
    expired: `Expired: ${r.actionTitle}`,
  };
  const statusLines: Record<ApprovalCardModel['status'], string> = {
    pending: `Waiting for approval · ${formatTimeLeft(left)}`,
    approved: `Approved by ${decidedBy} · running now…`,
    executed: `Approved by ${decidedBy} · ${ran}`,
    rejected: `Rejected by ${decidedBy} · nothing was changed`,
    expired: `Nobody decided before ${utc(r.expiresAt)} · nothing was changed`,
  };
  const facts = [
    { label: 'Requested by', value: who(r.requester) },
    { label: 'Justification', value: r.justification },
    { label: 'Why approval', value: r.reason },
    { label: 'Requested', value: utc(r.createdAt) },
    ...r.parameters.map((p) => ({ label: p.label, value: p.value })),
  ];
  if (r.decision) {
    facts.push({ label: r.decision.verdict === 'approved' ? 'Approved by' : 'Rejected by', value: `${decidedBy}, ${utc(r.decision.at)}` });
    if (r.decision.comment) facts.push({ label: 'Comment', value: r.decision.comment });
  }
  if (r.result) {
    facts.push({ label: 'Result', value: r.result.message });
    for (const t of r.result.targets.slice(0, 10)) facts.push({ label: t.display, value: `${t.outcome}: ${t.message}` });
  }
  if (r.status === 'pending' && view.viewer === 'observer') facts.push({ label: 'Decided by', value: 'an approver (other than the requester)' });
  return {
    requestId: r.id,
    title: titles[r.status],
    status: r.status,
    statusLine: statusLines[r.status],
    summary: r.summary,
    facts,
    targets: r.targets.map((t) => (t.display && t.display !== t.upn ? `${t.display} (${t.upn})` : t.upn)),
    ...(r.subject ? { targetCount: r.subject.targetCount } : {}),
    notice: view.notice,
    decide: view.canDecide && r.status === 'pending',
    refreshUserIds: options.refreshUserIds,
    footer: options.footer,
  };
}

function resultWord(outcome: string): string {
  return outcome === 'succeeded' ? 'done' : outcome === 'partial' ? 'partly done' : outcome === 'failed' ? 'failed' : 'could not run';
}
