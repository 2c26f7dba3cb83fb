import { randomUUID } from 'node:crypto';
import type { InteropSlot } from '@talon/core/interop';
import { badRequest } from '../fhir-outcome';
import type { FhirContext, FhirOperation } from '../fhir-resource-handler';
import { MAX_COUNT, referenceParam, tokenParam } from '../fhir-search-params';
import type { FhirResource } from '../fhir-types';
import { reference } from '../fhir-types';
import { CodeSystem } from '../identifier-systems';
import { toAppointment } from '../mappers/appointment.mapper';
import { specialtyConcept } from '../mappers/directory.mapper';
import { toSlot } from '../mappers/scheduling.mapper';
import { bookingRequestOf, resolvePatient } from './appointment-request';

/** The IHE ITI Scheduling operations' definitions (the ones Medplum's scheduling follows too). */
const DEFINITION = 'https://profiles.ihe.net/ITI/Scheduling/OperationDefinition';

interface Parameter {
  name: string;
  resource?: FhirResource;
  valueString?: string;
  valueDateTime?: string;
  valueInstant?: string;
  valueDate?: string;
  valueInteger?: number;
  valueReference?: { reference?: string };
  valueCoding?: { system?: string; code?: string };
  valueCodeableConcept?: { coding?: { system?: string; code?: string }[] };
}

const parametersOf = (body: FhirResource) => (body.parameter as Parameter[] | undefined) ?? [];
const named = (body: FhirResource, name: string) => parametersOf(body).find((p) => p.name === name);

function instantOf(body: FhirResource, name: string): Date | undefined {
  const p = named(body, name);
  const text = p?.valueDateTime ?? p?.valueInstant ?? p?.valueDate ?? p?.valueString;
  if (text === undefined) return undefined;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw badRequest(`Параметр ${name}: ожидается дата и время.`);
  return at;
}

/** `service-type` or `specialty`: a code, a Coding or a CodeableConcept of Talon's specialties. */
function specialtyOf(body: FhirResource): string | null | undefined {
  const p = named(body, 'service-type') ?? named(body, 'specialty');
  if (!p) return undefined;
  const coding = p.valueCoding ?? p.valueCodeableConcept?.coding?.[0];
  const text = coding ? `${coding.system ?? ''}|${coding.code ?? ''}` : p.valueString;
  if (!text) throw badRequest(`Параметр ${p.name}: ожидается код специальности.`);
  return tokenParam(p.name, text.startsWith('|') ? text.slice(1) : text, CodeSystem.SPECIALTY);
}

function actorOf(body: FhirResource, name: string, type: string): string | undefined {
  const p = named(body, name);
  const text = p?.valueReference?.reference ?? p?.valueString;
  return text === undefined ? undefined : referenceParam(name, text, [type]).id;
}

/** A free slot as the Appointment a `$book` (or a create) would make of it: `proposed`, with its slot. */
function proposed(slot: InteropSlot): FhirResource {
  return {
    resourceType: 'Appointment',
    status: 'proposed',
    serviceType: [specialtyConcept(slot.specialty)],
    start: slot.startsAt.toISOString(),
    end: slot.endsAt.toISOString(),
    slot: [reference('Slot', slot.id)],
    participant: [{ actor: reference('PractitionerRole', slot.practitionerRoleId), status: 'needs-action' }],
  };
}

const entry = (resource: FhirResource, fullUrl: string, mode?: 'match' | 'include') => ({
  fullUrl,
  resource,
  ...(mode ? { search: { mode } } : {}),
});

/**
 * `$find`: free slots between `start` and `end` (required), of a `service-type`, a `practitioner` or a
 * `location`, as proposed Appointments with their Slots; at most `_count` (20, up to 100).
 */
