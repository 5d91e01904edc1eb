import type { AnyAction } from './define-action';
import { addTagsAction } from './users/add-tags.action';
import { removeTagsAction } from './users/remove-tags.action';
import { flushTagsAction } from './users/flush-tags.action';
import { manageTagsAction } from './users/manage-tags.action';
import { setPortalAttributeAction } from './users/set-portal-attribute.action';
import { bulkEditPropertiesAction } from './users/bulk-edit-properties.action';
import { managePasswordAction } from './users/manage-password.action';
import { resetMfaAction } from './users/reset-mfa.action';
import { revokeSessionsAction } from './users/revoke-sessions.action';
import { setSignInStatusAction } from './users/set-sign-in-status.action';
import { manageLicensesAction } from './users/manage-licenses.action';
import { manageServicePlansAction } from './users/manage-service-plans.action';
import { removeAllLicensesAction } from './users/remove-all-licenses.action';
import { rejoinGroupsAction, removeFromAllGroupsAction } from './users/remove-from-all-groups.action';
import { manageMfaAction } from './users/manage-mfa.action';
import { cloneUserAction } from './users/clone-user.action';
import { createUserAction } from './users/create-user.action';
import { inviteGuestAction } from './users/invite-guest.action';
import { passwordNeverExpiresAction } from './users/password-never-expires.action';
import { editPropertiesAction } from './users/edit-properties.action';
import { renameUserAction } from './users/rename-user.action';
import { removeUserAction } from './users/remove-user.action';
import { removeGuestAction } from './users/remove-guest.action';
import { restoreUserAction } from './users/restore-user.action';
import { purgeDeletedUserAction } from './users/purge-deleted-user.action';
import { securityGroupAddMembersAction } from './groups/security-group-add-members.action';
import { securityGroupRemoveMembersAction } from './groups/security-group-remove-members.action';
import { securityGroupCreateAction } from './groups/security-group-create.action';
import { securityGroupEditAction } from './groups/security-group-edit.action';
import { securityGroupRemoveAction } from './groups/security-group-remove.action';
import { m365GroupAddMembersAction } from './groups/m365-group-add-members.action';
import { m365GroupRemoveMembersAction } from './groups/m365-group-remove-members.action';
import { m365GroupCreateAction } from './groups/m365-group-create.action';
import { m365GroupEditAction } from './groups/m365-group-edit.action';
import { m365GroupRemoveAction } from './groups/m365-group-remove.action';
import { m365GroupRestoreAction } from './groups/m365-group-restore.action';
import { m365GroupManageMembersAction } from './groups/m365-group-manage-members.action';
import { appRegistrationDeleteAction } from './apps/app-registration-delete.action';
import { MAILBOX_PERMISSION_ACTIONS } from './mailboxes/permissions.catalog';
import { MAILBOX_SETTINGS_ACTIONS } from './mailboxes/settings.catalog';
import { MAILBOX_LIFECYCLE_ACTIONS } from './mailboxes/lifecycle.catalog';
import { DISTRIBUTION_GROUP_ACTIONS } from './distribution-groups/distribution-groups.catalog';
import { MAIL_RECIPIENT_ACTIONS } from './mail-recipients/mail-recipients.catalog';
import { MOBILE_DEVICE_ACTIONS } from './mobile-devices/mobile-devices.catalog';

/** Every action Steward ships. Adding an action = declaring it and listing it here. */
export const ALL_ACTIONS: readonly AnyAction[] = [
  addTagsAction,
  removeTagsAction,
  flushTagsAction,
  manageTagsAction,
  setPortalAttributeAction,
  bulkEditPropertiesAction,
  managePasswordAction,
  revokeSessionsAction,
  resetMfaAction,
  setSignInStatusAction,
  manageLicensesAction,
  manageServicePlansAction,
  removeAllLicensesAction,
  removeFromAllGroupsAction,
  rejoinGroupsAction,
  manageMfaAction,
  cloneUserAction,
  createUserAction,
  inviteGuestAction,
  passwordNeverExpiresAction,
  editPropertiesAction,
  renameUserAction,
  removeUserAction,
  removeGuestAction,
  restoreUserAction,
  purgeDeletedUserAction,
  securityGroupAddMembersAction,
  securityGroupRemoveMembersAction,
  securityGroupCreateAction,
  securityGroupEditAction,
  securityGroupRemoveAction,
  m365GroupAddMembersAction,
  m365GroupRemoveMembersAction,
  m365GroupCreateAction,
  m365GroupEditAction,
  m365GroupRemoveAction,
  m365GroupRestoreAction,
  m365GroupManageMembersAction,
  appRegistrationDeleteAction,
  ...MAILBOX_PERMISSION_ACTIONS,
  ...MAILBOX_SETTINGS_ACTIONS,
  ...MAILBOX_LIFECYCLE_ACTIONS,
  ...DISTRIBUTION_GROUP_ACTIONS,
  ...MAIL_RECIPIENT_ACTIONS,
  ...MOBILE_DEVICE_ACTIONS,
];
