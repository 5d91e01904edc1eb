/**
 * Typed errors with stable codes. The engine throws them; one place (the dialogs' error card mapper)
 * turns them into what the operator sees, so the wording of a refusal lives with its cause.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNKNOWN_ACTION',
  'NOT_AN_OPERATOR',
  'ROLE_DENIED',
  'SCOPE_DENIED',
  'GOVERNANCE_CONFLICT',
  'SESSION_OFF',
  'SESSION_DENIED',
  'SESSION_BUSY',
  'CREDENTIAL_REJECTED',
  'CREDENTIAL_UNREADABLE',
  'CREDENTIAL_STORE_UNAVAILABLE',
  'TARGET_NOT_FOUND',
  'TARGET_AMBIGUOUS',
  'TENANT_NOT_CONNECTED',
  'PLAN_NOT_FOUND',
  'PLAN_MISMATCH',
  'PLAN_USED',
  'PLAN_EXPIRED',
  'POLICY_FORBIDDEN',
  'APPROVAL_REQUIRED',
  'APPROVAL_PENDING',
  'APPROVAL_NOT_FOUND',
  'APPROVAL_SELF',
  'APPROVAL_NOT_APPROVER',
  'APPROVAL_NO_APPROVER',
  'APPROVAL_DECIDED',
  'APPROVAL_EXPIRED',
  'BACKEND_ERROR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface StewardErrorOptions {
  /** How the operator can fix it. */
  hint?: string;
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class StewardError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: StewardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StewardError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
  }
}

export function isStewardError(e: unknown): e is StewardError {
  return e instanceof StewardError;
}
