import { randomUUID } from 'node:crypto';
import { fixedClock } from '@talon/core/shared';
import { buildAppointment, buildSlots } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatients } from '../../testing/booking-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** The public, anonymous list of a practitioner's reviews. */
const NOW = new Date('2026-12-01T06:00:00Z');
const clock = fixedClock(NOW);
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t?.close());

describe('GET /api/v1/practitioners/{id}/reviews', () => {
  it('lists the reviews newest first, paged, with the specialty and no patient; no login needed', async () => {
    const slots = await buildSlots(t.database.db, {
      specialtyCode: 'ophthalmologist',
      start: new Date(NOW.getTime() - 3 * 86_400_000),
      count: 3,
    });
    const practitionerId = slots[0]!.practitionerId;
    const people = await createPatients(t, 3, { now: NOW, patient: { surname: 'Секретова' } });
    const written: string[] = [];
    for (const [i, person] of people.entries()) {
      const visit = await buildAppointment(t.database.db, {
        patientId: person.patientId,
        slotId: slots[i]!.id,
        appointment: { status: 'fulfilled' },
      });
      clock.set(minutes(i));
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/appointments/${visit.id}/review`,
        headers: person.session.headers,
        payload: { rating: i + 3, comment: `Отзыв ${i}` },
      });
      expect(res.statusCode, res.body).toBe(201);
      written.push(res.json().id);
    }
    clock.set(NOW);

    const first = await t.app.inject({ url: `/api/v1/practitioners/${practitionerId}/reviews?pageSize=2` });
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(body.items).toEqual([
      {
        id: written[2],
        rating: 5,
        comment: 'Отзыв 2',
        createdAt: minutes(2).toISOString(),
        specialty: { code: 'ophthalmologist', name: expect.any(String) },
      },
      expect.objectContaining({ id: written[1], rating: 4 }),
    ]);
    expect(first.body).not.toContain('Секретова');
    expect(first.body).not.toContain(people[0]!.patientId);
    const second = await t.app.inject({
      url: `/api/v1/practitioners/${practitionerId}/reviews?page=2&pageSize=2`,
    });
    expect(second.json().items.map((r: { id: string }) => r.id)).toEqual([written[0]]);
    const profile = await t.app.inject({ url: `/api/v1/practitioners/${practitionerId}` });
    expect(profile.json()).toMatchObject({ rating: 4, reviewsCount: 3 });
  });

  it('answers an empty page for a practitioner without reviews, 404 for an unknown one, 400 for bad paging', async () => {
    const [slot] = await buildSlots(t.database.db, { specialtyCode: 'surgeon' });
    const empty = await t.app.inject({ url: `/api/v1/practitioners/${slot!.practitionerId}/reviews` });
    expect(empty.json()).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    const unknown = await t.app.inject({ url: `/api/v1/practitioners/${randomUUID()}/reviews` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('PRACTITIONER_NOT_FOUND');
    expect((await t.app.inject({ url: '/api/v1/practitioners/nope/reviews' })).statusCode).toBe(400);
    const badPage = await t.app.inject({
      url: `/api/v1/practitioners/${slot!.practitionerId}/reviews?pageSize=1000`,
    });
    expect(badPage.statusCode).toBe(400);
  });
});
