import type { AppointmentExport } from '@talon/core/booking';
import type { PdfOptions } from '@talon/db';
import { renderTablePdf } from './table.pdf';

/** Relative widths of the twelve columns (date … ticket number), scaled to the page. */
const COLUMN_WEIGHTS = [52, 32, 78, 82, 72, 82, 92, 100, 36, 62, 50, 60];

/** The visits of an export as a table on A4 landscape pages, the header repeated on every page. */
export function renderAppointmentsPdf(data: AppointmentExport, options: PdfOptions = {}): Promise<Buffer> {
  const shown = data.rows.length;
  return renderTablePdf(
    {
      title: 'Записи на приём к врачу',
      summary:
        data.total > shown
          ? `Показаны ${shown} последних записей из ${data.total}. Уточните период или статус, чтобы выгрузить остальные.`
          : `Записей: ${shown}.`,
      columns: data.columns,
      rows: data.rows,
      weights: COLUMN_WEIGHTS,
    },
    options,
  );
}
