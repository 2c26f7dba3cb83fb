import { Writable } from 'node:stream';
import { loadConfig } from '@talon/config';
import { GUIDE_RULES } from '@talon/core/symptom-guide';
import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, loggerOptions } from '../../app';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const ask = (payload: Record<string, unknown>, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/symptom-guide', payload, remoteAddress });

describe('POST /api/v1/symptom-guide', () => {
  it('a headache leads to the therapist first, with the reason and the disclaimer; no-store', async () => {
    const res = await ask({ text: 'Третий день болит голова' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const answer = res.json();
    expect(answer.redFlags).toEqual([]);
    expect(answer.suggestions[0]).toMatchObject({
      specialtyCode: 'therapist',
      specialtyName: 'Терапевт участковый',
      selfBooking: true,
    });
    expect(answer.suggestions[0].reason).toMatch(/терапевт/i);
    expect(answer.disclaimer).toMatch(/не диагноз/);
    expect(answer.rankedBy).toBe('rules');
  });

  it('chest pain radiating to the arm answers the ambulance first', async () => {
    const answer = (await ask({ text: 'болит грудь, отдаёт в руку' })).json();
    expect(answer.redFlags[0]).toMatchObject({ code: 'chest-pain', phone: '103' });
  });

  it('picked symptoms and the age: a child goes to the pediatrician', async () => {
    const answer = (await ask({ bodyArea: 'chest', symptoms: ['cough'], age: 6 })).json();
    expect(answer.suggestions[0].specialtyCode).toBe('pediatrician');
    expect(answer.recognized).toEqual([{ code: 'cough', name: 'Кашель' }]);
  });

  it('bad input is a problem+json 4xx with the field, never a 500', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{}, 400, 'body.text'],
      [{ text: '   ' }, 400, 'body.text'],
      [{ text: 'x'.repeat(1001) }, 400, 'body.text'],
      [{ text: 'кашель', age: -1 }, 400, 'body.age'],
      [{ text: 'кашель', age: 2.5 }, 400, 'body.age'],
      [{ text: 'кашель', bodyArea: 'tail' }, 400, 'body.bodyArea'],
      [{ symptoms: ['Not A Code'] }, 400, 'body.symptoms.0'],
      [{ symptoms: ['no-such-symptom'] }, 422, 'body.symptoms'],
    ];
    for (const [payload, status, field] of cases) {
      const res = await ask(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = res.json();
      const fields = [problem.field, ...(problem.errors ?? []).map((e: { field: string }) => e.field)];
      expect(fields, JSON.stringify(problem)).toContain(field);
    }
    expect((await ask({ symptoms: ['no-such-symptom'] })).json().code).toBe('UNKNOWN_SYMPTOM');
  });

  it('is rate-limited per address (429 with Retry-After)', async () => {
    let last = await ask({ text: 'кашель' }, '10.9.8.7');
    for (let i = 0; i < 30 && last.statusCode === 200; i++) last = await ask({ text: 'кашель' }, '10.9.8.7');
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
    expect((await ask({ text: 'кашель' }, '10.9.8.8')).statusCode).toBe(200);
  });
});

describe('GET /api/v1/symptom-guide', () => {
  it('lists the body areas with their symptoms, and the table’s version and review', async () => {
    const res = await t.app.inject('/api/v1/symptom-guide');
    expect(res.statusCode, res.body).toBe(200);
    const options = res.json();
    expect(options.rulesVersion).toBe(GUIDE_RULES.version);
    expect(options.reviewedAt).toBe(GUIDE_RULES.reviewedAt);
    const head = options.bodyAreas.find((a: { code: string }) => a.code === 'head');
    expect(head.symptoms).toContainEqual({ code: 'headache', name: 'Головная боль' });
  });

  it('every specialty of the table is in the reference list; children are never sent to adult-only ones', async () => {
    const specialties = (await t.app.inject('/api/v1/specialties')).json() as {
      code: string;
      ageGroup: string;
    }[];
    const byCode = new Map(specialties.map((s) => [s.code, s]));
    const named = [
      GUIDE_RULES.fallback.code,
      ...GUIDE_RULES.symptoms.flatMap((s) => s.specialties.map((a) => a.code)),
      ...Object.keys(GUIDE_RULES.children.replace),
    ];
    expect(named.filter((code) => !byCode.has(code))).toEqual([]);
    for (const code of Object.values(GUIDE_RULES.children.replace)) {
      expect(byCode.get(code)?.ageGroup, code).not.toBe('adult');
    }
  });
});

it('never logs what the patient typed', async () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const database = await createTestDatabase();
  const app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent' }),
    database,
    logger: { ...loggerOptions('info'), stream },
  });
  try {
    await app.inject({ method: 'POST', url: '/api/v1/symptom-guide', payload: { text: 'Секретная жалоба' } });
    await app.inject({
      method: 'POST',
      url: '/api/v1/symptom-guide',
      payload: { text: 'Секретная', age: -5 },
    });
  } finally {
    await app.close();
    await database.close();
  }
  const log = lines.join('');
  expect(log).toContain('/api/v1/symptom-guide');
  expect(log).not.toMatch(/Секретн|%D0/);
});
