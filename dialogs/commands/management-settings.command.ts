import type { CredentialInfo } from '../../actions/credentials/credential.vault';
import { isStewardError } from '../../actions/errors';
import type { CredentialKind, SessionMode } from '../../actions/ports';
import type { SessionView } from '../../actions/session/management-session.service';
import { buildCredentialFormCard, buildManagementSettingsCard, formatTimeLeft } from '../../cards';
import type { CardActionData, ManagementSettingsCardModel, StoredCredentialModel } from '../../cards/card.types';
import { commandIntent } from './builtin-intent';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import { footerFrom } from '../dialog.services';
import type { CardVerbDefinition, CommandContext, CommandDefinition } from './command.types';
import type { HelpLine } from './help.command';

/**
 * Management settings for Tenant Admins: the settings card (auto-enable and advanced toggles, stored
 * credentials), the credential forms and the commands that open them. The rules (who may, what turning
 * advanced off deletes, encryption) live in the session service and the credential vault; this file
 * only turns their answers into cards.
 */

export const SETTINGS_HELP_LINES: HelpLine[] = [
  { example: 'management settings', description: 'Tenant Admins: auto-enable, advanced management and the stored credentials.' },
  { example: 'store service credential', description: 'Tenant Admins: the app registration (client id + secret) the session signs in with.' },
  { example: 'remove service credential', description: 'Tenant Admins: delete the stored service credential (admin credentials likewise).' },
];

export const managementSettingsCommand: CommandDefinition = {
  intent: commandIntent('steward.session-settings', 'Management session settings', [
    'management settings',
    'management session settings',
    'open the management settings',
    'configure the management session',
    'change the session settings',
    'show auto-enable and advanced management',
    'turn auto-enable off',
    'disable advanced management',
    'set up advanced management',
    'which credential does the session use',
    'session configuration',
    'manage stored credentials',
  ]),
  run: (ctx) => sendSettings(ctx),
};

export const storeServiceCredentialCommand: CommandDefinition = {
  intent: commandIntent('steward.credential-service-store', 'Store the service credential', [
    'store service credential',
    'store a service credential',
    'add the app registration secret',
    'save the client id and client secret',
    'replace the service credential',
    'update the client secret for the session',
    'set up the service account credential',
    'enter a new app secret',
  ]),
  run: (ctx) => sendCredentialForm(ctx, 'service'),
};

export const storeAdminCredentialsCommand: CommandDefinition = {
  intent: commandIntent('steward.credential-admin-store', 'Store admin credentials', [
    'store admin credentials',
    'enter admin credentials',
    'save the tenant admin username and password',
    'use my admin account password for the session',
    'replace the admin credentials',
    'set the global admin login',
  ]),
  run: (ctx) => sendCredentialForm(ctx, 'admin'),
};

export const removeServiceCredentialCommand: CommandDefinition = {
  intent: commandIntent('steward.credential-service-remove', 'Remove the service credential', [
    'remove service credential',
    'delete the service credential',
    'forget the stored client secret',
    'remove the app registration secret',
    'wipe the stored service credential',
  ]),
  run: (ctx) => removeCredential(ctx, 'service'),
};

export const removeAdminCredentialsCommand: CommandDefinition = {
  intent: commandIntent('steward.credential-admin-remove', 'Remove admin credentials', [
    'remove admin credentials',
    'delete the stored admin password',
    'forget the admin username and password',
    'wipe the stored admin login',
  ]),
  run: (ctx) => removeCredential(ctx, 'admin'),
};

export const MANAGEMENT_SETTINGS_COMMANDS: CommandDefinition[] = [
  managementSettingsCommand,
  storeServiceCredentialCommand,
  storeAdminCredentialsCommand,
  removeServiceCredentialCommand,
  removeAdminCredentialsCommand,
];

export const managementSettingsVerbs: CardVerbDefinition[] = [
  { verb: 'session-settings', run: (ctx) => sendSettings(ctx) },
  { verb: 'session-settings-save', run: (ctx, data) => saveSettings(ctx, data) },
  { verb: 'credential-form', run: (ctx, data) => sendCredentialForm(ctx, kindOf(data)) },
  { verb: 'credential-store', run: (ctx, data) => storeCredential(ctx, data) },
  { verb: 'credential-remove', run: (ctx, data) => removeCredential(ctx, kindOf(data), 'card') },
];

