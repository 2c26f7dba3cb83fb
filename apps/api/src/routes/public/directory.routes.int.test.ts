import { buildOrganization, buildPractitioner } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let clinicA: { id: string };
let clinicB: { id: string };
let kaliningrad: { id: string };
let doctor: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  clinicA = await buildOrganization(db, {
    name: 'Городская поликлиника № 12',
    address: 'г. Москва, ул. Профсоюзная, д. 12',
    lat: 55.67,
    lon: 37.55,
  });
  clinicB = await buildOrganization(db, {
    name: 'Детская городская поликлиника № 3',
    kind: 'children_polyclinic',
    address: 'г. Москва, ул. Семёновская, д. 5',
    lat: 55.78,
    lon: 37.71,
  });
  kaliningrad = await buildOrganization(db, {
    name: 'Городская поликлиника № 1',
    regionCode: '39',
    timeZone: 'Europe/Kaliningrad',
    address: 'г. Калининград, Ленинский пр-т, д. 1',
    lat: 54.71,
    lon: 20.51,
  });
  doctor = await buildPractitioner(db, {
    surname: 'Фёдорова',
    name: 'Алёна',
    patronymic: 'Сергеевна',
    sex: 'female',
    organizationId: clinicA.id,
    specialtyCode: 'therapist',
    languages: ['ru', 'en'],
    rating: 4.7,
    reviewsCount: 31,
    education: [
      { institution: 'Первый МГМУ им. И. М. Сеченова', year: 2008, qualification: 'Лечебное дело' },
    ],
  });
  await buildPractitioner(db, {
    organizationId: clinicB.id,
    specialtyCode: 'pediatrician',
    surname: 'Петров',
  });
  await buildPractitioner(db, {
    organizationId: kaliningrad.id,
    specialtyCode: 'surgeon',
    surname: 'Смирнов',
  });
  const { schema } = await import('@talon/db');
  await db.insert(schema.practitionerRoles).values({
    practitionerId: doctor.id,
    organizationId: kaliningrad.id,
    specialtyCode: 'gp',
  });
});

afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/v1/regions', () => {
  it('lists the 85 regions with code, name and time zone', async () => {
    const res = await get('/api/v1/regions');
    expect(res.statusCode).toBe(200);
    const regions = res.json();
    expect(regions).toHaveLength(85);
    expect(regions).toContainEqual({ code: '41', name: 'Камчатский край', timeZone: 'Asia/Kamchatka' });
    expect(regions).toContainEqual({
      code: '39',
      name: 'Калининградская область',
      timeZone: 'Europe/Kaliningrad',
    });
  });
});

describe('GET /api/v1/specialties', () => {
  it('lists the specialties with their booking flags', async () => {
    const res = await get('/api/v1/specialties');
    expect(res.statusCode).toBe(200);
    const neurologist = res.json().find((s: { code: string }) => s.code === 'neurologist');
    expect(neurologist).toMatchObject({
      selfBooking: false,
      referralRequired: true,
      attachmentRequired: false,
    });
    expect(res.json()).toHaveLength(32);
  });
});

