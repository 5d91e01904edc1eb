import type { CmdletDefinition } from '../cmdlet.types';

export const MAILBOX_LIFECYCLE_CMDLETS: CmdletDefinition[] = [];
