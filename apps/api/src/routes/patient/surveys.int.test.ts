import { randomUUID } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { fixedClock } from '@talon/core/shared';
import { sweepSurveyInvitations } from '@talon/core/surveys';
import { createFieldCipher, createSurveysStore } from '@talon/db';
import { auditEntriesAbout, buildAppointment, buildSlots } from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { createChildOf, createPatients, createStaff } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { useTestApp } from '../../testing/test-app';

/** Surveys after a visit (docs/surveys.md): who may rate, once, the window, analytics, answers, the e-mail. */
const NOW = new Date('2026-12-01T09:00:00Z');
const TODAY = '2026-12-01';
const clock = fixedClock(NOW);
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const t = useTestApp({ clock, env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });

const send = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
const survey = (session: Session, appointmentId: string, payload: object) =>
  send(session, 'POST', `/api/v1/appointments/${appointmentId}/survey`, payload);
const pending = async (session: Session) => {
  const res = await send(session, 'GET', '/api/v1/surveys/pending');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { appointmentId: string; hasReview: boolean }[];
};
const good = {
  practitioner: { rating: 5, comment: 'Внимательный врач' },
  waiting: 4,
  cleanliness: 5,
  registry: 4,
};

async function visit(
  patientId: string,
  options: { slotId?: string; start?: Date; status?: 'fulfilled' | 'booked' } = {},
) {
  return buildAppointment(t.database.db, {
    patientId,
    slotId: options.slotId,
    slotOptions: { specialtyCode: 'cardiologist', start: options.start ?? hours(-26) },
    appointment: { status: options.status ?? 'fulfilled' },
  });
}

describe('POST /api/v1/appointments/{id}/survey', () => {
  it('rates a fulfilled visit once: 201, the review follows, the visit leaves the pending list, then 409', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const v = await visit(p!.patientId);
    expect((await pending(p!.session)).map((s) => s.appointmentId)).toEqual([v.id]);

    const res = await survey(p!.session, v.id, { ...good, comment: '  Чисто и без очереди  ' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      appointmentId: v.id,
      practitionerRating: 5,
      waiting: 4,
      cleanliness: 5,
      registry: 4,
      comment: 'Чисто и без очереди',
      createdAt: NOW.toISOString(),
      answer: null,
    });
    // The practitioner part is the visit's review: the appointment and the profile show it.
    const appointment = await send(p!.session, 'GET', `/api/v1/appointments/${v.id}`);
    expect(appointment.json()).toMatchObject({
      review: { rating: 5, comment: 'Внимательный врач' },
      canReview: false,
    });
    const profile = await t.app.inject({ url: `/api/v1/practitioners/${v.practitionerId}` });
    expect(profile.json()).toMatchObject({ rating: 5, reviewsCount: 1 });
    expect(await pending(p!.session)).toEqual([]);

    const again = await survey(p!.session, v.id, { ...good, practitioner: undefined });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'SURVEY_EXISTS',
      detail: expect.stringMatching(/уже оценили/),
    });
    const rows = await t.database.db.query.visitSurveys.findMany({
      where: (row, { eq }) => eq(row.appointmentId, v.id),
    });
    expect(rows).toHaveLength(1);
    const audit = await auditEntriesAbout(t.database.db, p!.patientId);
    expect(audit.some((e) => e.action === 'appointment.survey' && e.recordId === v.id)).toBe(true);
  });

  it('keeps one survey when two are sent at once', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const v = await visit(p!.patientId);
    const answers = await Promise.all([survey(p!.session, v.id, good), survey(p!.session, v.id, good)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const rows = await t.database.db.query.visitSurveys.findMany({
      where: (row, { eq }) => eq(row.appointmentId, v.id),
    });
    expect(rows).toHaveLength(1);
  });

  it('asks only the clinic’s service when the visit already has its review', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const v = await visit(p!.patientId);
    const review = await send(p!.session, 'POST', `/api/v1/appointments/${v.id}/review`, { rating: 3 });
    expect(review.statusCode).toBe(201);
    expect(await pending(p!.session)).toMatchObject([{ appointmentId: v.id, hasReview: true }]);
    const twice = await survey(p!.session, v.id, good);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('REVIEW_EXISTS');
    const res = await survey(p!.session, v.id, { waiting: 5, cleanliness: 5, registry: 5 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().practitionerRating).toBe(3);
  });

  it('requires the practitioner’s rating of a visit without a review, naming the field', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const v = await visit(p!.patientId);
    const res = await survey(p!.session, v.id, { waiting: 5, cleanliness: 5, registry: 5 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'SURVEY_INVALID' });
    expect(JSON.stringify(res.json())).toContain('body.practitioner.rating');
    for (const bad of [
      { ...good, waiting: 0 },
      { ...good, registry: 6 },
      { ...good, cleanliness: 2.5 },
    ]) {
      const refused = await survey(p!.session, v.id, bad);
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it('refuses a visit not yet fulfilled (409 SURVEY_NOT_ALLOWED) and one past its 30 days (409 SURVEY_CLOSED)', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const booked = await visit(p!.patientId, { start: hours(30), status: 'booked' });
    const early = await survey(p!.session, booked.id, good);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'SURVEY_NOT_ALLOWED',
      detail: expect.stringMatching(/состоявш/),
    });
    const old = await visit(p!.patientId, { start: hours(-24 * 30 - 1) });
    const late = await survey(p!.session, old.id, good);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('SURVEY_CLOSED');
    expect(await pending(p!.session)).toEqual([]);
  });

  it('takes the survey of a visit the practitioner marked fulfilled before its booked time', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const early = await visit(p!.patientId, { start: hours(1) });
    expect((await pending(p!.session)).map((s) => s.appointmentId)).toEqual([early.id]);
    expect((await survey(p!.session, early.id, good)).statusCode).toBe(201);
  });

  it('answers 404 to a stranger, 403 to the visit’s doctor (by role); a representative rates a ward’s visit', async () => {
    const [parent, stranger] = await createPatients(t, 2, { now: NOW });
    const child = await createChildOf(t, parent!, NOW);
    const v = await visit(child.patientId);
    const foreign = await survey(stranger!.session, v.id, good);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('APPOINTMENT_NOT_FOUND');
    expect((await send(stranger!.session, 'GET', `/api/v1/appointments/${v.id}/survey`)).statusCode).toBe(
      404,
    );
    expect((await survey(stranger!.session, randomUUID(), good)).statusCode).toBe(404);
    const doctor = await createStaff(t, 'doctor', v.organizationId, {
      practitionerId: v.practitionerId,
      now: NOW,
    });
    expect((await survey(doctor.session, v.id, good)).statusCode).toBe(403);

    expect((await pending(parent!.session)).map((s) => s.appointmentId)).toContain(v.id);
    const byParent = await survey(parent!.session, v.id, good);
    expect(byParent.statusCode, byParent.body).toBe(201);
    const audit = await auditEntriesAbout(t.database.db, child.patientId);
    expect(audit.find((e) => e.action === 'appointment.survey')?.details).toMatchObject({
      basis: 'representative',
    });
  });
});

