/** The card builders: view models in (card.types.ts), Adaptive Card 1.5 JSON out. No botbuilder here. */
export * from './card.types';
export { buildFormCard, cancelData } from './form.card';
export { buildConfirmCard } from './confirm.card';
export { buildResultCard } from './result.card';
export { buildChoiceCard } from './choice.card';
export { buildErrorCard } from './error.card';
export { buildHelpCard } from './help.card';
export { buildSessionCard } from './session.card';
export { buildGovernanceCard } from './governance.card';
export { buildApprovalCard, buildApprovalListCard, APPROVAL_VERBS, type ApprovalActionData } from './approval.card';
export { buildPolicyCard, POLICY_VERBS } from './policy.card';
export { buildManagementSettingsCard } from './management-settings.card';
export { buildCredentialFormCard } from './credential-form.card';
export { buildAuditCard, buildAuditExportCard } from './audit.card';
export { buildUserSummaryCard, type UserSummaryCardModel } from './user-summary.card';
export { sessionFooter, sessionFooterText, formatTimeLeft } from './session-footer.card';
export { formFieldsFromSchema, inputFromFormValues, labelFromKey, type FormFieldsOptions } from './schema-fields';
export { CARD_VERSION } from './card-template';
