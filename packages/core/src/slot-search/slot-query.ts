import { AccessErrorCode } from '../access';
import { DirectoryErrorCode } from '../directory';
import { IdentityErrorCode, type Principal, type RequestOrigin } from '../identity';
import { type Clock, DomainError, formatInZone } from '../shared';
import { adultFrom } from './age-group';
import { widestWindow } from './booking-window';
import { SlotSearchErrorCode } from './slot-search.errors';
import type { SlotSearchRepository } from './slot-search.repository';
import type { FreeSlot, FreeSlotRecord, SlotQuery, SlotSearchInput } from './slot-search.types';
import { channelFor, seesPriorityQuota } from './slot-visibility';

export interface SlotSearchDeps {
  slots: SlotSearchRepository;
  clock: Clock;
  /**
   * The access policy's answer for searching on behalf of another patient (purpose `book`); throws
   * `PATIENT_NOT_FOUND` when refused (audited with the request's origin), so nobody learns whether the
   * person exists.
   */
  authorizeBooking(principal: Principal, patientId: string, origin: RequestOrigin): Promise<unknown>;
}

/** Who searches: the logged-in caller, or null for an anonymous visitor. */
export type SlotSearchCaller = Principal | null;

/**
 * Checks the filters and turns them, with the caller, into the repository's query: which channel, whether
 * the priority quota shows, whose hold does not hide a slot, which age applies, and the index range.
 * Returns null when the period lies wholly in the past or beyond every horizon (nothing to look up).
 * `breadth` says which filters make a search narrow enough: the slot list also accepts a practitioner.
 */
export async function buildSlotQuery(
  deps: SlotSearchDeps,
  caller: SlotSearchCaller,
  filters: SlotSearchInput,
  breadth: 'slots' | 'roles',
): Promise<SlotQuery | null> {
  if (filters.region !== undefined && !(await deps.slots.regionExists(filters.region))) {
    throw new DomainError(DirectoryErrorCode.UNKNOWN_REGION, {
      field: 'query.region',
      params: { code: filters.region },
    });
  }
  if (filters.specialty !== undefined && !(await deps.slots.specialtyExists(filters.specialty))) {
    throw new DomainError(DirectoryErrorCode.UNKNOWN_SPECIALTY, {
      field: 'query.specialty',
      params: { code: filters.specialty },
    });
  }
  const isNarrow =
    filters.organization !== undefined ||
    (breadth === 'slots' && filters.practitioner !== undefined) ||
    (filters.region !== undefined && filters.specialty !== undefined);
  if (!isNarrow) {
    throw new DomainError(SlotSearchErrorCode.SLOT_SEARCH_TOO_BROAD, {
      field: filters.region !== undefined ? 'query.specialty' : 'query.region',
    });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    throw new DomainError(SlotSearchErrorCode.SLOT_PERIOD_INVALID, { field: 'query.from' });
  }

  const now = deps.clock.now();
  const channel = caller ? channelFor(caller.roles) : 'internet';
  const subjectId = await subjectOf(deps, caller, filters, channel);
  const subject = subjectId ? await deps.slots.findPatient(subjectId, now) : null;
  if (filters.patientId && !subject) {
    throw new DomainError(AccessErrorCode.PATIENT_NOT_FOUND, { field: 'query.patientId' });
  }

  const widest = widestWindow(now);
  const from = new Date(Math.max(now.getTime(), filters.from?.getTime() ?? now.getTime()));
  const to = new Date(Math.min(widest.to.getTime(), filters.to?.getTime() ?? widest.to.getTime()));
  if (from >= to) return null;

  let age: SlotQuery['age'] = null;
  if (subject) {
    const groups = await deps.slots.listSpecialtyAgeGroups();
    age = {
      adultFrom: adultFrom(subject.birthDate),
      childSpecialties: groups.filter((s) => s.ageGroup === 'child').map((s) => s.code),
      adultSpecialties: groups.filter((s) => s.ageGroup === 'adult').map((s) => s.code),
    };
  }
  return {
    regionCode: filters.region,
    specialtyCode: filters.specialty,
    organizationId: filters.organization,
    practitionerId: breadth === 'slots' ? filters.practitioner : undefined,
    visitType: filters.visitType,
    from,
    to,
    now,
    channel,
    includeUnreleasedPriority: seesPriorityQuota(caller?.roles ?? [], subject?.isPrivileged ?? false),
    priorityGrants: subject?.priorityGrants ?? [],
    holderPatientIds: [...new Set([subjectId, caller?.patientId ?? null])].filter(
      (id): id is string => id !== null,
    ),
    age,
  };
}

/**
 * The person the visit is for: the one asked for (after the access policy agrees), else a patient
 * caller's own card. Staff without `patientId` search for nobody in particular.
 */
async function subjectOf(
  deps: SlotSearchDeps,
  caller: SlotSearchCaller,
  { patientId, origin }: SlotSearchInput,
  channel: string,
): Promise<string | null> {
  if (patientId === undefined) return channel === 'internet' ? (caller?.patientId ?? null) : null;
  if (!caller) throw new DomainError(IdentityErrorCode.UNAUTHENTICATED);
  if (caller.patientId !== patientId) await deps.authorizeBooking(caller, patientId, origin);
  return patientId;
}

/** A stored slot as the API shows it: times with the clinic's offset. */
export function presentSlot(record: FreeSlotRecord): FreeSlot {
  return {
    id: record.id,
    start: formatInZone(record.startsAt, record.timeZone),
    end: formatInZone(record.endsAt, record.timeZone),
    timeZone: record.timeZone,
    visitType: record.visitType,
    isPriority: record.isPriority,
    room: record.room,
    practitioner: record.practitioner,
    organization: record.organization,
    specialty: record.specialty,
  };
}