describe('the clinic admin’s survey analytics and answers', () => {
  it('averages each aspect with its distribution, lists low ratings first and answers them once', async () => {
    const slots = await buildSlots(t.database.db, {
      specialtyCode: 'neurologist',
      start: hours(-48),
      count: 3,
    });
    const organizationId = slots[0]!.organizationId;
    const people = await createPatients(t, 3, { now: NOW });
    const visits = await Promise.all(
      people.map((person, i) => visit(person.patientId, { slotId: slots[i]!.id })),
    );
    const sent = [
      { practitioner: { rating: 5 }, waiting: 5, cleanliness: 4, registry: 5 },
      { practitioner: { rating: 4 }, waiting: 3, cleanliness: 4, registry: 5, comment: 'Всё хорошо' },
      {
        practitioner: { rating: 4 },
        waiting: 1,
        cleanliness: 4,
        registry: 2,
        comment: 'Ждали час у кабинета',
      },
    ];
    for (const [i, body] of sent.entries()) {
      expect((await survey(people[i]!.session, visits[i]!.id, body)).statusCode).toBe(201);
    }
    // Another clinic's survey stays out of this clinic's figures.
    const [other] = await createPatients(t, 1, { now: NOW });
    const elsewhere = await visit(other!.patientId);
    expect((await survey(other!.session, elsewhere.id, { ...good, waiting: 1 })).statusCode).toBe(201);

    const admin = await createStaff(t, 'clinic_admin', organizationId, { now: NOW });
    const res = await send(admin.session, 'GET', `/api/v1/admin/analytics/surveys?from=${TODAY}&to=${TODAY}`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.surveys).toBe(3);
    expect(report.aspects).toEqual([
      { aspect: 'practitioner', count: 3, average: 4.33, distribution: [0, 0, 0, 2, 1] },
      { aspect: 'waiting', count: 3, average: 3, distribution: [1, 0, 1, 0, 1] },
      { aspect: 'cleanliness', count: 3, average: 4, distribution: [0, 0, 0, 3, 0] },
      { aspect: 'registry', count: 3, average: 4, distribution: [0, 1, 0, 0, 2] },
    ]);
    // The low rating opened its «ticket»: marked to answer, first on the list; the plain comment follows.
    expect(
      report.comments.map((c: { comment: string; needsAnswer: boolean }) => [c.comment, c.needsAnswer]),
    ).toEqual([
      ['Ждали час у кабинета', true],
      ['Всё хорошо', false],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/Тестова|Пациентка/);
    const lowId = report.comments[0].id as string;
    // …and a ticket of the support desk for this clinic (the other clinic's low rating is not in its queue).
    const queue = await send(admin.session, 'GET', '/api/v1/support/tickets');
    expect(queue.statusCode, queue.body).toBe(200);
    const quality = queue
      .json()
      .items.filter((ticket: { category: string }) => ticket.category === 'quality');
    expect(quality).toHaveLength(1);
    expect(quality[0]).toMatchObject({ status: 'new', source: 'system' });

    const otherAdmin = await createStaff(t, 'clinic_admin', elsewhere.organizationId, { now: NOW });
    const answer = { text: 'Приносим извинения, мы изменили расписание приёма.', visibility: 'public' };
    const foreign = await send(otherAdmin.session, 'POST', `/api/v1/admin/surveys/${lowId}/answer`, answer);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('SURVEY_NOT_FOUND');
    const forbidden = await send(
      admin.session,
      'GET',
      `/api/v1/admin/analytics/surveys?organization=${elsewhere.organizationId}`,
    );
    expect(forbidden.statusCode).toBe(404);

    const answered = await send(admin.session, 'POST', `/api/v1/admin/surveys/${lowId}/answer`, answer);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      surveyId: lowId,
      visibility: 'public',
      answeredAt: NOW.toISOString(),
    });
    const twice = await send(admin.session, 'POST', `/api/v1/admin/surveys/${lowId}/answer`, answer);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('SURVEY_ANSWERED');
    const mine = await send(people[2]!.session, 'GET', `/api/v1/appointments/${visits[2]!.id}/survey`);
    expect(mine.json().answer).toMatchObject({ text: answer.text, visibility: 'public' });

    // A private answer is the clinic's note: the patient does not see it.
    const noteId = report.comments[1].id as string;
    const note = { text: 'Передано старшей медсестре', visibility: 'private' };
    expect(
      (await send(admin.session, 'POST', `/api/v1/admin/surveys/${noteId}/answer`, note)).statusCode,
    ).toBe(200);
    const theirs = await send(people[1]!.session, 'GET', `/api/v1/appointments/${visits[1]!.id}/survey`);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().answer).toBeNull();
    const blank = await send(admin.session, 'POST', `/api/v1/admin/surveys/${noteId}/answer`, {
      text: ' ',
      visibility: 'public',
    });
    expect(blank.statusCode).toBe(400);
  });
});

