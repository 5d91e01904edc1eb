import { z } from 'zod';

/**
 * The one place that reads process.env. Everything else receives a parsed Config.
 * Without Azure settings Steward runs on the embedded Cosmos DB and the sandbox tenant;
 * setting COSMOS_ENDPOINT and TENANT_* switches the same code to Azure Cosmos DB and a real tenant.
 */
const port = z.coerce.number().int().min(0).max(65535);
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const configSchema = z
  .object({
    PORT: port.default(3978),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().default('.data'),
    PUBLIC_URL: optionalString,

    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalString,

    COSMOS_ENDPOINT: optionalString,
    COSMOS_KEY: optionalString,
    COSMOS_DATABASE: z.string().default('steward'),
    COSMOS_PORT: port.default(8081),

    SANDBOX_PORT: port.default(3979),
    SANDBOX_ADMIN_TOKEN: z.string().min(1).default('sandbox-admin'),
    SANDBOX_RATE_LIMIT: z.coerce.number().positive().optional(),

    TENANT_ID: optionalString,
    TENANT_CLIENT_ID: optionalString,
    TENANT_CLIENT_SECRET: optionalString,
    GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com'),
    /** Exchange Online admin API host (InvokeCommand); the sandbox serves it on its own URL. */
    EXCHANGE_BASE_URL: z.string().url().default('https://outlook.office365.com'),
    AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),

    STEWARD_ADMINS: optionalString,
    SESSION_HOURS: z.coerce.number().positive().default(2),
    /** How long an approval request stays open before it expires (a Tenant Admin may change it per tenant). */
    APPROVAL_EXPIRY_HOURS: z.coerce.number().positive().max(24 * 30).default(24),
    /** At least 32 random bytes, base64: signs the bot's download links (audit CSV export). */
    STEWARD_SIGNING_KEY: optionalString.refine(
      (v) => v === undefined || Buffer.from(v, 'base64').length >= 32,
      'STEWARD_SIGNING_KEY must be at least 32 bytes, base64 encoded (e.g. `openssl rand -base64 32`)',
    ),
    /** How long an audit export link works. */
    AUDIT_LINK_MINUTES: z.coerce.number().positive().max(24 * 60).default(15),
    /** How long "turn on management session" waits for the tenant check before answering "turning on…". */
    SESSION_ENABLE_ANSWER_MS: z.coerce.number().int().min(0).default(2000),
    /** Mailbox (UPN) that sends temporary passwords by mail (Graph sendMail); sandbox default helpdesk@contoso.com. */
    MAIL_SENDER: z.string().email().optional(),
    /** Bulk jobs: whether this process runs a worker that leases chunks (off: it only creates and shows jobs). */
    BULK_WORKER: z.enum(['on', 'off']).default('on'),
    /** How long a worker's lease on a chunk lasts without renewal; a dead worker's chunks are taken over after it. */
    BULK_LEASE_MS: z.coerce.number().int().min(300).default(30_000),
    /** How often a worker polls Cosmos for runnable chunks. */
    BULK_POLL_MS: z.coerce.number().int().min(50).default(1000),
    /** Chunks (of 20 items) a worker runs at once. */
    BULK_MAX_CHUNKS: z.coerce.number().int().min(1).max(64).default(8),
    /** 32 random bytes, base64: encrypts stored tenant credentials (AES-256-GCM). */
    STEWARD_ENCRYPTION_KEY: optionalString.refine(
      (v) => v === undefined || Buffer.from(v, 'base64').length === 32,
      'STEWARD_ENCRYPTION_KEY must be 32 bytes, base64 encoded (e.g. `openssl rand -base64 32`)',
    ),
  })
  .superRefine((c, ctx) => {
    const tenant = [c.TENANT_ID, c.TENANT_CLIENT_ID, c.TENANT_CLIENT_SECRET];
    if (tenant.some(Boolean) && !tenant.every(Boolean)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'TENANT_ID, TENANT_CLIENT_ID and TENANT_CLIENT_SECRET go together: set all three for a real tenant, or none for the sandbox',
      });
    }
    if (Boolean(c.COSMOS_ENDPOINT) !== Boolean(c.COSMOS_KEY)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'COSMOS_ENDPOINT and COSMOS_KEY go together' });
    }
    if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'MicrosoftAppId needs MicrosoftAppPassword' });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends RawConfig {
  /** True when no real tenant is configured: the bot talks to the embedded sandbox tenant. */
  sandbox: boolean;
  /** True when no Cosmos account is configured: the bot starts the embedded Cosmos DB. */
  embeddedCosmos: boolean;
  stewardAdmins: string[];
  /** The mailbox temporary passwords are sent from; undefined: sending by mail is not available. */
  mailSender?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses an environment-like record; throws ConfigError that names each bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'config'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const raw = parsed.data;
  return {
    ...raw,
    sandbox: !raw.TENANT_ID,
    embeddedCosmos: !raw.COSMOS_ENDPOINT,
    mailSender: raw.MAIL_SENDER ?? (raw.TENANT_ID ? undefined : 'helpdesk@contoso.com'),
    stewardAdmins: (raw.STEWARD_ADMINS ?? '')
      .split(/[,;\s]+/)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  };
}

/** The environment, with `overrides` winning (the standalone bulk worker serves no chat on a fixed port). */
export function loadConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ ...process.env, ...overrides });
}
