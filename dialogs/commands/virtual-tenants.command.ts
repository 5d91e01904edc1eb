import { StewardError } from '../../actions/errors';
import type { Actor } from '../../actions/governance/governance-audit';
import { buildFormCard } from '../../cards';
import type { CardActionData } from '../../cards/card.types';
import type { IntentDescriptor } from '../../nlu/recognizer';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom } from '../dialog.services';
import { virtualTenantsCardModel } from '../governance.presenter';
import type { CardVerbDefinition, CommandContext } from './command.types';
import { unquote } from './governance-text';
import type { HelpLine } from './help.command';
import { guardedCommand, sendGovernanceCard } from './operators.command';

/**
 * `create virtual tenant Italy Sales where country = Italy and department = Sales` (or just
 * `create virtual tenant` for a form), `show virtual tenants`, `delete virtual tenant Italy Sales`.
 * The definition syntax and every rule live in actions/governance/ (virtual-tenant.syntax.ts).
 */

export const CREATE_VERB = 'virtual-tenant-create';
const CREATE_ACTION_ID = 'steward.virtual-tenant-create';

export const VIRTUAL_TENANT_HELP_LINES: HelpLine[] = [
  { example: 'show virtual tenants', description: 'The scopes operators can be limited to, and who has them (Tenant Admins).' },
  {
    example: 'create virtual tenant Italy Sales where country = Italy and department = Sales',
    description: 'Users by domain, attributes (and / or) and group membership; "create virtual tenant" alone opens a form.',
  },
  { example: 'delete virtual tenant Italy Sales', description: 'Only when no operator has it any more.' },
  { example: 'set licence pool E5 = 10 for virtual tenant Italy', description: 'At most that many users of the virtual tenant may hold the licence (Tenant Admins).' },
];

const SYNTAX_HELP =
  'Conditions: domain = contoso.it · department, country, companyName, city, state, jobTitle, usageLocation, officeLocation, employeeType, userType with =, !=, in (a, b), not in (a, b), starts with · member of "Group name". Combine with and / or and parentheses; quote values that contain "and" or "or".';

const CREATE_INTENT: IntentDescriptor = {
  id: 'steward.virtual-tenant-create',
  title: 'Create a virtual tenant',
  category: 'Steward',
  targets: { kinds: [] },
  phrases: [
    'create virtual tenant Italy Sales where country = Italy and department = Sales',
    'create a virtual tenant',
    'new virtual tenant',
    'define a virtual tenant for the users of domain contoso.it',
    'add virtual tenant where department is Sales',
    'create a scope where country is Italy',
  ],
};

const LIST_INTENT: IntentDescriptor = {
  id: 'steward.virtual-tenants-list',
  title: 'Show virtual tenants',
  category: 'Steward',
  standalone: true,
  targets: { kinds: [] },
  phrases: ['show virtual tenants', 'list virtual tenants', 'which virtual tenants exist', 'show the scopes', 'virtual tenants'],
};

const DELETE_INTENT: IntentDescriptor = {
  id: 'steward.virtual-tenant-delete',
  title: 'Delete a virtual tenant',
  category: 'Steward',
  targets: { kinds: [] },
  phrases: ['delete virtual tenant Italy Sales', 'remove the virtual tenant Italy Sales', 'drop virtual tenant Italy'],
};

async function actorOf({ info, services }: CommandContext): Promise<Actor> {
  return { caller: info.caller, operator: await services.engine.operator(info.caller) };
}

/** "create virtual tenant <name> where <definition>": the name may be quoted. */
function parseCreate(text: string): { name: string; definition: string } | undefined {
  const m = /\bvirtual\s+tenant\s+(?:named\s+|called\s+)?(.*?)\s+(?:where|with users where|for users where)\s+(.+)$/i.exec(text.trim());
  if (!m) return undefined;
  return { name: unquote(m[1]), definition: m[2].trim() };
}

export const virtualTenantCreateCommand = guardedCommand(CREATE_INTENT, async (ctx, r) => {
  const actor = await actorOf(ctx);
  await ctx.services.governance.virtualTenants.assertMayManage(actor);
  const request = parseCreate(r.text);
  if (!request) {
    const named = /\bvirtual\s+tenant\s+(?:named\s+|called\s+)?(.+)$/i.exec(r.text.trim())?.[1];
    await sendCreateForm(ctx, { name: named ? unquote(named) : undefined });
    return;
  }
  await create(ctx, actor, request);
});

async function create(ctx: CommandContext, actor: Actor, request: { name: string; definition: string }): Promise<void> {
  const result = await ctx.services.governance.virtualTenants.create(actor, request);
  if (!result.ok) {
    await sendCreateForm(ctx, { ...request, problems: result.problems });
    return;
  }
  const notice = `Virtual tenant "${result.summary.virtualTenant.name}" created. Assign it with "assign virtual tenant ${result.summary.virtualTenant.name} to bob@contoso.com".`;
  await sendGovernanceCard(ctx, virtualTenantsCardModel([result.summary], { notice, title: `Virtual tenant ${result.summary.virtualTenant.name}` }), notice);
}

