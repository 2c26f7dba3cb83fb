import type { CourseDirection, CourseFormat } from '@talon/core/courses';
import { addDays, localDate } from '@talon/core/shared';
import type { DbExecutor } from '../client';
import { courseEnrollments, courses } from '../schema';

interface CourseSeed {
  code: string;
  title: string;
  provider: string;
  direction: CourseDirection;
  format: CourseFormat;
  hours: number;
  /** First day, in days from the run date; negative for the two courses already over. */
  startsIn: number;
  days: number;
  priceRub: number;
  seats: number;
  requirements: string;
}

const RMANPO = 'ФГБОУ ДПО РМАНПО Минздрава России';
const SECHENOV = 'Сеченовский Университет, Институт профессионального образования';
const NMIC_TPM = 'НМИЦ терапии и профилактической медицины Минздрава России';
const CNIIOIZ = 'ЦНИИОИЗ Минздрава России';
const VISHNEVSKY = 'НМИЦ хирургии им. А. В. Вишневского';
const HIGHER = 'Высшее медицинское образование, действующая аккредитация';
const CITY = 'Москва, ул. Баррикадная, д. 2/1, стр. 1';

/**
 * The demo catalogue (issue 12 item 8): twenty upcoming НМО courses of the five directions, in person, online
 * and mixed, some with two to four seats, and two more that are over already, with the demo doctor's approved enrolments, so
 * the clinic's credits report is not empty. Dates are relative to the run date; everything else is fixed.
 */
