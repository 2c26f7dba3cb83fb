import type { VisitType } from '../scheduling';

/** An appointment with everything its ticket (талон) shows, as storage returns it. */
export interface TicketRecord {
  appointmentId: string;
  patientId: string;
  /** The clinic of the visit: the registry reads only its own clinics' tickets (issue 13). */
  organizationId: string;
  status: string;
  code: string;
  ticketNumber: string;
  startsAt: Date;
  endsAt: Date;
  visitType: VisitType;
  patient: { surname: string; name: string; patronymic: string | null };
  organization: { name: string; shortName: string; address: string; phone: string | null; timeZone: string };
  room: string | null;
  floor: number | null;
  practitioner: { surname: string; name: string; patronymic: string | null };
  specialty: string;
}

/** What a ticket shows (docs/domain.md rule 20), ready to print: texts in Russian, times in the clinic's zone. */
export interface TicketView {
  appointmentId: string;
  /** Whose visit it is (for the audit log; never printed). */
  patientId: string;
  code: string;
  ticketNumber: string;
  patientName: string;
  organizationName: string;
  address: string;
  phone: string | null;
  /** `каб. 214, 2 этаж`, or null when the room is not known (and for a video visit). */
  room: string | null;
  /**
   * A video visit's room, `<PUBLIC_URL>/visit/<id>` (issue 17): the ticket names it instead of the address,
   * and the room. Null for a visit in person.
   */
  roomUrl: string | null;
  practitionerName: string;
  specialty: string;
  visitType: string;
  /** `01.12.2026`, the clinic-local date. */
  date: string;
  /** `09:00–09:30`, clinic-local. */
  time: string;
  /** The zone in words with its offset and IANA name, e.g. `калининградское время, UTC+2 (Europe/Kaliningrad)`. */
  timeZoneName: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  /** Signed `appointmentId.signature` for the QR code; the clinic verifies it offline. */
  qrPayload: string;
}

/** What the ticket use cases need from storage; implemented in the db package. */
export interface TicketsRepository {
  findTicket(appointmentId: string): Promise<TicketRecord | null>;
}

/** What emailing a ticket needs from storage, on one transaction (implemented in the db package). */
export interface TicketEmailRepository {
  /** The account's email (confirmed when it was set), null when it has none. */
  accountEmail(accountId: string): Promise<string | null>;
  /** Locks the appointment's row, so that concurrent sends of one ticket are counted one after another. */
  lockAppointment(appointmentId: string): Promise<void>;
  /** When the ticket of the appointment was emailed since `since`, oldest first. */
  sentSince(appointmentId: string, since: Date): Promise<Date[]>;
}