async function sendCreateForm(ctx: CommandContext, values: { name?: string; definition?: string; problems?: { name?: string; definition?: string } }): Promise<void> {
  const session = await ctx.services.sessions.status(ctx.info.caller.tenantId).catch(() => undefined);
  const card = buildFormCard({
    actionId: CREATE_ACTION_ID,
    title: 'Create a virtual tenant',
    intro: 'Operators given this virtual tenant act only on the users it selects.',
    fields: [
      { id: 'name', label: 'Name', kind: 'text', required: true, placeholder: 'Italy Sales', value: values.name, maxLength: 64, error: values.problems?.name },
      {
        id: 'definition',
        label: 'Users where',
        kind: 'multiline',
        required: true,
        placeholder: 'country = Italy and department in (Sales, Marketing)',
        value: values.definition,
        help: SYNTAX_HELP,
        error: values.problems?.definition,
      },
    ],
    data: { steward: { verb: CREATE_VERB, actionId: CREATE_ACTION_ID } },
    submitTitle: 'Create',
    footer: session ? footerFrom(session, ctx.services.clock()) : undefined,
  });
  await ctx.turn.sendActivity(cardActivity(card, values.problems ? 'Virtual tenant not created' : 'Create a virtual tenant'));
}

async function createSubmitted(ctx: CommandContext, data: CardActionData): Promise<void> {
  try {
    const actor = await actorOf(ctx);
    const name = typeof data.name === 'string' ? data.name : '';
    const definition = typeof data.definition === 'string' ? data.definition : '';
    await create(ctx, actor, { name, definition });
  } catch (e) {
    await sendError(ctx.turn, ctx.services, ctx.info, e);
  }
}

export const virtualTenantsListCommand = guardedCommand(LIST_INTENT, async (ctx) => {
  const list = await ctx.services.governance.virtualTenants.list(await actorOf(ctx));
  await sendGovernanceCard(ctx, virtualTenantsCardModel(list), 'Virtual tenants');
});

export const virtualTenantDeleteCommand = guardedCommand(DELETE_INTENT, async (ctx, r) => {
  const actor = await actorOf(ctx);
  const name = /\bvirtual\s+tenant\s+(.+)$/i.exec(r.text.trim())?.[1];
  if (!name) {
    throw new StewardError('VALIDATION_FAILED', 'Which virtual tenant?', { hint: 'For example: "delete virtual tenant Italy Sales".' });
  }
  const deleted = await ctx.services.governance.virtualTenants.delete(actor, unquote(name));
  const notice = `Virtual tenant "${deleted.name}" deleted.`;
  await sendGovernanceCard(ctx, { title: 'Virtual tenant deleted', notice, sections: [] }, notice);
});

const LICENCE_POOL_INTENT: IntentDescriptor = {
  id: 'steward.licence-pool-set',
  title: 'Set a licence pool',
  category: 'Steward',
  targets: { kinds: [] },
  phrases: [
    'set licence pool E5 = 10 for virtual tenant Italy',
    'set the license pool E3 to 25 for virtual tenant Sales',
    'licence pool for a virtual tenant',
    'give virtual tenant Italy a quota of E5 licences',
  ],
};

/** "set licence pool E5 = 10 for virtual tenant Italy" (licence or license; "=", ":" or "to"). */
export function parseLicencePool(text: string): { sku: string; quota: number; name: string } | undefined {
  const m = /\blicen[cs]e\s+pool\s+(?:of\s+|for\s+)?(.+?)\s*(?:=|:|\bto\b)\s*(\d+)\s+(?:licen[cs]es?\s+)?(?:for|in|on|of)\s+(?:the\s+)?virtual\s+tenant\s+(.+)$/i.exec(
    text.trim(),
  );
  if (!m) return undefined;
  return { sku: unquote(m[1].trim()), quota: Number(m[2]), name: unquote(m[3].trim()) };
}

export const licencePoolSetCommand = guardedCommand(LICENCE_POOL_INTENT, async (ctx, r) => {
  const actor = await actorOf(ctx);
  const request = parseLicencePool(r.text);
  if (!request) {
    throw new StewardError('VALIDATION_FAILED', 'Which licence, how many, and for which virtual tenant?', {
      hint: 'For example: "set licence pool E5 = 10 for virtual tenant Italy".',
    });
  }
  const set = await ctx.services.governance.virtualTenants.setLicencePool(actor, request);
  const notice = `Licence pool set: virtual tenant ${set.virtualTenant.name} may hold at most ${set.quota} ${set.sku} (${set.skuPartNumber}) licences.`;
  const pools = Object.entries(set.virtualTenant.licencePools ?? {})
    .map(([sku, quota]) => `${sku}: ${quota}`)
    .join(' · ');
  await sendGovernanceCard(ctx, { title: `Licence pools of ${set.virtualTenant.name}`, notice: `${notice} Pools: ${pools}.`, sections: [] }, notice);
});

export const VIRTUAL_TENANT_COMMANDS = [virtualTenantCreateCommand, virtualTenantsListCommand, virtualTenantDeleteCommand, licencePoolSetCommand];
export const virtualTenantVerbs: CardVerbDefinition[] = [{ verb: CREATE_VERB, run: createSubmitted }];