export const DEMO_COURSES: readonly CourseSeed[] = [
  {
    code: 'NMO-CD-01',
    title: 'Ультразвуковая диагностика заболеваний щитовидной железы',
    provider: RMANPO,
    direction: 'clinical_diagnostics',
    format: 'mixed',
    hours: 36,
    startsIn: 14,
    days: 5,
    priceRub: 12_000,
    seats: 12,
    requirements: `${HIGHER}; специальность «Ультразвуковая диагностика» или «Эндокринология»`,
  },
  {
    code: 'NMO-CD-02',
    title: 'Электрокардиография в практике терапевта',
    provider: NMIC_TPM,
    direction: 'clinical_diagnostics',
    format: 'online',
    hours: 18,
    startsIn: 9,
    days: 3,
    priceRub: 0,
    seats: 40,
    requirements: HIGHER,
  },
  {
    code: 'NMO-CD-03',
    title: 'Лабораторная диагностика анемий',
    provider: SECHENOV,
    direction: 'clinical_diagnostics',
    format: 'online',
    hours: 36,
    startsIn: 30,
    days: 6,
    priceRub: 4_500,
    seats: 30,
    requirements: HIGHER,
  },
  {
    code: 'NMO-CD-04',
    title: 'Эндоскопическая диагностика заболеваний желудочно-кишечного тракта',
    provider: RMANPO,
    direction: 'clinical_diagnostics',
    format: 'in_person',
    hours: 72,
    startsIn: 45,
    days: 12,
    priceRub: 28_000,
    seats: 3,
    requirements: `${HIGHER}; специальность «Эндоскопия»`,
  },
  {
    code: 'NMO-SM-01',
    title: 'Лапароскопическая холецистэктомия: техника и осложнения',
    provider: VISHNEVSKY,
    direction: 'surgical_methods',
    format: 'in_person',
    hours: 36,
    startsIn: 21,
    days: 5,
    priceRub: 35_000,
    seats: 2,
    requirements: `${HIGHER}; специальность «Хирургия», стаж от 3 лет`,
  },
  {
    code: 'NMO-SM-02',
    title: 'Шовный материал и техники наложения швов',
    provider: SECHENOV,
    direction: 'surgical_methods',
    format: 'mixed',
    hours: 18,
    startsIn: 16,
    days: 3,
    priceRub: 9_000,
    seats: 10,
    requirements: HIGHER,
  },
  {
    code: 'NMO-SM-03',
    title: 'Амбулаторная хирургия: гнойные заболевания мягких тканей',
    provider: RMANPO,
    direction: 'surgical_methods',
    format: 'online',
    hours: 36,
    startsIn: 35,
    days: 6,
    priceRub: 0,
    seats: 50,
    requirements: HIGHER,
  },
  {
    code: 'NMO-SM-04',
    title: 'Эндоваскулярные вмешательства при ишемической болезни сердца',
    provider: VISHNEVSKY,
    direction: 'surgical_methods',
    format: 'in_person',
    hours: 72,
    startsIn: 60,
    days: 12,
    priceRub: 48_000,
    seats: 4,
    requirements: `${HIGHER}; специальность «Рентгенэндоваскулярные диагностика и лечение»`,
  },
  {
    code: 'NMO-PT-01',
    title: 'Рациональная антибиотикотерапия в амбулаторной практике',
    provider: NMIC_TPM,
    direction: 'pharmacology_therapy',
    format: 'online',
    hours: 36,
    startsIn: 7,
    days: 5,
    priceRub: 0,
    seats: 60,
    requirements: HIGHER,
  },
  {
    code: 'NMO-PT-02',
    title: 'Артериальная гипертензия: клинические рекомендации и ведение пациентов',
    provider: NMIC_TPM,
    direction: 'pharmacology_therapy',
    format: 'mixed',
    hours: 36,
    startsIn: 18,
    days: 5,
    priceRub: 6_000,
    seats: 25,
    requirements: HIGHER,
  },
  {
    code: 'NMO-PT-03',
    title: 'Сахарный диабет 2 типа: современная сахароснижающая терапия',
    provider: SECHENOV,
    direction: 'pharmacology_therapy',
    format: 'online',
    hours: 18,
    startsIn: 25,
    days: 3,
    priceRub: 3_000,
    seats: 35,
    requirements: HIGHER,
  },
  {
    code: 'NMO-PT-04',
    title: 'Лекарственные взаимодействия у пожилых пациентов',
    provider: RMANPO,
    direction: 'pharmacology_therapy',
    format: 'in_person',
    hours: 36,
    startsIn: 40,
    days: 5,
    priceRub: 14_000,
    seats: 3,
    requirements: `${HIGHER}; специальность «Гериатрия», «Терапия» или «Общая врачебная практика»`,
  },
  {
    code: 'NMO-MG-01',
    title: 'Организация здравоохранения и общественное здоровье',
    provider: CNIIOIZ,
    direction: 'management',
    format: 'mixed',
    hours: 144,
    startsIn: 28,
    days: 30,
    priceRub: 32_000,
    seats: 20,
    requirements: `${HIGHER}; руководящая должность или резерв`,
  },
  {
    code: 'NMO-MG-02',
    title: 'Управление качеством и безопасностью медицинской деятельности',
    provider: CNIIOIZ,
    direction: 'management',
    format: 'online',
    hours: 36,
    startsIn: 12,
    days: 5,
    priceRub: 8_000,
    seats: 30,
    requirements: HIGHER,
  },
  {
    code: 'NMO-MG-03',
    title: 'Экспертиза временной нетрудоспособности',
    provider: RMANPO,
    direction: 'management',
    format: 'online',
    hours: 36,
    startsIn: 23,
    days: 5,
    priceRub: 0,
    seats: 45,
    requirements: HIGHER,
  },
  {
    code: 'NMO-MG-04',
    title: 'Бережливая поликлиника: потоки пациентов и организация приёма',
    provider: CNIIOIZ,
    direction: 'management',
    format: 'in_person',
    hours: 18,
    startsIn: 50,
    days: 3,
    priceRub: 11_000,
    seats: 2,
    requirements: `${HIGHER}; заведующие отделениями и старшие медсёстры`,
  },
  {
    code: 'NMO-IT-01',
    title: 'Электронная медицинская карта и ЕГИСЗ',
    provider: CNIIOIZ,
    direction: 'it_in_medicine',
    format: 'online',
    hours: 18,
    startsIn: 10,
    days: 3,
    priceRub: 0,
    seats: 80,
    requirements: 'Высшее или среднее медицинское образование',
  },
  {
    code: 'NMO-IT-02',
    title: 'Телемедицинские консультации: правовые и практические аспекты',
    provider: SECHENOV,
    direction: 'it_in_medicine',
    format: 'online',
    hours: 36,
    startsIn: 33,
    days: 5,
    priceRub: 5_000,
    seats: 30,
    requirements: HIGHER,
  },
  {
    code: 'NMO-IT-03',
    title: 'Искусственный интеллект в лучевой диагностике',
    provider: SECHENOV,
    direction: 'it_in_medicine',
    format: 'mixed',
    hours: 36,
    startsIn: 55,
    days: 5,
    priceRub: 16_000,
    seats: 15,
    requirements: `${HIGHER}; специальность «Рентгенология» или «Ультразвуковая диагностика»`,
  },
  {
    code: 'NMO-IT-04',
    title: 'Защита персональных данных в медицинской организации',
    provider: RMANPO,
    direction: 'it_in_medicine',
    format: 'online',
    hours: 18,
    startsIn: 20,
    days: 3,
    priceRub: 2_500,
    seats: 40,
    requirements: 'Высшее или среднее медицинское образование',
  },
  // Over already: the demo doctor's completed courses.
  {
    code: 'NMO-PT-00',
    title: 'Неотложные состояния в амбулаторной практике',
    provider: NMIC_TPM,
    direction: 'pharmacology_therapy',
    format: 'online',
    hours: 36,
    startsIn: -70,
    days: 5,
    priceRub: 0,
    seats: 50,
    requirements: HIGHER,
  },
  {
    code: 'NMO-CD-00',
    title: 'Интерпретация общего и биохимического анализа крови',
    provider: SECHENOV,
    direction: 'clinical_diagnostics',
    format: 'online',
    hours: 18,
    startsIn: -40,
    days: 3,
    priceRub: 0,
    seats: 50,
    requirements: HIGHER,
  },
];

