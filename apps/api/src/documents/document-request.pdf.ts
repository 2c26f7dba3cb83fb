import type { DocumentContent } from '@talon/core/document-requests';
import type { PdfOptions } from '@talon/db';
import { MARGIN, openMedicalDocument } from './medical-document.pdf';

/**
 * A certificate or an extract on A4 (issue 11 item 6): the clinic's requisites, the title and number, the
 * patient, the statement and the table from the record, who signs, and a QR code to the public check page
 * (`/check/<code>`) with its address printed under it for those who type it.
 */
export function renderDocumentRequestPdf(
  content: DocumentContent,
  options: PdfOptions = {},
): Promise<Buffer> {
  const { doc, width, field, finish } = openMedicalDocument(
    { ...content, author: content.organization.name },
    options,
  );
  if (content.purpose) field('Для предъявления', content.purpose);
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10).text(content.statement, { width }).moveDown(0.5);

  if (content.columns.length > 0) {
    const columnWidth = width / content.columns.length;
    const row = (cells: string[], font: 'regular' | 'bold') => {
      if (doc.y > doc.page.height - MARGIN - 160) doc.addPage();
      const top = doc.y;
      let bottom = top;
      cells.forEach((cell, index) => {
        doc
          .font(font)
          .fontSize(9)
          .text(cell, MARGIN + index * columnWidth, top, { width: columnWidth - 6 });
        bottom = Math.max(bottom, doc.y);
      });
      doc
        .moveTo(MARGIN, bottom + 2)
        .lineTo(MARGIN + width, bottom + 2)
        .lineWidth(0.3)
        .strokeColor('#999999')
        .stroke();
      doc.x = MARGIN;
      doc.y = bottom + 5;
    };
    row(content.columns, 'bold');
    for (const cells of content.rows) row(cells, 'regular');
  }

  doc.moveDown(1.5);
  return finish(content.signedBy, content.checkUrl);
}
