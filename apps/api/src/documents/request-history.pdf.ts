import type { PdfOptions } from '@talon/db';
import { renderTablePdf } from './table.pdf';

/** Date, time, type, number, status, updated, comment. */
const COLUMN_WEIGHTS = [50, 36, 90, 90, 80, 50, 160];

/** «История обращений» as an A4 landscape table (the list's filters, the newest rows first). */
export function renderRequestHistoryPdf(
  data: { columns: readonly string[]; rows: readonly (readonly string[])[] },
  options: PdfOptions = {},
): Promise<Buffer> {
  return renderTablePdf(
    {
      title: 'История обращений',
      summary: `Обращений: ${data.rows.length}.`,
      columns: data.columns,
      rows: data.rows,
      weights: COLUMN_WEIGHTS,
    },
    options,
  );
}
