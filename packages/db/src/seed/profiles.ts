import type { ClinicPlanEntry } from './clinics';
import { KALININGRAD, KAMCHATKA, MOSCOW, NOVOSIBIRSK, type RegionPlace } from './places';

export type SeedSize = 'small' | 'large';

export interface RegionPlan {
  place: RegionPlace;
  clinics: readonly ClinicPlanEntry[];
  /** Share of the profile's patients living in the region. */
  patientShare: number;
}

export interface SeedProfile {
  size: SeedSize;
  regions: readonly RegionPlan[];
  /** Staff per clinic relative to a real clinic (see `STAFF_TABLE`). */
  staffScale: number;
  /** Doctors' rooms per clinic, besides the service rooms. */
  doctorRooms: [min: number, max: number];
  patients: number;
  /** Past fulfilled visits with a review per reviewed practitioner, at most (see `seedReviews`). */
  maxReviewsPerPractitioner: number;
  /**
   * Besides the demo account holders, every this many patients get a medical record (for benchmarks of the
   * record's queries); null: only the demo account holders.
   */
  recordEvery: number | null;
}

/**
 * The demo set: three regions that span Russia's time zones — Moscow (UTC+3), Kaliningrad (UTC+2) and
 * Kamchatka (UTC+12) — with every kind of clinic, about 200 practitioners and 2 000 patients; it loads in a
 * few seconds on the embedded database.
 */
const SMALL: SeedProfile = {
  size: 'small',
  staffScale: 0.36,
  doctorRooms: [2, 4],
  patients: 2_000,
  maxReviewsPerPractitioner: 8,
  recordEvery: null,
  regions: [
    {
      place: MOSCOW,
      patientShare: 0.5,
      clinics: [
        { kind: 'polyclinic', count: 4, city: 'Москва' },
        { kind: 'polyclinic', count: 1, city: 'Зеленоград' },
        { kind: 'children_polyclinic', count: 2, city: 'Москва' },
        { kind: 'children_polyclinic', count: 1, city: 'Зеленоград' },
        { kind: 'hospital', count: 1, city: 'Москва' },
        { kind: 'dental', count: 2, city: 'Москва' },
        { kind: 'womens_clinic', count: 2, city: 'Москва' },
        { kind: 'diagnostic_centre', count: 1, city: 'Москва' },
      ],
    },
    {
      place: KALININGRAD,
      patientShare: 0.25,
      clinics: [
        { kind: 'polyclinic', count: 1, city: 'Калининград' },
        { kind: 'polyclinic', count: 1, city: 'Советск' },
        { kind: 'children_polyclinic', count: 1, city: 'Калининград' },
        { kind: 'children_polyclinic', count: 1, city: 'Советск' },
        {
          kind: 'hospital',
          count: 1,
          city: 'Калининград',
          named: {
            name: 'Областная клиническая больница Калининградской области',
            shortName: 'ОКБ КО',
            slug: 'okb',
          },
        },
        { kind: 'dental', count: 1, city: 'Калининград' },
        { kind: 'womens_clinic', count: 1, city: 'Калининград' },
        { kind: 'diagnostic_centre', count: 1, city: 'Калининград' },
      ],
    },
    {
      place: KAMCHATKA,
      patientShare: 0.25,
      clinics: [
        { kind: 'polyclinic', count: 1, city: 'Петропавловск-Камчатский' },
        { kind: 'polyclinic', count: 1, city: 'Елизово' },
        { kind: 'children_polyclinic', count: 1, city: 'Петропавловск-Камчатский' },
        { kind: 'children_polyclinic', count: 1, city: 'Елизово' },
        {
          kind: 'hospital',
          count: 1,
          city: 'Петропавловск-Камчатский',
          named: {
            name: 'Камчатская краевая больница им. А. С. Лукашевского',
            shortName: 'ККБ им. А. С. Лукашевского',
            slug: 'kkb',
          },
        },
        { kind: 'dental', count: 1, city: 'Петропавловск-Камчатский' },
        { kind: 'womens_clinic', count: 1, city: 'Петропавловск-Камчатский' },
        { kind: 'diagnostic_centre', count: 1, city: 'Петропавловск-Камчатский' },
      ],
    },
  ],
};

/**
 * The benchmark set: one region with a million patients — Novosibirsk region (UTC+7) — with ~300 clinics spread
 * over Novosibirsk, Berdsk, Iskitim and Ob by population, and ~5 000 practitioners.
 */
const LARGE: SeedProfile = {
  size: 'large',
  staffScale: 1.14,
  doctorRooms: [5, 10],
  patients: 1_000_000,
  maxReviewsPerPractitioner: 3,
  // 1 % of the million: 10 000 records, about 500 000 rows.
  recordEvery: 100,
  regions: [
    {
      place: NOVOSIBIRSK,
      patientShare: 1,
      clinics: [
        { kind: 'polyclinic', count: 120 },
        { kind: 'children_polyclinic', count: 50 },
        {
          kind: 'hospital',
          count: 1,
          city: 'Новосибирск',
          named: {
            name: 'Государственная Новосибирская областная клиническая больница',
            shortName: 'ГНОКБ',
            slug: 'gnokb',
          },
        },
        { kind: 'hospital', count: 39 },
        { kind: 'dental', count: 35 },
        { kind: 'womens_clinic', count: 30 },
        { kind: 'diagnostic_centre', count: 25 },
      ],
    },
  ],
};

export const SEED_PROFILES: Readonly<Record<SeedSize, SeedProfile>> = { small: SMALL, large: LARGE };
