import { AuditAction } from '../audit';
import { parseOms, parseSnils } from '../identifiers';
import { type ClientPrincipal, clientAuditActor } from '../integration-clients';
import { DomainError } from '../shared';
import { BookingErrorCode } from './booking.errors';
import type { BookingRepos } from './booking.ports';
import type { SlotFacts } from './booking.types';
import type { BookingActor } from './booking-deps';
import { enqueueBookingMessage } from './booking-messages';
import { cancelRecord } from './cancel-appointment';
import { normalizeReason } from './cancellation';
import type {
  ClientAppointment,
  ClientAppointmentCriteria,
  ClientAppointmentPage,
  ClientBookingDeps,
} from './client-booking-deps';
import { holdFor } from './hold-slot';
import { placeAppointment } from './place-appointment';
import { inSlotTransaction } from './slot-taken';

/**
 * An integration client books for a patient through the channel `api` (issue 14, item 3): the rules of a
 * patient booking online (the slot's `internet` channel, notice, horizon, limits, attachment, quota,
 * no-shows) with no override, and the patient's own hold respected. The client is named in the audit.
 */
function clientActor(patientId: string): BookingActor {
  return {
    patientId,
    channel: 'api',
    bookedByKind: 'integration_client',
    basis: 'organization',
    view: 'booking',
    holderIds: [patientId],
    isRegistrar: false,
  };
}

/** A client of one clinic books and sees only that clinic's slots and visits; a region-wide one, all. */
const withinClient = (client: ClientPrincipal, organizationId: string) =>
  client.organizationId === null || client.organizationId === organizationId;

/** The slot, as "not found" when it lies outside the client's clinic (as the registry's other clinics). */
async function clientSlot(
  deps: ClientBookingDeps,
  client: ClientPrincipal,
  slotId: string,
): Promise<SlotFacts | null> {
  const slot = await deps.store.read((repos) => repos.booking.findSlot(slotId));
  return slot && withinClient(client, slot.organizationId) ? slot : null;
}

async function oneAppointment(
  deps: ClientBookingDeps,
  client: ClientPrincipal,
  criteria: ClientAppointmentCriteria,
): Promise<ClientAppointment | null> {
  const scope = client.organizationId ? { organizationId: client.organizationId } : {};
  const page = await deps.clientReads.appointments({ ...criteria, ...scope }, { offset: 0, count: 1 });
  return page.items[0] ?? null;
}

const auditClient = (
  repos: Pick<BookingRepos, 'audit'>,
  client: ClientPrincipal,
  entry: { action: AuditAction; patientId: string; appointmentId: string; at: Date; details: object },
) => {
  const actor = clientAuditActor(client);
  return repos.audit.record({
    action: entry.action,
    outcome: 'success',
    actorAccountId: actor.actorAccountId,
    actorRole: actor.actorRole,
    subjectPatientId: entry.patientId,
    recordType: 'appointment',
    recordId: entry.appointmentId,
    details: { ...actor.details, ...entry.details },
    occurredAt: entry.at,
  });
};

/**
 * The patient a client names: by id, or by SNILS or OMS policy number through their keyed hashes (the
 * numbers themselves are never stored). Null when there is none or the number is malformed.
 */
export async function findClientPatient(
  deps: ClientBookingDeps,
  _client: ClientPrincipal,
  input: { patientId: string } | { snils: string } | { oms: string },
): Promise<string | null> {
  if ('patientId' in input) {
    return (await deps.clientReads.patientExists(input.patientId)) ? input.patientId : null;
  }
  const kind = 'snils' in input ? 'snils' : 'oms';
  const parsed = 'snils' in input ? parseSnils(input.snils) : parseOms(input.oms);
  if (!parsed.ok) return null;
  return deps.clientReads.patientIdByHashes(kind, deps.lookupHashes(parsed.value));
}

/**
 * Books a slot for a patient (docs/booking.md, the same use case path as the cabinet's: one conditional
 * UPDATE, the unique partial index, the ticket, the message). `clientIdentifier` makes a retry safe: an
 * appointment the client already booked under it is returned (`created: false`) and nothing is made, also
 * when two retries race (the unique index on client and identifier decides).
 */
