import type { CmdletDefinition } from '../cmdlet.types';

export const GROUP_CONTACT_CMDLETS: CmdletDefinition[] = [];
