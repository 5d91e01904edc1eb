import type { AnyAction } from '../define-action';

export const MAIL_RECIPIENT_ACTIONS: readonly AnyAction[] = [];
