import type { AuditCardModel, AuditRowModel } from './card.types';
import { buildAuditCard, buildAuditExportCard } from './index';
import { footerOn, NOW } from '../test/cards/card-fixtures';
import { actionByTitle, findElements, renderCard, validateCard } from '../test/cards/validate-card';

/** The audit log card and the export card: valid 1.5, compact, bounded in size, literal user text. */
function row(n: number, extra: Partial<AuditRowModel> = {}): AuditRowModel {
  return {
    time: new Date(Date.parse(NOW) - n * 60_000).toISOString(),
    operator: 'helpdesk@contoso.com',
    action: 'Reset MFA',
    targets: `user${n}@contoso.com`,
    outcome: 'succeeded',
    correlationId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    ...extra,
  };
}

const model: AuditCardModel = {
  description: 'about Jane Doe (jane@contoso.com)',
  rows: [
    row(1),
    row(2, { outcome: 'refused', errorCode: 'ROLE_DENIED', message: 'Your role (Reader) may not run "Reset MFA".', operator: 'reader@contoso.com' }),
    row(3, { outcome: 'failed', message: 'The tenant refused the change: Insufficient privileges.' }),
  ],
  more: false,
  exportData: { steward: { verb: 'audit-export' }, audit: { target: 'jane@contoso.com' } },
  footer: footerOn,
};

describe('buildAuditCard', () => {
  it('shows one compact row per entry with time, operator, outcome, error code and correlation id', () => {
    const card = buildAuditCard(model);
    expect(validateCard(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    const text = renderCard(card);
    expect(text).toContain('Audit log about Jane Doe (jane@contoso.com)');
    expect(text).toContain('3 entries, newest first');
    expect(text).toContain('2025-03-10 08:59:00 UTC · by helpdesk@contoso.com · Correlation ID: 00000000-0000-4000-8000-000000000001');
    expect(text).toContain('⊘ refused');
    expect(text).toContain('ROLE_DENIED');
    expect(text).toContain('Insufficient privileges');
    expect(text.indexOf('user1@')).toBeLessThan(text.indexOf('user2@'));
    expect(actionByTitle(card, 'Export CSV').data).toEqual(model.exportData);
    const body = card.body as Record<string, unknown>[];
    expect(JSON.stringify(body[body.length - 1])).toContain('Management ON · 1 h 52 min left');
  });

  it('says when nothing matches, without an Export button', () => {
    const card = buildAuditCard({ ...model, rows: [] });
    expect(validateCard(card)).toEqual([]);
    expect(renderCard(card)).toContain('Nothing in the audit log matches.');
    expect(card.actions).toBeUndefined();
  });

  it('stays under Teams\' message size with 200 long rows, keeping the newest and pointing to the export', () => {
    const rows = Array.from({ length: 200 }, (_, i) => row(i, { message: 'x'.repeat(400), outcome: 'failed', targets: 'a@contoso.com, b@contoso.com, c@contoso.com' }));
    const card = buildAuditCard({ ...model, rows });
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(25_000);
    const text = renderCard(card);
    expect(text).toContain('Correlation ID: 00000000-0000-4000-8000-000000000000');
    expect(text).toMatch(/The newest \d+ entries, newest first/);
    expect(text).toContain('More entries match: export to CSV to get them all.');
    expect(validateCard(card)).toEqual([]);
  });

  it('keeps user-provided text literal (no template expansion, no markdown)', () => {
    const card = buildAuditCard({ ...model, rows: [row(1, { targets: '${owned} [x](https://evil.example)', message: '**bold**', outcome: 'refused' })] });
    const json = JSON.stringify(card);
    expect(json).toContain('${owned} [x](https://evil.example)');
    const blocks = findElements(card, (n) => n.type === 'TextBlock' && typeof n.text === 'string' && n.text.includes('evil'));
    expect(blocks).toEqual([]);
  });
});

describe('buildAuditExportCard', () => {
  it('offers the download as an OpenUrl button and says how long the link works', () => {
    const card = buildAuditExportCard({
      description: 'about Jane Doe (jane@contoso.com)',
      url: 'https://steward.contoso.com/audit/export/abc.def.csv',
      expiresAt: '2025-03-10T09:15:00.000Z',
      now: NOW,
      maxRows: 10_000,
      footer: footerOn,
    });
    expect(validateCard(card)).toEqual([]);
    const button = actionByTitle(card, 'Download CSV');
    expect(button).toMatchObject({ type: 'Action.OpenUrl', url: 'https://steward.contoso.com/audit/export/abc.def.csv' });
    const text = renderCard(card);
    expect(text).toContain('15 min');
    expect(text).toContain('up to 10,000 rows');
    expect(JSON.stringify(card.body)).toContain('Management ON');
  });
});
