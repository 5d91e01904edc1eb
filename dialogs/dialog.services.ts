import type { ActionEngine, Caller } from '../actions/engine';
import type { UserSummaryService } from '../actions/users/user-summary.service';
import type { DirectorySearchService } from '../actions/search/directory-search.service';
import type { ApprovalPolicyService } from '../actions/governance/approval-policy.service';
import type { ApprovalsService } from '../actions/governance/approvals.service';
import type { ApprovalPresenter } from './approval.presenter';
import type { AuditExportService } from '../actions/governance/audit-export.service';
import type { AuditQueryService } from '../actions/governance/audit-query.service';
import type { GovernanceServices } from '../actions/governance/governance.services';
import type { Logger } from '../actions/logger.types';
import type { ManagementSessionService, SessionView } from '../actions/session/management-session.service';
import type { CredentialVault } from '../actions/credentials/credential.vault';
import type { ConversationAddress, Messenger } from '../actions/ports';
import type { SessionFooterModel } from '../cards/card.types';
import type { BulkDialogDeps } from './bulk/bulk.flow';

/** What the recognizer gives the dialogs; matches nlu/'s Recognition. */
export interface RecognitionLike {
  text: string;
  actionId: string | null;
  confidence: number;
  targets: string[];
  params: Record<string, unknown>;
  /** Near runners-up (sibling actions on other kinds of object): tried when the targets are not of the chosen kind. */
  alternatives?: { actionId: string; targets: string[]; params: Record<string, unknown> }[];
}

/** The services the dialogs use, injected by the composition root. */
export interface DialogServices {
  engine: ActionEngine;
  sessions: ManagementSessionService;
  /** Stored tenant credentials (management settings); secrets go in, never come out to cards. */
  credentials: CredentialVault;
  /**
   * Proactive messages (bot/ implements it). Read when needed, not at construction, so the bot may set it
   * once its adapter exists. Absent: background results are only visible through "session status".
   */
  messenger?: Messenger;
  /** Reading the audit log (`audit …`) and its CSV export link (`export audit`). */
  auditQuery: AuditQueryService;
  auditExport: AuditExportService;
  /** Operators, permission sets and virtual tenants (Tenant Admin commands). */
  governance: GovernanceServices;
  /** Approval requests and decisions, and the tenant's approval policy. */
  approvals: ApprovalsService;
  policies: ApprovalPolicyService;
  approvalCards: ApprovalPresenter;
  /** `show jane@contoso.com`: the read-only user summary (Entra properties, tags, portal attributes). */
  userSummary: UserSummaryService;
  /** Typeahead pickers of form cards (`application/search` invokes), inside the operator's scope. */
  directorySearch?: DirectorySearchService;
  /** Bulk jobs from a CSV file or an "all users in …" line (issue #6); absent: bulk input is not offered. */
  bulk?: BulkDialogDeps;
  recognize(text: string): RecognitionLike;
  clock: () => Date;
  logger: Logger;
}

/** Per-turn facts the Teams handler puts in turn state. */
export interface TurnInfo {
  caller: Caller;
  logger: Logger;
  /** Personal (1:1) chat: the only place secrets are shown and actions run. */
  personal: boolean;
  /** Where to reach this conversation later (bot/ fills it from the activity), for proactive updates. */
  address?: ConversationAddress;
}

export const TURN_INFO_KEY = Symbol.for('steward.turnInfo');

export function footerFrom(view: SessionView, now: Date): SessionFooterModel {
  return { state: view.state, expiresAt: view.expiresAt, now: now.toISOString() };
}
