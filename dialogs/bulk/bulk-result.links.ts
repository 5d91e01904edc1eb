import type { BulkCaller, BulkJobsApi } from '../../actions/bulk/bulk-job.types';
import { formatResultCsv, resultCsvFileName } from '../../actions/bulk/result-csv.formatter';
import type { SignedTokenCodec } from '../../actions/governance/signed-token.codec';
import type { Logger } from '../../actions/logger.types';

/**
 * The result card's "Download result CSV": a signed, expiring link (like the audit export's) to a job's
 * per-row result. A browser carries no Teams identity, so the link itself names tenant, job and operator
 * and is signed with the bot's key; the bot serves it with a route like bot/audit-export.route.ts:
 * GET `${BULK_RESULT_PATH}/*` → download(token without ".csv").
 */

export const BULK_RESULT_PATH = '/bulk/results';

/** What a link carries; short keys keep the URL short. */
interface ResultClaim {
  /** tenant id */
  t: string;
  /** job id */
  j: string;
  /** operator who asked */
  o: string;
}

export interface BulkResultLinksDeps {
  jobs: Pick<BulkJobsApi, 'get' | 'resultRows'>;
  codec: SignedTokenCodec;
  /** Where the bot is reachable from the operator's browser (PUBLIC_URL, else the bot's own address). */
  baseUrl: () => string;
  /** How long a link works. */
  ttlMs: number;
  logger: Logger;
}

export type BulkResultDownload =
  | { ok: true; filename: string; csv: string; rows: number }
  | { ok: false; status: 403 | 404; message: string };

export class BulkResultLinks {
  constructor(private readonly deps: BulkResultLinksDeps) {}

  /** A link to the job's result CSV (wire to BulkDialogDeps.resultLink). */
  async link(caller: BulkCaller, jobId: string): Promise<{ url: string; expiresAt: string }> {
    const claim: ResultClaim = { t: caller.tenantId, j: jobId, o: caller.operatorObjectId ?? '' };
    const { token, expiresAt } = this.deps.codec.sign(claim, this.deps.ttlMs);
    return { url: `${this.deps.baseUrl().replace(/\/+$/, '')}${BULK_RESULT_PATH}/${token}.csv`, expiresAt: expiresAt.toISOString() };
  }

  /** Serves a link: the CSV, or a plain sentence and nothing else. */
  async download(token: string): Promise<BulkResultDownload> {
    const checked = this.deps.codec.verify<ResultClaim>(token);
    if (!checked.ok) {
      this.deps.logger.info({ reason: checked.reason }, 'bulk result link refused');
      return {
        ok: false,
        status: 403,
        message:
          checked.reason === 'expired'
            ? 'This result link has expired: result links work for a short time only, because anyone who has one can open it.'
            : 'This result link is not valid.',
      };
    }
    const { t, j } = checked.payload;
    const job = await this.deps.jobs.get(t, j);
    // The job is read in the link's tenant; a job of another tenant is as unknown as a missing one.
    if (!job || job.tenantId !== t) return { ok: false, status: 404, message: 'This bulk job is not known any more.' };
    const rows = await this.deps.jobs.resultRows(t, j);
    return { ok: true, filename: resultCsvFileName(job.actionTitle, job.finishedAt), csv: formatResultCsv(rows), rows: rows.length };
  }
}
