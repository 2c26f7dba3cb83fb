import type { ApiSchema } from '../../shared/api-client';
import { formatSlotTime } from '../booking/slot-time';

/** An answer of `GET /slots/nearest`. */
export type TNearestSlotPage = ApiSchema<'NearestSlotPage'>;
type NearestEntry = TNearestSlotPage['items'][number];
export type NextFreeSlot = NonNullable<NearestEntry['slot']>;

/** How far ahead a doctor list looks for a free time; a card without one says so for this period. */
export const NEXT_SLOT_WINDOW_DAYS = 14;

/** The filters of one `GET /slots/nearest` request. */
export interface NearestSlotFilters {
  region?: string;
  organization?: string;
  specialty?: string;
}

/** What a doctor list is filtered by, and what its doctors practise. */
interface ListFilters {
  region?: string | undefined;
  organization?: string | undefined;
  specialty?: string | undefined;
}

/**
 * The nearest-slot requests that cover a doctor list. The API answers for a clinic, or for a region with a
 * specialty (and cannot be given the doctors' ids): a region's list of every specialty is asked once per
 * specialty of the doctors shown — a handful of requests for the page, never one per doctor.
 */
export function nearestSlotRequests(
  filters: ListFilters,
  practitioners: readonly { specialties: readonly { code: string }[] }[],
): NearestSlotFilters[] {
  const specialty = filters.specialty ? { specialty: filters.specialty } : {};
  if (filters.organization) return [{ organization: filters.organization, ...specialty }];
  const region = filters.region;
  if (!region) return [];
  if (filters.specialty) return [{ region, specialty: filters.specialty }];
  const codes = new Set(practitioners.flatMap((p) => p.specialties.map((s) => s.code)));
  return [...codes].sort().map((code) => ({ region, specialty: code }));
}

/** A doctor's next free time, or none in the window. A doctor missing from the map is not known yet. */
export type NextSlot = { kind: 'slot'; slot: NextFreeSlot } | { kind: 'none' };

/**
 * Each doctor's next free time out of the nearest-slot answers (`undefined`: not answered yet, or failed):
 * the soonest over their roles (clinics and specialties). The API lists roles soonest first with the
 * slotless ones last, so an answer cut short by its page size leaves out only later or slotless roles. A
 * doctor is «none» only when every answer is in and whole (or ends among the slotless roles); otherwise a
 * doctor without a slot is left out, unknown, rather than wrongly said to have no time.
 */
export function nextSlotsByPractitioner(
  answers: readonly (TNearestSlotPage | undefined)[],
): Map<string, NextSlot> {
  const isWhole = answers.every(
    (answer) =>
      answer !== undefined && (answer.items.length >= answer.total || answer.items.at(-1)?.slot === null),
  );
  const result = new Map<string, NextSlot>();
  for (const entry of answers.flatMap((answer) => answer?.items ?? [])) {
    const id = entry.practitioner.id;
    const known = result.get(id);
    if (entry.slot) {
      if (known?.kind !== 'slot' || startOf(entry.slot) < startOf(known.slot)) {
        result.set(id, { kind: 'slot', slot: entry.slot });
      }
    } else if (!known && isWhole) {
      result.set(id, { kind: 'none' });
    }
  }
  return result;
}

const startOf = (slot: NextFreeSlot) => new Date(slot.start).getTime();

/** «3 декабря» and «09:30» of a slot, both in its clinic's zone. */
export function formatNextSlot(
  slot: Pick<NextFreeSlot, 'start' | 'timeZone'>,
  language: string,
): { date: string; time: string } {
  const date = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    timeZone: slot.timeZone,
  }).format(new Date(slot.start));
  return { date, time: formatSlotTime(slot.start, slot.timeZone, language) };
}

/** The time choice for the slot's doctor, clinic and specialty (the booking page opens on the first free day). */
export function bookingHref(slot: Pick<NextFreeSlot, 'practitioner' | 'organization' | 'specialty'>): string {
  const query = new URLSearchParams({
    practitioner: slot.practitioner.id,
    organization: slot.organization.id,
    specialty: slot.specialty.code,
  });
  return `/book?${query.toString()}`;
}
