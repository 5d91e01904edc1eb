import type { AdaptiveCardJson, AuditCardModel, AuditExportCardModel, AuditRowModel } from './card.types';
import { buttonTemplate, cardTemplate, expandCard, ownText, plainText, plural, type ButtonView } from './card-template';
import { sessionFooter } from './session-footer.card';

/**
 * The audit log in chat: one compact row per entry (outcome, action, targets; then time, operator,
 * error code and correlation id in small print), newest first, and the CSV export card with its
 * download link. Teams refuses messages above ~28 KB, so rows are dropped from the end until the card
 * fits, and the card says how to get the rest (Export CSV).
 */

type Color = 'Good' | 'Warning' | 'Attention' | 'Default';

interface AuditRowView {
  headline: string;
  headlineColor: Color;
  action: string;
  targets: string;
  meta: string;
  hasMessage: boolean;
  message: string;
}

interface AuditView {
  title: string;
  subtitle: string;
  hasRows: boolean;
  empty: string;
  rows: AuditRowView[];
  hasNote: boolean;
  note: string;
  buttons: ButtonView[];
}

const OUTCOMES: Record<AuditRowModel['outcome'], { glyph: string; color: Color }> = {
  succeeded: { glyph: '✓', color: 'Good' },
  partial: { glyph: '◐', color: 'Warning' },
  failed: { glyph: '✗', color: 'Attention' },
  refused: { glyph: '⊘', color: 'Attention' },
  cancelled: { glyph: '–', color: 'Default' },
};

/** Stay well under Teams' message limit (the footer and the envelope come on top). */
const MAX_CARD_BYTES = 24_000;
const MAX_MESSAGE_CHARS = 160;

const ROW_TEMPLATE = {
  $data: '${rows}',
  type: 'Container',
  separator: true,
  spacing: 'Small',
  items: [
    {
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: '${headline}', color: '${headlineColor}', weight: 'Bolder' },
        { type: 'TextRun', text: '  ' },
        { type: 'TextRun', text: '${action}', weight: 'Bolder' },
        { type: 'TextRun', text: ' · ', isSubtle: true },
        { type: 'TextRun', text: '${targets}' },
      ],
    },
    plainText('${meta}', { size: 'Small', isSubtle: true }, { spacing: 'None' }),
    { $when: '${hasMessage}', ...plainText('${message}', { size: 'Small' }, { spacing: 'None' }) },
  ],
};

const AUDIT_TEMPLATE = cardTemplate(
  [
    ownText('${title}', { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    plainText('${subtitle}', { size: 'Small', isSubtle: true }, { spacing: 'Small' }),
    { $when: '${!hasRows}', ...ownText('${empty}', { spacing: 'Medium' }) },
    ROW_TEMPLATE,
    { $when: '${hasNote}', ...ownText('${note}', { size: 'Small', isSubtle: true, spacing: 'Medium' }) },
  ],
  [{ $data: '${buttons}', ...buttonTemplate }],
  true,
);

/** "2025-03-10 09:00:12 UTC". */
export function auditTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function rowView(row: AuditRowModel): AuditRowView {
  const outcome = OUTCOMES[row.outcome] ?? OUTCOMES.failed;
  const meta = [auditTime(row.time), `by ${row.operator}`, row.errorCode, `Correlation ID: ${row.correlationId}`].filter(Boolean).join(' · ');
  const message = row.message && row.message.length > MAX_MESSAGE_CHARS ? `${row.message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : row.message ?? '';
  return {
    headline: `${outcome.glyph} ${row.outcome}`,
    headlineColor: outcome.color,
    action: row.action,
    targets: row.targets || '—',
    meta,
    hasMessage: Boolean(message) && (row.outcome === 'refused' || row.outcome === 'failed' || row.outcome === 'partial'),
    message,
  };
}

/** Builds the audit log card: the newest rows that fit, newest first. */
export function buildAuditCard(model: AuditCardModel): AdaptiveCardJson {
  const footer = model.footer ? sessionFooter(model.footer) : undefined;
  const build = (shown: number): AdaptiveCardJson => {
    const rows = model.rows.slice(0, shown).map(rowView);
    const cut = shown < model.rows.length;
    const view: AuditView = {
      title: model.description ? `Audit log ${model.description}` : 'Audit log',
      subtitle:
        rows.length === 0
          ? 'No entries'
          : `${cut || model.more ? `The newest ${plural(rows.length, 'entry', 'entries')}` : plural(rows.length, 'entry', 'entries')}, newest first`,
      hasRows: rows.length > 0,
      empty: 'Nothing in the audit log matches.',
      rows,
      hasNote: (cut || model.more) && Boolean(model.exportData),
      note: 'More entries match: export to CSV to get them all.',
      buttons: model.exportData && rows.length > 0 ? [{ title: 'Export CSV', style: null, data: model.exportData, associatedInputs: 'none' }] : [],
    };
    return expandCard(AUDIT_TEMPLATE, view, footer);
  };
  let shown = model.rows.length;
  let card = build(shown);
  while (shown > 0 && Buffer.byteLength(JSON.stringify(card)) > MAX_CARD_BYTES) {
    const size = Buffer.byteLength(JSON.stringify(card));
    shown = Math.min(shown - 1, Math.floor((shown * MAX_CARD_BYTES) / size));
    card = build(Math.max(shown, 0));
  }
  return card;
}

interface ExportView {
  title: string;
  subtitle: string;
  validity: string;
  url: string;
}

const EXPORT_TEMPLATE = cardTemplate(
  [
    ownText('${title}', { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    plainText('${subtitle}', { size: 'Small', isSubtle: true }, { spacing: 'Small' }),
    ownText('${validity}', { spacing: 'Medium' }),
  ],
  [{ type: 'Action.OpenUrl', title: 'Download CSV', url: '${url}' }],
  false,
);

/** The export card: a download button (Action.OpenUrl) to the signed link, and how long it works. */
export function buildAuditExportCard(model: AuditExportCardModel): AdaptiveCardJson {
  const minutes = Math.max(1, Math.round((Date.parse(model.expiresAt) - Date.parse(model.now)) / 60_000));
  const view: ExportView = {
    title: 'Audit export ready',
    subtitle: `${model.description ? `Entries ${model.description}` : 'The whole audit log'}, newest first, up to ${model.maxRows.toLocaleString('en-US')} rows (CSV).`,
    validity: `The link works for ${minutes} min (until ${auditTime(model.expiresAt)}). Anyone who has it can download the file until then, so do not forward it.`,
    url: model.url,
  };
  return expandCard(EXPORT_TEMPLATE, view, model.footer ? sessionFooter(model.footer) : undefined);
}
