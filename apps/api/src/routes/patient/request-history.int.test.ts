import { attachPatient } from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp({ worker: true });
let patient: Awaited<ReturnType<typeof registerPatient>>;
let changeIds: string[] = [];

const history = (query = '') =>
  t.app.inject({ url: `/api/v1/me/request-history${query}`, headers: patient.session.headers });

beforeAll(async () => {
  patient = await registerPatient(t);
  const registrar = await createStaffSession(t, 'registrar');
  await attachPatient(t.database.db, patient.me.patientId, { organizationId: registrar.organizationId! });
  for (const street of ['Ленина', 'Мира', 'Садовая']) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/data-change-requests',
      headers: patient.session.headers,
      payload: { category: 'address', newValue: `г. Тверь, ул. ${street}, д. 1`, reason: 'Переезд' },
    });
    expect(res.statusCode, res.body).toBe(201);
    changeIds.push(res.json().id);
  }
  const rejected = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/data-change-requests/${changeIds[0]}/decision`,
    headers: registrar.headers,
    payload: { decision: 'reject', comment: 'Нужен скан паспорта со штампом' },
  });
  expect(rejected.statusCode, rejected.body).toBe(200);
  const dataRequest = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/data-requests',
    headers: patient.session.headers,
    payload: { kind: 'access' },
  });
  expect(dataRequest.statusCode, dataRequest.body).toBe(201);
  changeIds = [...changeIds].reverse();
});

describe('GET /api/v1/me/request-history (issue 11 item 7)', () => {
  it('lists every request of the patient, newest first, with type, number, status label and comment', async () => {
    const res = await history();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const items = res.json().items;
    expect(items.map((item: { type: string }) => item.type)).toEqual([
      'data_request',
      'data_change',
      'data_change',
      'data_change',
    ]);
    expect(items[0]).toMatchObject({ number: null, status: 'received', statusLabel: 'Получено' });
    expect(items[3]).toMatchObject({
      id: changeIds[2],
      number: expect.stringMatching(/^ИЗМ-/),
      status: 'rejected',
      statusLabel: 'Отклонено',
      comment: 'Нужен скан паспорта со штампом',
    });
  });

  it('filters by type, status and period on the server, and pages with a cursor', async () => {
    const changes = (await history('?type=data_change')).json().items;
    expect(changes).toHaveLength(3);
    const rejected = (await history('?type=data_change&status=rejected')).json().items;
    expect(rejected.map((item: { id: string }) => item.id)).toEqual([changeIds[2]]);
    expect((await history('?from=2020-01-01&to=2020-12-31')).json().items).toEqual([]);
    const several = (await history('?type=data_change&type=data_request')).json().items;
    expect(several).toHaveLength(4);

    const first = (
      await t.app.inject({
        url: '/api/v1/me/request-history',
        query: { type: 'data_change' },
        headers: patient.session.headers,
      })
    ).json();
    expect(first.nextCursor).toBeNull();
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { json(): { items: { id: string }[]; nextCursor: string | null } } = await t.app.inject({
        url: '/api/v1/me/request-history',
        query: { type: 'data_change', ...(cursor ? { cursor } : {}) },
        headers: patient.session.headers,
      });
      const page: { items: { id: string }[]; nextCursor: string | null } = res.json();
      paged.push(...page.items.map((item: { id: string }) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(changeIds);
    const bad = await history('?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
  });

  it('exports CSV (UTF-8 BOM, `;`) and PDF with the same filters', async () => {
    const csv = await t.app.inject({
      url: '/api/v1/me/request-history.csv?type=data_change',
      headers: patient.session.headers,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.startsWith('\uFEFFДата;')).toBe(true);
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv.body).toContain('Изменение данных');
    expect(csv.body).toContain('Отклонено');
    const pdf = await t.app.inject({
      url: '/api/v1/me/request-history.pdf',
      headers: patient.session.headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is the patient’s own: another patient sees none of it, anonymous is refused', async () => {
    const other = await registerPatient(t);
    const res = await t.app.inject({ url: '/api/v1/me/request-history', headers: other.session.headers });
    expect(res.json().items).toEqual([]);
    expect((await t.app.inject({ url: '/api/v1/me/request-history' })).statusCode).toBe(401);
  });
});
