import { StewardError } from '../../actions/errors';
import type { Actor } from '../../actions/governance/governance-audit';
import { buildGovernanceCard } from '../../cards';
import type { GovernanceCardModel } from '../../cards/card.types';
import type { IntentDescriptor } from '../../nlu/recognizer';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom, type RecognitionLike } from '../dialog.services';
import { operatorsCardModel, profileCardModel, roleList } from '../governance.presenter';
import type { CommandContext, CommandDefinition } from './command.types';
import { permissionSetsFrom, rolesFrom, userFrom, virtualTenantsFrom } from './governance-text';
import type { HelpLine } from './help.command';

/**
 * `add operator bob@contoso.com as Helpdesk [with permission set X] [in virtual tenant Y]`,
 * `remove operator bob@contoso.com`, `what can bob do`, `show operators`, and
 * `assign / unassign permission set|virtual tenant X to|from bob@contoso.com`. Tenant Admins only
 * (anyone may ask what they themselves can do); OperatorAdminService holds the rules and the audit.
 */

export const OPERATOR_HELP_LINES: HelpLine[] = [
  { example: 'show operators', description: 'Who may use Steward, with roles, permission sets and virtual tenants (Tenant Admins).' },
  { example: 'add operator bob@contoso.com as Helpdesk', description: 'Register a tenant user as an operator; add "with permission set …" or "in virtual tenant …".' },
  { example: 'what can bob@contoso.com do', description: 'Roles, permission sets, virtual tenants and the actions that result.' },
  { example: 'assign virtual tenant Italy Sales to bob@contoso.com', description: 'Limit an operator to users in a virtual tenant (also: permission set; "unassign … from …").' },
  { example: 'remove operator bob@contoso.com', description: 'Bob can no longer use Steward.' },
];

const ADD_INTENT: IntentDescriptor = {
  id: 'steward.operator-add',
  title: 'Add an operator',
  category: 'Steward',
  targets: { kinds: ['email'] },
  phrases: [
    'add operator bob@contoso.com as Helpdesk',
    'add bob@contoso.com as an operator',
    'make bob@contoso.com a Steward operator with the Management role',
    'register bob@contoso.com as operator',
    'add operator bob@contoso.com as Helpdesk with permission set',
    'give bob@contoso.com the Helpdesk role',
    'make bob@contoso.com a tenant admin operator',
    'new operator bob@contoso.com',
    'change the role of operator bob@contoso.com to Management',
  ],
};

const REMOVE_INTENT: IntentDescriptor = {
  id: 'steward.operator-remove',
  title: 'Remove an operator',
  category: 'Steward',
  targets: { kinds: ['email', 'name'] },
  phrases: [
    'remove operator bob@contoso.com',
    'delete operator bob@contoso.com',
    'bob@contoso.com is no longer an operator',
    'remove bob@contoso.com from the operators',
    'revoke operator access of bob@contoso.com',
    'unregister operator {name}',
  ],
};

const SHOW_INTENT: IntentDescriptor = {
  id: 'steward.operator-show',
  title: 'What an operator can do',
  category: 'Steward',
  targets: { kinds: ['email', 'name'] },
  phrases: [
    'what can bob@contoso.com do',
    'what can {name} do',
    'what is {name} allowed to do',
    'what may bob@contoso.com do',
    'permissions of operator bob@contoso.com',
    'show operator {name}',
    'which actions can {name} run',
    'roles and scopes of bob@contoso.com',
  ],
};

const LIST_INTENT: IntentDescriptor = {
  id: 'steward.operators-list',
  title: 'Show operators',
  category: 'Steward',
  standalone: true,
  targets: { kinds: [] },
  phrases: ['show operators', 'list operators', 'who are the operators', 'list all Steward operators', 'show me the operators and their roles', 'operators'],
};

const ASSIGN_INTENT: IntentDescriptor = {
  id: 'steward.operator-assign',
  title: 'Assign a virtual tenant or permission set',
  category: 'Steward',
  targets: { kinds: ['email'] },
  phrases: [
    'assign virtual tenant Italy Sales to bob@contoso.com',
    'assign permission set Password desk to bob@contoso.com',
    'give bob@contoso.com the permission set Password desk',
    'give bob@contoso.com virtual tenant Italy Sales',
    'limit bob@contoso.com to virtual tenant Italy Sales',
    'scope bob@contoso.com to virtual tenant Italy',
  ],
};

const UNASSIGN_INTENT: IntentDescriptor = {
  id: 'steward.operator-unassign',
  title: 'Unassign a virtual tenant or permission set',
  category: 'Steward',
  targets: { kinds: ['email'] },
  phrases: [
    'unassign virtual tenant Italy Sales from bob@contoso.com',
    'unassign permission set Password desk from bob@contoso.com',
    'remove virtual tenant Italy Sales from bob@contoso.com',
    'remove permission set Password desk from bob@contoso.com',
    'take permission set Password desk away from bob@contoso.com',
  ],
};

async function actorOf({ info, services }: CommandContext): Promise<Actor> {
  return { caller: info.caller, operator: await services.engine.operator(info.caller) };
}

export async function sendGovernanceCard(ctx: CommandContext, model: Omit<GovernanceCardModel, 'footer'>, summary: string): Promise<void> {
  const session = await ctx.services.sessions.status(ctx.info.caller.tenantId).catch(() => undefined);
  const card = buildGovernanceCard({ ...model, footer: session ? footerFrom(session, ctx.services.clock()) : undefined });
  await ctx.turn.sendActivity(cardActivity(card, summary));
}

