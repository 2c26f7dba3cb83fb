/** The age group a specialty serves (reference data): adults, children, or both. */
export type AgeGroup = 'adult' | 'child' | 'any';

/** Full age of majority in Russia (ГК РФ ст. 21): paediatric specialties serve patients under 18. */
export const ADULT_AGE = 18;

/**
 * The date a person born on `birthDate` (`YYYY-MM-DD`) becomes an adult: their 18th birthday. A 29
 * February birthday falls on 1 March in a common year, as Russian practice counts it.
 */
export function adultFrom(birthDate: string): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year + ADULT_AGE, month - 1, day));
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a visit on the clinic-local date `visitDate` of a specialty in `group` fits the patient: the age
 * counts on the day of the visit, not of the search (a 17-year-old may see a therapist after their
 * birthday next week).
 */
export function fitsAgeGroup(group: AgeGroup, birthDate: string, visitDate: string): boolean {
  if (group === 'any') return true;
  const isAdult = visitDate >= adultFrom(birthDate);
  return group === 'adult' ? isAdult : !isAdult;
}
