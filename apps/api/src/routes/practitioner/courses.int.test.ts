import { buildOrganization, outboxRowsOf, setStoredColumn } from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { createStaff } from '../../testing/booking-helpers';
import { buildCourse, createDoctors, decideEnrolment, enrol, moscowDay } from '../../testing/course-helpers';
import type { Session } from '../../testing/identity-helpers';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();

const get = (session: Session, url: string, query: Record<string, string> = {}) =>
  t.app.inject({ url, query, headers: session.headers });
const idsOf = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe('courses', () => {
  it('filters the catalogue by direction, format and first day; serves the dates as a calendar file', async () => {
    const organization = await buildOrganization(t.database.db);
    const [doctor] = await createDoctors(t, organization.id, 1);
    const soon = await buildCourse(t, { direction: 'it_in_medicine', format: 'online', startsIn: 3 });
    const later = await buildCourse(t, { direction: 'it_in_medicine', format: 'mixed', startsIn: 40 });
    const past = await buildCourse(t, { direction: 'it_in_medicine', startsIn: -10 });

    const all = (await get(doctor!.session, '/api/v1/courses', { direction: 'it_in_medicine' })).json();
    expect(idsOf(all)).toEqual(expect.arrayContaining([soon.id, later.id]));
    expect(idsOf(all)).not.toContain(past.id);
    const online = await get(doctor!.session, '/api/v1/courses', {
      direction: 'it_in_medicine',
      format: 'online',
    });
    expect(idsOf(online.json())).toContain(soon.id);
    expect(idsOf(online.json())).not.toContain(later.id);
    const fromLater = await get(doctor!.session, '/api/v1/courses', { startsFrom: moscowDay(30) });
    expect(idsOf(fromLater.json())).toContain(later.id);
    expect(idsOf(fromLater.json())).not.toContain(soon.id);
    expect((await get(doctor!.session, '/api/v1/courses', { direction: 'astrology' })).statusCode).toBe(400);
    expect(all.items.find((c: { id: string }) => c.id === soon.id)).toMatchObject({
      seats: 10,
      seatsLeft: 10,
    });

    const ics = await get(doctor!.session, `/api/v1/courses/${soon.id}/calendar.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain(`DTSTART;VALUE=DATE:${moscowDay(3).replaceAll('-', '')}`);
    expect(ics.body).toContain(`DTEND;VALUE=DATE:${moscowDay(5).replaceAll('-', '')}`);
    const missing = await get(doctor!.session, '/api/v1/courses/00000000-0000-4000-8000-000000000000');
    expect(missing.json().code).toBe('COURSE_NOT_FOUND');
  });

  it('enrol → processing; the clinic admin approves or cancels; the practitioner sees it and is told', async () => {
    const organization = await buildOrganization(t.database.db);
    const [doctor] = await createDoctors(t, organization.id, 1);
    const admin = await createStaff(t, 'clinic_admin', organization.id);
    const stranger = await createStaff(t, 'clinic_admin', (await buildOrganization(t.database.db)).id);
    const course = await buildCourse(t, { seats: 2 });

    const created = await enrol(t, doctor!.session, course.id);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'processing', course: { id: course.id } });
    const id = created.json().id as string;
    const again = await enrol(t, doctor!.session, course.id);
    expect([again.statusCode, again.json().code]).toEqual([409, 'COURSE_ALREADY_ENROLLED']);
    const started = await buildCourse(t, { startsIn: 0 });
    expect((await enrol(t, doctor!.session, started.id)).json().code).toBe('COURSE_ENROLMENT_CLOSED');
    // Only practitioners enrol.
    expect((await enrol(t, admin.session, course.id)).statusCode).toBe(403);

    expect(idsOf((await get(stranger.session, '/api/v1/admin/course-enrollments')).json())).not.toContain(id);
    expect((await decideEnrolment(t, stranger.session, id, { decision: 'approve' })).statusCode).toBe(404);
    const queue = await get(admin.session, '/api/v1/admin/course-enrollments', { status: 'processing' });
    expect(idsOf(queue.json())).toEqual([id]);

    const approved = await decideEnrolment(t, admin.session, id, { decision: 'approve' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved' });
    const twice = await decideEnrolment(t, admin.session, id, { decision: 'approve' });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'ENROLMENT_STATUS_CONFLICT']);
    expect((await get(doctor!.session, `/api/v1/courses/${course.id}`)).json().seatsLeft).toBe(1);
    const mine = (await get(doctor!.session, '/api/v1/practitioner/course-enrollments')).json();
    expect(mine.items).toMatchObject([{ id, status: 'approved' }]);

    // The practitioner cancels the approved enrolment: the seat is free again, and they may enrol anew.
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/practitioner/course-enrollments/${id}/cancel`,
      headers: doctor!.session.headers,
      payload: { reason: 'Не отпускают с работы' },
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'practitioner' });
    expect((await get(doctor!.session, `/api/v1/courses/${course.id}`)).json().seatsLeft).toBe(2);
    const second = await enrol(t, doctor!.session, course.id);
    expect(second.statusCode).toBe(201);
    const refused = await decideEnrolment(t, admin.session, second.json().id, {
      decision: 'cancel',
      reason: 'Нет замены на время курса',
    });
    expect(refused.json()).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'admin',
      reason: 'Нет замены на время курса',
    });

    const messages = (await outboxRowsOf(t.database.db, 'course_enrolment_status')).filter(
      (m) => m.accountId === doctor!.accountId,
    );
    expect(messages.map((m) => m.channel).sort()).toEqual(['email', 'email', 'in_app', 'in_app']);
  });

  it('50 concurrent approvals in a course of 10 seats: exactly 10 approved, 40 COURSE_FULL', async () => {
    const organization = await buildOrganization(t.database.db);
    const doctors = await createDoctors(t, organization.id, 50);
    const admin = await createStaff(t, 'clinic_admin', organization.id);
    const course = await buildCourse(t, { seats: 10 });
    const ids: string[] = [];
    for (const d of doctors) ids.push((await enrol(t, d.session, course.id)).json().id);

    const answers = await Promise.all(
      ids.map((id) => decideEnrolment(t, admin.session, id, { decision: 'approve' })),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    const refused = answers.filter((a) => a.statusCode !== 200);
    expect(new Set(refused.map((a) => `${a.statusCode} ${a.json().code}`))).toEqual(
      new Set(['409 COURSE_FULL']),
    );
    expect(refused[0]!.json().detail).toMatch(/не осталось свободных мест/);
    expect(refused).toHaveLength(40);

    const approved = await get(admin.session, '/api/v1/admin/course-enrollments', { status: 'approved' });
    expect(
      approved.json().items.filter((e: { course: { id: string } }) => e.course.id === course.id),
    ).toHaveLength(10);
    expect((await get(admin.session, `/api/v1/courses/${course.id}`)).json().seatsLeft).toBe(0);
  }, 120_000);

  it('reports completed courses and credits per practitioner, as JSON and CSV', async () => {
    const organization = await buildOrganization(t.database.db);
    const doctors = await createDoctors(t, organization.id, 2);
    const admin = await createStaff(t, 'clinic_admin', organization.id);
    const course = await buildCourse(t, { credits: 18, title: 'Электронная медицинская карта' });
    const ongoing = await buildCourse(t, { startsIn: 20 });
    for (const c of [course, ongoing]) {
      const id = (await enrol(t, doctors[0]!.session, c.id)).json().id;
      await decideEnrolment(t, admin.session, id, { decision: 'approve' });
    }
    // Only processing: not completed.
    await enrol(t, doctors[1]!.session, course.id);
    // The course is over now.
    const where = { column: 'id', value: course.id };
    await setStoredColumn(t.database.db, 'courses', 'starts_on', moscowDay(-5), where);
    await setStoredColumn(t.database.db, 'courses', 'ends_on', moscowDay(-3), where);

    const report = await get(admin.session, '/api/v1/admin/courses/report', {
      from: moscowDay(-30),
      to: moscowDay(60),
    });
    expect(report.statusCode).toBe(200);
    expect(report.json().items).toMatchObject([
      {
        practitioner: { id: doctors[0]!.practitionerId },
        totalCredits: 18,
        courses: [{ id: course.id, credits: 18 }],
      },
    ]);
    const csv = await get(admin.session, '/api/v1/admin/courses/report.csv', {
      from: moscowDay(-30),
      to: moscowDay(60),
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Электронная медицинская карта');
    const wrong = await get(admin.session, '/api/v1/admin/courses/report', {
      from: moscowDay(0),
      to: moscowDay(-1),
    });
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'COURSE_REPORT_PERIOD_INVALID']);
  });
});