async function find({ reads, now }: FhirContext, body: FhirResource) {
  const start = instantOf(body, 'start');
  const end = instantOf(body, 'end');
  if (!start || !end || end <= start) throw badRequest('$find: нужны start и end (end позже start).');
  const specialtyCode = specialtyOf(body);
  const count = Math.min(Math.max(named(body, '_count')?.valueInteger ?? 20, 1), MAX_COUNT);
  const slots =
    specialtyCode === null
      ? { items: [], total: 0 }
      : await reads.slots(
          {
            specialtyCode,
            practitionerId: actorOf(body, 'practitioner', 'Practitioner'),
            locationId: actorOf(body, 'location', 'Location'),
            startFrom: start,
            startBefore: end,
            status: 'free',
          },
          { offset: 0, count },
          now,
        );
  const entries = slots.items.flatMap((slot) => [
    entry(proposed(slot), `urn:uuid:${randomUUID()}`, 'match'),
    entry(toSlot(slot), `urn:uuid:${slot.id}`, 'include'),
  ]);
  return {
    status: 200 as const,
    resource: {
      resourceType: 'Bundle',
      type: 'searchset',
      total: slots.total,
      ...(entries.length ? { entry: entries } : {}),
    },
    subjectPatientId: null,
  };
}

/** The Appointment of `$hold`/`$book`: `appointment-resource` (IHE) or `appointment` (Medplum). */
function appointmentParameter(body: FhirResource): FhirResource {
  const resource = (named(body, 'appointment-resource') ?? named(body, 'appointment'))?.resource;
  if (resource?.resourceType !== 'Appointment') {
    throw badRequest('Нужен параметр appointment-resource с ресурсом Appointment.');
  }
  return resource;
}

/**
 * `$hold`: holds the slot for the patient for the booking policy's minutes (the hold of the patients' own
 * booking: nobody else may book or hold it meanwhile). Answers a Bundle with the `pending` Appointment and
 * an OperationOutcome saying until when.
 */
async function hold(context: FhirContext, body: FhirResource) {
  const request = bookingRequestOf(appointmentParameter(body), ['proposed', 'pending']);
  const patientId = await resolvePatient(context, request);
  const held = await context.booking.hold(context.client, { slotId: request.slotId, patientId });
  const [slot] = (await context.reads.slots({ ids: [held.slotId] }, { offset: 0, count: 1 }, context.now))
    .items;
  const pending = {
    ...proposed(slot!),
    status: 'pending',
    participant: [
      { actor: reference('Patient', patientId), status: 'accepted' },
      { actor: reference('PractitionerRole', slot!.practitionerRoleId), status: 'accepted' },
    ],
  };
  const note = {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'information',
        code: 'informational',
        diagnostics: `Талон удерживается до ${held.heldUntil.toISOString()}; запишите пациента операцией $book.`,
      },
    ],
  };
  return {
    status: 200 as const,
    resource: {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [entry(pending, `urn:uuid:${randomUUID()}`), entry(note, `urn:uuid:${randomUUID()}`)],
    },
    subjectPatientId: patientId,
  };
}

/**
 * `$book`: books the held (or proposed) Appointment as a create does — the same rules, the patient's hold
 * respected, its `identifier` making a retry safe — and answers a Bundle with the booked Appointment.
 */
async function book(context: FhirContext, body: FhirResource) {
  const request = bookingRequestOf(appointmentParameter(body), ['proposed', 'pending', 'booked']);
  const patientId = await resolvePatient(context, request);
  const { appointment } = await context.booking.book(context.client, {
    slotId: request.slotId,
    patientId,
    clientIdentifier: request.identifier,
    referralId: request.referralId,
    ...(request.comment === undefined ? {} : { reason: request.comment }),
  });
  const resource = toAppointment(appointment, context.client.clientId);
  return {
    status: 200 as const,
    resource: {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [entry(resource, `urn:uuid:${appointment.id}`)],
    },
    subjectPatientId: patientId,
  };
}

export const appointmentOperations: Readonly<Record<string, FhirOperation>> = {
  find: {
    scope: { type: 'Slot', permission: 's' },
    definition: `${DEFINITION}/appointment-find`,
    documentation:
      'Свободные талоны (start, end, service-type, practitioner, location) как предложенные записи',
    run: find,
  },
  hold: {
    scope: { type: 'Appointment', permission: 'c' },
    definition: `${DEFINITION}/appointment-hold`,
    documentation: 'Удержание талона для пациента на время подтверждения (как удержание в кабинете)',
    run: hold,
  },
  book: {
    scope: { type: 'Appointment', permission: 'c' },
    definition: `${DEFINITION}/appointment-book`,
    documentation: 'Запись на удержанный или предложенный талон по тем же правилам, что и создание',
    run: book,
  },
};
