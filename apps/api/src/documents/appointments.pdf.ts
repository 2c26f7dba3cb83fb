import type { AppointmentExport } from '@talon/core/booking';
import { openPdf, type PdfOptions } from '@talon/db';

const MARGIN = 28;
const FONT_SIZE = 7;
const CELL_PADDING = 3;
/** Relative widths of the twelve columns (date … ticket number), scaled to the page. */
const COLUMN_WEIGHTS = [52, 32, 78, 82, 72, 82, 92, 100, 36, 62, 50, 60];

/**
 * The visits of an export as a table on A4 landscape pages (twelve columns do not fit a portrait page
 * legibly). Rows grow to fit wrapped text; the header is repeated on every page.
 */
export function renderAppointmentsPdf(data: AppointmentExport, options: PdfOptions = {}): Promise<Buffer> {
  const { doc, done } = openPdf(
    {
      size: 'A4',
      layout: 'landscape',
      margin: MARGIN,
      info: { Title: 'Записи на приём к врачу', Author: 'Талон' },
    },
    options,
  );
  const tableWidth = doc.page.width - MARGIN * 2;
  const weightSum = COLUMN_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  const widths = COLUMN_WEIGHTS.map((weight) => (weight / weightSum) * tableWidth);
  const bottom = () => doc.page.height - MARGIN;

  const rowHeight = (cells: readonly string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(FONT_SIZE);
    return (
      Math.max(
        ...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i]! - CELL_PADDING * 2 })),
      ) +
      CELL_PADDING * 2
    );
  };

  const drawRow = (cells: readonly string[], y: number, font: 'regular' | 'bold', shade: boolean) => {
    const height = rowHeight(cells, font);
    if (shade) doc.save().rect(MARGIN, y, tableWidth, height).fill('#eeeeee').restore();
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = widths[i]!;
      doc.rect(x, y, width, height).lineWidth(0.3).stroke('#999999');
      doc
        .font(font)
        .fontSize(FONT_SIZE)
        .fillColor('#000000')
        .text(cell, x + CELL_PADDING, y + CELL_PADDING, { width: width - CELL_PADDING * 2 });
      x += width;
    });
    return y + height;
  };

  doc.font('bold').fontSize(13).text('Записи на приём к врачу', MARGIN, MARGIN, { width: tableWidth });
  const shown = data.rows.length;
  const summary =
    data.total > shown
      ? `Показаны ${shown} последних записей из ${data.total}. Уточните период или статус, чтобы выгрузить остальные.`
      : `Записей: ${shown}.`;
  doc.font('regular').fontSize(8).text(summary, { width: tableWidth }).moveDown(0.5);

  let y = drawRow(data.columns, doc.y, 'bold', true);
  for (const row of data.rows) {
    if (y + rowHeight(row, 'regular') > bottom()) {
      doc.addPage();
      y = drawRow(data.columns, MARGIN, 'bold', true);
    }
    y = drawRow(row, y, 'regular', false);
  }
  doc.end();
  return done;
}