describe('the survey invitation e-mail', () => {
  it('is written once per fulfilled visit with an address, never for a rated, an old or a fresh visit', async () => {
    const withEmail = async () =>
      (
        await createPatients(t, 1, { now: NOW, patient: { email: `survey-${randomUUID()}@example.test` } })
      )[0]!;
    const p = await withEmail();
    const rated = await withEmail();
    const [silent] = await createPatients(t, 1, { now: NOW });
    const recent = await visit(p!.patientId, { start: hours(-5) });
    const tooOld = await visit(p!.patientId, { start: hours(-24 * 4) });
    const tooFresh = await visit(p!.patientId, { start: hours(-1) });
    const done = await visit(rated!.patientId, { start: hours(-5) });
    expect((await survey(rated!.session, done.id, good)).statusCode).toBe(201);
    const withoutAddress = await visit(silent!.patientId, { start: hours(-5) });

    const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets);
    const deps = { store: createSurveysStore(t.database.db, cipher), clock };
    await sweepSurveyInvitations(deps, null);
    await sweepSurveyInvitations(deps, null, { at: hours(1) });

    const keyOf = (id: string) => `survey.invitation|${id}|email`;
    const rows = await t.database.db.query.notificationOutbox.findMany({
      where: (row, { like }) => like(row.dedupeKey, 'survey.invitation|%'),
    });
    const keys = rows.map((row) => row.dedupeKey);
    expect(keys.filter((key) => key === keyOf(recent.id))).toHaveLength(1);
    for (const id of [tooOld.id, tooFresh.id, done.id, withoutAddress.id])
      expect(keys).not.toContain(keyOf(id));
    const row = rows.find((r) => r.dedupeKey === keyOf(recent.id))!;
    expect(row).toMatchObject({ channel: 'email', template: 'survey_invitation' });
  });
});
