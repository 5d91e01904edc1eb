import type { AnyAction } from '../define-action';
import { configureAutoReplyAction } from './configure-auto-reply.action';
import { forwardToRecipientAction } from './forward-to-recipient.action';
import { forwardToSmtpAction } from './forward-to-smtp.action';
import { manageArchiveAction } from './manage-archive.action';
import { manageLitigationHoldAction } from './manage-litigation-hold.action';
import { manageQuotaAction } from './manage-quota.action';
import { manageServicesAction } from './manage-services.action';
import { setArchiveNameAction } from './set-archive-name.action';
import { setAuditAction } from './set-audit.action';
import { setRegionalSettingsAction } from './set-regional-settings.action';

/** Mailbox settings: forwarding, services, regional settings, quotas, automatic replies, archive, holds, auditing. */
export const MAILBOX_SETTINGS_ACTIONS: readonly AnyAction[] = [
  forwardToSmtpAction,
  forwardToRecipientAction,
  manageServicesAction,
  setRegionalSettingsAction,
  manageQuotaAction,
  configureAutoReplyAction,
  manageArchiveAction,
  setArchiveNameAction,
  manageLitigationHoldAction,
  setAuditAction,
] as unknown as readonly AnyAction[];
