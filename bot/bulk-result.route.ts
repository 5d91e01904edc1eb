import { BULK_RESULT_PATH, type BulkResultLinks } from '../dialogs/bulk/bulk-result.links';
import type { DownloadRoute } from './server';

/**
 * GET /bulk/results/{token}.csv: the result card's "Download result CSV". The token is signed with the
 * bot's key and names the tenant, the job and the operator; the job is read in the token's tenant only,
 * so a valid link never opens another tenant's job. Anything else gets 403/404 with a plain sentence.
 */
export function bulkResultRoute(links: BulkResultLinks): DownloadRoute {
  return {
    // A wildcard, not ":file": the router caps named parameters at 100 characters and tokens are longer.
    path: `${BULK_RESULT_PATH}/*`,
    async handle(params) {
      const file = params['*'] ?? '';
      const token = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : '';
      const result = await links.download(token);
      if (!result.ok) return { status: result.status, contentType: 'text/plain; charset=utf-8', body: result.message };
      return { status: 200, contentType: 'text/csv; charset=utf-8; header=present', body: result.csv, filename: result.filename };
    },
  };
}
