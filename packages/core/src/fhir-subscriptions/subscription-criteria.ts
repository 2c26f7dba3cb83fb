import type { AppointmentStatus } from '@talon/vocabulary';

/** The actor types a subscription may name (`Appointment?actor=<Type>/<id>`). */
export const SUBSCRIPTION_ACTOR_TYPES = ['Practitioner', 'PractitionerRole', 'Location'] as const;
export type SubscriptionActorType = (typeof SUBSCRIPTION_ACTOR_TYPES)[number];

/**
 * Talon's appointment statuses behind each R4 `Appointment.status` code a criteria may name. `confirmed` is
 * still `booked` in R4; a rescheduled visit is cancelled (its successor is a new appointment).
 */
export const FHIR_APPOINTMENT_STATUSES: Readonly<Record<string, readonly AppointmentStatus[]>> = {
  booked: ['booked', 'confirmed'],
  arrived: ['arrived'],
  fulfilled: ['fulfilled'],
  cancelled: ['cancelled_by_patient', 'cancelled_by_clinic', 'rescheduled'],
  noshow: ['noshow'],
};

/** A parsed `Subscription.criteria`: each field null when the criteria leaves it open. */
export interface SubscriptionCriteria {
  actor: { type: SubscriptionActorType; id: string } | null;
  patientId: string | null;
  /** Talon statuses the appointment must have after the change; null: any. */
  statuses: readonly AppointmentStatus[] | null;
}

/** The part of an appointment a criteria looks at, after a change. */
export interface AppointmentFacts {
  practitionerId: string;
  practitionerRoleId: string;
  locationId: string | null;
  patientId: string;
  status: AppointmentStatus;
}

export type CriteriaResult = { ok: true; criteria: SubscriptionCriteria } | { ok: false; problem: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PREFIX = 'Appointment?';

/**
 * Reads `Appointment?actor=Practitioner/<id>&patient=<id>&status=booked,cancelled` (issue 14 item 5). Only
 * `actor` (Practitioner, PractitionerRole or Location), `patient` (`Patient/<id>` or `<id>`) and `status`
 * (a comma list of R4 codes) are understood, each at most once, and `actor` or `patient` is required so
 * that nobody subscribes to every visit of the region. The problem is a Russian sentence for the client.
 */
export function parseSubscriptionCriteria(text: string): CriteriaResult {
  const fail = (problem: string): CriteriaResult => ({ ok: false, problem });
  if (!text.startsWith(PREFIX)) return fail('Подписка возможна только на Appointment?<параметры>.');
  const criteria: { -readonly [K in keyof SubscriptionCriteria]: SubscriptionCriteria[K] } = {
    actor: null,
    patientId: null,
    statuses: null,
  };
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(text.slice(PREFIX.length))) {
    if (seen.has(name)) return fail(`Параметр ${name} повторяется.`);
    seen.add(name);
    if (name === 'actor') {
      const [type, id, extra] = value.split('/');
      if (!SUBSCRIPTION_ACTOR_TYPES.includes(type as SubscriptionActorType) || !id || extra !== undefined) {
        return fail('actor должен быть Practitioner/<id>, PractitionerRole/<id> или Location/<id>.');
      }
      if (!UUID.test(id)) return fail(`Неизвестный идентификатор ${value}.`);
      criteria.actor = { type: type as SubscriptionActorType, id: id.toLowerCase() };
    } else if (name === 'patient') {
      const id = value.startsWith('Patient/') ? value.slice('Patient/'.length) : value;
      if (!UUID.test(id)) return fail('patient должен быть Patient/<id>.');
      criteria.patientId = id.toLowerCase();
    } else if (name === 'status') {
      const codes = value.split(',');
      const unknown = codes.find((code) => !(code in FHIR_APPOINTMENT_STATUSES));
      if (unknown !== undefined) return fail(`Статус ${unknown} не поддерживается.`);
      criteria.statuses = [...new Set(codes.flatMap((code) => FHIR_APPOINTMENT_STATUSES[code] ?? []))];
    } else {
      return fail(`Параметр ${name} не поддерживается: только actor, patient и status.`);
    }
  }
  if (!criteria.actor && !criteria.patientId) return fail('Нужен параметр actor или patient.');
  return { ok: true, criteria };
}

/**
 * Whether an appointment, as it is after a change, matches a criteria. The database trigger of migration
 * 0040 applies the same test in SQL to write the notifications in the transaction of the change; this is
 * its reference, which the integration test holds the trigger to.
 */
export function matchesCriteria(criteria: SubscriptionCriteria, appointment: AppointmentFacts): boolean {
  const { actor, patientId, statuses } = criteria;
  if (actor) {
    const actual =
      actor.type === 'Practitioner'
        ? appointment.practitionerId
        : actor.type === 'PractitionerRole'
          ? appointment.practitionerRoleId
          : appointment.locationId;
    if (actual !== actor.id) return false;
  }
  if (patientId && appointment.patientId !== patientId) return false;
  return !statuses || statuses.includes(appointment.status);
}
