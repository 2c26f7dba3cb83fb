import { clinicTicketPrefix, formatTicketNumber, generateAppointmentCode } from '@talon/core/booking';
import { addDays, isoWeekday, localDate, startOfLocalDay } from '@talon/core/shared';
import { appointments, reviews, slots } from '../schema';
import { type Column, insertAll } from './batch-writer';
import type { Directory } from './directory';
import type { Random } from './random';

type Executor = Parameters<typeof insertAll>[0];

/** A past slot of a practitioner role, booked by the visit that took place in it. */
export interface PastSlotSeed {
  id: string;
  practitionerRoleId: string;
  organizationId: string;
  practitionerId: string;
  regionCode: string;
  specialtyCode: string;
  locationId: string | null;
  startsAt: string;
  endsAt: string;
}

export interface PastVisitSeed {
  id: string;
  slot: PastSlotSeed;
  patientId: string;
  code: string;
  ticketNumber: string;
  bookedAt: string;
}

export interface ReviewSeed {
  id: string;
  visit: PastVisitSeed;
  rating: number;
  comment: string | null;
  createdAt: string;
}

/**
 * Visits lie on weekdays of the last `HISTORY_DAYS` days (not today or yesterday), one per day and role at most,
 * so their slots never clash with each other or with the generated ones.
 */
const HISTORY_DAYS = 120;
const VISIT_MINUTES = 30;

const COMMENTS: Record<'good' | 'fair' | 'poor', readonly string[]> = {
  good: [
    'Внимательный врач, всё подробно объяснил.',
    'Приняли точно по времени, спасибо!',
    'Очень доброжелательно, ответили на все вопросы.',
    'Грамотный специалист, рекомендую.',
    'Назначения помогли, спасибо доктору.',
  ],
  fair: [
    'Приём прошёл нормально, но пришлось подождать у кабинета.',
    'В целом хорошо, хотелось бы больше времени на вопросы.',
  ],
  poor: ['Приём начался на 40 минут позже назначенного.', 'Врач торопился, толком ничего не объяснил.'],
};

const isWeekday = (day: string) => isoWeekday(day) <= 5;

const commentFor = (random: Random, rating: number): string | null => {
  if (!random.chance(0.6)) return null;
  return random.pick(COMMENTS[rating >= 4 ? 'good' : rating === 3 ? 'fair' : 'poor']);
};

/** A whole star rating around the practitioner's planned mean: the mean of many of them is close to it. */
const ratingAround = (random: Random, mean: number): number => {
  const low = Math.floor(mean);
  const rating = random.chance(mean - low) ? low + 1 : low;
  // Now and then a visit goes worse than usual.
  return Math.max(1, Math.min(5, random.chance(0.05) ? rating - 2 : rating));
};

/**
 * Past fulfilled visits with reviews for the practitioners with a `reviewPlan` (at most `maxPerPractitioner`
 * each, at their first role): a slot, an appointment by a patient of the clinic's region and a review a day
 * or two later. The ratings follow the plan's mean; the practitioners' stored rating and count are then the
 * database's own computation from these rows.
 */
export function planReviews(
  directory: Directory,
  reviewersByRegion: ReadonlyMap<string, readonly string[]>,
  options: { random: Random; now: Date; maxPerPractitioner: number },
): ReviewSeed[] {
  const { random, now } = options;
  const clinics = new Map(directory.clinics.map((c) => [c.id, c]));
  const firstRole = new Map<string, Directory['roles'][number]>();
  for (const role of directory.roles)
    if (!firstRole.has(role.practitionerId)) firstRole.set(role.practitionerId, role);
  const codes = new Set<string>();
  const sequences = new Map<string, number>();
  const pickCode = () => {
    let code = generateAppointmentCode((max) => random.int(0, max - 1));
    while (codes.has(code)) code = generateAppointmentCode((max) => random.int(0, max - 1));
    codes.add(code);
    return code;
  };

  const planned: ReviewSeed[] = [];
  for (const practitioner of directory.practitioners) {
    const role = firstRole.get(practitioner.id);
    const clinic = role && clinics.get(role.organizationId);
    const reviewers = clinic && reviewersByRegion.get(clinic.regionCode);
    if (!practitioner.reviewPlan || !role || !clinic || !reviewers?.length) continue;
    const count = Math.min(practitioner.reviewPlan.count, options.maxPerPractitioner);
    const today = localDate(now, clinic.timeZone);
    const weekdays = Array.from({ length: HISTORY_DAYS }, (_, i) => addDays(today, -(i + 2))).filter(
      isWeekday,
    );
    for (const day of random.shuffle(weekdays).slice(0, count)) {
      const startsAt = new Date(
        startOfLocalDay(day, clinic.timeZone).getTime() +
          (9 * 60 + VISIT_MINUTES * random.int(0, 15)) * 60_000,
      );
      const prefix = clinicTicketPrefix(clinic.shortName);
      const sequence = (sequences.get(`${prefix}/${day}`) ?? 0) + 1;
      sequences.set(`${prefix}/${day}`, sequence);
      const slot: PastSlotSeed = {
        id: random.uuid(),
        practitionerRoleId: role.id,
        organizationId: clinic.id,
        practitionerId: practitioner.id,
        regionCode: clinic.regionCode,
        specialtyCode: role.specialtyCode,
        locationId: role.locationId,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + VISIT_MINUTES * 60_000).toISOString(),
      };
      const visit: PastVisitSeed = {
        id: random.uuid(),
        slot,
        patientId: random.pick(reviewers),
        code: pickCode(),
        ticketNumber: formatTicketNumber(prefix, day, sequence),
        bookedAt: new Date(startsAt.getTime() - random.int(1, 14) * 86_400_000).toISOString(),
      };
      const rating = ratingAround(random, practitioner.reviewPlan.mean);
      const writtenAt = Math.min(startsAt.getTime() + random.int(2, 48) * 3_600_000, now.getTime());
      planned.push({
        id: random.uuid(),
        visit,
        rating,
        comment: commentFor(random, rating),
        createdAt: new Date(writtenAt).toISOString(),
      });
    }
  }
  return planned;
}

