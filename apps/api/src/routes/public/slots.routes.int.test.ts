import { fixedClock } from '@talon/core/shared';
import {
  buildOrganization,
  buildPractitioner,
  buildSlots,
  setBookingPolicy,
  setPatientFacts,
  setSlotState,
} from '@talon/testing';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addChildWard, registerPatient, type Session } from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

// Monday 7 December 2026, 12:00 UTC: 14:00 in Kaliningrad, already 00:00 on 8 December in Kamchatka.
const NOW = '2026-12-07T12:00:00Z';
const clock = fixedClock(NOW);
let t: TestApp;
let kaliningrad: { id: string };
let kamchatka: { id: string };
type Person = { session: Session; me: { patientId: string } };
let adult: { session: Session; patientId: string };
/** Everyone the tests log in as. */
const people: Record<'privileged' | 'teen' | 'holder' | 'stranger', Person> = {} as never;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestApp({ clock, worker: true });
  const db = t.database.db;
  // The worker delivers the registration codes; nothing else of it is needed here.
  const registered = await registerPatient(t, { birthDate: '05.03.1985' });
  adult = { session: registered.session, patientId: registered.me.patientId };
  people.privileged = await registerPatient(t, { birthDate: '12.01.1950' });
  people.teen = await registerPatient(t);
  people.holder = await registerPatient(t);
  people.stranger = await registerPatient(t);
  await t.worker?.stop();

  kaliningrad = await buildOrganization(db, {
    name: 'Городская поликлиника № 1 г. Калининграда',
    regionCode: '39',
    timeZone: 'Europe/Kaliningrad',
    minNoticeMinutes: 60,
    bookingHorizonDays: 14,
  });
  const doctor = await buildPractitioner(db, {
    organizationId: kaliningrad.id,
    specialtyCode: 'therapist',
    surname: 'Балтийская',
    name: 'Анна',
    patronymic: 'Игоревна',
  });
  const role = await roleOf(doctor.id);
  // 8 December, 09:00–11:00 Kaliningrad time (07:00–09:00 UTC): four 30-minute slots.
  await buildSlots(db, { practitionerRoleId: role, start: at('2026-12-08T07:00:00Z'), count: 4 });
  // One in the past, one 20 days ahead (beyond the 14-day horizon).
  await buildSlots(db, { practitionerRoleId: role, start: at('2026-12-07T08:00:00Z'), count: 1 });
  await buildSlots(db, { practitionerRoleId: role, start: at('2026-12-27T07:00:00Z'), count: 1 });

  kamchatka = await buildOrganization(db, {
    name: 'Камчатская краевая поликлиника',
    regionCode: '41',
    timeZone: 'Asia/Kamchatka',
  });
  // 8 December 09:00 in Petropavlovsk-Kamchatsky is 7 December 21:00 UTC.
  await buildSlots(db, {
    practitionerRoleId: await roleOf(
      (await buildPractitioner(db, { organizationId: kamchatka.id, specialtyCode: 'therapist' })).id,
    ),
    start: at('2026-12-07T21:00:00Z'),
    count: 3,
  });
});
afterAll(() => t?.close());
afterEach(() => clock.set(NOW));

