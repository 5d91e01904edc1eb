import type { CmdletDefinition } from '../cmdlet.types';

export const MOBILE_DEVICE_CMDLETS: CmdletDefinition[] = [];
