import type { Actor } from '../../actions/governance/governance-audit';
import { buildFormCard } from '../../cards';
import type { CardActionData } from '../../cards/card.types';
import type { IntentDescriptor } from '../../nlu/recognizer';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom } from '../dialog.services';
import { permissionSetsCardModel } from '../governance.presenter';
import type { CardVerbDefinition, CommandContext } from './command.types';
import type { HelpLine } from './help.command';
import { guardedCommand, sendGovernanceCard } from './operators.command';

/**
 * `show permission sets`, `export permission sets` (a card with the JSON), `import permission sets`
 * (a form with a multiline JSON box; the submit is checked by PermissionSetService: any problem stores
 * nothing and the form comes back with every problem listed and the text kept).
 */

export const IMPORT_VERB = 'permission-sets-import';
const IMPORT_ACTION_ID = 'steward.permission-sets-import';
const JSON_FIELD = 'json';

export const PERMISSION_SET_HELP_LINES: HelpLine[] = [
  { example: 'show permission sets', description: 'Custom roles: which actions each set grants (Tenant Admins).' },
  { example: 'export permission sets', description: 'The sets as JSON, to copy into another tenant or keep.' },
  { example: 'import permission sets', description: 'Paste JSON to create or replace sets; nothing is stored if anything is wrong.' },
];

const EXAMPLE = `{
  "permissionSets": [
    { "name": "Password desk", "description": "Passwords and MFA", "actions": ["user.manage-password", "user.reset-mfa"] },
    { "name": "User care", "actions": ["user.*"] }
  ]
}`;

const LIST_INTENT: IntentDescriptor = {
  id: 'steward.permission-sets-list',
  title: 'Show permission sets',
  category: 'Steward',
  standalone: true,
  targets: { kinds: [] },
  phrases: ['show permission sets', 'list permission sets', 'which permission sets exist', 'show the custom roles', 'permission sets'],
};

const EXPORT_INTENT: IntentDescriptor = {
  id: 'steward.permission-sets-export',
  title: 'Export permission sets',
  category: 'Steward',
  standalone: true,
  targets: { kinds: [] },
  phrases: ['export permission sets', 'export the permission sets as JSON', 'download permission sets', 'backup the custom roles', 'permission sets JSON export'],
};

const IMPORT_INTENT: IntentDescriptor = {
  id: 'steward.permission-sets-import',
  title: 'Import permission sets',
  category: 'Steward',
  standalone: true,
  targets: { kinds: [] },
  phrases: ['import permission sets', 'import the permission sets from JSON', 'upload permission sets', 'load custom roles from JSON', 'paste permission sets JSON'],
};

async function actorOf({ info, services }: CommandContext): Promise<Actor> {
  return { caller: info.caller, operator: await services.engine.operator(info.caller) };
}

export const permissionSetsListCommand = guardedCommand(LIST_INTENT, async (ctx) => {
  const sets = await ctx.services.governance.permissionSets.list(await actorOf(ctx));
  await sendGovernanceCard(ctx, permissionSetsCardModel(sets), 'Permission sets');
});

export const permissionSetsExportCommand = guardedCommand(EXPORT_INTENT, async (ctx) => {
  const { json, count } = await ctx.services.governance.permissionSets.exportJson(await actorOf(ctx));
  await sendGovernanceCard(
    ctx,
    {
      title: `Permission sets export (${count})`,
      intro: 'Copy this JSON. To load it here or in another tenant, type "import permission sets" and paste it.',
      sections: [],
      code: json,
    },
    'Permission sets export',
  );
});

export const permissionSetsImportCommand = guardedCommand(IMPORT_INTENT, async (ctx) => {
  await ctx.services.governance.permissionSets.assertMayImport(await actorOf(ctx));
  await sendImportForm(ctx);
});

async function sendImportForm(ctx: CommandContext, value?: string, problems?: string[]): Promise<void> {
  const session = await ctx.services.sessions.status(ctx.info.caller.tenantId).catch(() => undefined);
  const card = buildFormCard({
    actionId: IMPORT_ACTION_ID,
    title: 'Import permission sets',
    intro:
      'Paste the JSON of one or more permission sets. Each entry in "actions" is an action id ("user.reset-mfa") or a category wildcard ("user.*"). Sets with the name of an existing set replace it; nothing is stored if anything is wrong.',
    fields: [
      {
        id: JSON_FIELD,
        label: 'Permission sets (JSON)',
        kind: 'multiline',
        required: true,
        placeholder: EXAMPLE,
        value,
        error: problems?.length ? `Nothing was imported. Fix ${problems.length === 1 ? 'this' : `these ${problems.length} problems`}:\n${problems.map((p) => `• ${p}`).join('\n')}` : undefined,
      },
    ],
    data: { steward: { verb: IMPORT_VERB, actionId: IMPORT_ACTION_ID } },
    submitTitle: 'Import',
    footer: session ? footerFrom(session, ctx.services.clock()) : undefined,
  });
  await ctx.turn.sendActivity(cardActivity(card, problems?.length ? 'Permission sets not imported' : 'Import permission sets'));
}

async function importSubmitted(ctx: CommandContext, data: CardActionData): Promise<void> {
  try {
    const text = typeof data[JSON_FIELD] === 'string' ? (data[JSON_FIELD] as string) : '';
    const actor = await actorOf(ctx);
    if (text.trim() === '') {
      await sendImportForm(ctx, undefined, ['Paste the JSON first.']);
      return;
    }
    const result = await ctx.services.governance.permissionSets.importJson(actor, text);
    if (!result.ok) {
      await sendImportForm(ctx, text, result.problems);
      return;
    }
    const sets = await ctx.services.governance.permissionSets.list(actor);
    const parts = [
      result.created.length ? `${result.created.length} created (${result.created.join(', ')})` : '',
      result.updated.length ? `${result.updated.length} replaced (${result.updated.join(', ')})` : '',
    ].filter(Boolean);
    const notice = `Imported: ${parts.join('; ') || 'nothing'}.`;
    await sendGovernanceCard(ctx, permissionSetsCardModel(sets, { notice }), notice);
  } catch (e) {
    await sendError(ctx.turn, ctx.services, ctx.info, e);
  }
}

export const PERMISSION_SET_COMMANDS = [permissionSetsListCommand, permissionSetsExportCommand, permissionSetsImportCommand];
export const permissionSetVerbs: CardVerbDefinition[] = [{ verb: IMPORT_VERB, run: importSubmitted }];
