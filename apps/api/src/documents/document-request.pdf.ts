import { type DocumentContent, russianDate } from '@talon/core/document-requests';
import { openPdf, type PdfOptions } from '@talon/db';
import { drawQr } from './ticket.pdf';

const MARGIN = 50;
const QR_SIZE = 90;

/**
 * A certificate or an extract on A4 (issue 11 item 6): the clinic's requisites, the title and number, the
 * patient, the statement and the table from the record, who signs, and a QR code to the public check page
 * (`/check/<code>`) with its address printed under it for those who type it.
 */
export function renderDocumentRequestPdf(
  content: DocumentContent,
  options: PdfOptions = {},
): Promise<Buffer> {
  const { doc, done } = openPdf(
    {
      size: 'A4',
      margin: MARGIN,
      info: { Title: `${content.title} № ${content.number}`, Author: content.organization.name },
    },
    options,
  );
  const width = doc.page.width - MARGIN * 2;

  doc.font('bold').fontSize(10).text(content.organization.name, { width });
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor('#333333')
    .text(
      [content.organization.address, content.organization.phone ? `тел. ${content.organization.phone}` : null]
        .filter(Boolean)
        .join(', '),
      { width },
    )
    .fillColor('#000000')
    .moveDown(1.5);

  doc.font('bold').fontSize(14).text(content.title, { width, align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text(`№ ${content.number} от ${russianDate(content.issuedOn)}`, { width, align: 'center' })
    .moveDown(1.2);

  const field = (label: string, value: string) => {
    doc
      .font('regular')
      .fontSize(10)
      .text(`${label}: `, { continued: true, width })
      .font('bold')
      .text(value, { width });
  };
  field('Пациент', content.patient.fullName);
  field('Дата рождения', russianDate(content.patient.birthDate));
  if (content.period)
    field('Период', `${russianDate(content.period.from)} — ${russianDate(content.period.to)}`);
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
  doc
    .font('regular')
    .fontSize(9)
    .text(`Документ подписан электронной подписью: ${content.signedBy}.`, MARGIN, doc.y, { width });

  // The QR code and its address at the foot of the last page.
  const bottom = doc.page.height - MARGIN - QR_SIZE;
  drawQr(doc, content.checkUrl, MARGIN, bottom, QR_SIZE);
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#333333')
    .text(
      'Проверить подлинность документа: отсканируйте QR-код или откройте адрес',
      MARGIN + QR_SIZE + 10,
      bottom + 25,
      {
        width: width - QR_SIZE - 10,
      },
    )
    .text(content.checkUrl, { width: width - QR_SIZE - 10 });

  doc.end();
  return done;
}
