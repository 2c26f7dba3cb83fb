import type { PrescriptionPrint } from '@talon/core/records';
import { openPdf, type PdfOptions } from '@talon/db';
import { requisitesLine } from './medical-document.pdf';
import { drawQr } from './ticket.pdf';

const MARGIN = 28;
const QR_SIZE = 80;

const russianDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

/**
 * The e-prescription on form 107-1/у (issue 12, item 4) on one A5 page: the clinic, the number and date, the
 * patient, the medicine by МНН with its form and dose, the quantity, the dosage, the validity, the
 * practitioner, and a QR code of the public check page of the signed document. The PAdES signature is added
 * to this file afterwards by the signing module.
 */
export function renderPrescriptionPdf(print: PrescriptionPrint, options: PdfOptions = {}): Promise<Buffer> {
  const { doc, done } = openPdf(
    { size: 'A5', margin: MARGIN, info: { Title: `Рецепт № ${print.number}`, Author: 'Талон' } },
    options,
  );
  const width = doc.page.width - MARGIN * 2;
  const field = (label: string, value: string) => {
    doc.font('regular').fontSize(7).fillColor('#555555').text(label, { width });
    doc.font('bold').fontSize(10).fillColor('#000000').text(value, { width }).moveDown(0.3);
  };

  doc.font('regular').fontSize(7).fillColor('#555555').text('Форма № 107-1/у', { width, align: 'right' });
  doc.font('bold').fontSize(9).fillColor('#000000').text(print.parties.organizationName, { width });
  const requisites = requisitesLine({
    address: print.parties.organizationAddress,
    ogrn: print.parties.organizationOgrn,
  });
  if (requisites) doc.font('regular').fontSize(7.5).text(requisites, { width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(14).text(`Рецепт № ${print.number}`, { width });
  doc
    .font('regular')
    .fontSize(9)
    .text(`Дата выписки: ${russianDate(print.issuedOn)}`, { width })
    .moveDown(0.6);

  field('Пациент', `${print.parties.patientName}, ${russianDate(print.parties.patientBirthDate)} г. р.`);
  field(
    'Rp.: лекарственный препарат (МНН), форма, дозировка',
    [print.medicine.name, print.medicine.form, print.medicine.strength].filter(Boolean).join(', '),
  );
  field('Количество', String(print.quantity));
  field('Способ применения (S.)', print.dosageText ?? '—');
  field('Рецепт действителен до', russianDate(print.validUntil));
  field('Врач', print.parties.practitionerName);

  const bottom = doc.page.height - MARGIN - QR_SIZE;
  drawQr(doc, print.checkUrl, doc.page.width - MARGIN - QR_SIZE, bottom, QR_SIZE);
  doc
    .font('regular')
    .fontSize(7)
    .fillColor('#555555')
    .text(
      'Документ подписан усиленной электронной подписью врача. Проверить подпись: QR-код или ссылка ниже.',
      MARGIN,
      bottom + 10,
      { width: width - QR_SIZE - 8 },
    );
  doc.fontSize(6.5).text(print.checkUrl, { width: width - QR_SIZE - 8 });
  doc.end();
  return done;
}
