import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedClock } from '@talon/core/shared';
import { buildOrganization, buildPractitioner, buildSlots } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient, type Session } from '../testing/identity-helpers';
import { createTestApp, type TestApp } from '../testing/test-app';

// Monday 7 December 2026, 12:00 UTC; the doctor's times are on Tuesday 8 December in Kaliningrad (UTC+2).
const clock = fixedClock('2026-12-07T12:00:00Z');
const html =
  '<!doctype html><html lang="ru"><head><link rel="stylesheet" href="/assets/index-1.css"></head><body><div id="root"></div></body></html>';
let t: TestApp;
let session: Session;
let practitionerId: string;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'talon-web-'));
  writeFileSync(path.join(dist, 'index.html'), html);
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'assets', 'index-1.css'), '.page{margin:0}');
  t = await createTestApp({ clock, worker: true, env: { WEB_DIST_DIR: dist } });
  ({ session } = await registerPatient(t));
  await t.worker?.stop();
  const db = t.database.db;
  const clinic = await buildOrganization(db, { regionCode: '39', timeZone: 'Europe/Kaliningrad' });
  const doctor = await buildPractitioner(db, {
    organizationId: clinic.id,
    specialtyCode: 'ophthalmologist',
    surname: 'Зоркая',
    name: 'Вера',
    patronymic: 'Олеговна',
  });
  practitionerId = doctor.id;
  const role = (await t.app.inject(`/api/v1/practitioners/${doctor.id}`)).json().roles[0].id as string;
  await buildSlots(db, { practitionerRoleId: role, start: new Date('2026-12-08T07:00:00Z'), count: 3 });
});
afterAll(() => t?.close());

const book = (query: string, headers: Record<string, string>) =>
  t.app.inject({ url: `/book?${query}`, headers: { accept: 'text/html', ...headers } });

describe('the time choice opened from a link', () => {
  it('comes to a logged-in patient with its first times drawn and its first answers inlined', async () => {
    const res = await book(`practitioner=${practitionerId}&specialty=ophthalmologist`, {
      cookie: session.cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    // The entry CSS comes inline: the first view paints with the HTML alone.
    expect(res.body).toContain('<head><style>.page{margin:0}</style></head>');
    expect(res.body).toContain('Запись к врачу: Зоркая Вера Олеговна');
    expect(res.body).toContain('Время на вторник, 8 декабря');
    expect(res.body).toContain('>09:00<');
    expect(res.body).toContain('>10:00<');
    const answers = JSON.parse(/id="talon-answers">(.*?)<\/script>/.exec(res.body)?.[1] ?? '{}').answers;
    expect(Object.keys(answers).sort()).toEqual([
      '/api/v1/me',
      '/api/v1/me/wards',
      `/api/v1/practitioners/${practitionerId}`,
      `/api/v1/slots/calendar?practitioner=${practitionerId}&specialty=ophthalmologist`,
      `/api/v1/slots?from=2026-12-08T00%3A00%3A00%2B02%3A00&pageSize=100&practitioner=${practitionerId}&specialty=ophthalmologist&to=2026-12-09T00%3A00%3A00%2B02%3A00`,
    ]);
  });

  it('sends a browser without a session to the login page, back here after it', async () => {
    const res = await book(`practitioner=${practitionerId}&specialty=ophthalmologist`, {});
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(
      `/login?next=${encodeURIComponent(`/book?practitioner=${practitionerId}&specialty=ophthalmologist`)}`,
    );
  });

  it('is the plain page for a move of a visit, an unknown doctor or a bad cookie', async () => {
    for (const [query, headers] of [
      [`practitioner=${practitionerId}&reschedule=${practitionerId}`, { cookie: session.cookie }],
      ['practitioner=00000000-0000-4000-8000-000000000000', { cookie: session.cookie }],
      ['practitioner=not-a-uuid', { cookie: session.cookie }],
      [`practitioner=${practitionerId}`, { cookie: 'talon_session=forged' }],
    ] as const) {
      const res = await book(query, headers);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(html);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a client that does not want a page with problem+json', async () => {
    const res = await t.app.inject({
      url: `/book?practitioner=${practitionerId}`,
      headers: { cookie: session.cookie },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
