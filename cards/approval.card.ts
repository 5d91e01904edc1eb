import type { AdaptiveCardJson, ApprovalCardModel, ApprovalListCardModel, ApprovalNoticeModel, CardActionData } from './card.types';
import { cardTemplate, expandCard, factLineTemplate, ownText, plainText, type FactView, type TemplateObject } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * Approval cards use Universal Actions: Approve / Reject are Action.Execute (an `adaptiveCard/action`
 * invoke whose answer replaces the card), and a `refresh` with `userIds` makes Teams fetch each listed
 * approver's own view, so approvers see the buttons and everyone else sees the status. The server
 * decides who may act; the buttons are only a convenience.
 */

export const APPROVAL_VERBS = { decide: 'approval.decide', refresh: 'approval.refresh' } as const;

/** Targets listed by name before the rest are counted. */
const SHOWN_TARGETS = 10;

type Color = 'Good' | 'Warning' | 'Attention' | 'Accent' | 'Default';

interface ExecuteButtonView {
  title: string;
  verb: string;
  style: 'positive' | 'destructive' | null;
  data: CardActionData;
}

interface NoticeView {
  text: string;
  color: Color;
  hasCode: boolean;
  code: string;
}

interface ApprovalView {
  title: string;
  titleColor: Color;
  statusLine: string;
  summary: string;
  hasNotice: boolean;
  notice: NoticeView;
  facts: FactView[];
  targetsHeading: string;
  targets: string[];
  decide: boolean;
  buttons: ExecuteButtonView[];
}

const executeButton: TemplateObject = {
  type: 'Action.Execute',
  title: '${title}',
  verb: '${verb}',
  style: '${style}',
  data: '${data}',
};

const NOTICE_TEMPLATE: TemplateObject = {
  $when: '${hasNotice}',
  type: 'Container',
  style: 'emphasis',
  spacing: 'Medium',
  items: [
    plainText('${notice.text}', { color: '${notice.color}', weight: 'Bolder' }),
    { $when: '${notice.hasCode}', ...plainText('${notice.code}', { size: 'Small', isSubtle: true }, { spacing: 'None' }) },
  ],
};

const APPROVAL_TEMPLATE = cardTemplate(
  [
    plainText('${title}', { size: 'Large', weight: 'Bolder', color: '${titleColor}' }),
    plainText('${statusLine}', { size: 'Small', isSubtle: true }, { spacing: 'None' }),
    NOTICE_TEMPLATE,
    plainText('${summary}', {}, { spacing: 'Medium' }),
    { type: 'Container', spacing: 'Medium', items: [{ $data: '${facts}', ...factLineTemplate }] },
    ownText('${targetsHeading}', { weight: 'Bolder', spacing: 'Medium' }),
    { $data: '${targets}', ...plainText('${$data}', {}, { spacing: 'None' }) },
    {
      $when: '${decide}',
      type: 'Input.Text',
      id: 'comment',
      label: 'Comment (optional, shown to the requester)',
      isMultiline: true,
      maxLength: 500,
      spacing: 'Large',
    },
  ],
  [{ $data: '${buttons}', ...executeButton }],
  true,
);

const TONE: Record<ApprovalNoticeModel['tone'], Color> = { good: 'Good', warning: 'Warning', attention: 'Attention' };
const STATUS_COLOR: Record<ApprovalCardModel['status'], Color> = {
  pending: 'Accent',
  approved: 'Good',
  executed: 'Good',
  rejected: 'Attention',
  expired: 'Warning',
};

function noticeView(notice: ApprovalNoticeModel | undefined): NoticeView {
  return {
    text: notice?.text ?? '',
    color: notice ? TONE[notice.tone] : 'Default',
    hasCode: Boolean(notice?.code),
    code: notice?.code ? `Code: ${notice.code}` : '',
  };
}

/** Button data: Steward's verb plus the request and decision (inputs such as the comment merge in beside them). */
export interface ApprovalActionData extends CardActionData {
  approval: { requestId: string; decision?: 'approve' | 'reject'; view?: 'list' };
}

function decisionData(requestId: string, decision: 'approve' | 'reject', view?: 'list'): ApprovalActionData {
  return { steward: { verb: APPROVAL_VERBS.decide }, approval: { requestId, decision, ...(view ? { view } : {}) } };
}

