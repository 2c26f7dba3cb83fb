import { randomUUID } from 'node:crypto';
import { fixedClock } from '@talon/core/shared';
import { auditEntriesAbout, buildAppointment, buildSlots } from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { book, createChildOf, createPatients, createStaff } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { useTestApp } from '../../testing/test-app';

/** Reviews of fulfilled visits: who may write one, once, and the practitioner's rating that follows. */
const NOW = new Date('2026-12-01T06:00:00Z');
const clock = fixedClock(NOW);
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const t = useTestApp({ clock, env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });

const review = (session: Session, appointmentId: string, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/appointments/${appointmentId}/review`,
    headers: session.headers,
    payload: payload as object,
  });
const get = (session: Session, url: string) => t.app.inject({ url, headers: session.headers });

/** A visit of `patientId` two days ago, fulfilled, with a practitioner of its own (or the given slot's). */
async function fulfilledVisit(patientId: string, slotId?: string) {
  return buildAppointment(t.database.db, {
    patientId,
    slotId,
    slotOptions: { specialtyCode: 'cardiologist', start: hours(-48) },
    appointment: { status: 'fulfilled' },
  });
}

const practitionerRating = async (practitionerId: string) => {
  const res = await t.app.inject({ url: `/api/v1/practitioners/${practitionerId}` });
  expect(res.statusCode, res.body).toBe(200);
  const { rating, reviewsCount } = res.json();
  return { rating, reviewsCount };
};

describe('POST /api/v1/appointments/{id}/review', () => {
  it('reviews a fulfilled visit once: 201, the appointment shows it, the rating and count follow', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const visit = await fulfilledVisit(p!.patientId);
    const before = await get(p!.session, `/api/v1/appointments/${visit.id}`);
    expect(before.json()).toMatchObject({ status: 'fulfilled', review: null, canReview: true });
    expect(await practitionerRating(visit.practitionerId)).toEqual({ rating: null, reviewsCount: 0 });

    const res = await review(p!.session, visit.id, {
      rating: 4,
      comment: '  Внимательный врач.\nСпасибо!  ',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(String),
      appointmentId: visit.id,
      rating: 4,
      comment: 'Внимательный врач.\nСпасибо!',
      createdAt: NOW.toISOString(),
    });
    const after = await get(p!.session, `/api/v1/appointments/${visit.id}`);
    expect(after.json()).toMatchObject({
      review: { rating: 4, comment: 'Внимательный врач.\nСпасибо!', createdAt: NOW.toISOString() },
      canReview: false,
    });
    const list = await get(p!.session, '/api/v1/appointments');
    expect(list.json().items[0]).toMatchObject({ id: visit.id, canReview: false, review: { rating: 4 } });
    expect(await practitionerRating(visit.practitionerId)).toEqual({ rating: 4, reviewsCount: 1 });

    const again = await review(p!.session, visit.id, { rating: 5 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'REVIEW_EXISTS', detail: expect.stringMatching(/уже/) });
    expect(await practitionerRating(visit.practitionerId)).toEqual({ rating: 4, reviewsCount: 1 });
    const audit = await auditEntriesAbout(t.database.db, p!.patientId);
    expect(audit.some((e) => e.action === 'appointment.review' && e.recordId === visit.id)).toBe(true);
  });

  it('keeps the rating the mean of all reviews of the practitioner; an empty comment is none', async () => {
    const slots = await buildSlots(t.database.db, {
      specialtyCode: 'neurologist',
      start: hours(-72),
      count: 3,
    });
    const people = await createPatients(t, 3, { now: NOW });
    const ratings = [5, 4, 4];
    for (const [i, person] of people.entries()) {
      const visit = await fulfilledVisit(person.patientId, slots[i]!.id);
      const res = await review(person.session, visit.id, {
        rating: ratings[i],
        comment: i === 0 ? '   ' : undefined,
      });
      expect(res.statusCode, res.body).toBe(201);
      if (i === 0) expect(res.json().comment).toBeNull();
    }
    expect(await practitionerRating(slots[0]!.practitionerId)).toEqual({ rating: 4.33, reviewsCount: 3 });
  });

  it('two reviews of one visit sent at once: one 201, one 409 REVIEW_EXISTS, one row counted', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const visit = await fulfilledVisit(p!.patientId);
    const answers = await Promise.all([
      review(p!.session, visit.id, { rating: 2 }),
      review(p!.session, visit.id, { rating: 5 }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().code).toBe('REVIEW_EXISTS');
    const { reviewsCount } = await practitionerRating(visit.practitionerId);
    expect(reviewsCount).toBe(1);
  });

  it('counts every one of many reviews of one practitioner sent at once', async () => {
    const slots = await buildSlots(t.database.db, {
      specialtyCode: 'endocrinologist',
      start: hours(-96),
      count: 6,
    });
    const people = await createPatients(t, 6, { now: NOW });
    const visits = await Promise.all(
      people.map((person, i) => fulfilledVisit(person.patientId, slots[i]!.id)),
    );
    const ratings = [5, 5, 4, 3, 5, 2];
    const answers = await Promise.all(
      people.map((person, i) => review(person.session, visits[i]!.id, { rating: ratings[i] })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(ratings.map(() => 201));
    expect(await practitionerRating(slots[0]!.practitionerId)).toEqual({ rating: 4, reviewsCount: 6 });
  });

  it('refuses a visit that is not fulfilled with 409 REVIEW_NOT_ALLOWED', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const [slot] = await buildSlots(t.database.db, { specialtyCode: 'urologist', start: hours(50) });
    const booked = (await book(t, p!.session, { slotId: slot!.id })).json();
    expect(booked).toMatchObject({ status: 'booked', review: null, canReview: false });
    const res = await review(p!.session, booked.id, { rating: 5 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'REVIEW_NOT_ALLOWED',
      detail: expect.stringMatching(/состоявш/),
    });
    const noshow = await buildAppointment(t.database.db, {
      patientId: p!.patientId,
      slotOptions: { start: hours(-30) },
      appointment: { status: 'noshow' },
    });
    expect((await review(p!.session, noshow.id, { rating: 1 })).json().code).toBe('REVIEW_NOT_ALLOWED');
  });

  it("answers 404 for another patient's visit and a missing one; a representative reviews a ward's", async () => {
    const [parent, stranger] = await createPatients(t, 2, { now: NOW });
    const child = await createChildOf(t, parent!, NOW);
    const visit = await fulfilledVisit(child.patientId);
    const foreign = await review(stranger!.session, visit.id, { rating: 1 });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('APPOINTMENT_NOT_FOUND');
    expect((await review(stranger!.session, randomUUID(), { rating: 1 })).statusCode).toBe(404);
    const byParent = await review(parent!.session, visit.id, { rating: 5, comment: 'Спасибо за дочь' });
    expect(byParent.statusCode, byParent.body).toBe(201);
    const audit = await auditEntriesAbout(t.database.db, child.patientId);
    expect(audit.find((e) => e.action === 'appointment.review')?.details).toMatchObject({
      basis: 'representative',
    });
  });

  it("staff cannot review: the visit's own doctor is refused by role", async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const visit = await fulfilledVisit(p!.patientId);
    const doctor = await createStaff(t, 'doctor', visit.organizationId, {
      practitionerId: visit.practitionerId,
      now: NOW,
    });
    expect((await review(doctor.session, visit.id, { rating: 5 })).statusCode).toBe(403);
  });

  it('answers 400 naming the field for a bad rating or comment', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const visit = await fulfilledVisit(p!.patientId);
    for (const rating of [0, 6, 3.5, '5', null]) {
      const res = await review(p!.session, visit.id, { rating });
      expect(res.statusCode, `rating ${String(rating)}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors?.map((e: { field: string }) => e.field)).toContain('body.rating');
    }
    const missing = await review(p!.session, visit.id, {});
    expect(missing.json().errors?.map((e: { field: string }) => e.field)).toContain('body.rating');
    const long = await review(p!.session, visit.id, { rating: 5, comment: 'а'.repeat(2001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors?.map((e: { field: string }) => e.field)).toContain('body.comment');
    const nul = await review(p!.session, visit.id, { rating: 5, comment: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    // Spaces around a 2000-character comment are trimmed away before the length is checked.
    const padded = await review(p!.session, visit.id, { rating: 5, comment: ` ${'а'.repeat(2000)} ` });
    expect(padded.statusCode, padded.body).toBe(201);
  });
});
