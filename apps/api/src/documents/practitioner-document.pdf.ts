import { russianDate } from '@talon/core/document-requests';
import type { PractitionerDocumentPrint } from '@talon/core/practitioner-documents';
import { openPdf, type PdfOptions } from '@talon/db';
import { drawQr } from './ticket.pdf';

const MARGIN = 50;
const QR_SIZE = 90;

/**
 * A document a practitioner wrote (issue 12 item 5) on A4: the clinic's requisites and the form's number,
 * the title, number and date, the patient, the period, each section under its heading, the author, and a
 * QR code to the public check page (`/check/<code>`) with its address printed beside it.
 */
export function renderPractitionerDocumentPdf(
  print: PractitionerDocumentPrint,
  options: PdfOptions = {},
): Promise<Buffer> {
  const { doc, done } = openPdf(
    {
      size: 'A4',
      margin: MARGIN,
      info: { Title: `${print.title} № ${print.number}`, Author: print.author },
    },
    options,
  );
  const width = doc.page.width - MARGIN * 2;

  doc.font('bold').fontSize(10).text(print.organization.name, { width });
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor('#333333')
    .text(
      [print.organization.address, print.organization.phone ? `тел. ${print.organization.phone}` : null]
        .filter(Boolean)
        .join(', '),
      { width },
    );
  if (print.form) doc.text(print.form, { width, align: 'right' });
  doc.fillColor('#000000').moveDown(1.5);

  doc.font('bold').fontSize(14).text(print.title, { width, align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text(`№ ${print.number} от ${russianDate(print.issuedOn)}`, { width, align: 'center' })
    .moveDown(1.2);

  const field = (label: string, value: string) => {
    doc
      .font('regular')
      .fontSize(10)
      .text(`${label}: `, { continued: true, width })
      .font('bold')
      .text(value, { width });
  };
  field('Пациент', print.patient.fullName);
  field('Дата рождения', russianDate(print.patient.birthDate));
  if (print.period) field('Период', `${russianDate(print.period.from)} — ${russianDate(print.period.to)}`);
  doc.moveDown(0.8);

  for (const section of print.sections) {
    if (doc.y > doc.page.height - MARGIN - 160) doc.addPage();
    doc.font('bold').fontSize(10.5).text(section.heading, MARGIN, doc.y, { width }).moveDown(0.2);
    doc.font('regular').fontSize(10).text(section.text, { width }).moveDown(0.7);
  }

  doc.moveDown(1);
  doc
    .font('regular')
    .fontSize(10)
    .text(`Врач: ${print.author}`, MARGIN, doc.y, { width })
    .fontSize(9)
    .text(`Документ подписан электронной подписью: ${print.author}.`, { width });

  if (doc.y > doc.page.height - MARGIN - QR_SIZE - 10) doc.addPage();
  const bottom = doc.page.height - MARGIN - QR_SIZE;
  drawQr(doc, print.checkUrl, MARGIN, bottom, QR_SIZE);
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#333333')
    .text(
      'Проверить подлинность документа: отсканируйте QR-код или откройте адрес',
      MARGIN + QR_SIZE + 10,
      bottom + 25,
      { width: width - QR_SIZE - 10 },
    )
    .text(print.checkUrl, { width: width - QR_SIZE - 10 });

  doc.end();
  return done;
}
