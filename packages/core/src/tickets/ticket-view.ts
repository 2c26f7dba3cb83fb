import { localDate, localTime } from '../slot-search';
import type { TicketRecord, TicketView } from './tickets.types';
import { timeZoneName } from './time-zone-names';

const VISIT_TYPES: Record<TicketRecord['visitType'], string> = {
  in_person: 'приём в поликлинике',
  video: 'видеоконсультация',
  home: 'вызов врача на дом',
};

const fullName = (p: { surname: string; name: string; patronymic: string | null }) =>
  [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');

/** `2026-12-01` → `01.12.2026`, as Russian documents write dates. */
const russianDate = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Builds what the ticket shows from the stored appointment; `qrPayload` is already signed, `baseUrl` is the
 * installation's public address (a video visit's room is `<baseUrl>/visit/<id>`).
 */
export function buildTicketView(record: TicketRecord, qrPayload: string, baseUrl: string): TicketView {
  const zone = record.organization.timeZone;
  const video = record.visitType === 'video';
  const room =
    !video && record.room
      ? `каб. ${record.room}${record.floor !== null ? `, ${record.floor} этаж` : ''}`
      : null;
  return {
    appointmentId: record.appointmentId,
    patientId: record.patientId,
    code: record.code,
    ticketNumber: record.ticketNumber,
    patientName: fullName(record.patient),
    organizationName: record.organization.name,
    address: record.organization.address,
    phone: record.organization.phone,
    room,
    roomUrl: video ? `${baseUrl.replace(/\/$/, '')}/visit/${record.appointmentId}` : null,
    practitionerName: fullName(record.practitioner),
    specialty: record.specialty,
    visitType: VISIT_TYPES[record.visitType],
    date: russianDate(localDate(record.startsAt, zone)),
    time: `${localTime(record.startsAt, zone)}–${localTime(record.endsAt, zone)}`,
    timeZoneName: timeZoneName(record.startsAt, zone),
    timeZone: zone,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    qrPayload,
  };
}
