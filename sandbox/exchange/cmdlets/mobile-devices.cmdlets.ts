import { graphDateTime } from '../../tenant/graph-date';
import type { MobileDeviceRecord } from '../exchange-org.model';
import { invalidArgument, invalidOperation, notFound, resolveMailbox, type CmdletContext, type CmdletDefinition } from '../cmdlet.types';

/**
 * Exchange ActiveSync / Outlook mobile partnerships: Get-MobileDevice, Get-MobileDeviceStatistics,
 * Remove-MobileDevice and Clear-MobileDevice (remote wipe, account-only wipe, -Cancel). Allowing a
 * quarantined device is Set-CASMailbox -ActiveSyncAllowedDeviceIDs (recipients.cmdlets.ts).
 *
 * A partnership's Identity is "<owner alias>\ExchangeActiveSyncDevices\<type>§<DeviceId>", as in
 * Exchange Online; its Guid, that Identity or its DeviceId all name it.
 */

function ownerOf(ctx: CmdletContext, device: MobileDeviceRecord) {
  return ctx.tenant.getUser(device.userId);
}

function identityOf(ctx: CmdletContext, device: MobileDeviceRecord): string {
  const owner = ownerOf(ctx, device);
  const alias = owner?.props.mailNickname ?? owner?.props.userPrincipalName.split('@')[0] ?? device.userId;
  return `${alias}\\ExchangeActiveSyncDevices\\${device.deviceType}§${device.deviceId}`;
}

function deviceView(ctx: CmdletContext, device: MobileDeviceRecord): Record<string, unknown> {
  const owner = ownerOf(ctx, device);
  return {
    Identity: identityOf(ctx, device),
    Guid: device.guid,
    DeviceId: device.deviceId,
    FriendlyName: device.friendlyName,
    DeviceModel: device.deviceModel,
    DeviceOS: device.deviceOS,
    DeviceType: device.deviceType,
    DeviceAccessState: device.deviceAccessState,
    DeviceAccessStateReason: device.deviceAccessStateReason,
    ClientType: device.clientType,
    FirstSyncTime: device.firstSyncTime,
    UserDisplayName: owner?.props.displayName ?? '',
    // Not in Get-MobileDevice's real output (it has UserDisplayName only): Steward's target kind keys on them.
    UserPrincipalName: owner?.props.userPrincipalName ?? '',
    UserExternalDirectoryObjectId: device.userId,
  };
}

function statisticsView(ctx: CmdletContext, device: MobileDeviceRecord): Record<string, unknown> {
  return {
    ...deviceView(ctx, device),
    Status: device.wipeStatus ? 'DeviceWipePending' : 'DeviceOk',
    DeviceWipeStatus: device.wipeStatus,
    DeviceWipeRequestTime: device.wipeRequestTime,
    DeviceWipeSentTime: null,
    DeviceWipeAckTime: null,
    AccountOnlyDeviceWipe: device.wipeStatus === 'AccountOnlyWipePending',
    NotificationEmailAddresses: [...device.notificationEmailAddresses],
    LastSuccessSync: device.firstSyncTime,
  };
}

/** Devices whose owner still has an active mailbox (a removed mailbox takes its partnerships along). */
function liveDevices(ctx: CmdletContext): MobileDeviceRecord[] {
  const owners = new Set(ctx.org.listMailboxes().map(({ mailbox }) => mailbox.userId));
  return [...ctx.org.mobileDevices.values()].filter((d) => owners.has(d.userId));
}

function resolveDevice(ctx: CmdletContext, identity: unknown): MobileDeviceRecord {
  const text = String(identity ?? '').trim();
  const wanted = text.toLowerCase();
  const hits = liveDevices(ctx).filter((d) => [d.guid, d.deviceId, identityOf(ctx, d)].some((v) => v.toLowerCase() === wanted));
  if (hits.length === 0) throw notFound(text);
  if (hits.length > 1) throw invalidArgument(`The device identity "${text}" matches more than one partnership; use its Guid.`);
  return hits[0];
}

function select(ctx: CmdletContext, p: Record<string, unknown>): MobileDeviceRecord[] {
  if (p.Identity !== undefined && p.Mailbox !== undefined) throw invalidArgument('Parameter set cannot be resolved using the specified named parameters: use either Identity or Mailbox.');
  if (p.Identity !== undefined) return [resolveDevice(ctx, p.Identity)];
  let found = liveDevices(ctx);
  if (p.Mailbox !== undefined) {
    const mailbox = resolveMailbox(ctx, p.Mailbox);
    found = found.filter((d) => d.userId === mailbox.key);
  }
  if (p.ActiveSync === true) found = found.filter((d) => d.clientType === 'EAS');
  if (p.ResultSize !== undefined && String(p.ResultSize).toLowerCase() !== 'unlimited') found = found.slice(0, Number(p.ResultSize) || found.length);
  return found;
}

const SELECT_PARAMS = {
  Identity: { kind: 'string' },
  Mailbox: { kind: 'string' },
  ActiveSync: { kind: 'switch' },
  ResultSize: { kind: 'string' },
} as const;

const getMobileDevice: CmdletDefinition = {
  name: 'Get-MobileDevice',
  params: SELECT_PARAMS,
  run: (ctx, p) => select(ctx, p).map((d) => deviceView(ctx, d)),
};

const getMobileDeviceStatistics: CmdletDefinition = {
  name: 'Get-MobileDeviceStatistics',
  params: SELECT_PARAMS,
  run: (ctx, p) => select(ctx, p).map((d) => statisticsView(ctx, d)),
};

const removeMobileDevice: CmdletDefinition = {
  name: 'Remove-MobileDevice',
  params: { Identity: { kind: 'string', mandatory: true } },
  run(ctx, p) {
    const device = resolveDevice(ctx, p.Identity);
    ctx.org.mobileDevices.delete(device.guid);
  },
};

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const clearMobileDevice: CmdletDefinition = {
  name: 'Clear-MobileDevice',
  params: {
    Identity: { kind: 'string', mandatory: true },
    AccountOnly: { kind: 'switch' },
    NotificationEmailAddresses: { kind: 'strings' },
    Cancel: { kind: 'switch' },
  },
  run(ctx, p) {
    const device = resolveDevice(ctx, p.Identity);
    if (p.Cancel === true) {
      if (!device.wipeStatus) throw invalidOperation(`There's no pending wipe request for the mobile device "${identityOf(ctx, device)}" to cancel.`);
      device.wipeStatus = null;
      device.wipeRequestTime = null;
      device.notificationEmailAddresses = [];
      return;
    }
    const accountOnly = p.AccountOnly === true;
    if (!accountOnly && device.clientType === 'Outlook') {
      throw invalidOperation(`The mobile device "${identityOf(ctx, device)}" is an Outlook for iOS and Android partnership: it supports only an account-only wipe (-AccountOnly).`);
    }
    const addresses = (p.NotificationEmailAddresses as string[] | undefined) ?? [];
    const bad = addresses.find((a) => !EMAIL.test(a));
    if (bad) throw invalidArgument(`Cannot bind parameter 'NotificationEmailAddresses'. The address '${bad}' is invalid.`);
    device.wipeStatus = accountOnly ? 'AccountOnlyWipePending' : 'WipePending';
    device.wipeRequestTime = graphDateTime(ctx.now());
    device.notificationEmailAddresses = [...addresses];
  },
};

export const MOBILE_DEVICE_CMDLETS: CmdletDefinition[] = [getMobileDevice, getMobileDeviceStatistics, removeMobileDevice, clearMobileDevice];
