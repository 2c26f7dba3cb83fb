import type { ExternalId, MisSlotState } from '@talon/core/mis-schedules';
import { badRequest, unprocessable } from '../fhir-outcome';
import { CodeSystem } from '../identifier-systems';
import { isObject, type Json } from './fhir-elements';

/**
 * Reading a Slot or a Schedule a regional MIS pushes (docs/fhir.md «Schedules from a regional MIS»): each
 * element Talon uses is checked, a missing or wrong one refused with 422 naming it (`Slot.start`).
 */
const CODE = 'MIS_RESOURCE_INVALID';
const invalid = (message: string, path: string) => unprocessable(message, path, CODE);

/** FHIR's `instant`: a date and time with seconds and a zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const SLOT_STATES: Record<string, MisSlotState> = {
  free: 'free',
  busy: 'busy',
  'busy-unavailable': 'busy',
  'busy-tentative': 'busy',
};

/** `identifier=<system>|<value>` of a conditional update, both parts required. */
export function conditionalIdentifier(query: Record<string, unknown>): ExternalId {
  const names = Object.keys(query);
  const value = query.identifier;
  if (names.some((n) => n !== 'identifier') || typeof value !== 'string') {
    throw badRequest('Условное обновление: ожидается один параметр identifier=<system>|<value>.');
  }
  const bar = value.indexOf('|');
  const system = bar > 0 ? value.slice(0, bar) : '';
  const id = bar > 0 ? value.slice(bar + 1) : '';
  if (!system || !id) throw badRequest('Параметр identifier: ожидается <system>|<value>.');
  return { system, value: id };
}

/** The resource of the body, of `type`, whose `id` (if any) is the one addressed. */
export function bodyOf(body: unknown, type: string, id: string | null): Json {
  if (!isObject(body) || body.resourceType !== type) {
    throw badRequest(`Ожидается ресурс ${type} в формате JSON.`);
  }
  if (id !== null && body.id !== undefined && body.id !== id) {
    throw badRequest(`Идентификатор ресурса в теле (${String(body.id)}) не совпадает с адресом (${id}).`);
  }
  return body;
}

/**
 * The identifier the MIS gives the resource: the first with a system and a value; for a conditional update
 * the query's, which the body's (when present) must repeat.
 */
export function identifierOf(
  resource: Json,
  type: string,
  conditional: ExternalId | null,
): ExternalId | null {
  const list = resource.identifier;
  if (list !== undefined && !Array.isArray(list)) {
    throw invalid(`Элемент ${type}.identifier должен быть списком.`, `${type}.identifier`);
  }
  const found = (list ?? []).find(
    (i): i is { system: string; value: string } =>
      isObject(i) && typeof i.system === 'string' && typeof i.value === 'string' && i.value !== '',
  );
  if (conditional) {
    const listed = (list ?? []).filter(isObject);
    const repeats = listed.some((i) => i.system === conditional.system && i.value === conditional.value);
    if (listed.length > 0 && !repeats) {
      throw invalid(
        `Идентификатор ${type}.identifier не совпадает с параметром identifier запроса.`,
        `${type}.identifier`,
      );
    }
    return conditional;
  }
  return found ? { system: found.system, value: found.value } : null;
}

function instantAt(resource: Json, name: string, path: string): Date {
  const text = resource[name];
  const date = typeof text === 'string' && INSTANT.test(text) ? new Date(text) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw invalid(`Элемент ${path}: ожидается момент времени с часовым поясом.`, path);
  }
  return date;
}

/** The id of a Talon resource of `type` the reference names (`Schedule/<id>`, or an absolute URL of it). */
function referenceId(reference: unknown, type: string, path: string): string {
  const text = isObject(reference) ? reference.reference : undefined;
  const match = typeof text === 'string' ? new RegExp(`^(?:.*/)?${type}/(${UUID})$`).exec(text) : null;
  if (!match?.[1]) throw invalid(`Элемент ${path} должен ссылаться на ${type}/<id> Талона.`, path);
  return match[1];
}

export interface SlotPushBody {
  practitionerRoleId: string;
  startsAt: Date;
  endsAt: Date;
  state: MisSlotState;
}

/** The elements of a pushed Slot Talon keeps: its Schedule, status, start and end. */
export function readSlot(resource: Json): SlotPushBody {
  const practitionerRoleId = referenceId(resource.schedule, 'Schedule', 'Slot.schedule');
  const status = resource.status;
  const state = typeof status === 'string' ? SLOT_STATES[status] : undefined;
  if (!state) {
    throw invalid(
      `Элемент Slot.status: ожидается одно из ${Object.keys(SLOT_STATES).join(', ')}.`,
      'Slot.status',
    );
  }
  return {
    practitionerRoleId,
    state,
    startsAt: instantAt(resource, 'start', 'Slot.start'),
    endsAt: instantAt(resource, 'end', 'Slot.end'),
  };
}

/** A pushed Schedule's actors: a PractitionerRole, or a Practitioner with an optional Location. */
export interface ScheduleActors {
  practitionerRoleId: string | null;
  practitionerId: string | null;
  locationId: string | null;
  /** Talon's specialty code of `serviceType`, when one is given. */
  specialtyCode: string | null;
  active: boolean;
}

export function readSchedule(resource: Json): ScheduleActors {
  const actors = resource.actor;
  if (!Array.isArray(actors) || actors.length === 0) {
    throw invalid('Нет элемента Schedule.actor или он пуст.', 'Schedule.actor');
  }
  const ids: Record<string, string | null> = { PractitionerRole: null, Practitioner: null, Location: null };
  actors.forEach((actor, index) => {
    const text = isObject(actor) ? actor.reference : undefined;
    const type =
      typeof text === 'string'
        ? /(PractitionerRole|Practitioner|Location)\/[^/]+$/.exec(text)?.[1]
        : undefined;
    if (!type) {
      throw invalid(
        'Участник расписания: PractitionerRole/<id>, Practitioner/<id> или Location/<id> Талона.',
        `Schedule.actor[${index}]`,
      );
    }
    ids[type] = referenceId(actor, type, `Schedule.actor[${index}]`);
  });
  if (!ids.PractitionerRole && !ids.Practitioner) {
    throw invalid('Среди участников расписания нужен PractitionerRole или Practitioner.', 'Schedule.actor');
  }
  const active = resource.active ?? true;
  if (typeof active !== 'boolean')
    throw invalid('Элемент Schedule.active: true или false.', 'Schedule.active');
  return {
    practitionerRoleId: ids.PractitionerRole ?? null,
    practitionerId: ids.Practitioner ?? null,
    locationId: ids.Location ?? null,
    specialtyCode: specialtyOf(resource),
    active,
  };
}

/** `serviceType[0].coding` of Talon's specialty system, if any; another system is refused. */
function specialtyOf(resource: Json): string | null {
  const types = resource.serviceType;
  if (types === undefined) return null;
  const first = Array.isArray(types) ? types[0] : undefined;
  const codings = isObject(first) && Array.isArray(first.coding) ? first.coding : [];
  const coding = codings.find((c): c is Json => isObject(c) && c.system === CodeSystem.SPECIALTY);
  if (!coding || typeof coding.code !== 'string') {
    throw invalid(
      `Специальность расписания указывается кодом системы ${CodeSystem.SPECIALTY}.`,
      'Schedule.serviceType',
    );
  }
  return coding.code;
}
