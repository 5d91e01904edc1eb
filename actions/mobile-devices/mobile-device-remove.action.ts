import { z } from 'zod';
import { defineAction } from '../define-action';
import { CATEGORY, deviceLabel, deviceList, readDevice } from './mobile-device.helpers';

/**
 * Removes mobile device partnerships (Remove-MobileDevice): the device stops syncing and its sync
 * state is dropped. No Undo: a partnership cannot be put back from the server side; the device itself
 * creates a new one at its next sync if its credentials are still valid and it is not blocked.
 */
export const mobileDeviceRemoveAction = defineAction({
  id: 'mobile-device.remove',
  title: 'Remove mobile device',
  category: CATEGORY,
  description: "Remove mobile devices from a mailbox's ActiveSync partnerships, e.g. a phone that was replaced or lost.",
  phrases: [
    "remove jane@contoso.com's mobile device partnership",
    'delete an old phone partnership from a mailbox',
    'remove a device from exchange activesync',
    'drop the mobile device that no longer syncs',
    'remove mobile device',
    'clean up stale ActiveSync devices of {user}',
    'remove the old iphone partnership from {user}',
    '{user} replaced the phone, delete the old device from the mailbox',
    'clean up the old mobile devices of {user}',
    "Remove-MobileDevice for {user}'s old galaxy",
    'delete the stale activesync partnership of {user}, do not wipe it',
    "remove {user}'s old phone from the mailbox device list without wiping it",
    '{user} has a new phone, get rid of the old device partnership in Exchange',
    'delete the device partnership, no remote wipe needed',
    'remove a mobile device that has not synced for 90 days',
    "could you please remove the old ipad from {user}'s mobile devices",
    'unpair the old phone from the mailbox of {user}',
    'remove the activesync device {device} from {user}',
    "too many devices on {user}'s mailbox, remove the unused ones",
    'remove device partnership',
    "take the old phone off {user}'s activesync devices",
  ],
  // Chat lines name the owner, not the device: "Which mobile device?" takes the owner's mailbox and lists its partnerships.
  textTargets: { kinds: [] },
  target: 'mobileDevice',
  input: z.object({}),
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'exchange',
  summarize: (_input, devices) => `Remove the mobile device partnership${devices.length === 1 ? '' : 's'} ${deviceList(devices)}.`,
  async preview(ctx, device) {
    const state = await readDevice(ctx, device);
    return {
      changes: [{ label: 'Partnership', before: `${deviceLabel(device)} · ${state.accessState}`, after: 'Removed' }],
      warnings: ['A device whose credentials still work creates a new partnership at its next sync unless it is blocked. This does not erase the device.'],
    };
  },
  async run(ctx, device) {
    await ctx.directory.exchange.invoke('Remove-MobileDevice', { Identity: device.id, Confirm: false });
    return {
      outcome: 'succeeded',
      message: `Removed the mobile device ${deviceLabel(device)}.`,
      changes: [{ label: 'Partnership', before: 'Exists', after: 'Removed' }],
      audit: { deviceGuid: device.id, deviceId: device.deviceId, ownerId: device.ownerId },
    };
  },
});
