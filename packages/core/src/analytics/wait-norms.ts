import { isWorkingDay } from '../privacy';
import { addDays, localDate } from '../shared';
import type { NormStatus, SpecialtyWait, ThirdSlotFact, WaitNorm } from './analytics.types';

/** Primary care: seen within 24 hours (programme of state guarantees 2026–2028; DESIGN §4a). */
export const PRIMARY_CARE_SPECIALTIES: ReadonlySet<string> = new Set(['therapist', 'pediatrician', 'gp']);

/** Services, not a specialist's visit: the 14-working-day norm does not apply to them. */
export const SERVICES_WITHOUT_NORM: ReadonlySet<string> = new Set([
  'vaccination',
  'fluorography',
  'blood-test',
  'checkup',
]);

const HOUR_MS = 3_600_000;

/** The legal wait norm of a specialty code. */
export function waitNormOf(specialtyCode: string): WaitNorm {
  if (PRIMARY_CARE_SPECIALTIES.has(specialtyCode)) return { kind: 'hours', limit: 24 };
  if (SERVICES_WITHOUT_NORM.has(specialtyCode)) return { kind: 'none' };
  return { kind: 'working_days', limit: 14 };
}

/**
 * Working days from `today` (exclusive) to `day` (inclusive) in the production calendar: a slot tomorrow is
 * 1, a slot today 0. Days off and holidays (core/privacy's calendar) are not counted, so a slot after the
 * New Year holidays is fewer working days away than calendar days.
 */
export function workingDaysBetween(today: string, day: string): number {
  let count = 0;
  for (let current = today; current < day; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) count += 1;
  }
  return count;
}

/** Calendar days from `now` to `at`, one decimal (hours / 24). */
export const calendarDaysBetween = (now: Date, at: Date): number =>
  Math.round(((at.getTime() - now.getTime()) / (24 * HOUR_MS)) * 10) / 10;

/**
 * Whether the third next free slot meets the norm: within 24 hours of now for primary care, within 14
 * working days (clinic-local calendar) for specialists. No third slot within the horizon is a violation:
 * the patient cannot be offered a visit in time.
 */
export function classifyWait(
  norm: WaitNorm,
  now: Date,
  thirdSlotAt: Date | null,
  timeZone: string,
): NormStatus {
  if (norm.kind === 'none') return 'not_applicable';
  if (!thirdSlotAt) return 'violated';
  if (norm.kind === 'hours')
    return thirdSlotAt.getTime() - now.getTime() <= norm.limit * HOUR_MS ? 'met' : 'violated';
  const days = workingDaysBetween(localDate(now, timeZone), localDate(thirdSlotAt, timeZone));
  return days <= norm.limit ? 'met' : 'violated';
}

/** The wait of one clinic's specialty from the repository's fact, at `now`. */
export function toSpecialtyWait(fact: ThirdSlotFact, now: Date): SpecialtyWait {
  const norm = waitNormOf(fact.specialtyCode);
  const at = fact.thirdSlotAt;
  return {
    organizationId: fact.organizationId,
    organizationName: fact.organizationName,
    specialtyCode: fact.specialtyCode,
    specialtyName: fact.specialtyName,
    thirdSlotAt: at,
    calendarDays: at ? calendarDaysBetween(now, at) : null,
    workingDays: at ? workingDaysBetween(localDate(now, fact.timeZone), localDate(at, fact.timeZone)) : null,
    norm,
    status: classifyWait(norm, now, at, fact.timeZone),
  };
}
