/**
 * Graph's error contract: a handler throws GraphHttpError and the server renders it as
 * {"error":{"code","message","innerError":{date, request-id, client-request-id}}}, which is the
 * shape clients (and our backend's error mapper) branch on.
 */
export class GraphHttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers?: Record<string, string>;
  readonly innerError?: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { headers?: Record<string, string>; innerError?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
    this.status = status;
    this.code = code;
    this.headers = options.headers;
    this.innerError = options.innerError;
  }
}

export const badRequest = (message: string, code = 'Request_BadRequest') => new GraphHttpError(400, code, message);

export const notFound = (id: string) =>
  new GraphHttpError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

export const forbidden = () =>
  new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export const unsupportedQuery = (message: string) => new GraphHttpError(400, 'Request_UnsupportedQuery', message);

/** Graph's date format in innerError: ISO without milliseconds or zone. */
export function graphErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function renderGraphError(
  error: GraphHttpError,
  ids: { requestId: string; clientRequestId: string },
  now: Date,
): { error: Record<string, unknown> } {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        ...error.innerError,
        date: graphErrorDate(now),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}
