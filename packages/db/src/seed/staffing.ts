import type { OrganizationKind, Specialty } from '@talon/core/directory';
import specialtiesJson from '../reference/specialties.json' with { type: 'json' };

/** The reference specialties (the same list `migrateDatabase` loads), read without a database. */
export const SPECIALTIES: readonly Specialty[] = specialtiesJson.map((s) => ({
  ...s,
  kind: s.kind as Specialty['kind'],
  ageGroup: s.ageGroup as Specialty['ageGroup'],
}));

/**
 * Staff of one clinic of each kind, at the size of a real clinic (the large set): specialty → expected number
 * of people. A fraction is the chance of one more (0.4 → 40 % of clinics have one). This table also says
 * which kinds of clinic practise a specialty: adult doctors at polyclinics and hospitals, children's doctors at
 * children's polyclinics, dentists at dental clinics, obstetrician-gynecologists at women's clinics; the
 * services (vaccination, fluorography, check-ups, blood tests) are nurses' rooms.
 */
export const STAFF_TABLE: Readonly<Record<OrganizationKind, Readonly<Record<string, number>>>> = {
  polyclinic: {
    therapist: 6,
    gp: 1.5,
    surgeon: 1.2,
    ophthalmologist: 1.2,
    otolaryngologist: 1,
    urologist: 0.8,
    neurologist: 1.2,
    cardiologist: 1,
    endocrinologist: 0.8,
    gastroenterologist: 0.4,
    dermatovenerologist: 0.4,
    'allergist-immunologist': 0.3,
    oncologist: 0.4,
    'infectious-disease': 0.4,
    'traumatologist-orthopedist': 0.8,
    phthisiatrician: 0.2,
    'psychiatrist-narcologist': 0.2,
    pulmonologist: 0.3,
    vaccination: 1,
    fluorography: 1,
    'blood-test': 1.5,
    checkup: 1,
  },
  children_polyclinic: {
    pediatrician: 6,
    'pediatric-surgeon': 1,
    ophthalmologist: 1,
    otolaryngologist: 1,
    neurologist: 1,
    endocrinologist: 0.5,
    gastroenterologist: 0.4,
    'allergist-immunologist': 0.4,
    'traumatologist-orthopedist': 0.6,
    'infectious-disease': 0.3,
    'pediatric-dentist': 0.5,
    vaccination: 1.5,
    'blood-test': 1,
  },
  hospital: {
    surgeon: 1.5,
    urologist: 1,
    cardiologist: 1.5,
    neurologist: 1.5,
    pulmonologist: 1,
    rheumatologist: 0.8,
    gastroenterologist: 1,
    endocrinologist: 1,
    nephrologist: 0.8,
    hematologist: 0.6,
    oncologist: 1,
    coloproctologist: 0.6,
    'traumatologist-orthopedist': 1,
    'infectious-disease': 0.5,
    ophthalmologist: 0.6,
    otolaryngologist: 0.6,
    phthisiatrician: 0.2,
    'psychiatrist-narcologist': 0.2,
    fluorography: 0.5,
    'blood-test': 0.5,
  },
  dental: { 'dentist-therapist': 4, 'dentist-surgeon': 2, 'pediatric-dentist': 2 },
  womens_clinic: { 'obstetrician-gynecologist': 5, 'blood-test': 1 },
  diagnostic_centre: {
    cardiologist: 1.5,
    neurologist: 1.5,
    endocrinologist: 1.2,
    gastroenterologist: 1,
    pulmonologist: 0.8,
    rheumatologist: 0.8,
    'allergist-immunologist': 0.8,
    dermatovenerologist: 0.8,
    hematologist: 0.6,
    nephrologist: 0.6,
    oncologist: 1,
    urologist: 1,
    ophthalmologist: 1,
    otolaryngologist: 1,
    coloproctologist: 0.5,
    fluorography: 0.5,
    'blood-test': 1,
  },
};

const KINDS = Object.keys(STAFF_TABLE) as OrganizationKind[];

/** Kinds of clinic where the specialty is practised (those whose staff table lists it). */
export function clinicKindsFor(specialtyCode: string): OrganizationKind[] {
  return KINDS.filter((kind) => specialtyCode in STAFF_TABLE[kind]);
}

/** Residency programme (ординатура) that leads to each specialty; services are nurses and have none. */
export const TRAINING: Readonly<Record<string, string>> = {
  therapist: 'Терапия',
  gp: 'Общая врачебная практика (семейная медицина)',
  pediatrician: 'Педиатрия',
  surgeon: 'Хирургия',
  'pediatric-surgeon': 'Детская хирургия',
  ophthalmologist: 'Офтальмология',
  otolaryngologist: 'Оториноларингология',
  urologist: 'Урология',
  'obstetrician-gynecologist': 'Акушерство и гинекология',
  'dentist-therapist': 'Стоматология терапевтическая',
  'dentist-surgeon': 'Стоматология хирургическая',
  'pediatric-dentist': 'Стоматология детская',
  neurologist: 'Неврология',
  cardiologist: 'Кардиология',
  endocrinologist: 'Эндокринология',
  gastroenterologist: 'Гастроэнтерология',
  pulmonologist: 'Пульмонология',
  rheumatologist: 'Ревматология',
  'allergist-immunologist': 'Аллергология и иммунология',
  dermatovenerologist: 'Дерматовенерология',
  oncologist: 'Онкология',
  'infectious-disease': 'Инфекционные болезни',
  hematologist: 'Гематология',
  nephrologist: 'Нефрология',
  'traumatologist-orthopedist': 'Травматология и ортопедия',
  coloproctologist: 'Колопроктология',
  phthisiatrician: 'Фтизиатрия',
  'psychiatrist-narcologist': 'Психиатрия-наркология',
};

/** Share of women among practitioners of a specialty (Russian medicine is about two-thirds female). */
export function femaleShare(specialty: Specialty): number {
  if (specialty.kind === 'service') return 0.95;
  const shares: Record<string, number> = {
    'obstetrician-gynecologist': 0.9,
    pediatrician: 0.88,
    therapist: 0.78,
    gp: 0.7,
    surgeon: 0.2,
    urologist: 0.1,
    'traumatologist-orthopedist': 0.25,
    'dentist-surgeon': 0.4,
    coloproctologist: 0.3,
    'pediatric-surgeon': 0.3,
  };
  return shares[specialty.code] ?? 0.65;
}
