import type { ErrorCode } from '../actions/errors';
import { isStewardError } from '../actions/errors';
import type { ErrorCardModel, SessionFooterModel } from '../cards/card.types';

const TITLES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Some input needs fixing',
  UNKNOWN_ACTION: 'I don\'t know that action',
  NOT_AN_OPERATOR: 'You are not a Steward operator',
  ROLE_DENIED: 'Not allowed for your role',
  SCOPE_DENIED: 'Outside your scope',
  GOVERNANCE_CONFLICT: 'Not changed',
  SESSION_OFF: 'Management session is off',
  SESSION_DENIED: 'Management session not changed',
  SESSION_BUSY: 'Management session is busy',
  CREDENTIAL_REJECTED: 'The tenant rejected the credential',
  CREDENTIAL_UNREADABLE: 'Stored credential unusable',
  CREDENTIAL_STORE_UNAVAILABLE: 'Credentials cannot be stored',
  TARGET_NOT_FOUND: 'No user matches',
  TARGET_AMBIGUOUS: 'Several users match',
  TENANT_NOT_CONNECTED: 'This tenant is not connected',
  PLAN_NOT_FOUND: 'Confirmation not found',
  PLAN_MISMATCH: 'Confirmation refused',
  PLAN_USED: 'Already handled',
  PLAN_EXPIRED: 'Confirmation expired',
  POLICY_FORBIDDEN: 'Not allowed by your tenant\'s policy',
  APPROVAL_REQUIRED: 'Approval needed first',
  APPROVAL_PENDING: 'Waiting for approval',
  APPROVAL_NOT_FOUND: 'Approval request not found',
  APPROVAL_SELF: 'You cannot approve your own request',
  APPROVAL_NOT_APPROVER: 'You are not an approver',
  APPROVAL_NO_APPROVER: 'Nobody can approve this',
  APPROVAL_DECIDED: 'Already decided',
  APPROVAL_EXPIRED: 'Approval request expired',
  BACKEND_ERROR: 'The tenant returned an error',
  INTERNAL: 'Something went wrong',
};

/** The one place a thrown error becomes what the operator sees. Unknown errors never leak internals. */
export function errorCardModel(error: unknown, correlationId: string, footer?: SessionFooterModel): ErrorCardModel {
  if (isStewardError(error)) {
    const model: ErrorCardModel = {
      code: error.code,
      title: TITLES[error.code],
      message: error.message,
      hint: error.hint,
      correlationId,
      footer,
    };
    if (error.code === 'SESSION_OFF' && error.details?.canTurnOn) {
      model.actions = [{ title: 'Turn on management session', data: { steward: { verb: 'session-on' } } }];
    }
    return model;
  }
  return {
    code: 'INTERNAL',
    title: TITLES.INTERNAL,
    message: 'Steward hit an unexpected error. Nothing more was changed after it.',
    hint: 'Try again in a moment. If it keeps happening, give this correlation id to your administrator.',
    correlationId,
    footer,
  };
}
