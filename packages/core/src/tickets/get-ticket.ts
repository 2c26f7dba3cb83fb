import {
  type AccessBasis,
  type AccessDeps,
  AccessErrorCode,
  auditReadsOf,
  authorizePatient,
} from '../access';
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
  /** The public address of the installation: the PDF and calendar links, a video visit's room. */
  baseUrl: string;
}

/** Appointments whose ticket still admits the patient: booked, confirmed, or already arrived. */
const VALID_STATUSES = new Set(['booked', 'confirmed', 'arrived']);

/**
 * The ticket of an appointment for the caller (docs/domain.md rule 20): the patient, a representative, a
 * booking-consent proxy, staff in care, or the registry of the visit's clinic, under the access policy.
 * The ticket carries no medical field (no reason, no diagnosis), so its booking view is the ticket itself
 * (docs/domain.md rule 24). Someone else's appointment is "not found", exactly like a missing one (the
 * refusal is audited by the policy). A cancelled or moved appointment has no valid ticket.
 * A ticket read by anyone but the patient is audited (it names the patient, the clinic and the doctor).
 */
export async function getTicket(
  deps: TicketDeps,
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin },
): Promise<TicketView> {
  const { appointmentId, origin } = input;
  const record = await deps.tickets.findTicket(appointmentId);
  if (!record) throw new DomainError(TicketErrorCode.TICKET_NOT_FOUND);
  let basis: AccessBasis;
  try {
    basis = await authorizePatient(deps.access, principal, record.patientId, 'read', origin, {
      organizationId: record.organizationId,
    });
  } catch (error) {
    if (isDomainError(error) && error.code === AccessErrorCode.PATIENT_NOT_FOUND) {
      throw new DomainError(TicketErrorCode.TICKET_NOT_FOUND);
    }
    throw error;
  }
  if (!VALID_STATUSES.has(record.status)) {
    throw new DomainError(TicketErrorCode.TICKET_NOT_AVAILABLE, { params: { status: record.status } });
  }
  if (basis !== 'self') {
    await auditReadsOf(deps.access, principal, {
      reads: [{ patientId: record.patientId, basis, recordId: record.appointmentId }],
      action: 'record.read',
      recordType: 'ticket',
      origin,
    });
  }
  return buildTicketView(record, deps.signPayload(record.appointmentId, record.startsAt), deps.baseUrl);
}
