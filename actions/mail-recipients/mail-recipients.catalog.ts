import type { AnyAction } from '../define-action';
import { mailContactCreateAction } from './mail-contact-create.action';
import { mailContactEditAction } from './mail-contact-edit.action';
import { mailContactRemoveAction } from './mail-contact-remove.action';
import { mailUserCreateAction } from './mail-user-create.action';
import { mailUserEditAction } from './mail-user-edit.action';
import { mailUserRemoveAction } from './mail-user-remove.action';

export const MAIL_RECIPIENT_ACTIONS: readonly AnyAction[] = [
  mailContactCreateAction,
  mailContactEditAction,
  mailContactRemoveAction,
  mailUserCreateAction,
  mailUserEditAction,
  mailUserRemoveAction,
] as AnyAction[];
