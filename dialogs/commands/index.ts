import { APPROVAL_COMMANDS, APPROVAL_HELP_LINES, approvalVerbs } from './approvals.command';
import { AUDIT_HELP_LINES, auditCommand, auditExportCommand, auditVerbs } from './audit.command';
import type { CardVerbDefinition, CommandDefinition } from './command.types';
import { helpCommand, type HelpLine } from './help.command';
import { OPERATOR_COMMANDS, OPERATOR_HELP_LINES } from './operators.command';
import { PERMISSION_SET_COMMANDS, PERMISSION_SET_HELP_LINES, permissionSetVerbs } from './permission-sets.command';
import { VIRTUAL_TENANT_COMMANDS, VIRTUAL_TENANT_HELP_LINES, virtualTenantVerbs } from './virtual-tenants.command';
import { sessionOffCommand, sessionOnCommand, sessionStatusCommand, sessionVerbs } from './session.command';
import { MANAGEMENT_SETTINGS_COMMANDS, SETTINGS_HELP_LINES, managementSettingsVerbs } from './management-settings.command';
import { USER_SUMMARY_HELP_LINES, userSummaryCommand } from './user-summary.command';
import { undoVerbs } from './undo.command';
import { bulkVerbs } from '../bulk/bulk.verbs';

/** Help's list of commands, in the order shown. Each command module adds its lines here. */
const HELP_LINES: HelpLine[] = [
  { example: 'session status', description: 'Is the management session on, and for how long?' },
  { example: 'turn on management session', description: 'Needed before management actions (auto-enable may do it for you).' },
  { example: 'turn off management session', description: 'Stop management actions until it is turned on again.' },
  ...SETTINGS_HELP_LINES,
  { example: 'cancel', description: 'Stop the request in progress; nothing is changed.' },
  ...AUDIT_HELP_LINES,
  ...APPROVAL_HELP_LINES,
  ...OPERATOR_HELP_LINES,
  ...PERMISSION_SET_HELP_LINES,
  ...VIRTUAL_TENANT_HELP_LINES,
  ...USER_SUMMARY_HELP_LINES,
];

/** Every chat command; the main dialog routes to them by intent id and the recognizer learns their intents. */
export const COMMANDS: readonly CommandDefinition[] = [
  helpCommand(() => HELP_LINES),
  sessionStatusCommand,
  sessionOnCommand,
  sessionOffCommand,
  ...MANAGEMENT_SETTINGS_COMMANDS,
  auditCommand,
  auditExportCommand,
  ...APPROVAL_COMMANDS,
  ...OPERATOR_COMMANDS,
  ...PERMISSION_SET_COMMANDS,
  ...VIRTUAL_TENANT_COMMANDS,
  userSummaryCommand,
];

/** Card button verbs handled outside the action dialog. */
export const CARD_VERBS: readonly CardVerbDefinition[] = [...sessionVerbs, ...managementSettingsVerbs, ...auditVerbs, ...approvalVerbs, ...permissionSetVerbs, ...virtualTenantVerbs, ...undoVerbs, ...bulkVerbs];
