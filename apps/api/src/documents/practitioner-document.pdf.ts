import type { PractitionerDocumentPrint } from '@talon/core/practitioner-documents';
import type { PdfOptions } from '@talon/db';
import { MARGIN, openMedicalDocument } from './medical-document.pdf';

/**
 * A document a practitioner wrote (issue 12 item 5) on A4: the clinic's requisites and the form's number,
 * the title, number and date, the patient, the period, each section under its heading, the author, and a
 * QR code to the public check page (`/check/<code>`) with its address printed beside it.
 */
export function renderPractitionerDocumentPdf(
  print: PractitionerDocumentPrint,
  options: PdfOptions = {},
): Promise<Buffer> {
  const { doc, width, finish } = openMedicalDocument(print, options);
  doc.moveDown(0.8);

  for (const section of print.sections) {
    if (doc.y > doc.page.height - MARGIN - 160) doc.addPage();
    doc.font('bold').fontSize(10.5).text(section.heading, MARGIN, doc.y, { width }).moveDown(0.2);
    doc.font('regular').fontSize(10).text(section.text, { width }).moveDown(0.7);
  }

  doc.moveDown(1);
  doc.font('regular').fontSize(10).text(`Врач: ${print.author}`, MARGIN, doc.y, { width });
  return finish(print.author, print.checkUrl);
}
