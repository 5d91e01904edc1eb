import type { ActionContext } from '../define-action';
import type { ExchangeObject } from '../exchange-gateway.types';
import { StewardError } from '../errors';
import type { MobileDeviceTarget } from '../targets/exchange-recipient.target';

/** What the mobile device actions read about a partnership, fresh, just before they act. */

export const CATEGORY = 'Devices';

export interface DeviceState {
  deviceId: string;
  deviceType: string;
  deviceModel: string;
  clientType: string;
  accessState: string;
  /** DeviceWipePending / AccountOnlyWipePending / null. */
  wipeStatus: string | null;
  wipeRequestTime: string | null;
}

function text(o: ExchangeObject, key: string): string {
  const v = o[key];
  return typeof v === 'string' ? v : '';
}

export async function readDevice(ctx: ActionContext, device: MobileDeviceTarget): Promise<DeviceState> {
  const [stats] = await ctx.directory.exchange.invoke('Get-MobileDeviceStatistics', { Identity: device.id });
  if (!stats) throw new StewardError('TARGET_NOT_FOUND', `The mobile device ${deviceLabel(device)} no longer exists.`, { hint: 'It may have been removed already. Nothing was changed.' });
  return {
    deviceId: text(stats, 'DeviceId'),
    deviceType: text(stats, 'DeviceType'),
    deviceModel: text(stats, 'DeviceModel'),
    clientType: text(stats, 'ClientType'),
    accessState: text(stats, 'DeviceAccessState'),
    wipeStatus: text(stats, 'DeviceWipeStatus') || null,
    wipeRequestTime: text(stats, 'DeviceWipeRequestTime') || null,
  };
}

/** Phone or tablet, from the type and model Exchange reports. */
export function formFactor(state: Pick<DeviceState, 'deviceType' | 'deviceModel'>): 'tablet' | 'phone' {
  return /ipad|tablet|\btab\b|surface/i.test(`${state.deviceType} ${state.deviceModel}`) ? 'tablet' : 'phone';
}

/** "adele@contoso.com's iPhone 15 (iOS 17.4)". */
export function deviceLabel(device: MobileDeviceTarget): string {
  const name = device.friendlyName || device.deviceModel || device.deviceId;
  return `${name}${device.deviceOS ? ` (${device.deviceOS})` : ''}${device.ownerUpn ? ` of ${device.ownerUpn}` : ''}`;
}

export function deviceList(devices: readonly MobileDeviceTarget[]): string {
  return devices.map(deviceLabel).join(', ');
}