async function roleOf(practitionerId: string): Promise<string> {
  const res = await t.app.inject(`/api/v1/practitioners/${practitionerId}`);
  return res.json().roles[0].id;
}

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('GET /api/v1/slots', () => {
  it("lists free slots with times in the clinic's zone (UTC+2), sorted, with names", async () => {
    const res = await get('/api/v1/slots?region=39&specialty=therapist');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(4);
    expect(body.items.map((s: { start: string }) => s.start)).toEqual([
      '2026-12-08T09:00:00+02:00',
      '2026-12-08T09:30:00+02:00',
      '2026-12-08T10:00:00+02:00',
      '2026-12-08T10:30:00+02:00',
    ]);
    expect(body.items[0]).toMatchObject({
      end: '2026-12-08T09:30:00+02:00',
      timeZone: 'Europe/Kaliningrad',
      visitType: 'in_person',
      isPriority: false,
      practitioner: { name: 'Балтийская Анна Игоревна' },
      organization: { id: kaliningrad.id, name: 'Городская поликлиника № 1 г. Калининграда' },
      specialty: { code: 'therapist' },
    });
  });

  it('shows a Kamchatka (UTC+12) morning on its own local day, across UTC midnight', async () => {
    const res = await get(`/api/v1/slots?organization=${kamchatka.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items[0]).toMatchObject({
      start: '2026-12-08T09:00:00+12:00',
      end: '2026-12-08T09:30:00+12:00',
      timeZone: 'Asia/Kamchatka',
    });
  });

  it('pages through the results', async () => {
    const res = await get('/api/v1/slots?region=39&specialty=therapist&page=2&pageSize=3');
    expect(res.json()).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(res.json().items.map((s: { start: string }) => s.start)).toEqual(['2026-12-08T10:30:00+02:00']);
  });

  it('counts up to 200 matches and says when there are more; the pages go on', async () => {
    const busy = await buildOrganization(t.database.db, { name: 'Поликлиника с длинным расписанием' });
    const role = await roleOf(
      (
        await buildPractitioner(t.database.db, {
          organizationId: busy.id,
          specialtyCode: 'dentist-therapist',
        })
      ).id,
    );
    await buildSlots(t.database.db, {
      practitionerRoleId: role,
      start: at('2026-12-08T05:00:00Z'),
      count: 202,
      minutes: 5,
    });
    const first = (await get(`/api/v1/slots?organization=${busy.id}`)).json();
    expect(first).toMatchObject({ total: 200, totalIsCapped: true, page: 1 });
    const last = (await get(`/api/v1/slots?organization=${busy.id}&page=11&pageSize=20`)).json();
    expect(last.items).toHaveLength(2);
    expect((await get('/api/v1/slots?region=39&specialty=therapist')).json().totalIsCapped).toBe(false);
  });

  it('filters by period', async () => {
    const res = await get(
      `/api/v1/slots?region=39&specialty=therapist&from=${encodeURIComponent('2026-12-08T09:30:00+02:00')}&to=2026-12-08T08:30:00Z`,
    );
    expect(res.json().items.map((s: { start: string }) => s.start)).toEqual([
      '2026-12-08T09:30:00+02:00',
      '2026-12-08T10:00:00+02:00',
    ]);
  });

  it('drops slots inside the minimum notice as the clock moves', async () => {
    // 08:30 in Kaliningrad: the 09:00 slot is 30 minutes away (notice 60), 09:30 exactly 60.
    clock.set('2026-12-08T06:30:00Z');
    const res = await get('/api/v1/slots?region=39&specialty=therapist');
    expect(res.json().items[0].start).toBe('2026-12-08T09:30:00+02:00');
    expect(res.json().total).toBe(3);
  });

  it("never offers a slot beyond the clinic's horizon, until the horizon grows", async () => {
    const far = '2026-12-27T09:00:00+02:00';
    const before = await get('/api/v1/slots?region=39&specialty=therapist');
    expect(before.json().items.map((s: { start: string }) => s.start)).not.toContain(far);
    await setBookingPolicy(t.database.db, kaliningrad.id, { bookingHorizonDays: 30 });
    try {
      const after = await get('/api/v1/slots?region=39&specialty=therapist');
      expect(after.json().items.map((s: { start: string }) => s.start)).toContain(far);
      // The clock moving past it takes it away again; the past slot never shows.
      expect(after.json().items.map((s: { start: string }) => s.start)).not.toContain(
        '2026-12-07T10:00:00+02:00',
      );
    } finally {
      await setBookingPolicy(t.database.db, kaliningrad.id, { bookingHorizonDays: 14 });
    }
  });

  it('offers registry-only slots to the registry, not to visitors or patients', async () => {
    const [slot] = await buildSlots(t.database.db, {
      specialtyCode: 'surgeon',
      start: at('2026-12-09T08:00:00Z'),
      slot: { channels: ['registry'] },
    });
    // The second factor is checked against the app's clock: the TOTP code must be of that moment too.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock.now());
    const registrar = await createStaffSession(t, 'registrar').finally(() => vi.useRealTimers());
    const url = `/api/v1/slots?organization=${slot!.organizationId}`;
    expect((await get(url)).json().total).toBe(0);
    expect((await get(url, adult.session.headers)).json().total).toBe(0);
    const forRegistry = await get(url, registrar.headers);
    expect(forRegistry.json().items.map((s: { id: string }) => s.id)).toEqual([slot!.id]);
  });

  it('reserves priority-quota slots for privileged patients until their release', async () => {
    const [slot] = await buildSlots(t.database.db, {
      specialtyCode: 'ophthalmologist',
      start: at('2026-12-10T08:00:00Z'),
      slot: { isPriority: true, priorityReleasedAt: at('2026-12-09T08:00:00Z') },
    });
    const url = `/api/v1/slots?organization=${slot!.organizationId}`;
    expect((await get(url)).json().total).toBe(0);
    expect((await get(url, adult.session.headers)).json().total).toBe(0);

    const { privileged } = people;
    await setPatientFacts(t.database.db, privileged.me.patientId, { privilegedCategory: 'pensioner' });
    const forPrivileged = await get(url, privileged.session.headers);
    expect(forPrivileged.json().items).toEqual([expect.objectContaining({ id: slot!.id, isPriority: true })]);

    clock.set('2026-12-09T08:00:00Z');
    expect((await get(url)).json().items).toEqual([expect.objectContaining({ id: slot!.id })]);
  });

  it("fits specialties to the patient's age; anonymous visitors see all", async () => {
    const clinic = await buildOrganization(t.database.db);
    const start = at('2026-12-11T08:00:00Z');
    const [child] = await buildSlots(t.database.db, {
      practitionerRoleId: await roleOf(
        (await buildPractitioner(t.database.db, { organizationId: clinic.id, specialtyCode: 'pediatrician' }))
          .id,
      ),
      start,
    });
    const [grownUp] = await buildSlots(t.database.db, {
      practitionerRoleId: await roleOf(
        (await buildPractitioner(t.database.db, { organizationId: clinic.id, specialtyCode: 'urologist' }))
          .id,
      ),
      start,
    });
    const url = `/api/v1/slots?organization=${clinic.id}`;
    const ids = async (headers?: Record<string, string>) =>
      (await get(url, headers)).json().items.map((s: { id: string }) => s.id);
    expect(await ids()).toHaveLength(2);
    expect(await ids(adult.session.headers)).toEqual([grownUp!.id]);

    const { teen } = people;
    // Turns 18 on 12 December, the day after the visits: still a child on the day.
    await setPatientFacts(t.database.db, teen.me.patientId, { birthDate: '2008-12-12' });
    expect(await ids(teen.session.headers)).toEqual([child!.id]);

    // A parent searching for their child (`patientId` of the ward) gets the child's specialties.
    const wardId = await addChildWard(t, adult.session);
    const forWard = await get(`${url}&patientId=${wardId}`, adult.session.headers);
    expect(forWard.json().items.map((s: { id: string }) => s.id)).toEqual([child!.id]);
  });

  it('hides a slot held by someone else while the hold lasts, not from the holder', async () => {
    const [slot] = await buildSlots(t.database.db, {
      specialtyCode: 'otolaryngologist',
      start: at('2026-12-10T09:00:00Z'),
    });
    const other = people.holder;
    await setSlotState(t.database.db, slot!.id, {
      heldByPatientId: other.me.patientId,
      heldUntil: at('2026-12-07T12:05:00Z'),
    });
    const url = `/api/v1/slots?organization=${slot!.organizationId}`;
    expect((await get(url, adult.session.headers)).json().total).toBe(0);
    expect((await get(url, other.session.headers)).json().total).toBe(1);
    clock.set('2026-12-07T12:05:00Z');
    expect((await get(url)).json().total).toBe(1);
  });

  it('refuses a search for a patient the caller may not book for (404), and anonymously (401)', async () => {
    const other = people.stranger;
    const url = `/api/v1/slots?region=39&specialty=therapist&patientId=${other.me.patientId}`;
    expect((await get(url)).statusCode).toBe(401);
    const res = await get(url, adult.session.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('PATIENT_NOT_FOUND');
    const own = await get(
      `/api/v1/slots?region=39&specialty=therapist&patientId=${adult.patientId}`,
      adult.session.headers,
    );
    expect(own.json().total).toBe(4);
  });

  it('treats a stale or forged token as an anonymous visitor, not as a refusal', async () => {
    const res = await get('/api/v1/slots?region=39&specialty=therapist', { authorization: 'Bearer forged' });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(4);
  });

  it('filters by practitioner and visit type', async () => {
    const all = (await get('/api/v1/slots?region=39&specialty=therapist')).json();
    const practitionerId = all.items[0].practitioner.id;
    expect((await get(`/api/v1/slots?practitioner=${practitionerId}`)).json().total).toBe(4);
    expect((await get(`/api/v1/slots?practitioner=${practitionerId}&visitType=video`)).json().total).toBe(0);
  });
});

describe('bad parameters answer 400 naming the parameter in Russian', () => {
  // Each case: query, code, field; the calendar has no pages, so page sizes are checked on the list only.
  const cases: [string, string, string][] = [
    ['region=00&specialty=therapist', 'UNKNOWN_REGION', 'query.region'],
    ['region=39&specialty=astrologer', 'UNKNOWN_SPECIALTY', 'query.specialty'],
    ['region=39&specialty=therapist&from=yesterday', 'VALIDATION_FAILED', 'query.from'],
    ['region=39&specialty=therapist&to=2026-12-08T09:00:00', 'VALIDATION_FAILED', 'query.to'],
    [
      'region=39&specialty=therapist&from=2026-12-09T00:00:00Z&to=2026-12-08T00:00:00Z',
      'SLOT_PERIOD_INVALID',
      'query.from',
    ],
    ['region=39&specialty=therapist&pageSize=101', 'VALIDATION_FAILED', 'query.pageSize'],
    ['region=39', 'SLOT_SEARCH_TOO_BROAD', 'query.specialty'],
    ['specialty=therapist', 'SLOT_SEARCH_TOO_BROAD', 'query.region'],
    ['organization=not-a-uuid', 'VALIDATION_FAILED', 'query.organization'],
    ['region=39&specialty=therapist&visitType=teleport', 'VALIDATION_FAILED', 'query.visitType'],
  ];
  for (const [query, code, field] of cases) {
    it(`${query} → ${code}`, async () => {
      const paths = query.includes('pageSize')
        ? ['/api/v1/slots']
        : ['/api/v1/slots', '/api/v1/slots/calendar'];
      for (const path of paths) {
        const res = await get(`${path}?${query}`);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json().code).toBe(code);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
        expect(res.json().detail).toMatch(/[а-яё]/i);
      }
    });
  }

  it('never answers 500 to malformed query strings', async () => {
    const params = [
      'region',
      'specialty',
      'organization',
      'practitioner',
      'from',
      'to',
      'visitType',
      'page',
      'pageSize',
      'patientId',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/v1/slots', '/api/v1/slots/calendar', '/api/v1/slots/nearest'),
        fc.dictionary(fc.constantFrom(...params), fc.string({ unit: 'binary', maxLength: 40 }), {
          maxKeys: 4,
        }),
        async (path, query) => {
          const res = await get(`${path}?${new URLSearchParams(query).toString()}`);
          expect(res.statusCode, `${path} ${JSON.stringify(query)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('GET /api/v1/slots/calendar', () => {
  it('counts free slots per clinic-local day', async () => {
    const res = await get('/api/v1/slots/calendar?region=39&specialty=therapist');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ days: [{ date: '2026-12-08', free: 4 }] });
  });

  it('puts Kamchatka slots on their local date, not the UTC one', async () => {
    const res = await get(`/api/v1/slots/calendar?organization=${kamchatka.id}`);
    expect(res.json()).toEqual({ days: [{ date: '2026-12-08', free: 3 }] });
  });
});

describe('GET /api/v1/slots/nearest', () => {
  it('gives each doctor of the list their first free slot, soonest first, those without one last', async () => {
    const clinic = await buildOrganization(t.database.db, { regionCode: '41', timeZone: 'Asia/Kamchatka' });
    const early = await buildPractitioner(t.database.db, {
      organizationId: clinic.id,
      specialtyCode: 'neurologist',
      surname: 'Ранний',
    });
    const late = await buildPractitioner(t.database.db, {
      organizationId: clinic.id,
      specialtyCode: 'neurologist',
      surname: 'Поздний',
    });
    await buildPractitioner(t.database.db, {
      organizationId: clinic.id,
      specialtyCode: 'neurologist',
      surname: 'Безталонов',
    });
    await buildSlots(t.database.db, {
      practitionerRoleId: await roleOf(late.id),
      start: at('2026-12-09T22:00:00Z'),
      count: 2,
    });
    const [first] = await buildSlots(t.database.db, {
      practitionerRoleId: await roleOf(early.id),
      start: at('2026-12-08T22:00:00Z'),
      count: 2,
    });
    // The earliest slot of the early doctor is booked: the next one is their nearest.
    await setSlotState(t.database.db, first!.id, { status: 'booked' });

    const res = await get(`/api/v1/slots/nearest?organization=${clinic.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(3);
    expect(
      body.items.map((i: { practitioner: { name: string } }) => i.practitioner.name.split(' ')[0]),
    ).toEqual(['Ранний', 'Поздний', 'Безталонов']);
    expect(body.items[0].slot.start).toBe('2026-12-09T10:30:00+12:00');
    expect(body.items[1].slot.start).toBe('2026-12-10T10:00:00+12:00');
    expect(body.items[2].slot).toBeNull();

    const byRegion = await get('/api/v1/slots/nearest?region=41&specialty=neurologist');
    expect(byRegion.json().total).toBe(3);
  });
});
