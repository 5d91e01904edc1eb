import type { AnyAction } from '../define-action';

export const MAILBOX_LIFECYCLE_ACTIONS: readonly AnyAction[] = [];