/** Runs a handler; any refusal or failure becomes the standard error card. */
export function guardedCommand(intent: IntentDescriptor, run: (ctx: CommandContext, r: RecognitionLike) => Promise<void>): CommandDefinition {
  return {
    intent,
    async run(ctx, recognition) {
      try {
        await run(ctx, recognition);
      } catch (e) {
        await sendError(ctx.turn, ctx.services, ctx.info, e);
      }
    },
  };
}

function needUser(user: string | undefined, example: string): string {
  if (!user) throw new StewardError('VALIDATION_FAILED', 'Which user?', { hint: `Name them by user principal name, e.g. "${example}".` });
  return user;
}

async function scopeNames(ctx: CommandContext, actor: Actor): Promise<Map<string, string>> {
  const list = await ctx.services.governance.virtualTenants.list(actor).catch(() => []);
  return new Map(list.map((v) => [v.virtualTenant.id, v.virtualTenant.name]));
}

export const operatorAddCommand = guardedCommand(ADD_INTENT, async (ctx, r) => {
  const actor = await actorOf(ctx);
  const user = needUser(userFrom(r.text, r.targets, /\boperator\s+(.+?)(?:\s+as\b|\s+with\b|\s+in\s+virtual\b|$)/i), 'add operator bob@contoso.com as Helpdesk');
  const { roles, unknown } = rolesFrom(r.text);
  if (unknown.length > 0) {
    throw new StewardError('VALIDATION_FAILED', `"${unknown.join('", "')}" is not a Steward role.`, {
      hint: 'Roles: Tenant Admin, Management, Helpdesk, Audit, Reader. For custom rights, use a permission set.',
    });
  }
  const { operator, created, previous } = await ctx.services.governance.operators.add(actor, {
    user,
    roles,
    permissionSets: permissionSetsFrom(r.text),
    virtualTenants: virtualTenantsFrom(r.text),
  });
  const profile = await ctx.services.governance.operators.describe(actor, operator.objectId);
  const notice = created
    ? `${operator.displayName} is now a Steward operator (${roleList(operator.roles)}).`
    : `${operator.displayName} was already an operator (${roleList(previous?.roles ?? [])}); now: ${roleList(operator.roles)}.`;
  await sendGovernanceCard(ctx, profileCardModel(profile, { notice }), notice);
});

export const operatorRemoveCommand = guardedCommand(REMOVE_INTENT, async (ctx, r) => {
  const actor = await actorOf(ctx);
  const user = needUser(userFrom(r.text, r.targets, /\boperator\s+(.+)$/i), 'remove operator bob@contoso.com');
  const removed = await ctx.services.governance.operators.remove(actor, user);
  const text = `${removed.displayName} (${removed.userPrincipalName}) is no longer a Steward operator.`;
  await sendGovernanceCard(
    ctx,
    { title: 'Operator removed', notice: text, sections: [{ heading: 'They held', items: [roleList(removed.roles), ...(removed.permissionSets ?? []).map((s) => `permission set ${s}`)] }] },
    text,
  );
});

export const operatorShowCommand = guardedCommand(SHOW_INTENT, async (ctx, r) => {
  const actor = await actorOf(ctx);
  const user = needUser(
    userFrom(r.text, r.targets, /\b(?:what|which actions)\s+(?:can|may|could|is)\s+(.+?)\s+(?:do|run|allowed)\b|\boperator\s+(.+)$/i),
    'what can bob@contoso.com do',
  );
  const profile = await ctx.services.governance.operators.describe(actor, user);
  await sendGovernanceCard(ctx, profileCardModel(profile), `What ${profile.operator.displayName} can do`);
});

export const operatorsListCommand = guardedCommand(LIST_INTENT, async (ctx) => {
  const actor = await actorOf(ctx);
  const operators = await ctx.services.governance.operators.list(actor);
  await sendGovernanceCard(ctx, operatorsCardModel(operators, await scopeNames(ctx, actor)), 'Steward operators');
});

function assignCommand(intent: IntentDescriptor, mode: 'add' | 'remove'): CommandDefinition {
  return guardedCommand(intent, async (ctx, r) => {
    const actor = await actorOf(ctx);
    const user = needUser(userFrom(r.text, r.targets), mode === 'add' ? 'assign virtual tenant Italy Sales to bob@contoso.com' : 'unassign virtual tenant Italy Sales from bob@contoso.com');
    const operator = await ctx.services.governance.operators.assign(
      actor,
      { user, permissionSets: permissionSetsFrom(r.text), virtualTenants: virtualTenantsFrom(r.text) },
      mode,
    );
    const profile = await ctx.services.governance.operators.describe(actor, operator.objectId);
    const notice = `${operator.displayName}'s ${mode === 'add' ? 'grant was extended' : 'grant was reduced'}.`;
    await sendGovernanceCard(ctx, profileCardModel(profile, { notice }), notice);
  });
}

export const operatorAssignCommand = assignCommand(ASSIGN_INTENT, 'add');
export const operatorUnassignCommand = assignCommand(UNASSIGN_INTENT, 'remove');

export const OPERATOR_COMMANDS: readonly CommandDefinition[] = [
  operatorAddCommand,
  operatorRemoveCommand,
  operatorShowCommand,
  operatorsListCommand,
  operatorAssignCommand,
  operatorUnassignCommand,
];
