import { mayConfigureTenant } from '../../actions/governance/roles';
import type { PolicyDoc } from '../../actions/governance/approval.types';
import { POLICY_VERBS, type CardActionData } from '../../cards';
import { commandIntent } from './builtin-intent';
import { APPROVAL_REQUEST_VERB, runApprovalRequest } from '../approval-replies';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom } from '../dialog.services';
import type { CardVerbDefinition, CommandContext, CommandDefinition } from './command.types';
import type { HelpLine } from './help.command';

/**
 * `my requests`, `pending approvals`, `approval policy`, and the card buttons that request approval and
 * edit the policy. Thin: the approvals service and the policy service hold every rule.
 */

export const APPROVAL_HELP_LINES: HelpLine[] = [
  { example: 'my requests', description: 'Your approval requests and where they stand.' },
  { example: 'pending approvals', description: 'Requests waiting for your decision (approvers).' },
  { example: 'approval policy', description: 'What needs approval or is forbidden; Tenant Admins edit it there.' },
];

export const myRequestsCommand: CommandDefinition = {
  intent: commandIntent('steward.my-requests', 'My approval requests', [
    'my requests',
    'show my approval requests',
    'what did I ask approval for',
    'status of my approval requests',
    'list the requests I made',
    'were my requests approved',
  ]),
  async run({ turn, info, services }) {
    try {
      const { items } = await services.approvals.mine(info.caller);
      const footer = await footerOf({ turn, info, services });
      await turn.sendActivity(cardActivity(services.approvalCards.list('mine', items, { footer }), 'My approval requests'));
    } catch (e) {
      await sendError(turn, services, info, e);
    }
  },
};

export const pendingApprovalsCommand: CommandDefinition = {
  intent: commandIntent('steward.pending-approvals', 'Pending approvals', [
    'pending approvals',
    'what is waiting for my approval',
    'show the requests I need to approve',
    'approval requests to review',
    'anything to approve',
    'list open approval requests',
  ]),
  async run({ turn, info, services }) {
    try {
      const { items } = await services.approvals.pending(info.caller);
      const footer = await footerOf({ turn, info, services });
      await turn.sendActivity(cardActivity(services.approvalCards.list('pending', items, { footer }), 'Pending approvals'));
    } catch (e) {
      await sendError(turn, services, info, e);
    }
  },
};

export const approvalPolicyCommand: CommandDefinition = {
  intent: commandIntent('steward.approval-policy', 'Approval policy', [
    'approval policy',
    'show the approval policy',
    'which actions need approval',
    'change the approval rules',
    'edit the approval policy',
    'what is forbidden for helpdesk',
    'who approves requests',
  ]),
  run: (ctx) => sendPolicy(ctx, (tenantId) => ctx.services.policies.get(tenantId)),
};

export const APPROVAL_COMMANDS: readonly CommandDefinition[] = [myRequestsCommand, pendingApprovalsCommand, approvalPolicyCommand];

export const approvalVerbs: CardVerbDefinition[] = [
  // A "Request approval" click whose dialog is gone still reaches the service, which checks the plan.
  { verb: APPROVAL_REQUEST_VERB, run: (ctx, data) => runApprovalRequest(ctx.turn, ctx.services, ctx.info, data) },
  {
    verb: POLICY_VERBS.setRule,
    run: (ctx, data) =>
      changePolicy(ctx, 'Rule saved.', (tenantId, operator, correlationId) =>
        ctx.services.policies.setRule(tenantId, operator, { role: text(data.policyRole), actions: text(data.policyActions), effect: text(data.policyEffect) }, correlationId),
      ),
  },
  {
    verb: POLICY_VERBS.removeRule,
    run: (ctx, data) =>
      changePolicy(ctx, 'Rule removed.', (tenantId, operator, correlationId) =>
        ctx.services.policies.removeRule(tenantId, operator, { role: text(policyData(data).role), actions: text(policyData(data).actions) }, correlationId),
      ),
  },
  {
    verb: POLICY_VERBS.settings,
    run: (ctx, data) =>
      changePolicy(ctx, 'Settings saved.', (tenantId, operator, correlationId) => {
        const threshold = text(data.bulkThreshold);
        return ctx.services.policies.updateSettings(
          tenantId,
          operator,
          { bulkThreshold: threshold === '' ? null : Number(threshold), expiryHours: Number(text(data.expiryHours) || NaN) },
          correlationId,
        );
      }),
  },
  {
    verb: POLICY_VERBS.channel,
    run: (ctx, data) => {
      const here = policyData(data).channel === 'here' && !ctx.info.personal && ctx.info.address;
      return changePolicy(ctx, here ? 'Approval requests will be posted to this channel.' : "Approval requests will go to the approvers' personal chats.", (tenantId, operator, correlationId) =>
        ctx.services.policies.setChannel(tenantId, operator, here && ctx.info.address ? { address: ctx.info.address, name: conversationName(ctx) } : null, correlationId),
      );
    },
  },
];

async function changePolicy(
  ctx: CommandContext,
  notice: string,
  change: (tenantId: string, operator: Awaited<ReturnType<CommandContext['services']['engine']['operator']>>, correlationId: string) => Promise<PolicyDoc>,
): Promise<void> {
  await sendPolicy(
    ctx,
    async (tenantId) => {
      const operator = await ctx.services.engine.operator(ctx.info.caller);
      return change(tenantId, operator, ctx.info.caller.correlationId);
    },
    notice,
  );
}

async function sendPolicy(ctx: CommandContext, load: (tenantId: string) => Promise<PolicyDoc>, notice?: string): Promise<void> {
  const { turn, info, services } = ctx;
  try {
    const operator = await services.engine.operator(info.caller);
    const policy = await load(info.caller.tenantId);
    const card = services.approvalCards.policy(policy, {
      service: services.policies,
      actions: services.engine.registry.list(),
      editable: mayConfigureTenant(operator.roles),
      personal: info.personal,
      notice,
      footer: await footerOf(ctx),
    });
    await turn.sendActivity(cardActivity(card, notice ?? 'Approval policy'));
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

async function footerOf({ info, services }: CommandContext) {
  const session = await services.sessions.status(info.caller.tenantId).catch(() => undefined);
  return session ? footerFrom(session, services.clock()) : undefined;
}

/** How the policy names the channel: 'the channel "Approvals"', or 'a Teams channel' when Teams sent no name. */
function conversationName({ info }: CommandContext): string {
  const conversation = (info.address as { conversation?: { name?: string } } | undefined)?.conversation;
  const name = conversation?.name?.trim();
  return name ? `the channel "${name}"` : 'a Teams channel';
}

function policyData(data: CardActionData): Record<string, unknown> {
  const value = data.policy;
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
