import type { AnyAction } from '../define-action';
import { mobileDeviceAllowQuarantinedAction } from './mobile-device-allow-quarantined.action';
import { mobileDeviceRemoveAction } from './mobile-device-remove.action';
import { mobileDeviceWipeAction } from './mobile-device-wipe.action';

export const MOBILE_DEVICE_ACTIONS: readonly AnyAction[] = [mobileDeviceRemoveAction, mobileDeviceWipeAction, mobileDeviceAllowQuarantinedAction] as AnyAction[];
