import type { AnyAction } from '../define-action';
import { distributionGroupAddMembersAction } from './add-members.action';
import { distributionGroupCreateAction } from './create.action';
import { distributionGroupEditAction } from './edit.action';
import { distributionGroupGrantSendPermissionsAction } from './grant-send-permissions.action';
import { distributionGroupRemoveDelegationAction } from './remove-delegation.action';
import { distributionGroupRemoveMembersAction } from './remove-members.action';
import { distributionGroupRemoveAction } from './remove.action';

/** Distribution groups and mail-enabled security groups, managed through Exchange Online. */
export const DISTRIBUTION_GROUP_ACTIONS: readonly AnyAction[] = [
  distributionGroupCreateAction,
  distributionGroupEditAction,
  distributionGroupRemoveAction,
  distributionGroupRemoveMembersAction,
  distributionGroupAddMembersAction,
  distributionGroupGrantSendPermissionsAction,
  distributionGroupRemoveDelegationAction,
] as AnyAction[];
