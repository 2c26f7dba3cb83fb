import { localDate } from '../shared';
import type { RecordView } from './access.types';

/**
 * From this age a young person decides who reads their medical data: information about their health is
 * given to them, and to their parents only with their consent (323-ФЗ art. 54 p. 2, art. 22).
 */
export const MEDICAL_CONSENT_AGE = 15;
/** Full legal capacity: a parent's link ends by itself (ГК РФ art. 21). */
export const ADULT_AGE = 18;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Full years of age on a calendar day (both `YYYY-MM-DD`). A birthday is reached at the start of its day;
 * someone born on 29 February reaches it on 28 February in other years (a term counted in years ends on
 * the last day of a month that has no such date, ГК РФ art. 192 p. 3).
 */
export function fullYearsOn(birthDate: string, day: string): number {
  const [birthYear, birthMonth, birthDay] = birthDate.split('-').map(Number) as [number, number, number];
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const birthdayThisYear = birthMonth === 2 && birthDay === 29 && !isLeapYear(year) ? 28 : birthDay;
  const hasHadBirthday = month > birthMonth || (month === birthMonth && date >= birthdayThisYear);
  return year - birthYear - (hasHadBirthday ? 0 : 1);
}

/**
 * Ages are counted on the calendar of the ward's region (its default zone): a birthday starts at midnight
 * where the person lives, whichever clinic they visit (docs/identity.md, Representatives).
 */
export const ageOn = (birthDate: string, now: Date, timeZone: string): number =>
  fullYearsOn(birthDate, localDate(now, timeZone));

/** An active parent or guardian link, with what the age rules need to know about the ward. */
export interface WardLinkFacts {
  relation: 'parent' | 'guardian';
  /** `YYYY-MM-DD`. */
  wardBirthDate: string;
  /** The IANA zone of the ward's region, whose calendar counts the ward's age. */
  wardTimeZone: string;
  /** The young person (15 or older) lets this parent read their medical data. */
  isMedicalAccessAllowed: boolean;
}

/**
 * What a representative may do for the ward now:
 * - `full`: everything the ward may do, medical data included;
 * - `booking`: book and manage visits, read the card, without medical data (a parent of a 15–17-year-old
 *   who has not allowed it);
 * - `none`: nothing (a parent's link once the child is 18).
 */
export type Representation = 'full' | 'booking' | 'none';

/**
 * The age rules of a representative link (docs/domain.md rule 24). A guardian's link (an adult the court
 * declared incapable, checked by the registry) does not age out. A parent's link gives full access until
 * the child is 15, then booking only unless the young person allows medical access, and nothing from 18.
 */
export function representationOf(link: WardLinkFacts, now: Date): Representation {
  if (link.relation === 'guardian') return 'full';
  const age = ageOn(link.wardBirthDate, now, link.wardTimeZone);
  if (age >= ADULT_AGE) return 'none';
  if (age >= MEDICAL_CONSENT_AGE) return link.isMedicalAccessAllowed ? 'full' : 'booking';
  return 'full';
}

/**
 * May this young person decide about their parents' medical access? From 15 until the parent links end
 * at 18 (younger children have no say; adults have no parent links).
 */
export function decidesParentalAccess(birthDate: string, now: Date, timeZone: string): boolean {
  const age = ageOn(birthDate, now, timeZone);
  return age >= MEDICAL_CONSENT_AGE && age < ADULT_AGE;
}

/** An active link from a representative to one ward, as the lists of "mine and my wards'" read it. */
export interface ActiveWardLink extends WardLinkFacts {
  wardPatientId: string;
}

/**
 * The wards a representative acts for now, with how much of their records they see: a parent's link to
 * an adult child is left out, one to a 15–17-year-old who has not allowed medical access gives booking views.
 */
export function representedWards(
  links: readonly ActiveWardLink[],
  now: Date,
): { patientId: string; view: RecordView }[] {
  return links.flatMap((link) => {
    const representation = representationOf(link, now);
    if (representation === 'none') return [];
    return [{ patientId: link.wardPatientId, view: representation === 'full' ? 'medical' : 'booking' }];
  });
}
