/**
 * Log fields pino replaces with "[redacted]". Secrets are never put into log objects in the first
 * place; this is the second line of defence should one slip in (top level, one and two levels deep).
 */
const SECRET_KEYS = ['password', 'clientSecret', 'secret', 'token', 'authorization', 'ciphertext'];

export const LOG_REDACT_PATHS: string[] = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  'headers.authorization',
];

export const LOG_REDACTION = { paths: LOG_REDACT_PATHS, censor: '[redacted]' };
