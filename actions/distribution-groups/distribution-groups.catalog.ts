import type { AnyAction } from '../define-action';

export const DISTRIBUTION_GROUP_ACTIONS: readonly AnyAction[] = [];