/** Writes the catalogue and, with the demo doctor, their approved enrolments in the courses that are over. */
export async function writeDemoCourses(
  tx: DbExecutor,
  now: Date,
  doctor: { accountId: string; practitionerId: string; organizationId: string } | null,
): Promise<number> {
  const today = localDate(now, 'Europe/Moscow');
  const rows = await tx
    .insert(courses)
    .values(
      DEMO_COURSES.map((c) => {
        const startsOn = addDays(today, c.startsIn);
        const isOver = c.startsIn < 0;
        return {
          code: c.code,
          title: c.title,
          provider: c.provider,
          direction: c.direction,
          format: c.format,
          credits: c.hours,
          hours: c.hours,
          startsOn,
          endsOn: addDays(startsOn, c.days - 1),
          priceRub: c.priceRub,
          seats: c.seats,
          approvedCount: isOver && doctor ? 1 : 0,
          location: c.format === 'online' ? null : CITY,
          requirements: c.requirements,
          description: `Программа повышения квалификации в системе НМО, ${c.hours} ак. ч. Итоговая аттестация — тестирование.`,
        };
      }),
    )
    .returning({ id: courses.id, code: courses.code, startsOn: courses.startsOn });
  if (doctor) {
    const over = rows.filter((r) => r.startsOn < today);
    await tx.insert(courseEnrollments).values(
      over.map((r) => {
        const at = new Date(`${addDays(r.startsOn, -14)}T09:00:00Z`);
        return {
          courseId: r.id,
          practitionerId: doctor.practitionerId,
          accountId: doctor.accountId,
          organizationId: doctor.organizationId,
          status: 'approved' as const,
          decidedAt: new Date(at.getTime() + 86_400_000),
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
  }
  return rows.length;
}