const PERSONAL_ONLY = 'Management settings and credentials are handled only in a 1:1 chat with me, so that nothing sensitive is typed where others can see. Open a chat with Steward and ask there.';

function kindOf(data: CardActionData): CredentialKind {
  return data.credential === 'admin' ? 'admin' : 'service';
}

async function sendSettings(ctx: CommandContext, message?: string): Promise<void> {
  const { turn, info, services } = ctx;
  if (!info.personal) {
    await turn.sendActivity(PERSONAL_ONLY);
    return;
  }
  try {
    const operator = await services.engine.operator(info.caller);
    const settings = await services.sessions.settings(info.caller.tenantId, operator);
    const model = settingsModel(settings.view, settings.credentials, settings.canStoreCredentials, message, services.clock());
    await turn.sendActivity(cardActivity(buildManagementSettingsCard(model), 'Management session settings'));
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

async function saveSettings(ctx: CommandContext, data: CardActionData): Promise<void> {
  const { turn, info, services } = ctx;
  try {
    const operator = await services.engine.operator(info.caller);
    const { view } = await services.sessions.settings(info.caller.tenantId, operator);
    const opts = { correlationId: info.caller.correlationId };
    const said: string[] = [];
    const autoEnable = toggle(data.autoEnable);
    if (autoEnable !== undefined && autoEnable !== view.autoEnable) {
      await services.sessions.setAutoEnable(info.caller.tenantId, operator, autoEnable, opts);
      said.push(`Auto-enable is now ${autoEnable ? 'on' : 'off'}.`);
    }
    const advanced = toggle(data.advanced);
    if (advanced !== undefined && advanced !== view.advanced) {
      const result = await services.sessions.setAdvanced(info.caller.tenantId, operator, advanced, opts);
      said.push(`Advanced management is now ${advanced ? 'on: Management operators may turn the session on' : 'off: only Tenant Admins may turn the session on'}.`);
      if (result.removedServiceCredential) said.push('The stored service credential was deleted, as turning advanced management off does.');
    }
    await sendSettings(ctx, said.length > 0 ? said.join(' ') : 'Nothing changed.');
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

async function sendCredentialForm(ctx: CommandContext, kind: CredentialKind, retry?: { identity?: string; errors: Record<string, string> }): Promise<void> {
  const { turn, info, services } = ctx;
  if (!info.personal) {
    await turn.sendActivity(PERSONAL_ONLY);
    return;
  }
  try {
    const operator = await services.engine.operator(info.caller);
    const settings = await services.sessions.settings(info.caller.tenantId, operator);
    // No encryption key: the vault's refusal, before anyone types a secret.
    if (!settings.canStoreCredentials) services.credentials.assertCanStore();
    const card = buildCredentialFormCard({
      kind,
      replacing: settings.credentials.some((c) => c.kind === kind),
      identity: retry?.identity,
      errors: retry?.errors,
      footer: footerFrom(settings.view, services.clock()),
    });
    await turn.sendActivity(cardActivity(card, kind === 'service' ? 'Store the service credential' : 'Store admin credentials'));
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

async function storeCredential(ctx: CommandContext, data: CardActionData): Promise<void> {
  const { turn, info, services } = ctx;
  const kind = kindOf(data);
  if (!info.personal) {
    await turn.sendActivity(PERSONAL_ONLY);
    return;
  }
  try {
    const operator = await services.engine.operator(info.caller);
    const opts = { correlationId: info.caller.correlationId };
    const tenantId = info.caller.tenantId;
    // Only the named inputs are passed on; the secret is never logged, echoed or audited.
    const stored =
      kind === 'service'
        ? await services.credentials.storeService(tenantId, operator, { clientId: data.clientId, clientSecret: data.clientSecret }, opts)
        : await services.credentials.storeAdmin(tenantId, operator, { username: data.username, password: data.password }, opts);
    const what = kind === 'service' ? `The service credential (app ${stored.clientId}) is stored, encrypted.` : `Admin credentials for ${stored.username} are stored, encrypted.`;
    await sendSettings(ctx, `${what} Turn the management session on to check it with the tenant.`);
  } catch (e) {
    if (isStewardError(e) && e.code === 'VALIDATION_FAILED' && e.details?.errors) {
      const identity = kind === 'service' ? data.clientId : data.username;
      await sendCredentialForm(ctx, kind, { identity: typeof identity === 'string' ? identity : undefined, errors: e.details.errors as Record<string, string> });
      return;
    }
    await sendError(turn, services, info, e);
  }
}

async function removeCredential(ctx: CommandContext, kind: CredentialKind, entry: 'chat' | 'card' = 'chat'): Promise<void> {
  const { turn, info, services } = ctx;
  if (!info.personal) {
    await turn.sendActivity(PERSONAL_ONLY);
    return;
  }
  try {
    const operator = await services.engine.operator(info.caller);
    const before = await services.sessions.status(info.caller.tenantId);
    const { view, removed } = await services.sessions.removeCredential(info.caller.tenantId, operator, kind, { correlationId: info.caller.correlationId, entry });
    const noun = kind === 'service' ? 'service credential' : 'admin credentials';
    const ended = before.state === 'on' && view.state === 'off' ? ' The management session was turned off: it was using them.' : '';
    await sendSettings(ctx, removed ? `The stored ${noun} ${kind === 'service' ? 'was' : 'were'} removed.${ended}` : `No ${noun} ${kind === 'service' ? 'was' : 'were'} stored.`);
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

/** Input.Toggle posts "true"/"false"; anything else means "not on this card". */
function toggle(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

const MODE_LABELS: Record<SessionMode, string> = {
  'service-credential': 'the stored service credential',
  'admin-credentials': 'the stored admin credentials',
  'configured-credential': 'the app registration from Steward\'s configuration',
};

export function modeLabel(mode: SessionMode | undefined): string | undefined {
  return mode ? MODE_LABELS[mode] : undefined;
}

/** "2026-11-23 14:05 UTC": unambiguous for admins in any time zone. */
function displayTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function storedModel(info: CredentialInfo, inUse: boolean): StoredCredentialModel {
  const who = info.storedBy.displayName ? `${info.storedBy.displayName}${info.storedBy.upn ? ` (${info.storedBy.upn})` : ''}` : info.storedBy.upn ?? info.storedBy.id;
  return {
    identity: info.kind === 'service' ? `app ${info.clientId ?? 'unknown'}` : info.username ?? 'unknown',
    storedBy: who,
    storedAt: displayTime(info.storedAt),
    inUse,
  };
}

function settingsModel(view: SessionView, credentials: CredentialInfo[], canStore: boolean, message: string | undefined, now: Date): ManagementSettingsCardModel {
  const service = credentials.find((c) => c.kind === 'service');
  const admin = credentials.find((c) => c.kind === 'admin');
  const facts: { label: string; value: string }[] = [];
  if (view.state === 'on') {
    if (view.expiresAt) facts.push({ label: 'Time left', value: formatTimeLeft(Date.parse(view.expiresAt) - now.getTime()).replace(/ left$/, '') });
    const mode = modeLabel(view.mode);
    if (mode) facts.push({ label: 'Turned on with', value: mode });
  }
  if (view.state === 'off' && view.reason) facts.push({ label: 'Why off', value: view.reason });
  const state = view.state === 'on' ? 'The management session is on.' : view.state === 'enabling' ? 'The management session is turning on…' : 'The management session is off.';
  return {
    state: view.state,
    message: message ?? state,
    facts,
    autoEnable: view.autoEnable,
    advanced: view.advanced,
    serviceCredential: service ? storedModel(service, true) : undefined,
    adminCredentials: admin ? storedModel(admin, !service) : undefined,
    canStore,
    storeUnavailable: 'Storing credentials is unavailable: this Steward instance has no encryption key (STEWARD_ENCRYPTION_KEY).',
    fallbackNote: 'Nothing is stored: turning the session on uses the app registration from Steward\'s configuration.',
    footer: footerFrom(view, now),
  };
}
