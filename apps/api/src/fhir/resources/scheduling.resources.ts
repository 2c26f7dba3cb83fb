import {
  INTEROP_SLOT_STATUSES,
  type InteropSlotStatus,
  type PractitionerRoleCriteria,
} from '@talon/core/interop';
import { badRequest } from '../fhir-outcome';
import {
  allOf,
  type FhirResourceHandler,
  first,
  mapped,
  NO_MATCH,
  ONE,
  referencedIds,
} from '../fhir-resource-handler';
import { dateRange, referenceParam, type SearchQuery, single, tokenParam } from '../fhir-search-params';
import { CodeSystem } from '../identifier-systems';
import { toPractitioner, toPractitionerRole } from '../mappers/directory.mapper';
import { toSchedule, toSlot } from '../mappers/scheduling.mapper';

const ACTOR_TYPES = ['Practitioner', 'PractitionerRole', 'Location'] as const;

/** A Schedule's actor as the role criteria it stands for. */
function actorCriteria(name: string, value: string): PractitionerRoleCriteria {
  const actor = referenceParam(name, value, ACTOR_TYPES);
  if (actor.type === 'Practitioner') return { practitionerId: actor.id };
  if (actor.type === 'Location') return { locationId: actor.id };
  return { ids: [actor.id] };
}

/** `service-type=[system|]code`: undefined when absent, null when its system is not Talon's. */
function serviceType(query: SearchQuery): string | null | undefined {
  const value = single(query, 'service-type');
  return value === undefined ? undefined : tokenParam('service-type', value, CodeSystem.SPECIALTY);
}

const serviceTypeParameter = {
  name: 'service-type',
  type: 'token',
  documentation: `Специальность: ${CodeSystem.SPECIALTY}|<код>`,
} as const;

export const scheduleResource: FhirResourceHandler = {
  type: 'Schedule',
  read: async ({ reads }, id) => first(await reads.practitionerRoles({ ids: [id] }, ONE), toSchedule),
  searchParams: [
    {
      name: 'actor',
      type: 'reference',
      documentation: 'Practitioner/<id>, PractitionerRole/<id> или Location/<id>',
    },
    serviceTypeParameter,
  ],
  async search({ reads }, query, page) {
    const specialtyCode = serviceType(query);
    if (specialtyCode === null) return NO_MATCH;
    const actor = single(query, 'actor');
    const criteria = { ...(actor === undefined ? {} : actorCriteria('actor', actor)), specialtyCode };
    return mapped(await reads.practitionerRoles(criteria, page), toSchedule);
  },
  includes: {
    'Schedule:actor': async ({ reads }, matches) => {
      const roleIds = referencedIds(matches, 'actor', 'PractitionerRole');
      const practitionerIds = referencedIds(matches, 'actor', 'Practitioner');
      const [roles, practitioners] = await Promise.all([
        reads.practitionerRoles({ ids: roleIds }, allOf(roleIds)),
        reads.practitioners({ ids: practitionerIds }, allOf(practitionerIds)),
      ]);
      return [...roles.items.map(toPractitionerRole), ...practitioners.items.map(toPractitioner)];
    },
  },
};

function slotStatus(query: SearchQuery): InteropSlotStatus | undefined {
  const value = single(query, 'status');
  if (value === undefined) return undefined;
  const status = INTEROP_SLOT_STATUSES.find((s) => s === value);
  if (!status) throw badRequest(`Параметр status: ожидается одно из ${INTEROP_SLOT_STATUSES.join(', ')}.`);
  return status;
}

export const slotResource: FhirResourceHandler = {
  type: 'Slot',
  read: async ({ reads, now }, id) => first(await reads.slots({ ids: [id] }, ONE, now), toSlot),
  searchParams: [
    { name: 'schedule', type: 'reference', documentation: 'Schedule/<id> (расписание должности врача)' },
    {
      name: 'schedule.actor',
      type: 'reference',
      documentation: 'Цепочка: Practitioner/<id>, PractitionerRole/<id> или Location/<id> расписания',
    },
    serviceTypeParameter,
    {
      name: 'start',
      type: 'date',
      documentation: 'Начало: ge, gt, lt, le и момент с часовым поясом (или дата, UTC)',
    },
    { name: 'status', type: 'token', documentation: INTEROP_SLOT_STATUSES.join(' | ') },
  ],
  async search({ reads, now }, query, page) {
    const specialtyCode = serviceType(query);
    if (specialtyCode === null) return NO_MATCH;
    const schedule = single(query, 'schedule');
    const actorValue = single(query, 'schedule.actor');
    const actor =
      actorValue === undefined ? undefined : referenceParam('schedule.actor', actorValue, ACTOR_TYPES);
    const scheduleId =
      schedule === undefined ? undefined : referenceParam('schedule', schedule, ['Schedule']).id;
    const roleIds = [scheduleId, actor?.type === 'PractitionerRole' ? actor.id : undefined].filter(
      (id): id is string => id !== undefined,
    );
    if (new Set(roleIds).size > 1) return NO_MATCH;
    const start = dateRange('start', query.get('start') ?? []);
    const criteria = {
      practitionerRoleId: roleIds[0],
      practitionerId: actor?.type === 'Practitioner' ? actor.id : undefined,
      locationId: actor?.type === 'Location' ? actor.id : undefined,
      specialtyCode,
      startFrom: start.from,
      startBefore: start.before,
      status: slotStatus(query),
    };
    return mapped(await reads.slots(criteria, page, now), toSlot);
  },
  includes: {
    'Slot:schedule': async ({ reads }, matches) => {
      const ids = referencedIds(matches, 'schedule', 'Schedule');
      return (await reads.practitionerRoles({ ids }, allOf(ids))).items.map(toSchedule);
    },
  },
};
