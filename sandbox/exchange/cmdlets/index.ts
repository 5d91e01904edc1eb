import type { CmdletDefinition } from '../cmdlet.types';
import { GROUP_CONTACT_CMDLETS } from './groups-contacts.cmdlets';
import { MAILBOX_LIFECYCLE_CMDLETS } from './mailbox-lifecycle.cmdlets';
import { MAILBOX_PERMISSION_CMDLETS } from './mailbox-permissions.cmdlets';
import { MAILBOX_SETTINGS_CMDLETS } from './mailbox-settings.cmdlets';
import { MAIL_RECIPIENT_CMDLETS } from './mail-recipients.cmdlets';
import { MOBILE_DEVICE_CMDLETS } from './mobile-devices.cmdlets';
import { RECIPIENT_CMDLETS } from './recipients.cmdlets';

/** Every cmdlet the sandbox's Exchange admin API knows, by name (case-insensitive lookup in the router). */
export function buildCmdletRegistry(): ReadonlyMap<string, CmdletDefinition> {
  const all = [
    ...RECIPIENT_CMDLETS,
    ...MAILBOX_PERMISSION_CMDLETS,
    ...MAILBOX_SETTINGS_CMDLETS,
    ...MAILBOX_LIFECYCLE_CMDLETS,
    ...GROUP_CONTACT_CMDLETS,
    ...MOBILE_DEVICE_CMDLETS,
    ...MAIL_RECIPIENT_CMDLETS,
  ];
  const map = new Map<string, CmdletDefinition>();
  for (const cmdlet of all) {
    const key = cmdlet.name.toLowerCase();
    if (map.has(key)) throw new Error(`Cmdlet ${cmdlet.name} is declared twice`);
    map.set(key, cmdlet);
  }
  return map;
}
