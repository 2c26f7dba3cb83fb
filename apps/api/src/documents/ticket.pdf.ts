import type { TicketView } from '@talon/core/tickets';
import { openPdf, type PdfOptions } from '@talon/db';
import QRCode from 'qrcode';

const MARGIN = 22;
const QR_SIZE = 96;

/**
 * Draws the QR code as vector squares: sharp at any print size, and no image codec involved. Error
 * correction M survives a crease or a scratched phone screen.
 */
export function drawQr(doc: PDFKit.PDFDocument, payload: string, x: number, y: number, size: number) {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + quiet * 2);
  doc.save().fillColor('#000000');
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) {
        doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
      }
    }
  }
  doc.fill().restore();
}

/**
 * The ticket (талон) on one A6 page (docs/domain.md rule 20): patient, clinic, address, room, doctor, date and
 * time with the zone named, code, ticket number, and a QR code with the signed payload the clinic's
 * check-in verifies offline.
 */
export function renderTicketPdf(ticket: TicketView, options: PdfOptions = {}): Promise<Buffer> {
  const { doc, done } = openPdf(
    { size: 'A6', margin: MARGIN, info: { Title: `Талон № ${ticket.ticketNumber}`, Author: 'Талон' } },
    options,
  );

  const width = doc.page.width - MARGIN * 2;
  const field = (label: string, value: string) => {
    doc.font('regular').fontSize(6.5).fillColor('#555555').text(label, { width });
    doc.font('bold').fontSize(8.5).fillColor('#000000').text(value, { width }).moveDown(0.25);
  };

  doc.font('bold').fontSize(12).text('Талон на приём к врачу', { width });
  doc.font('regular').fontSize(8).text(`№ ${ticket.ticketNumber}`, { width }).moveDown(0.5);

  doc.font('bold').fontSize(15).text(`${ticket.date}  ${ticket.time}`, { width });
  doc.font('regular').fontSize(7).text(`Часовой пояс: ${ticket.timeZoneName}`, { width }).moveDown(0.5);

  field('Пациент', ticket.patientName);
  field('Врач', `${ticket.practitionerName}, ${ticket.specialty}`);
  field('Медицинская организация', ticket.organizationName);
  if (ticket.roomUrl) {
    // A video visit: nobody comes, the link is where the visit takes place (issue 17).
    field('Комната видеоприёма (открывается за 15 минут до начала)', ticket.roomUrl);
  } else {
    field('Адрес', ticket.address);
    field('Кабинет', ticket.room ?? 'уточните в регистратуре');
  }
  if (ticket.visitType !== 'приём в поликлинике') field('Вид приёма', ticket.visitType);

  // The code and the QR code share the bottom of the page, so the page never overflows onto a second.
  const bottom = doc.page.height - MARGIN - QR_SIZE;
  drawQr(doc, ticket.qrPayload, doc.page.width - MARGIN - QR_SIZE, bottom, QR_SIZE);
  const textWidth = width - QR_SIZE - 8;
  doc
    .font('regular')
    .fontSize(6.5)
    .fillColor('#555555')
    .text('Код записи', MARGIN, bottom + 18, {
      width: textWidth,
    });
  doc.font('bold').fontSize(14).fillColor('#000000').text(ticket.code, { width: textWidth });
  doc
    .font('regular')
    .fontSize(6)
    .fillColor('#555555')
    .text(
      `Покажите QR-код в регистратуре или инфомате.${ticket.phone ? ` Регистратура: ${ticket.phone}.` : ''}`,
      { width: textWidth },
    );

  doc.end();
  return done;
}
