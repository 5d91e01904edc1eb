import type { AnyAction } from '../define-action';
import { addDelegatesAction } from './add-delegates.action';
import { addUsersAsDelegatesAction } from './add-users-as-delegates.action';
import { assignContactsFolderDelegateAction } from './assign-contacts-folder-delegate.action';
import { copyPermissionsFromAction } from './copy-permissions-from.action';
import { copyPermissionsToAction } from './copy-permissions-to.action';
import { grantManagerFullAccessAction } from './grant-manager-full-access.action';
import { grantSendOnBehalfAction } from './grant-send-on-behalf.action';
import { manageSendAsAction } from './manage-send-as.action';
import { removeDelegatesAction } from './remove-delegates.action';
import { removeUserAccessAction } from './remove-user-access.action';

/** Mailbox permissions: delegates both ways, Full access for managers, copy and remove rights, Send as / on behalf, folder delegates. */
export const MAILBOX_PERMISSION_ACTIONS: readonly AnyAction[] = [
  addUsersAsDelegatesAction,
  addDelegatesAction,
  grantManagerFullAccessAction,
  copyPermissionsToAction,
  copyPermissionsFromAction,
  removeDelegatesAction,
  removeUserAccessAction,
  grantSendOnBehalfAction,
  manageSendAsAction,
  assignContactsFolderDelegateAction,
];