/** Builds one approval request card (the approver's, the requester's or an observer's view). */
export function buildApprovalCard(model: ApprovalCardModel): AdaptiveCardJson {
  const shown = model.targets.length > SHOWN_TARGETS + 1 ? model.targets.slice(0, SHOWN_TARGETS) : model.targets;
  const total = Math.max(model.targetCount ?? 0, model.targets.length);
  const hidden = total - shown.length;
  // A decided or expired request never shows buttons, whatever the caller asked for.
  const decide = model.decide && model.status === 'pending';
  const view: ApprovalView = {
    title: model.title,
    titleColor: STATUS_COLOR[model.status],
    statusLine: model.statusLine,
    summary: model.summary,
    hasNotice: Boolean(model.notice),
    notice: noticeView(model.notice),
    facts: model.facts.map((f) => ({ label: f.label, value: f.value })),
    targetsHeading: total === 1 ? 'Target' : `Targets (${total})`,
    targets: [...shown.map((t) => `• ${t}`), ...(hidden > 0 ? [`…and ${hidden} more`] : [])],
    decide,
    buttons: decide
      ? [
          { title: 'Approve', verb: APPROVAL_VERBS.decide, style: 'positive', data: decisionData(model.requestId, 'approve') },
          { title: 'Reject', verb: APPROVAL_VERBS.decide, style: 'destructive', data: decisionData(model.requestId, 'reject') },
        ]
      : [],
  };
  const card = expandCard(APPROVAL_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
  const userIds = model.refreshUserIds ?? [];
  if (model.status === 'pending' && userIds.length > 0) {
    // Plain JSON, not a template: user ids are data and must never be evaluated as bindings.
    card.refresh = {
      action: { type: 'Action.Execute', title: 'Refresh', verb: APPROVAL_VERBS.refresh, data: { steward: { verb: APPROVAL_VERBS.refresh }, approval: { requestId: model.requestId } } },
      userIds: userIds.slice(0, 60),
    };
  }
  return card;
}

interface ListItemView {
  title: string;
  statusLine: string;
  summary: string;
  targets: string;
  detail: string;
  decide: boolean;
  buttons: ExecuteButtonView[];
}

interface ListView {
  title: string;
  intro: string;
  hasNotice: boolean;
  notice: NoticeView;
  hasItems: boolean;
  empty: string;
  items: ListItemView[];
}

const LIST_TEMPLATE = cardTemplate(
  [
    plainText('${title}', { size: 'Large', weight: 'Bolder' }),
    plainText('${intro}', { isSubtle: true }, { spacing: 'Small' }),
    NOTICE_TEMPLATE,
    { $when: '${!hasItems}', ...plainText('${empty}', {}, { spacing: 'Medium' }) },
    {
      $data: '${items}',
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        plainText('${title}', { weight: 'Bolder' }),
        plainText('${statusLine}', { size: 'Small', isSubtle: true }, { spacing: 'None' }),
        plainText('${summary}', {}, { spacing: 'Small' }),
        plainText('${targets}', { size: 'Small', isSubtle: true }, { spacing: 'None' }),
        plainText('${detail}', { size: 'Small' }, { spacing: 'Small' }),
        { $when: '${decide}', type: 'ActionSet', actions: [{ $data: '${buttons}', ...executeButton }] },
      ],
    },
  ],
  [],
  true,
);

/** Builds "my requests" / "pending approvals"; approvers decide from the list (the answer is the refreshed list). */
export function buildApprovalListCard(model: ApprovalListCardModel): AdaptiveCardJson {
  const view: ListView = {
    title: model.title,
    intro: model.intro,
    hasNotice: Boolean(model.notice),
    notice: noticeView(model.notice),
    hasItems: model.items.length > 0,
    empty: model.empty,
    items: model.items.map((item) => ({
      title: item.title,
      statusLine: item.statusLine,
      summary: item.summary,
      targets: item.targets,
      detail: item.detail,
      decide: item.decide,
      buttons: item.decide
        ? [
            { title: 'Approve', verb: APPROVAL_VERBS.decide, style: 'positive', data: decisionData(item.requestId, 'approve', 'list') },
            { title: 'Reject', verb: APPROVAL_VERBS.decide, style: 'destructive', data: decisionData(item.requestId, 'reject', 'list') },
          ]
        : [],
    })),
  };
  return expandCard(LIST_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}
