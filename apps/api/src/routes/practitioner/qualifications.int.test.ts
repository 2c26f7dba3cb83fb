import { addDays, localDate } from '@talon/core/shared';
import { schema } from '@talon/db';
import { buildOrganization, buildPractitioner } from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { createStaff } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { createTestApp, useTestApp } from '../../testing/test-app';

const t = useTestApp();
const DAY = 86_400_000;
const today = () => localDate(new Date(), 'Europe/Moscow');

async function doctor() {
  const practitioner = await buildPractitioner(t.database.db);
  const role = await t.database.db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
  const phone = `+7999${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const staff = await createStaff(t, 'doctor', practitioner.organizationId, {
    practitionerId: practitioner.id,
    phone,
  });
  return { practitioner, specialtyCode: role!.specialtyCode, ...staff };
}

const accreditation = (specialtyCode: string, validUntil: string, extra: Record<string, unknown> = {}) => ({
  type: 'accreditation',
  number: '7724 0312 3456',
  issuedOn: addDays(validUntil, -5 * 365),
  validUntil,
  specialtyCode,
  scanUploadId: null,
  ...extra,
});
const create = (session: Session, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/me/qualifications', headers: session.headers, payload });
const update = (session: Session, id: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/me/qualifications/${id}`, headers: session.headers, payload });
const runAt = async (at: Date) =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/dev/jobs/accreditation-reminders',
      payload: { at: at.toISOString() },
    })
  ).json().written as number;
/** The reminder rows of a document by offset: `{ 30: ['in_app', 'push', 'sms'] }`. */
async function reminders(id: string) {
  const rows = await t.database.db.query.notificationOutbox.findMany({
    where: (o, { like }) => like(o.dedupeKey, `qualification.accreditation_expiring|${id}:%`),
  });
  const byOffset: Record<string, string[]> = {};
  for (const row of rows) {
    const offset = row.dedupeKey.split('|')[1]!.split(':').slice(1).join(':');
    byOffset[offset] = [...(byOffset[offset] ?? []), row.channel];
  }
  for (const list of Object.values(byOffset)) list.sort();
  return byOffset;
}

