import { randomUUID } from 'node:crypto';
import { localDate } from '@talon/core/shared';
import { schema } from '@talon/db';
import { buildPractitioner } from '@talon/testing';
import { createStaff } from './booking-helpers';
import type { Session } from './identity-helpers';
import type { TestApp } from './test-app';

const DAY = 86_400_000;
/** A Moscow day `offset` days from now. */
export const moscowDay = (offset: number) => localDate(new Date(Date.now() + offset * DAY), 'Europe/Moscow');

type CourseRow = typeof schema.courses.$inferInsert;

/** A course starting in `startsIn` days (a week by default), two days long. */
export async function buildCourse(t: TestApp, overrides: Partial<CourseRow> & { startsIn?: number } = {}) {
  const { startsIn = 7, ...rest } = overrides;
  const [row] = await t.database.db
    .insert(schema.courses)
    .values({
      code: `T-${randomUUID()}`,
      title: 'Рациональная антибиотикотерапия',
      provider: 'Учебный центр',
      direction: 'pharmacology_therapy',
      format: 'online',
      credits: 36,
      hours: 36,
      startsOn: moscowDay(startsIn),
      endsOn: moscowDay(startsIn + 1),
      priceRub: 0,
      seats: 10,
      requirements: 'Высшее медицинское образование',
      description: 'Программа НМО',
      ...rest,
    })
    .returning();
  return row!;
}

/** `count` doctors of one clinic, each a practitioner with a signed-in account. */
export async function createDoctors(
  t: TestApp,
  organizationId: string,
  count: number,
): Promise<{ practitionerId: string; accountId: string; session: Session }[]> {
  const doctors = [];
  for (let i = 0; i < count; i++) {
    const practitioner = await buildPractitioner(t.database.db, { organizationId });
    const staff = await createStaff(t, 'doctor', organizationId, { practitionerId: practitioner.id });
    doctors.push({ practitionerId: practitioner.id, ...staff });
  }
  return doctors;
}

export const enrol = (t: TestApp, session: Session, courseId: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/courses/${courseId}/enrollments`, headers: session.headers });

export const decideEnrolment = (t: TestApp, session: Session, id: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/course-enrollments/${id}/decision`,
    headers: session.headers,
    payload,
  });
