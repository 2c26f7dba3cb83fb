import type { VisitType } from '../scheduling';
import { localDate, localTime } from '../shared';
import { zoneLabel } from './zone-label';

/** What every message about a visit says: when (clinic-local, with the zone), where, the code. */
export interface VisitFacts {
  appointmentId: string;
  code: string;
  startsAt: Date;
  timeZone: string;
  clinicName: string;
  clinicAddress?: string | null;
  room?: string | null;
  specialtyName?: string | null;
  /** A `video` visit names its room's link instead of the clinic's address and room (issue 17). */
  visitType?: VisitType;
}

/** `01.12.2026 в 09:00` on the clinic's clock. */
export function formatVisitTime(at: Date, timeZone: string): string {
  const [year, month, day] = localDate(at, timeZone).split('-');
  return `${day}.${month}.${year} в ${localTime(at, timeZone)}`;
}

/** The web app's path of a video visit's room; the worker makes it absolute for SMS and email. */
const roomPath = (appointmentId: string) => `/visit/${appointmentId}`;

/**
 * The template payload of a visit: the clinic-local time and its zone (`МСК+9`), clinic, room, specialty
 * and code — never the patient's name or a diagnosis (SMS may show on a locked screen). A video visit
 * carries `roomLink` (the room's path) and neither the clinic's address nor a room: nobody comes.
 */
export function visitPayload(visit: VisitFacts): Record<string, string> {
  const video = visit.visitType === 'video';
  return {
    appointmentId: visit.appointmentId,
    appointmentCode: visit.code,
    at: formatVisitTime(visit.startsAt, visit.timeZone),
    zone: zoneLabel(visit.timeZone, visit.startsAt),
    clinic: visit.clinicName,
    link: `/appointments/${visit.appointmentId}`,
    ...(video ? { roomLink: roomPath(visit.appointmentId) } : {}),
    ...(visit.clinicAddress && !video ? { address: visit.clinicAddress } : {}),
    ...(visit.room && !video ? { room: visit.room } : {}),
    ...(visit.specialtyName ? { specialty: visit.specialtyName } : {}),
  };
}
