/**
 * What people call a specialty when they search («лор», «окулист», «зубной»): the reference list has the
 * official names only. Matched like the names, by word starts.
 */
export const SPECIALTY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  otolaryngologist: ['ЛОР', 'ухо горло нос'],
  ophthalmologist: ['окулист', 'глазной врач'],
  'dentist-therapist': ['зубной врач', 'дантист'],
  'dentist-surgeon': ['зубной хирург', 'удалить зуб'],
  'pediatric-dentist': ['детский зубной врач'],
  pediatrician: ['детский врач'],
  therapist: ['участковый врач'],
  gp: ['семейный врач'],
  dermatovenerologist: ['дерматолог', 'кожный врач'],
  'traumatologist-orthopedist': ['ортопед', 'травмпункт'],
  'obstetrician-gynecologist': ['женский врач', 'гинеколог'],
  'allergist-immunologist': ['аллерголог', 'иммунолог'],
};

/** The names a specialty is found by: its own and what people call it. */
export const searchNamesOf = (specialty: { code: string; name: string }): readonly string[] => [
  specialty.name,
  ...(SPECIALTY_SYNONYMS[specialty.code] ?? []),
];
