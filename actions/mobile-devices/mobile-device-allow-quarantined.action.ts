import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import { StewardError } from '../errors';
import { addRemove } from '../exchange-gateway.types';
import type { MobileDeviceTarget } from '../targets/exchange-recipient.target';
import { CATEGORY, deviceLabel, readDevice } from './mobile-device.helpers';

/** Whether the owner's mailbox already lists the device among its allowed ActiveSync device ids. */
async function isListed(ctx: ActionContext, device: MobileDeviceTarget, deviceId: string): Promise<boolean> {
  const [cas] = await ctx.directory.exchange.invoke('Get-CASMailbox', { Identity: device.ownerId });
  const allowed = Array.isArray(cas?.ActiveSyncAllowedDeviceIDs) ? (cas.ActiveSyncAllowedDeviceIDs as unknown[]).map(String) : [];
  return allowed.some((id) => id.toLowerCase() === deviceId.toLowerCase());
}

/**
 * Lets a quarantined device sync: a per-user exception on the owner's mailbox
 * (Set-CASMailbox -ActiveSyncAllowedDeviceIDs @{Add=DeviceId}) that overrides the access rules.
 * `revoke` withdraws that exception (the access rules apply again, i.e. quarantine), which is also what
 * Undo asks for: the exception list and the device's access go back exactly as they were.
 */
export const mobileDeviceAllowQuarantinedAction = defineAction({
  id: 'mobile-device.allow-quarantined',
  title: 'Allow quarantined mobile device',
  category: CATEGORY,
  description: 'Let a quarantined phone or tablet sync with Exchange Online, as an exception on its owner\'s mailbox.',
  phrases: [
    "release jane@contoso.com's quarantined phone",
    'allow a quarantined device to sync',
    'let the blocked new phone in quarantine access email',
    'approve a mobile device waiting in quarantine',
    'unblock a phone that exchange is holding back so it can get mail',
    'approve the mobile device of a user so it may sync',
    'allow a held back mobile device to connect',
    'approve device',
    'unblock a mobile device',
    "{user}'s new iPhone is quarantined, please allow it",
    'release the quarantined device of {user}',
    "{user} can't get mail on the new phone, it's stuck in quarantine",
    'approve the quarantined ActiveSync device of {user}',
    'add the device id to ActiveSyncAllowedDeviceIDs of {user}',
    "allow {user}'s android to sync, it's in quarantine",
    'let the quarantined mobile device of {user} connect to Exchange',
    'could you please approve the phone that Exchange quarantined for {user}',
    "whitelist {user}'s quarantined ipad in ActiveSync",
    "take {user}'s phone out of quarantine",
    'allow quarantined device',
    '{user} got a quarantine notice for the new phone, please let it sync',
    "the device access rule quarantined {user}'s tablet, make an allow exception",
    "revoke the allow exception of {user}'s device so quarantine applies again",
    'approve the new activesync device of {user}',
    'approve the ActiveSync device for {user}',
    "{user}'s phone says access pending admin approval, let it sync",
  ],
  paramRules: [{ name: 'revoke', when: [{ pattern: /\b(revoke|withdraw|take back|remove) the (allow )?exception\b/i, value: true }] }],
  // Chat lines name the owner, not the device: "Which mobile device?" takes the owner's mailbox and lists its partnerships.
  textTargets: { kinds: [] },
  target: 'mobileDevice',
  input: z.object({
    revoke: z.boolean().default(false).describe('Withdraw the allow exception instead: the access rules (quarantine) apply again.'),
  }),
  permission: 'helpdesk',
  bulk: false,
  destructive: false,
  backend: 'exchange',
  summarize: (value, devices) =>
    value.revoke
      ? `Withdraw the allow exception of ${devices.map(deviceLabel).join(', ')}: the access rules apply to it again.`
      : `Allow ${devices.map(deviceLabel).join(', ')} to sync although the access rules quarantined it.`,
  async preview(ctx, device, value) {
    const state = await readDevice(ctx, device);
    const listed = await isListed(ctx, device, state.deviceId);
    if (value.revoke) {
      if (!listed) return { changes: [], noop: `${deviceLabel(device)} has no allow exception on ${device.ownerUpn}'s mailbox.` };
      return {
        changes: [
          { label: 'Allowed device IDs', before: `Includes ${state.deviceId}`, after: `Without ${state.deviceId}` },
          { label: 'Access', before: state.accessState, after: 'Quarantined (access rules)' },
        ],
      };
    }
    if (state.accessState === 'Blocked') {
      throw new StewardError('VALIDATION_FAILED', `${deviceLabel(device)} is blocked, not quarantined.`, {
        hint: `Remove it from the blocked device ids of ${device.ownerUpn}'s mailbox first. Nothing was changed.`,
      });
    }
    if (state.accessState === 'Allowed' || listed) return { changes: [], noop: `${deviceLabel(device)} is already allowed to sync.` };
    return {
      changes: [
        { label: 'Access', before: state.accessState, after: 'Allowed' },
        { label: 'Allowed device IDs', before: `Without ${state.deviceId}`, after: `Includes ${state.deviceId}` },
      ],
    };
  },
  async run(ctx, device, value) {
    const state = await readDevice(ctx, device);
    const change = value.revoke ? { remove: [state.deviceId] } : { add: [state.deviceId] };
    await ctx.directory.exchange.invoke('Set-CASMailbox', { Identity: device.ownerId, ActiveSyncAllowedDeviceIDs: addRemove(change) });
    return {
      outcome: 'succeeded',
      message: value.revoke
        ? `Withdrew the allow exception of ${deviceLabel(device)}: the access rules apply again.`
        : `Allowed ${deviceLabel(device)} to sync with Exchange Online.`,
      changes: value.revoke ? [{ label: 'Access', before: 'Allowed', after: 'Quarantined' }] : [{ label: 'Access', before: state.accessState, after: 'Allowed' }],
      audit: { deviceGuid: device.id, deviceId: state.deviceId, ownerId: device.ownerId, revoke: value.revoke },
    };
  },
  undo: {
    async capture(ctx, device) {
      const state = await readDevice(ctx, device);
      return { listed: await isListed(ctx, device, state.deviceId) };
    },
    restore(captured, value) {
      const { listed } = captured as { listed: boolean };
      if (value.revoke === !listed) return null;
      return { actionId: 'mobile-device.allow-quarantined', params: { revoke: !value.revoke } };
    },
  },
});
