import type { CmdletDefinition } from '../cmdlet.types';

export const MAILBOX_PERMISSION_CMDLETS: CmdletDefinition[] = [];
