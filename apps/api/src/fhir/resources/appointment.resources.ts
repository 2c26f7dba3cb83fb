import type { ClientAppointmentCriteria } from '@talon/core/booking';
import { badRequest, businessRule } from '../fhir-outcome';
import type {
  FhirContext,
  FhirResourceHandler,
  FhirWriteResult,
  JsonPatchOperation,
} from '../fhir-resource-handler';
import { NO_MATCH } from '../fhir-resource-handler';
import { dateRange, referenceParam, type SearchQuery, single } from '../fhir-search-params';
import type { FhirResource } from '../fhir-types';
import {
  appointmentPatientId,
  FHIR_APPOINTMENT_STATUSES,
  talonStatusesOf,
  toAppointment,
} from '../mappers/appointment.mapper';
import { appointmentOperations } from './appointment-operations';
import { bookingRequestOf, conditionalIdentifier, resolvePatient } from './appointment-request';

const ACTOR_TYPES = ['Patient', 'Practitioner', 'PractitionerRole', 'Location'] as const;

/** The search's criteria; null when a condition can match nothing (an unknown status, two actors of a kind). */
function criteriaOf(query: SearchQuery, clientId: string): ClientAppointmentCriteria | null {
  const criteria: ClientAppointmentCriteria = {};
  const patient = single(query, 'patient');
  if (patient !== undefined) criteria.patientId = referenceParam('patient', patient, ['Patient']).id;
  const actor = single(query, 'actor');
  if (actor !== undefined) {
    const { type, id } = referenceParam('actor', actor, ACTOR_TYPES);
    if (type === 'Patient') {
      if (criteria.patientId && criteria.patientId !== id) return null;
      criteria.patientId = id;
    }
    if (type === 'Practitioner') criteria.practitionerId = id;
    if (type === 'PractitionerRole') criteria.practitionerRoleId = id;
    if (type === 'Location') criteria.locationId = id;
  }
  const slot = single(query, 'slot');
  if (slot !== undefined) criteria.slotId = referenceParam('slot', slot, ['Slot']).id;
  const status = single(query, 'status');
  if (status !== undefined) {
    if (!(FHIR_APPOINTMENT_STATUSES as readonly string[]).includes(status)) {
      throw badRequest(`Параметр status: ожидается одно из ${FHIR_APPOINTMENT_STATUSES.join(', ')}.`);
    }
    criteria.statuses = talonStatusesOf(status);
    if (criteria.statuses.length === 0) return null;
  }
  const date = dateRange('date', query.get('date') ?? []);
  if (date.from) criteria.startFrom = date.from;
  if (date.before) criteria.startBefore = date.before;
  const identifier = single(query, 'identifier');
  if (identifier !== undefined) criteria.clientIdentifier = { clientId, value: identifier };
  return criteria;
}

const written = (
  context: FhirContext,
  status: 200 | 201,
  appointment: Parameters<typeof toAppointment>[0],
) => ({
  status,
  resource: toAppointment(appointment, context.client.clientId),
  subjectPatientId: appointment.patientId,
});

/** The reason of a cancellation: the `cancelationReason`'s text, or its first coding's display or code. */
function reasonOf(concept: unknown): string | undefined {
  if (concept === undefined || concept === null) return undefined;
  const { text, coding } = concept as { text?: unknown; coding?: { display?: unknown; code?: unknown }[] };
  const value = text ?? coding?.[0]?.display ?? coding?.[0]?.code;
  if (typeof value !== 'string') throw badRequest('cancelationReason: ожидается CodeableConcept с text.');
  return value;
}

/** The one change a client may make to a booked visit: `status: cancelled` (with its reason). */
async function cancel(
  context: FhirContext,
  id: string,
  status: unknown,
  reason: unknown,
): Promise<FhirWriteResult> {
  if (status !== 'cancelled') {
    throw businessRule('Изменить можно только статус записи на cancelled (отмена) с cancelationReason.');
  }
  const appointment = await context.booking.cancel(context.client, {
    appointmentId: id,
    reason: reasonOf(reason),
  });
  return written(context, 200, appointment);
}

const PATCHABLE = new Set(['/status', '/cancelationReason']);

function patchValues(operations: JsonPatchOperation[]): { status?: unknown; reason?: unknown } {
  const values: { status?: unknown; reason?: unknown } = {};
  for (const { op, path, value } of operations) {
    if ((op !== 'replace' && op !== 'add') || !PATCHABLE.has(path)) {
      throw businessRule('PATCH: допускаются только replace/add для /status и /cancelationReason.');
    }
    if (path === '/status') values.status = value;
    else values.reason = value;
  }
  return values;
}

/**
 * Appointment (issue 14, item 3): read and search within the client's clinic, create by booking a slot
 * (conditional with `If-None-Exist: identifier=…`), cancel with `PUT`/`PATCH` (`status: cancelled`), and the
 * scheduling operations `$find`, `$hold` and `$book`. Every answer carries the patient for the audit.
 */
export const appointmentResource: FhirResourceHandler = {
  type: 'Appointment',
  async read(context, id) {
    const appointment = await context.booking.get(context.client, { id });
    return appointment ? toAppointment(appointment, context.client.clientId) : null;
  },
  searchParams: [
    { name: 'patient', type: 'reference', documentation: 'Patient/<id>' },
    {
      name: 'actor',
      type: 'reference',
      documentation: 'Patient/<id>, Practitioner/<id>, PractitionerRole/<id> или Location/<id>',
    },
    { name: 'date', type: 'date', documentation: 'Начало приёма: ge, gt, lt, le и момент с часовым поясом' },
    { name: 'status', type: 'token', documentation: FHIR_APPOINTMENT_STATUSES.join(' | ') },
    { name: 'slot', type: 'reference', documentation: 'Slot/<id>' },
    {
      name: 'identifier',
      type: 'token',
      documentation: 'Идентификатор записи, присвоенный этим клиентом: system|value',
    },
  ],
  async search(context, query, page) {
    const criteria = criteriaOf(query, context.client.clientId);
    if (!criteria) return NO_MATCH;
    const found = await context.booking.search(context.client, { criteria, page });
    return {
      matches: found.items.map((a) => toAppointment(a, context.client.clientId)),
      total: found.total,
    };
  },
  includes: {},
  subjectOf: appointmentPatientId,
  async create(context, body, conditional) {
    const request = bookingRequestOf(body, ['booked']);
    const identifier = conditional
      ? conditionalIdentifier(conditional, request.identifier)
      : request.identifier;
    const patientId = await resolvePatient(context, request);
    const { appointment, created } = await context.booking.book(context.client, {
      slotId: request.slotId,
      patientId,
      clientIdentifier: identifier,
      referralId: request.referralId,
      ...(request.comment === undefined ? {} : { reason: request.comment }),
    });
    return written(context, created ? 201 : 200, appointment);
  },
  update: (context, id, body: FhirResource) => {
    if (body.id !== undefined && body.id !== id) throw badRequest('Appointment.id не совпадает с адресом.');
    return cancel(context, id, body.status, body.cancelationReason);
  },
  patch: (context, id, operations) => {
    const { status, reason } = patchValues(operations);
    return cancel(context, id, status, reason);
  },
  operations: appointmentOperations,
};
