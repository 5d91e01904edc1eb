import type { CmdletDefinition } from '../cmdlet.types';

export const MAILBOX_SETTINGS_CMDLETS: CmdletDefinition[] = [];
