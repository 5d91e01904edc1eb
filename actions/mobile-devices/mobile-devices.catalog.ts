import type { AnyAction } from '../define-action';

export const MOBILE_DEVICE_ACTIONS: readonly AnyAction[] = [];
