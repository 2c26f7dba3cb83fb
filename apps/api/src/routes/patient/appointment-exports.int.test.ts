import { fixedClock } from '@talon/core/shared';
import { schema } from '@talon/db';
import { buildAppointment, buildSlots } from '@talon/testing';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, type TestPatient } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** The history's practitioner filter and its exports (CSV for Excel, A4 PDF). */
const NOW = new Date('2026-12-01T06:00:00Z');
const clock = fixedClock(NOW);
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

let t: TestApp;
let parent: TestPatient;
let child: TestPatient;
let stranger: TestPatient;
let own: { id: string; practitioner: { id: string } };
let childVisit: { id: string; practitionerId: string };

const get = (session: Session, url: string) => t.app.inject({ url, headers: session.headers });

beforeAll(async () => {
  t = await createTestApp({ clock, env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });
  [parent, stranger] = (await createPatients(t, 2, { now: NOW })) as [TestPatient, TestPatient];
  // A child: a parent's link ends at 18 (docs/domain.md rule 24).
  [child] = (await createPatients(t, 1, { now: NOW, patient: { birthDate: '2018-06-01' } })) as [TestPatient];
  await t.database.db.insert(schema.representativeLinks).values({
    representativePatientId: parent.patientId,
    wardPatientId: child.patientId,
    relation: 'parent',
    status: 'active',
  });
  const [slot] = await buildSlots(t.database.db, {
    specialtyCode: 'ophthalmologist',
    start: hours(50),
    organization: { timeZone: 'Asia/Kamchatka' },
  });
  own = (await book(t, parent.session, { slotId: slot!.id })).json();
  // A clinic whose name and address need quoting in CSV: the separator, quotes and a line break.
  childVisit = await buildAppointment(t.database.db, {
    patientId: child.patientId,
    slotOptions: {
      specialtyCode: 'pediatrician',
      start: hours(-48),
      organization: {
        name: 'Поликлиника "Здоровье"; филиал',
        address: 'г. Москва, ул. Ленина, д. 1\nкорп. 2',
      },
    },
    appointment: { status: 'fulfilled' },
  });
});
afterAll(() => t?.close());

describe('GET /api/v1/appointments?practitioner=', () => {
  it("lists only the visits with that practitioner (mine and my wards')", async () => {
    const all = await get(parent.session, '/api/v1/appointments');
    expect(all.json().total).toBe(2);
    const mine = await get(parent.session, `/api/v1/appointments?practitioner=${own.practitioner.id}`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.map((a: { id: string }) => a.id)).toEqual([own.id]);
    const ward = await get(parent.session, `/api/v1/appointments?practitioner=${childVisit.practitionerId}`);
    expect(ward.json()).toMatchObject({ total: 1, items: [{ id: childVisit.id, canReview: true }] });
    const bad = await get(parent.session, '/api/v1/appointments?practitioner=nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.practitioner');
  });
});

describe('GET /api/v1/appointments/export.csv', () => {
  it('answers UTF-8 CSV with BOM, `;` separated, the Russian header and escaped fields, newest first', async () => {
    const res = await get(parent.session, '/api/v1/appointments/export.csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="talon-appointments.csv"');
    expect(res.headers['x-total-count']).toBe('2');
    expect(res.rawPayload.subarray(0, 3)).toEqual(BOM);
    const text = res.rawPayload.subarray(3).toString('utf8');
    const [header, ...rest] = text.split('\r\n');
    expect(header).toBe(
      'Дата;Время;Часовой пояс;Пациент;Специальность;Врач;Медицинская организация;Адрес;Кабинет;Статус;Код записи;Номер талона',
    );
    expect(rest.at(-1)).toBe('');
    // The newest visit (the parent's, in two days, at a Kamchatka clinic) comes first.
    expect(rest[0]).toMatch(
      /^03\.12\.2026;20:00;камчатское время, UTC\+12 \(Asia\/Kamchatka\);Тестова Пациентка\d+ Ивановна;/,
    );
    expect(rest[0]).toContain(';Записан;');
    expect(rest[0]).toContain(
      `;${(await get(parent.session, `/api/v1/appointments/${own.id}`)).json().code};`,
    );
    // The ward's row: the clinic's name quoted with its quotes doubled, the address with its line break.
    expect(text).toContain(';"Поликлиника ""Здоровье""; филиал";"г. Москва, ул. Ленина, д. 1\nкорп. 2";');
    expect(text).toContain(';Приём состоялся;');
  });

  it('takes the filters of the list: status (repeated), period, patient, practitioner', async () => {
    const byStatus = await get(
      parent.session,
      '/api/v1/appointments/export.csv?status=fulfilled&status=noshow',
    );
    expect(byStatus.headers['x-total-count']).toBe('1');
    expect(byStatus.body).toContain('Приём состоялся');
    expect(byStatus.body).not.toContain('Записан');
    const byPractitioner = await get(
      parent.session,
      `/api/v1/appointments/export.csv?practitioner=${own.practitioner.id}`,
    );
    expect(byPractitioner.headers['x-total-count']).toBe('1');
    const byPeriod = await get(
      parent.session,
      `/api/v1/appointments/export.csv?to=${encodeURIComponent(NOW.toISOString())}`,
    );
    expect(byPeriod.headers['x-total-count']).toBe('1');
    const byPatient = await get(
      parent.session,
      `/api/v1/appointments/export.csv?patientId=${child.patientId}`,
    );
    expect(byPatient.headers['x-total-count']).toBe('1');
    expect(byPatient.body.split('\r\n').length).toBe(3);
  });

  it("answers 404 for someone else's visits, 400 for a bad filter, and an empty file for no visits", async () => {
    const foreign = await get(
      stranger.session,
      `/api/v1/appointments/export.csv?patientId=${parent.patientId}`,
    );
    expect(foreign.statusCode).toBe(404);
    expect((await get(parent.session, '/api/v1/appointments/export.csv?status=nope')).statusCode).toBe(400);
    // A period that ends before it starts is named, for the list and the export alike (was an empty 200).
    const period = `from=${encodeURIComponent(hours(24).toISOString())}&to=${encodeURIComponent(NOW.toISOString())}`;
    for (const path of ['/api/v1/appointments', '/api/v1/appointments/export.csv']) {
      const reversed = await get(parent.session, `${path}?${period}`);
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json()).toMatchObject({ errors: [{ field: 'query.to' }] });
      expect(reversed.json().detail).toMatch(/позже начала/);
    }
    const empty = await get(stranger.session, '/api/v1/appointments/export.csv');
    expect(empty.statusCode).toBe(200);
    expect(empty.body.split('\r\n').filter(Boolean)).toHaveLength(1);
    expect((await t.app.inject({ url: '/api/v1/appointments/export.csv' })).statusCode).toBe(401);
  });
});

describe('GET /api/v1/appointments/export.pdf', () => {
  it('answers an A4 landscape PDF table whose Cyrillic text reads back', async () => {
    const res = await get(parent.session, '/api/v1/appointments/export.pdf');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="talon-appointments.pdf"');
    expect(res.headers['x-total-count']).toBe('2');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    expect(pdf.numPages).toBe(1);
    const [, , width, height] = (await pdf.getPage(1)).view as number[];
    expect([Math.round(width!), Math.round(height!)]).toEqual([842, 595]);
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replaceAll(/\s+/g, ' ');
    expect(flat).toContain('Записи на приём к врачу');
    expect(flat).toContain('Номер талона');
    expect(flat).toContain('Приём состоялся');
    expect(flat).toContain('камчатское время');
    expect(flat).toContain('Записан');
  });
});
