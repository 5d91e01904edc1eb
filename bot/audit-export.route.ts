import { AUDIT_EXPORT_PATH, type AuditExportService } from '../actions/governance/audit-export.service';
import type { DownloadRoute } from './server';

/**
 * GET /audit/export/{token}.csv: the signed link the export card's Download button opens. Anything but
 * a valid, unexpired token from this deployment gets 403 with a plain sentence and no data.
 */
export function auditExportRoute(service: AuditExportService): DownloadRoute {
  return {
    // A wildcard, not ":file": the router caps named parameters at 100 characters and tokens are longer.
    path: `${AUDIT_EXPORT_PATH}/*`,
    async handle(params) {
      const file = params['*'] ?? '';
      const token = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : '';
      const result = await service.download(token);
      if (!result.ok) return { status: result.status, contentType: 'text/plain; charset=utf-8', body: result.message };
      return { status: 200, contentType: 'text/csv; charset=utf-8; header=present', body: result.csv, filename: result.filename };
    },
  };
}
