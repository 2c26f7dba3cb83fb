import { badRequest, businessRule, FhirError } from '../fhir-outcome';
import type { FhirContext } from '../fhir-resource-handler';
import { isTalonId, type SearchQuery, single } from '../fhir-search-params';
import type { FhirResource } from '../fhir-types';
import { IdentifierSystem } from '../identifier-systems';

/** What a booking Appointment (create, `$hold`, `$book`) asks for. */
export interface BookingRequest {
  slotId: string;
  patient: { patientId: string } | { snils: string } | { oms: string };
  /** The client's identifier of the booking, `system|value`. */
  identifier: string | null;
  comment: string | undefined;
  /** `basedOn: [ServiceRequest/<id>]`: the referral (направление) the visit is booked on, as REST's `referralId`. */
  referralId: string | null;
}

interface Reference {
  reference?: string;
  type?: string;
  identifier?: { system?: string; value?: string };
}

function slotOf(body: FhirResource): string {
  const slots = (body.slot as Reference[] | undefined) ?? [];
  const [slot, extra] = slots;
  const id = slot?.reference?.startsWith('Slot/') ? slot.reference.slice('Slot/'.length) : undefined;
  if (extra || !id || !isTalonId(id)) throw badRequest('Appointment.slot: нужна одна ссылка вида Slot/<id>.');
  return id;
}

function patientOf(body: FhirResource): BookingRequest['patient'] {
  const participants = (body.participant as { actor?: Reference }[] | undefined) ?? [];
  for (const { actor } of participants) {
    if (actor?.reference?.startsWith('Patient/')) {
      const id = actor.reference.slice('Patient/'.length);
      if (!isTalonId(id)) break;
      return { patientId: id };
    }
    const { system, value } = actor?.identifier ?? {};
    if (value && system === IdentifierSystem.SNILS) return { snils: value };
    if (value && system === IdentifierSystem.ENP) return { oms: value };
  }
  throw badRequest(
    `Appointment.participant: нужен пациент — ссылка Patient/<id> или идентификатор СНИЛС (${IdentifierSystem.SNILS}) или ЕНП (${IdentifierSystem.ENP}).`,
  );
}

/**
 * `Appointment.basedOn`: at most one `ServiceRequest/<id>`, the id of a Talon referral (docs/booking.md rule 5);
 * whether it fits (the patient's, the specialty, valid, unused) is the booking's rule, as for REST.
 */
function referralOf(body: FhirResource): string | null {
  const basedOn = (body.basedOn as Reference[] | undefined) ?? [];
  if (basedOn.length === 0) return null;
  const [first, extra] = basedOn;
  const id = first?.reference?.startsWith('ServiceRequest/')
    ? first.reference.slice('ServiceRequest/'.length)
    : undefined;
  if (extra || !id || !isTalonId(id)) {
    throw badRequest('Appointment.basedOn: нужна одна ссылка на направление вида ServiceRequest/<id>.');
  }
  return id;
}

/** The first `identifier` of the Appointment as `system|value`; null when it has none. */
function identifierOf(body: FhirResource): string | null {
  const [first] = (body.identifier as { system?: string; value?: string }[] | undefined) ?? [];
  if (!first) return null;
  if (!first.system || !first.value || first.system.includes('|')) {
    throw badRequest('Appointment.identifier: нужны system и value.');
  }
  return `${first.system}|${first.value}`;
}

/**
 * The booking an Appointment asks for. Its `status` must be one of `statuses` (a create: `booked`), else 422;
 * the slot and the patient are required (400).
 */
export function bookingRequestOf(body: FhirResource, statuses: readonly string[]): BookingRequest {
  if (typeof body.status !== 'string' || !statuses.includes(body.status)) {
    throw businessRule(`Appointment.status: ожидается ${statuses.join(' или ')}.`);
  }
  return {
    slotId: slotOf(body),
    patient: patientOf(body),
    identifier: identifierOf(body),
    comment: typeof body.comment === 'string' ? body.comment : undefined,
    referralId: referralOf(body),
  };
}

/**
 * `If-None-Exist: identifier=system|value` with the identifier the body carries (they must agree); only
 * `identifier` is supported as the condition.
 */
export function conditionalIdentifier(conditional: SearchQuery, fromBody: string | null): string {
  for (const name of conditional.keys()) {
    if (name !== 'identifier') {
      throw new FhirError(
        400,
        'not-supported',
        'If-None-Exist: поддерживается только identifier=system|value.',
      );
    }
  }
  const value = single(conditional, 'identifier');
  if (!value?.includes('|') || value.startsWith('|') || value.endsWith('|')) {
    throw badRequest('If-None-Exist: ожидается identifier=system|value.');
  }
  if (fromBody && fromBody !== value) {
    throw badRequest('If-None-Exist и Appointment.identifier называют разные идентификаторы.');
  }
  return value;
}

/** The patient the request names; 422 when Talon has no such patient. */
export async function resolvePatient(context: FhirContext, request: BookingRequest): Promise<string> {
  const patientId = await context.booking.findPatient(context.client, request.patient);
  if (!patientId) {
    throw new FhirError(422, 'business-rule', 'Пациент не найден.', {}, { talonCode: 'PATIENT_NOT_FOUND' });
  }
  return patientId;
}
