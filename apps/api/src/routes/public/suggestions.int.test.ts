import { SPECIALTY_SYNONYMS } from '@talon/core/directory';
import { buildOrganization, buildPractitioner } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let moscow: string;
let kamchatka: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  moscow = (await buildOrganization(db, { name: 'Поликлиника «Семейная» Ивановского района' })).id;
  kamchatka = (
    await buildOrganization(db, {
      name: 'Ивановская поликлиника Камчатки',
      regionCode: '41',
      timeZone: 'Asia/Kamchatka',
    })
  ).id;
  const doctor = (surname: string, name: string, organizationId = moscow, specialtyCode = 'cardiologist') =>
    buildPractitioner(db, { surname, name, patronymic: null, organizationId, specialtyCode });
  await doctor('Иванов', 'Пётр');
  await doctor('Петров', 'Иван', moscow, 'neurologist');
  await doctor('Диванов', 'Олег');
  await doctor('Ёлкин', 'Семён');
  await doctor('Иваненко', 'Юрий', kamchatka);
  for (const name of ['Антон', 'Борис', 'Виктор', 'Глеб', 'Денис', 'Егор']) await doctor('Максимов', name);
});
afterAll(() => t?.close());

const suggest = (query: Record<string, string>) => t.app.inject({ url: '/api/v1/search/suggestions', query });

describe('GET /api/v1/search/suggestions', () => {
  it('suggests specialties by the start of a word, case aside, with a short public cache', async () => {
    const res = await suggest({ q: 'КАРД' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.json().specialties).toEqual([{ code: 'cardiologist', name: 'Кардиолог' }]);
    // «лог» is inside the words, not at their start.
    expect((await suggest({ q: 'лог' })).json().specialties).toEqual([]);
    // What people call a specialty finds it too; every such name belongs to a specialty of the list.
    expect((await suggest({ q: 'лор' })).json().specialties).toEqual([
      { code: 'otolaryngologist', name: 'Оториноларинголог' },
    ]);
    const known = new Set(
      ((await t.app.inject('/api/v1/specialties')).json() as { code: string }[]).map((s) => s.code),
    );
    expect(Object.keys(SPECIALTY_SYNONYMS).filter((code) => !known.has(code))).toEqual([]);
  });

  it('suggests doctors whose surname or name starts so, with their specialties, and clinics', async () => {
    const res = await suggest({ q: 'иван' });
    const names = res.json().practitioners.map((p: { name: string }) => p.name);
    expect(names).toEqual(['Иваненко Юрий', 'Иванов Пётр', 'Петров Иван']);
    expect(res.json().practitioners[2].specialties).toEqual([{ code: 'neurologist', name: 'Невролог' }]);
    expect(
      res
        .json()
        .organizations.map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual([moscow, kamchatka].sort());
    expect(res.json().organizations[0]).toHaveProperty('address');
  });

  it('keeps to the region when one is given, and reads ё as е', async () => {
    const res = await suggest({ q: 'иван', region: '77' });
    expect(res.json().practitioners.map((p: { name: string }) => p.name)).toEqual([
      'Иванов Пётр',
      'Петров Иван',
    ]);
    expect(res.json().organizations.map((o: { id: string }) => o.id)).toEqual([moscow]);
    const yo = await suggest({ q: 'елкин семен' });
    expect(yo.json().practitioners.map((p: { name: string }) => p.name)).toEqual(['Ёлкин Семён']);
  });

  it('answers at most 5 of each kind', async () => {
    const res = await suggest({ q: 'макс' });
    expect(res.json().practitioners).toHaveLength(5);
  });

  it.each([[{ q: ' к ' }], [{}]])('refuses %o with 400 naming q', async (query) => {
    const res = await suggest(query);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toMatch(/q$/);
    expect(res.json().detail).toMatch(/[а-я]/);
  });

  it('refuses an unknown region with 400', async () => {
    const res = await suggest({ q: 'иван', region: '999' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('UNKNOWN_REGION');
  });
});
