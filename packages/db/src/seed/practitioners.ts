import type { OrganizationKind, QualificationCategory, Specialty } from '@talon/core/directory';
import { normalizeForSearch } from '@talon/core/identifiers';
import type { EducationRow } from '../schema';
import { REFERENCE_DATE, yearsBefore } from './calendar';
import { randomPersonName, type Sex } from './names';
import type { Random } from './random';
import { femaleShare, TRAINING } from './staffing';

export interface PractitionerSeed {
  id: string;
  surname: string;
  name: string;
  patronymic: string;
  sex: Sex;
  qualificationCategory: QualificationCategory;
  experienceSince: string;
  education: EducationRow;
  languages: string[];
  about: string | null;
  /**
   * The reviews the practitioner gets in the seed: their mean (3.5–5) and how many (1–301, capped by the
   * profile). Null for a practitioner nobody reviewed yet. The stored rating and count are computed from
   * the review rows by the database (migration 0013), never written directly.
   */
  reviewPlan: { mean: number; count: number } | null;
  searchText: string;
}

const NATIONAL_UNIVERSITIES = [
  'Первый МГМУ им. И. М. Сеченова',
  'РНИМУ им. Н. И. Пирогова',
  'СЗГМУ им. И. И. Мечникова',
  'ПСПбГМУ им. И. П. Павлова',
  'Казанский ГМУ',
  'Самарский ГМУ',
  'Ростовский ГМУ',
];

/** Where doctors of a region mostly studied (Kamchatka has no medical university of its own). */
const LOCAL_UNIVERSITIES: Record<string, string[]> = {
  '77': ['Первый МГМУ им. И. М. Сеченова', 'РНИМУ им. Н. И. Пирогова', 'МГМСУ им. А. И. Евдокимова', 'РУДН'],
  '39': ['БФУ им. И. Канта'],
  '41': ['Тихоокеанский ГМУ', 'Дальневосточный ГМУ'],
  '54': ['Новосибирский ГМУ', 'НГУ', 'Сибирский ГМУ'],
};

const COLLEGES: Record<string, string[]> = {
  '77': ['Медицинский колледж № 1', 'Медицинский колледж № 2', 'Медицинский колледж № 5'],
  '39': ['Калининградский медицинский колледж'],
  '41': ['Камчатский медицинский колледж'],
  '54': ['Новосибирский медицинский колледж', 'Бердский медицинский колледж'],
};

const NURSE_ABOUT: Record<string, string> = {
  vaccination: 'Проводит вакцинацию по национальному календарю профилактических прививок.',
  'blood-test': 'Выполняет забор венозной и капиллярной крови.',
  fluorography: 'Проводит флюорографическое обследование.',
  checkup: 'Проводит первый этап диспансеризации и профилактические осмотры.',
};

const DOCTOR_ABOUT = [
  'Проводит профилактические осмотры и диспансерное наблюдение.',
  'Регулярно проходит курсы повышения квалификации.',
  'Участник научно-практических конференций.',
  'Подробно объясняет план лечения и отвечает на вопросы пациентов.',
  'Ведёт приём по записи и по направлениям.',
];

function category(random: Random, years: number): QualificationCategory {
  if (years < 3) return 'none';
  if (years < 7) return random.chance(0.6) ? 'none' : 'second';
  if (years < 15)
    return random.weighted([
      ['none', 0.2],
      ['second', 0.35],
      ['first', 0.45],
    ] as const);
  return random.weighted([
    ['none', 0.1],
    ['second', 0.1],
    ['first', 0.35],
    ['highest', 0.45],
  ] as const);
}

function about(
  random: Random,
  specialty: Specialty,
  clinicKind: OrganizationKind,
  years: number,
): string | null {
  if (!random.chance(0.45)) return null;
  if (specialty.kind === 'service') return NURSE_ABOUT[specialty.code] ?? null;
  const forChildren = specialty.ageGroup === 'child' || clinicKind === 'children_polyclinic';
  const first = forChildren ? 'Принимает детей от рождения до 18 лет.' : random.pick(DOCTOR_ABOUT);
  const degree = years >= 10 && random.chance(0.15) ? ' Кандидат медицинских наук.' : '';
  return `${first}${degree}`;
}

function education(
  random: Random,
  specialty: Specialty,
  kind: OrganizationKind,
  regionCode: string,
  since: string,
) {
  const startYear = Number(since.slice(0, 4));
  if (specialty.kind === 'service') {
    const college = random.pick(COLLEGES[regionCode] ?? ['Медицинский колледж']);
    return [{ institution: college, year: startYear, qualification: 'Сестринское дело' }];
  }
  const local = LOCAL_UNIVERSITIES[regionCode] ?? [];
  const university =
    random.chance(0.65) && local.length > 0 ? random.pick(local) : random.pick(NATIONAL_UNIVERSITIES);
  const isDental = specialty.code.includes('dentist');
  const isPaediatric =
    specialty.ageGroup === 'child' || (kind === 'children_polyclinic' && random.chance(0.7));
  const degree = isDental ? 'Стоматология' : isPaediatric ? 'Педиатрия' : 'Лечебное дело';
  // Until 2017 a one-year internship (интернатура) followed the degree; since then a two-year residency.
  const isResidency = startYear >= 2017;
  const training = TRAINING[specialty.code];
  const degreeYear = startYear - (isResidency ? 2 : 1);
  const row: EducationRow = [{ institution: university, year: degreeYear, qualification: degree }];
  if (training) {
    const stage = isResidency ? 'Ординатура' : 'Интернатура';
    row.push({
      institution: university,
      year: startYear,
      qualification: `${stage} по специальности «${training}»`,
    });
  }
  return row;
}

/**
 * A practitioner of the specialty (nurses for services): name agreeing with sex, experience 1–40 years back
 * from the reference date with a category that fits it, education, languages, a short profile and a plan of
 * its reviews.
 */
export function generatePractitioner(
  random: Random,
  specialty: Specialty,
  clinic: { kind: OrganizationKind; regionCode: string },
): PractitionerSeed {
  const sex: Sex = random.chance(femaleShare(specialty)) ? 'female' : 'male';
  const person = randomPersonName(random, sex);
  const years = random.int(1, 40);
  const experienceSince = yearsBefore(REFERENCE_DATE, years, random.int(0, 364));
  const isRated = random.chance(0.75);
  return {
    id: random.uuid(),
    ...person,
    sex,
    qualificationCategory: category(random, years),
    experienceSince,
    education: education(random, specialty, clinic.kind, clinic.regionCode, experienceSince),
    languages: random
      .weighted([
        [['ru'], 0.86],
        [['ru', 'en'], 0.1],
        [['ru', 'de'], 0.015],
        [['ru', 'en', 'de'], 0.01],
        [['ru', 'tt'], 0.015],
      ] as const)
      .slice(),
    about: about(random, specialty, clinic.kind, years),
    reviewPlan: isRated
      ? {
          mean: Math.round((5 - 1.5 * random.next() ** 2) * 100) / 100,
          count: 1 + Math.floor(300 * random.next() ** 3),
        }
      : null,
    searchText: normalizeForSearch(`${person.surname} ${person.name} ${person.patronymic}`),
  };
}