const slotColumns: Column<ReviewSeed>[] = [
  { column: slots.id, value: (r) => r.visit.slot.id },
  { column: slots.practitionerRoleId, value: (r) => r.visit.slot.practitionerRoleId },
  { column: slots.organizationId, value: (r) => r.visit.slot.organizationId },
  { column: slots.practitionerId, value: (r) => r.visit.slot.practitionerId },
  { column: slots.regionCode, value: (r) => r.visit.slot.regionCode },
  { column: slots.specialtyCode, value: (r) => r.visit.slot.specialtyCode },
  { column: slots.locationId, value: (r) => r.visit.slot.locationId },
  { column: slots.startsAt, value: (r) => r.visit.slot.startsAt },
  { column: slots.endsAt, value: (r) => r.visit.slot.endsAt },
  { column: slots.channels, value: () => ['internet', 'registry'] },
  { column: slots.status, value: () => 'booked' },
];

const appointmentColumns: Column<ReviewSeed>[] = [
  { column: appointments.id, value: (r) => r.visit.id },
  { column: appointments.slotId, value: (r) => r.visit.slot.id },
  { column: appointments.patientId, value: (r) => r.visit.patientId },
  { column: appointments.organizationId, value: (r) => r.visit.slot.organizationId },
  { column: appointments.practitionerId, value: (r) => r.visit.slot.practitionerId },
  { column: appointments.specialtyCode, value: (r) => r.visit.slot.specialtyCode },
  { column: appointments.startsAt, value: (r) => r.visit.slot.startsAt },
  { column: appointments.status, value: () => 'fulfilled' },
  { column: appointments.code, value: (r) => r.visit.code },
  { column: appointments.ticketNumber, value: (r) => r.visit.ticketNumber },
  { column: appointments.channel, value: () => 'internet' },
  { column: appointments.bookedByKind, value: () => 'patient' },
  { column: appointments.arrivedAt, value: (r) => r.visit.slot.startsAt },
  { column: appointments.createdAt, value: (r) => r.visit.bookedAt },
  { column: appointments.updatedAt, value: (r) => r.visit.slot.endsAt },
];

const reviewColumns: Column<ReviewSeed>[] = [
  { column: reviews.id, value: (r) => r.id },
  { column: reviews.appointmentId, value: (r) => r.visit.id },
  { column: reviews.patientId, value: (r) => r.visit.patientId },
  { column: reviews.practitionerId, value: (r) => r.visit.slot.practitionerId },
  { column: reviews.organizationId, value: (r) => r.visit.slot.organizationId },
  { column: reviews.rating, value: (r) => r.rating },
  { column: reviews.comment, value: (r) => r.comment },
  { column: reviews.createdAt, value: (r) => r.createdAt },
  { column: reviews.updatedAt, value: (r) => r.createdAt },
];

/**
 * Writes the visits and their reviews. The reviews' statement-level trigger (migration 0013) sets every
 * reviewed practitioner's rating and count once per statement.
 */
export async function writeReviews(db: Executor, planned: readonly ReviewSeed[]): Promise<void> {
  await insertAll(db, slots, slotColumns, planned);
  await insertAll(db, appointments, appointmentColumns, planned);
  await insertAll(db, reviews, reviewColumns, planned);
}
