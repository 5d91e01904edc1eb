import type { Caller } from '../engine';
import type { Logger } from '../logger.types';
import type { AuditFilter, AuditStore } from '../ports';
import { formatAuditCsv } from './audit-csv.formatter';
import { requestParameters, type AuditQueryRequest, type AuditQueryService } from './audit-query.service';
import type { SignedTokenCodec } from './signed-token.codec';

/**
 * The CSV export of the audit log as a download link the bot serves. Teams cannot attach a file from a
 * bot in every client, and a browser download carries no Teams identity, so the link is a signed,
 * expiring description of the query (tenant, resolved filter, requesting operator). The download
 * re-checks that the operator may still read the audit log, and is itself audited.
 */

/** What an export link carries; short keys keep the URL short. */
interface ExportClaim {
  /** tenant id */
  t: string;
  /** requesting operator's object id */
  o: string;
  f: AuditFilter;
  /** row limit */
  n: number;
  /** description, for the audit entry */
  d: string;
  /** correlation id of the chat turn that asked */
  c: string;
}

export interface AuditExportLink {
  url: string;
  expiresAt: Date;
  description: string;
  /** How many rows at most the file holds. */
  maxRows: number;
}

export type AuditDownload =
  | { ok: true; filename: string; csv: string; rows: number }
  | { ok: false; status: 403; message: string };

export interface AuditExportServiceDeps {
  queries: AuditQueryService;
  audit: AuditStore;
  codec: SignedTokenCodec;
  /** Where the bot is reachable from the operator's browser (PUBLIC_URL, else the bot's own address). */
  baseUrl: () => string;
  /** How long a link works. */
  ttlMs: number;
  clock: () => Date;
  newId: () => string;
  logger: Logger;
  /** Rows per file at most (default 10 000). */
  maxRows?: number;
}

export const AUDIT_EXPORT_PATH = '/audit/export';
const DEFAULT_MAX_ROWS = 10_000;

export class AuditExportService {
  constructor(private readonly deps: AuditExportServiceDeps) {}

  get ttlMs(): number {
    return this.deps.ttlMs;
  }

  /** Checks the operator may read the audit log, resolves the filter, and signs a link to the file. */
  async createLink(caller: Caller, request: AuditQueryRequest): Promise<AuditExportLink> {
    const maxRows = this.deps.maxRows ?? DEFAULT_MAX_ROWS;
    const reader = await this.deps.queries.authorize(caller, 'steward.audit-export', requestParameters(request));
    const query = await this.deps.queries.resolve(caller.tenantId, { ...request, limit: request.limit ?? maxRows }, { defaultLimit: maxRows, maxLimit: maxRows });
    const claim: ExportClaim = {
      t: caller.tenantId,
      o: reader.objectId,
      f: query.filter,
      n: query.limit,
      d: query.description,
      c: caller.correlationId,
    };
    const { token, expiresAt } = this.deps.codec.sign(claim, this.deps.ttlMs);
    const base = this.deps.baseUrl().replace(/\/+$/, '');
    return { url: `${base}${AUDIT_EXPORT_PATH}/${token}.csv`, expiresAt, description: query.description, maxRows: query.limit };
  }

  /** Serves a link: the CSV, or 403 with a plain message and nothing exported. */
  async download(token: string): Promise<AuditDownload> {
    const checked = this.deps.codec.verify<ExportClaim>(token);
    if (!checked.ok) {
      this.deps.logger.info({ reason: checked.reason }, 'audit export link refused');
      return {
        ok: false,
        status: 403,
        message:
          checked.reason === 'expired'
            ? 'This audit export link has expired. Ask Steward for a new one ("export audit").'
            : 'This audit export link is not valid. Ask Steward for a new one ("export audit").',
      };
    }
    const claim = checked.payload;
    const caller: Caller = { tenantId: claim.t, operatorObjectId: claim.o, correlationId: claim.c, entry: 'card' };
    const reader = await this.deps.queries.authorize(caller, 'steward.audit-export', { via: 'download link' }).catch((e: unknown) => {
      this.deps.logger.info({ err: String(e) }, 'audit export refused: the operator may no longer read the audit log');
      return undefined;
    });
    if (!reader) {
      return { ok: false, status: 403, message: 'You may no longer read the audit log, so this export was not made.' };
    }
    const entries = await this.deps.queries.read(claim.t, { filter: claim.f, limit: claim.n, description: claim.d });
    const now = this.deps.clock();
    await this.deps.audit.append({
      id: this.deps.newId(),
      tenantId: claim.t,
      time: now.toISOString(),
      correlationId: claim.c,
      kind: 'audit',
      operator: { id: reader.objectId, upn: reader.userPrincipalName },
      actionId: 'steward.audit-export',
      targets: [],
      parameters: { ...claim.f, description: claim.d, limit: claim.n, rows: entries.length, via: 'download link' },
      outcome: 'succeeded',
      entry: 'system',
    });
    const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    return { ok: true, filename: `steward-audit-${stamp}.csv`, csv: formatAuditCsv(entries), rows: entries.length };
  }
}
