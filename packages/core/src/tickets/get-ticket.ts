import { type AccessDeps, AccessErrorCode, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError, isDomainError } from '../shared';
import { buildTicketView } from './ticket-view';
import { TicketErrorCode } from './tickets.errors';
import type { TicketsRepository, TicketView } from './tickets.types';

export interface TicketDeps {
  tickets: TicketsRepository;
  access: AccessDeps;
  /**
   * Signs the QR payload of an appointment starting at `startsAt` (`signTicketPayload` with the
   * installation's key, valid until `ticketPayloadExpiry(startsAt)`).
   */
  signPayload(appointmentId: string, startsAt: Date): string;
}

/** Appointments whose ticket still admits the patient: booked, confirmed, or already arrived. */
const VALID_STATUSES = new Set(['booked', 'confirmed', 'arrived']);

/**
 * The ticket of an appointment for the caller (DESIGN rule 20): the patient, a representative or the
 * registry under the access policy. Someone else's appointment is "not found", exactly like a missing one
 * (the refusal is audited by the policy). A cancelled or moved appointment has no valid ticket.
 */
export async function getTicket(
  deps: TicketDeps,
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin },
): Promise<TicketView> {
  const { appointmentId, origin } = input;
  const record = await deps.tickets.findTicket(appointmentId);
  if (!record) throw new DomainError(TicketErrorCode.TICKET_NOT_FOUND);
  try {
    await authorizePatient(deps.access, principal, record.patientId, 'read', origin);
  } catch (error) {
    if (isDomainError(error) && error.code === AccessErrorCode.PATIENT_NOT_FOUND) {
      throw new DomainError(TicketErrorCode.TICKET_NOT_FOUND);
    }
    throw error;
  }
  if (!VALID_STATUSES.has(record.status)) {
    throw new DomainError(TicketErrorCode.TICKET_NOT_AVAILABLE, { params: { status: record.status } });
  }
  return buildTicketView(record, deps.signPayload(record.appointmentId, record.startsAt));
}
