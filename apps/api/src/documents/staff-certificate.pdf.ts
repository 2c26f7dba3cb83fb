import type { StaffCertificateContent } from '@talon/core/staff-applications';
import type { PdfOptions } from '@talon/db';
import { openMedicalDocument } from './medical-document.pdf';

/**
 * A staff certificate on A4 (issue 12 item 9): the clinic's requisites, the title and number, the employee,
 * the facts from the clinic's records, the statement, the signature line and the QR code to the public check.
 */
export function renderStaffCertificatePdf(
  content: StaffCertificateContent,
  options: PdfOptions = {},
): Promise<Buffer> {
  const { doc, width, field, finish } = openMedicalDocument(
    { ...content, author: content.organization.name },
    options,
  );
  field('Сотрудник', content.employee);
  for (const line of content.lines) field(line.label, line.value);
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10).text(content.statement, { width }).moveDown(1.5);
  return finish(content.signedBy, content.checkUrl);
}