describe('GET /api/v1/organizations', () => {
  it('filters by region and kind and pages the result', async () => {
    const res = await get('/api/v1/organizations?region=77&kind=children_polyclinic');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(res.json().items[0]).toMatchObject({
      id: clinicB.id,
      kind: 'children_polyclinic',
      region: { code: '77', name: 'Москва' },
      timeZone: 'Europe/Moscow',
    });
  });

  it('finds text regardless of case and ё/е, word by word', async () => {
    for (const q of ['СЕМЕНОВСКАЯ', 'семёновская', 'детская 5']) {
      const res = await get(`/api/v1/organizations?q=${encodeURIComponent(q)}`);
      expect(
        res.json().items.map((o: { id: string }) => o.id),
        q,
      ).toEqual([clinicB.id]);
    }
  });

  it('treats LIKE wildcards in the query literally', async () => {
    const res = await get(`/api/v1/organizations?q=${encodeURIComponent('%')}`);
    expect(res.json().total).toBe(0);
  });

  it('adds the distance and sorts by it when near is given', async () => {
    const res = await get('/api/v1/organizations?region=77&near=55.78,37.70');
    const items = res.json().items;
    expect(items.map((o: { id: string }) => o.id)).toEqual([clinicB.id, clinicA.id]);
    expect(items[0].distanceKm).toBeLessThan(1.5);
    expect(items[1].distanceKm).toBeGreaterThan(10);
  });

  it('filters by an offered specialty', async () => {
    const res = await get('/api/v1/organizations?specialty=pediatrician');
    expect(res.json().items.map((o: { id: string }) => o.id)).toEqual([clinicB.id]);
  });

  it('pages with page and pageSize', async () => {
    const first = await get('/api/v1/organizations?pageSize=2&page=1');
    const second = await get('/api/v1/organizations?pageSize=2&page=2');
    expect(first.json()).toMatchObject({ total: 3, pageSize: 2 });
    expect(first.json().items).toHaveLength(2);
    expect(second.json().items).toHaveLength(1);
  });

  it.each([
    ['region=99', 'query.region', 'UNKNOWN_REGION'],
    ['region=moscow', 'query.region', 'VALIDATION_FAILED'],
    ['near=55.7', 'query.near', 'VALIDATION_FAILED'],
    ['near=95,37', 'query.near', 'VALIDATION_FAILED'],
    ['pageSize=101', 'query.pageSize', 'VALIDATION_FAILED'],
    ['page=0', 'query.page', 'VALIDATION_FAILED'],
    ['kind=shop', 'query.kind', 'VALIDATION_FAILED'],
    ['specialty=astrologer', 'query.specialty', 'UNKNOWN_SPECIALTY'],
    ['q=%00', 'query.q', 'VALIDATION_FAILED'],
  ])('answers 400 problem+json for %s naming %s', async (query, field, code) => {
    const res = await get(`/api/v1/organizations?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json();
    expect(problem).toMatchObject({ status: 400, code, title: 'Некорректный запрос' });
    expect(problem.detail).toMatch(/[а-яё]/i);
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});

describe('GET /api/v1/organizations/{id}', () => {
  it('returns the clinic with policy, specialties and staff count', async () => {
    const res = await get(`/api/v1/organizations/${clinicA.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: clinicA.id,
      bookingPolicy: { horizonDays: 14, minNoticeMinutes: 60, cancellationWindowHours: 24 },
      specialties: [{ code: 'therapist', name: 'Терапевт участковый' }],
      practitionersCount: 1,
      location: { lat: 55.67, lon: 37.55 },
    });
  });

  it('answers 404 problem+json for an unknown id and 400 for a malformed one', async () => {
    const missing = await get('/api/v1/organizations/6f1d2a4e-1111-4111-8111-111111111111');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'ORGANIZATION_NOT_FOUND', status: 404 });
    const malformed = await get('/api/v1/organizations/42');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe('params.id');
  });
});

describe('GET /api/v1/practitioners', () => {
  it('searches by name ignoring case and ё/е', async () => {
    const res = await get(`/api/v1/practitioners?q=${encodeURIComponent('федорова алена')}`);
    expect(res.json().items).toHaveLength(1);
    expect(res.json().items[0]).toMatchObject({
      id: doctor.id,
      fullName: 'Фёдорова Алёна Сергеевна',
      rating: 4.7,
      reviewsCount: 31,
    });
  });

  it('filters by region, organization and specialty', async () => {
    const byRegion = await get('/api/v1/practitioners?region=39');
    expect(byRegion.json().total).toBe(2);
    const byOrganization = await get(`/api/v1/practitioners?organization=${clinicB.id}`);
    expect(byOrganization.json().items.map((p: { surname: string }) => p.surname)).toEqual(['Петров']);
    const bySpecialty = await get('/api/v1/practitioners?specialty=gp');
    expect(bySpecialty.json().items.map((p: { id: string }) => p.id)).toEqual([doctor.id]);
  });

  it('refuses a malformed organization id', async () => {
    const res = await get('/api/v1/practitioners?organization=abc');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('query.organization');
  });
});

describe('GET /api/v1/practitioners/{id}', () => {
  it('returns the profile with every place of work', async () => {
    const res = await get(`/api/v1/practitioners/${doctor.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      languages: ['ru', 'en'],
      experienceSince: '2010-09-01',
      education: [{ institution: 'Первый МГМУ им. И. М. Сеченова', year: 2008 }],
    });
    expect(body.experienceYears).toBeGreaterThanOrEqual(15);
    expect(body.roles.map((r: { organization: { id: string } }) => r.organization.id).sort()).toEqual(
      [clinicA.id, kaliningrad.id].sort(),
    );
    expect(body.specialties.map((s: { code: string }) => s.code).sort()).toEqual(['gp', 'therapist']);
  });

  it('answers 404 for an unknown doctor', async () => {
    const res = await get('/api/v1/practitioners/6f1d2a4e-1111-4111-8111-111111111111');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('PRACTITIONER_NOT_FOUND');
  });
});
