import { GraphError } from '@microsoft/microsoft-graph-client';

/**
 * The directory backend's one error type: Graph's error code and HTTP status, plus the request id
 * support needs. Callers branch on `code`/`status` and never see the Graph client's own errors.
 */
export class BackendError extends Error {
  /** Graph's error code, e.g. Request_ResourceNotFound, Authorization_RequestDenied, TooManyRequests. */
  readonly code: string;
  /** HTTP status; 0 when the request never got a response (network, TLS, credential failure). */
  readonly status: number;
  /** Graph's request-id, for support and for matching the sandbox's request log. */
  readonly requestId?: string;

  constructor(message: string, options: { code: string; status: number; requestId?: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BackendError';
    this.code = options.code;
    this.status = options.status;
    this.requestId = options.requestId;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  get isThrottled(): boolean {
    return this.status === 429;
  }
}

export function isBackendError(e: unknown): e is BackendError {
  return e instanceof BackendError;
}

/** @azure/identity's error names: the token could not be obtained (bad secret, wrong password, disabled user…). */
const CREDENTIAL_ERRORS = new Set([
  'CredentialUnavailableError',
  'AuthenticationError',
  'AuthenticationRequiredError',
  'AggregateAuthenticationError',
]);

/** Turns whatever the Graph client or the credential threw into a BackendError. */
export function toBackendError(error: unknown, context: string): BackendError {
  if (error instanceof BackendError) return error;
  if (error instanceof GraphError) {
    const requestId = error.requestId ?? error.headers?.get?.('request-id') ?? undefined;
    // statusCode is -1 when no response came back (e.g. TLS or DNS failure).
    const status = error.statusCode > 0 ? error.statusCode : 0;
    // A credential failure reaches us wrapped in a GraphError whose code is the identity error's name.
    const code = error.code && CREDENTIAL_ERRORS.has(error.code) ? 'CredentialFailed' : error.code ?? (status === 0 ? 'NetworkError' : `Http${status}`);
    return new BackendError(`${context}: ${error.message || code}`, { code, status, requestId, cause: error });
  }
  if (error instanceof Error) {
    return new BackendError(`${context}: ${error.message}`, {
      code: CREDENTIAL_ERRORS.has(error.name) ? 'CredentialFailed' : error.name || 'Error',
      status: 0,
      cause: error,
    });
  }
  return new BackendError(`${context}: ${String(error)}`, { code: 'Error', status: 0, cause: error });
}
