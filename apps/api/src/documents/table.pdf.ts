import { openPdf, type PdfOptions } from '@talon/db';

const MARGIN = 28;
const FONT_SIZE = 7;
const CELL_PADDING = 3;

export interface PdfTable {
  title: string;
  /** The line under the title (how many rows, whether some were left out). */
  summary: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Relative widths of the columns, scaled to the page. */
  weights: readonly number[];
}

/**
 * A table on A4 landscape pages (wide tables do not fit a portrait page legibly). Rows grow to fit wrapped
 * text; the header is repeated on every page. The exports of the patient's lists share it.
 */
export function renderTablePdf(table: PdfTable, options: PdfOptions = {}): Promise<Buffer> {
  const { doc, done } = openPdf(
    { size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: table.title, Author: 'Талон' } },
    options,
  );
  const tableWidth = doc.page.width - MARGIN * 2;
  const weightSum = table.weights.reduce((sum, weight) => sum + weight, 0);
  const widths = table.weights.map((weight) => (weight / weightSum) * tableWidth);
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

  doc.font('bold').fontSize(13).text(table.title, MARGIN, MARGIN, { width: tableWidth });
  doc.font('regular').fontSize(8).text(table.summary, { width: tableWidth }).moveDown(0.5);

  let y = drawRow(table.columns, doc.y, 'bold', true);
  for (const row of table.rows) {
    if (y + rowHeight(row, 'regular') > bottom()) {
      doc.addPage();
      y = drawRow(table.columns, MARGIN, 'bold', true);
    }
    y = drawRow(row, y, 'regular', false);
  }
  doc.end();
  return done;
}
