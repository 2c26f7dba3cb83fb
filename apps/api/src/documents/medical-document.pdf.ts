import { russianDate } from '@talon/core/document-requests';
import { openPdf, type PdfOptions } from '@talon/db';
import { drawQr } from './ticket.pdf';

export const MARGIN = 50;

/** The clinic's requisites under its name: address, phone and ОГРН (each when the card has it). */
export const requisitesLine = (organization: {
  address: string | null;
  phone?: string | null;
  ogrn?: string | null;
}): string =>
  [
    organization.address,
    organization.phone ? `тел. ${organization.phone}` : null,
    organization.ogrn ? `ОГРН ${organization.ogrn}` : null,
  ]
    .filter(Boolean)
    .join(', ');
const QR_SIZE = 90;

/** What every medical document of a clinic prints at its head: who issued it, for whom, and its number. */
export interface MedicalDocumentHead {
  organization: { name: string; address: string; phone?: string | null; ogrn?: string | null };
  /** The form's official number, printed at the right (`Форма № 027/у`). */
  form?: string | null;
  title: string;
  number: string;
  issuedOn: string;
  /** Whom the document is about; a staff certificate names its employee through `field` instead. */
  patient?: { fullName: string; birthDate: string } | null;
  period?: { from: string; to: string } | null;
  author: string;
}

/**
 * An A4 medical document (certificates, extracts, what a practitioner writes): opens it and prints the clinic's
 * requisites, the title, number and date, the patient and the period. `field` prints one more «label: value»
 * line; `finish` prints who signed it and the QR code to the public check page at the foot of the last page.
 */
export function openMedicalDocument(head: MedicalDocumentHead, options: PdfOptions = {}) {
  const { doc, done } = openPdf(
    {
      size: 'A4',
      margin: MARGIN,
      info: { Title: `${head.title} № ${head.number}`, Author: head.author },
    },
    options,
  );
  const width = doc.page.width - MARGIN * 2;
  const { organization } = head;

  doc.font('bold').fontSize(10).text(organization.name, { width });
  doc.font('regular').fontSize(8.5).fillColor('#333333').text(requisitesLine(organization), { width });
  if (head.form) doc.text(head.form, { width, align: 'right' });
  doc.fillColor('#000000').moveDown(1.5);

  doc.font('bold').fontSize(14).text(head.title, { width, align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text(`№ ${head.number} от ${russianDate(head.issuedOn)}`, { width, align: 'center' })
    .moveDown(1.2);

  const field = (label: string, value: string) => {
    doc
      .font('regular')
      .fontSize(10)
      .text(`${label}: `, { continued: true, width })
      .font('bold')
      .text(value, { width });
  };
  if (head.patient) {
    field('Пациент', head.patient.fullName);
    field('Дата рождения', russianDate(head.patient.birthDate));
  }
  if (head.period) field('Период', `${russianDate(head.period.from)} — ${russianDate(head.period.to)}`);

  /** The signature line, the QR code and its address (for those who type it); ends the document. */
  const finish = (signedBy: string, checkUrl: string): Promise<Buffer> => {
    doc
      .font('regular')
      .fontSize(9)
      .text(`Документ подписан электронной подписью: ${signedBy}.`, MARGIN, doc.y, { width });
    if (doc.y > doc.page.height - MARGIN - QR_SIZE - 10) doc.addPage();
    const bottom = doc.page.height - MARGIN - QR_SIZE;
    drawQr(doc, checkUrl, MARGIN, bottom, QR_SIZE);
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
      .text(checkUrl, { width: width - QR_SIZE - 10 });
    doc.end();
    return done;
  };
  return { doc, width, field, finish };
}
