import { z } from 'zod';
import { defineAction } from '../define-action';
import { StewardError } from '../errors';
import { CATEGORY, deviceLabel, deviceList, formFactor, readDevice } from './mobile-device.helpers';

const input = z.object({
  accountOnly: z.boolean().default(false).describe("Account only: erase just the Exchange mail, calendar and contacts, not the whole device."),
  notificationEmailAddresses: z.array(z.string().trim().email()).optional().describe('Who is told when the wipe has run, one address per line.'),
  cancel: z.boolean().default(false).describe('Cancel a wipe that is still pending instead.'),
});
type Input = z.infer<typeof input>;

function erased(value: Input, kind: 'phone' | 'tablet'): string {
  return value.accountOnly
    ? `Only the Exchange mail, calendar and contacts on this ${kind}`
    : `Everything on this ${kind}: factory reset (apps, photos, personal data)`;
}

/**
 * Remote wipe (Clear-MobileDevice): a full wipe resets the device to factory settings at its next
 * sync; an account-only wipe removes just the mailbox data (the only kind Outlook for iOS and Android
 * supports). `cancel` withdraws a wipe that has not run yet. No Undo: once the device has synced the
 * data is gone; until then, "cancel" is the way back and it is offered as its own request.
 */
export const mobileDeviceWipeAction = defineAction({
  id: 'mobile-device.wipe',
  title: 'Wipe mobile device',
  category: CATEGORY,
  description: 'Remotely wipe lost or stolen mobile devices (the whole device, or only the Exchange account), or cancel a pending wipe.',
  phrases: [
    "wipe jane@contoso.com's phone",
    'remote wipe a lost mobile device',
    'factory reset a stolen phone through exchange',
    'erase the company mail from a mobile device',
    'cancel the pending wipe of a device',
    '{user} lost the phone, wipe it',
    "remote wipe {user}'s stolen iphone",
    "wipe only the company mail from {user}'s phone",
    "{user}'s phone was stolen, erase it now",
    "Clear-MobileDevice for {user}'s ipad",
    "cancel the wipe on {user}'s phone, it was found",
    'do an account-only wipe of the mobile device of {user}',
    'factory reset the lost tablet of {user} remotely',
    'could you please remote wipe the phone a leaver still has',
    '{user} forgot the phone in a taxi, wipe the device and notify security@contoso.com',
    "stop the pending remote wipe of {user}'s device",
    'wipe the Exchange data from the personal phone of {user}',
    'nuke the lost phone of {user}',
    'remote wipe',
    'offboarding {user}: wipe the company mailbox data from the phone',
  ],
  paramRules: [
    { name: 'accountOnly', when: [{ pattern: /\b(account[- ]only|only the (?:mail|account|mailbox)|company (?:mail|data)|mailbox data)\b/i, value: true }] },
    { name: 'cancel', when: [{ pattern: /\b(cancel|stop|abort)\b.*\bwipe\b/i, value: true }] },
  ],
  // Chat lines name the owner, not the device: "Which mobile device?" takes the owner's mailbox and lists its partnerships.
  textTargets: { kinds: [] },
  target: 'mobileDevice',
  input,
  check(value): Record<string, string> {
    if (value.cancel && (value.accountOnly || (value.notificationEmailAddresses ?? []).length > 0)) {
      return { cancel: 'Cancelling a pending wipe takes no other option: turn off "Account only" and clear the notification addresses.' };
    }
    return {};
  },
  permission: 'management',
  bulk: true,
  destructive: true,
  backend: 'exchange',
  summarize: (value, devices) =>
    value.cancel
      ? `Cancel the pending wipe of ${deviceList(devices)}.`
      : value.accountOnly
        ? `Erase the Exchange account data (mail, calendar, contacts) from ${deviceList(devices)}; the rest of the device is kept.`
        : `Wipe ${deviceList(devices)} completely: reset to factory settings at the next sync, erasing everything on it.`,
  describeInput: (value) => [
    { label: 'Wipe', value: value.cancel ? 'Cancel the pending wipe' : value.accountOnly ? 'Account only (Exchange data)' : 'Full device (factory reset)' },
    ...((value.notificationEmailAddresses ?? []).length > 0 ? [{ label: 'Notify', value: value.notificationEmailAddresses!.join(', ') }] : []),
  ],
  async preview(ctx, device, value) {
    const state = await readDevice(ctx, device);
    const kind = formFactor(state);
    const pending = state.wipeStatus ? `${state.wipeStatus === 'AccountOnlyWipePending' ? 'Account-only' : 'Full'} wipe pending since ${state.wipeRequestTime ?? '?'}` : null;
    if (value.cancel) {
      if (!pending) return { changes: [], noop: `No wipe is pending for ${deviceLabel(device)}: nothing to cancel.` };
      return { changes: [{ label: 'Wipe', before: pending, after: 'Cancelled' }] };
    }
    if (pending) return { changes: [], noop: `A wipe is already pending for ${deviceLabel(device)} (${pending}).` };
    if (!value.accountOnly && state.clientType === 'Outlook') {
      throw new StewardError('VALIDATION_FAILED', `${deviceLabel(device)} syncs through Outlook for iOS and Android, which supports only an account-only wipe.`, {
        hint: 'Turn on "Account only" (say "wipe only the company mail") to remove the mailbox data from it. Nothing was changed.',
      });
    }
    return {
      changes: [
        { label: 'Device', before: `${device.deviceModel || device.friendlyName} (${kind}) of ${device.ownerUpn}`, after: value.accountOnly ? 'Account data erased at next sync' : 'Reset to factory settings at next sync' },
        { label: 'Erases', before: '—', after: erased(value, kind) },
      ],
      warnings: value.accountOnly
        ? [`The Exchange mail, calendar and contacts of ${device.ownerUpn} are removed from this ${kind}; the rest stays.`]
        : [`This ${kind} is reset to factory settings the next time it connects: every app, photo and file on it is erased, personal ones too. It cannot be undone once it has run.`],
    };
  },
  async run(ctx, device, value) {
    const exo = ctx.directory.exchange;
    if (value.cancel) {
      await exo.invoke('Clear-MobileDevice', { Identity: device.id, Cancel: true, Confirm: false });
      return { outcome: 'succeeded', message: `Cancelled the pending wipe of ${deviceLabel(device)}.`, changes: [{ label: 'Wipe', before: 'Pending', after: 'Cancelled' }], audit: { deviceGuid: device.id, cancel: true } };
    }
    const notify = value.notificationEmailAddresses ?? [];
    await exo.invoke('Clear-MobileDevice', {
      Identity: device.id,
      AccountOnly: value.accountOnly,
      ...(notify.length > 0 ? { NotificationEmailAddresses: notify } : {}),
      Confirm: false,
    });
    const what = value.accountOnly ? 'Account-only wipe' : 'Full wipe';
    return {
      outcome: 'succeeded',
      message: `${what} requested for ${deviceLabel(device)}: it runs the next time the device syncs.`,
      changes: [{ label: 'Wipe', before: 'None', after: `${what} pending` }],
      audit: { deviceGuid: device.id, deviceId: device.deviceId, ownerId: device.ownerId, accountOnly: value.accountOnly, notify },
    };
  },
});
