import type { AnyAction } from '../define-action';

export const MAILBOX_PERMISSION_ACTIONS: readonly AnyAction[] = [];
