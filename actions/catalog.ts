import type { AnyAction } from './define-action';
import { managePasswordAction } from './users/manage-password.action';
import { resetMfaAction } from './users/reset-mfa.action';
import { revokeSessionsAction } from './users/revoke-sessions.action';
import { setSignInStatusAction } from './users/set-sign-in-status.action';

/** Every action Steward ships. Adding an action = declaring it and listing it here. */
export const ALL_ACTIONS: readonly AnyAction[] = [
  managePasswordAction,
  revokeSessionsAction,
  resetMfaAction,
  setSignInStatusAction,
];
