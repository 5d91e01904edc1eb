import type { AnyAction } from '../define-action';

export const MAILBOX_SETTINGS_ACTIONS: readonly AnyAction[] = [];