describe('qualification documents', () => {
  it('plans the 30-, 14- and 3-day reminders once each, and afresh when the date moves', async () => {
    const me = await doctor();
    const validUntil = addDays(today(), 30);
    const created = await create(me.session, accreditation(me.specialtyCode, validUntil));
    expect(created.statusCode).toBe(201);
    const { id, number, status } = created.json();
    expect({ number, status }).toEqual({ number: '772403123456', status: 'in_work' });
    const all = ['in_app', 'push', 'sms'];
    expect(await reminders(id)).toEqual({ [`30:${validUntil}`]: all });

    const now = Date.now();
    expect(await runAt(new Date(now + 16 * DAY))).toBeGreaterThanOrEqual(3);
    expect(await runAt(new Date(now + 16 * DAY))).toBe(0);
    expect(await runAt(new Date(now + 27 * DAY))).toBeGreaterThanOrEqual(3);
    expect(await runAt(new Date(now + 28 * DAY))).toBe(0);
    expect(await reminders(id)).toEqual({
      [`30:${validUntil}`]: all,
      [`14:${validUntil}`]: all,
      [`3:${validUntil}`]: all,
    });

    // Renewed to a later date: its reminders come again, for the new date.
    const later = addDays(today(), 40);
    expect((await update(me.session, id, accreditation(me.specialtyCode, later))).statusCode).toBe(200);
    await runAt(new Date(now + 11 * DAY));
    expect((await reminders(id))[`30:${later}`]).toEqual(all);

    const list = await t.app.inject({ url: '/api/v1/me/qualifications', headers: me.session.headers });
    expect(list.json().items[0]).toMatchObject({ id, validUntil: later, daysLeft: 40 });
  });

  it('journals every change; the status moves one step; the database refuses overlapping periods', async () => {
    const me = await doctor();
    const first = (await create(me.session, accreditation(me.specialtyCode, addDays(today(), 400)))).json();
    const sent = await update(me.session, first.id, {
      ...accreditation(me.specialtyCode, addDays(today(), 400)),
      status: 'sent',
    });
    expect(sent.json().status).toBe('sent');
    const back = await update(me.session, first.id, {
      ...accreditation(me.specialtyCode, addDays(today(), 400)),
      status: 'in_work',
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().code).toBe('QUALIFICATION_STATUS_CONFLICT');

    const overlapping = await create(
      me.session,
      accreditation(me.specialtyCode, addDays(today(), 800), { issuedOn: addDays(today(), 300) }),
    );
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json()).toMatchObject({ code: 'QUALIFICATION_PERIOD_OVERLAP' });
    expect(overlapping.json().detail).toContain('пересекается');
    // The database itself, without the API: the exclusion constraint.
    await expect(
      t.database.db.insert(schema.qualifications).values({
        practitionerId: me.practitioner.id,
        type: 'accreditation',
        number: '123456',
        issuedOn: addDays(today(), 399),
        validUntil: addDays(today(), 900),
        specialtyCode: me.specialtyCode,
      }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: '23P01' }) });
    // The next period starting after the last day is fine.
    const next = await create(
      me.session,
      accreditation(me.specialtyCode, addDays(today(), 2200), { issuedOn: addDays(today(), 401) }),
    );
    expect(next.statusCode).toBe(201);

    const changes = await t.app.inject({
      url: '/api/v1/me/qualifications/changes',
      headers: me.session.headers,
    });
    const items = changes.json().items as {
      qualificationId: string;
      before: unknown;
      after: { status: string };
    }[];
    expect(
      items.filter((c) => c.qualificationId === first.id).map((c) => [c.before === null, c.after.status]),
    ).toEqual([
      [false, 'sent'],
      [true, 'in_work'],
    ]);
    expect(items).toHaveLength(3);
  });

  it('checks the number per type and the period; another practitioner’s document is not found', async () => {
    const me = await doctor();
    const other = await doctor();
    const diploma = await create(me.session, {
      type: 'diploma',
      number: '10771 0123456',
      issuedOn: '2015-06-30',
      validUntil: null,
      specialtyCode: me.specialtyCode,
      scanUploadId: null,
    });
    expect(diploma.statusCode).toBe(400);
    expect(diploma.json()).toMatchObject({ code: 'QUALIFICATION_NUMBER_INVALID' });
    const noEnd = await create(
      me.session,
      accreditation(me.specialtyCode, addDays(today(), 30), { validUntil: null }),
    );
    expect(noEnd.json().code).toBe('QUALIFICATION_PERIOD_INVALID');

    const mine = (await create(me.session, accreditation(me.specialtyCode, addDays(today(), 500)))).json();
    const theirs = await update(
      other.session,
      mine.id,
      accreditation(other.specialtyCode, addDays(today(), 500)),
    );
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().code).toBe('QUALIFICATION_NOT_FOUND');
  });

  it('shows the clinic admin the accreditations of their clinic expiring within 90 days', async () => {
    const me = await doctor();
    const soon = (await create(me.session, accreditation(me.specialtyCode, addDays(today(), 60)))).json();
    const admin = await createStaff(t, 'clinic_admin', me.practitioner.organizationId);
    const stranger = await createStaff(t, 'clinic_admin', (await buildOrganization(t.database.db)).id);
    const list = async (session: Session, days = 90) =>
      (
        await t.app.inject({
          url: `/api/v1/admin/qualifications/expiring?days=${days}`,
          headers: session.headers,
        })
      ).json().items as { id: string; daysLeft: number }[];
    expect((await list(admin.session)).find((i) => i.id === soon.id)).toMatchObject({ daysLeft: 60 });
    expect((await list(admin.session, 30)).some((i) => i.id === soon.id)).toBe(false);
    expect((await list(stranger.session)).some((i) => i.id === soon.id)).toBe(false);
    const refused = await t.app.inject({
      url: '/api/v1/admin/qualifications/expiring',
      headers: me.session.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('has no demo clock outside demo mode', async () => {
    const prod = await createTestApp({ demo: false });
    try {
      const answer = await prod.app.inject({
        method: 'POST',
        url: '/api/v1/dev/jobs/accreditation-reminders',
        payload: {},
      });
      expect(answer.statusCode).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
