import type { AnyAction } from '../define-action';
import { convertToSharedAction } from './convert-to-shared.action';
import { createMailboxAction } from './create-mailbox.action';
import { createResourceMailboxAction } from './create-resource-mailbox.action';
import { createSharedMailboxAction } from './create-shared-mailbox.action';
import { editEquipmentMailboxAction } from './edit-equipment-mailbox.action';
import { editMailboxAction } from './edit-mailbox.action';
import { editMailboxTypeAction } from './edit-mailbox-type.action';
import { editRoomMailboxAction } from './edit-room-mailbox.action';
import { editSharedMailboxAction } from './edit-shared-mailbox.action';
import { removeMailboxAction } from './remove-mailbox.action';

/** Mailbox lifecycle: create (user, shared, resource), edit (each kind), change type, convert, remove. */
export const MAILBOX_LIFECYCLE_ACTIONS: readonly AnyAction[] = [
  createMailboxAction,
  editMailboxAction,
  createSharedMailboxAction,
  editSharedMailboxAction,
  createResourceMailboxAction,
  editEquipmentMailboxAction,
  editRoomMailboxAction,
  convertToSharedAction,
  removeMailboxAction,
  editMailboxTypeAction,
];