export async function bookForClient(
  deps: ClientBookingDeps,
  client: ClientPrincipal,
  input: {
    slotId: string;
    patientId: string;
    clientIdentifier: string | null;
    reason?: string;
    /** The referral it is booked on (FHIR `basedOn`): checked and used up as REST's `referralId`. */
    referralId?: string | null;
  },
): Promise<{ appointment: ClientAppointment; created: boolean }> {
  const byIdentifier = input.clientIdentifier
    ? { clientIdentifier: { clientId: client.clientId, value: input.clientIdentifier } }
    : null;
  const earlier = byIdentifier ? await oneAppointment(deps, client, byIdentifier) : null;
  if (earlier) return { appointment: earlier, created: false };
  const now = deps.clock.now();
  const slot = await clientSlot(deps, client, input.slotId);
  const actor = clientActor(input.patientId);
  const id = await inSlotTransaction(
    deps.store,
    { slot, actor, now, canOverride: false, numbersTicket: true },
    async (repos, slot, ticketSequence) => {
      const placed = await placeAppointment(repos, deps, {
        slot,
        actor,
        ticketSequence,
        accountId: null,
        client: { id: client.clientId, identifier: input.clientIdentifier },
        now,
        referralId: input.referralId ?? null,
        reason: normalizeReason(input.reason),
        overrideReason: null,
      });
      const view = (await repos.booking.view(placed.id))!;
      await enqueueBookingMessage(repos, view, 'booking.confirmed', null);
      await auditClient(repos, client, {
        action: AuditAction.APPOINTMENT_BOOK,
        patientId: actor.patientId,
        appointmentId: placed.id,
        at: now,
        details: { slotId: slot.id, channel: actor.channel, code: view.code },
      });
      return placed.id;
    },
    // A retry that lost to its own first attempt gets that appointment, never a second one (rule 2).
    async (slot) => {
      const retried = byIdentifier ? await oneAppointment(deps, client, byIdentifier) : null;
      if (retried) return `existing:${retried.id}`;
      const existing = await deps.store.read((repos) => repos.booking.activeInSlot(slot.id));
      return existing?.patientId === actor.patientId ? `existing:${existing.id}` : null;
    },
  );
  const created = !id.startsWith('existing:');
  const appointment = await oneAppointment(deps, client, { ids: [id.replace('existing:', '')] });
  return { appointment: appointment!, created };
}

/** Holds a slot for the patient for the booking policy's minutes (`$hold`); booking it is then theirs alone. */
export async function holdForClient(
  deps: ClientBookingDeps,
  client: ClientPrincipal,
  input: { slotId: string; patientId: string },
): Promise<{ slotId: string; heldUntil: Date }> {
  const slot = await clientSlot(deps, client, input.slotId);
  return holdFor(deps, slot, clientActor(input.patientId), deps.clock.now());
}

/**
 * Cancels a visit at the patient's request (FHIR `status: cancelled`): the patient's cancellation rules —
 * not once begun, a reason inside the clinic's window — counted as the front desk's (`registry`).
 */
export async function cancelForClient(
  deps: ClientBookingDeps,
  client: ClientPrincipal,
  input: { appointmentId: string; reason?: string },
): Promise<ClientAppointment> {
  const record = await deps.store.read((repos) => repos.booking.findAppointment(input.appointmentId));
  if (!record || !withinClient(client, record.organizationId)) {
    throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  }
  const now = deps.clock.now();
  await cancelRecord(deps, record, {
    reason: input.reason,
    cancelledByKind: 'registry',
    accountId: null,
    audit: (repos) =>
      auditClient(repos, client, {
        action: AuditAction.APPOINTMENT_CANCEL,
        patientId: record.patientId,
        appointmentId: record.id,
        at: now,
        details: { slotId: record.slotId, channel: 'api' },
      }),
  });
  return (await oneAppointment(deps, client, { ids: [record.id] }))!;
}

/** One appointment of the client's clinic (any, for a region-wide client); null when none. */
export function getClientAppointment(
  deps: ClientBookingDeps,
  client: ClientPrincipal,
  input: { id: string },
): Promise<ClientAppointment | null> {
  return oneAppointment(deps, client, { ids: [input.id] });
}

/** A page of the appointments matching the criteria, within the client's clinic. */
export function searchClientAppointments(
  deps: ClientBookingDeps,
  client: ClientPrincipal,
  input: { criteria: ClientAppointmentCriteria; page: { offset: number; count: number } },
): Promise<ClientAppointmentPage> {
  const scope = client.organizationId ? { organizationId: client.organizationId } : {};
  return deps.clientReads.appointments({ ...input.criteria, ...scope }, input.page);
}
