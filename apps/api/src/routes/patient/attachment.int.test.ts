import { attachmentDay } from '@talon/core/attachment';
import { attachmentHistoryOf, attachPatient, lastAuditEntry, outboxRowsOf, patientRow } from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';
import { expectScanReadOnlyBy, PNG, uploadFile } from '../../testing/upload-helpers';

const t = useTestApp({ worker: true });
const DAY = 86_400_000;
/** A day relative to today, as attachment dates are kept: in Moscow (a UTC date is yesterday after 21:00 UTC). */
const isoDay = (offsetDays: number) => attachmentDay(new Date(Date.now() + offsetDays * DAY));

type Patient = Awaited<ReturnType<typeof registerPatient>>;
let registrar: StaffSession;
let otherRegistrar: StaffSession;

const apply = (patient: Patient, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/me/attachment-requests',
    headers: patient.session.headers,
    payload: body,
  });
const decide = (staff: StaffSession, id: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/registry/attachment-requests/${id}/decision`,
    headers: staff.headers,
    payload: body,
  });
const historyOf = (patientId: string) => attachmentHistoryOf(t.database.db, patientId);

beforeAll(async () => {
  registrar = await createStaffSession(t, 'registrar');
  otherRegistrar = await createStaffSession(t, 'registrar');
});

describe('attachment requests (issue 13 item 2)', () => {
  it('a patient applies with a scan; the registry reads it, approves; the previous attachment ends; the patient is told', async () => {
    const patient = await registerPatient(t, { email: `attach-${Date.now()}@example.ru` });
    // Attached elsewhere more than a year ago: the change is allowed.
    await attachPatient(t.database.db, patient.me.patientId, {
      organizationId: otherRegistrar.organizationId!,
      district: '3',
      since: isoDay(-400),
    });
    const scan = await uploadFile(t, patient.session.headers, 'заявление.png', PNG);
    expect(scan.statusCode, scan.body).toBe(201);
    const res = await apply(patient, {
      organizationId: registrar.organizationId,
      district: '12',
      reason: 'Ближе к дому',
      scanUploadId: scan.json().id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      number: expect.stringMatching(/^ПРК-\d{4}-\d{6}$/),
      status: 'submitted',
      statusLabel: 'На рассмотрении',
      organization: { id: registrar.organizationId },
      district: '12',
      moved: false,
      scanUploadId: scan.json().id,
    });
    expect(res.headers['cache-control']).toBe('private, no-store');

    // One request under review at a time.
    const second = await apply(patient, { organizationId: registrar.organizationId, reason: 'Ещё раз' });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('ATTACHMENT_REQUEST_OPEN');

    // The registry of the chosen clinic lists it and reads the scan; the previous clinic's does not.
    const list = await t.app.inject({
      url: '/api/v1/registry/attachment-requests?status=submitted',
      headers: registrar.headers,
    });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(created.id);
    await expectScanReadOnlyBy(t, scan.json().id, registrar, otherRegistrar);

    const approved = await decide(registrar, created.id, { decision: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', patientId: patient.me.patientId });
    const card = await patientRow(t.database.db, patient.me.patientId);
    expect(card).toMatchObject({
      attachedOrganizationId: registrar.organizationId,
      attachmentDistrict: '12',
      attachedSince: isoDay(0),
    });
    const history = await historyOf(patient.me.patientId);
    expect(history).toEqual([
      expect.objectContaining({
        organizationId: otherRegistrar.organizationId,
        from: isoDay(-400),
        to: isoDay(0),
      }),
      expect.objectContaining({ organizationId: registrar.organizationId, to: null, requestId: created.id }),
    ]);
    const told = (await outboxRowsOf(t.database.db, 'attachment_status')).filter((row) =>
      row.dedupeKey.startsWith(`attachment-request:${created.id}:approved`),
    );
    expect(told.map((row) => row.channel).sort()).toEqual(['email', 'in_app']);

    // Decided once.
    const again = await decide(registrar, created.id, { decision: 'reject', comment: 'Нет' });
    expect(again.statusCode).toBe(409);
    const mine = await t.app.inject({
      url: '/api/v1/me/attachment-requests',
      headers: patient.session.headers,
    });
    expect(mine.json().items[0]).toMatchObject({ id: created.id, status: 'approved' });
  });

  it('changes at most once a year unless the patient moved', async () => {
    const patient = await registerPatient(t);
    await attachPatient(t.database.db, patient.me.patientId, {
      organizationId: otherRegistrar.organizationId!,
      since: isoDay(-100),
    });
    const tooSoon = await apply(patient, {
      organizationId: registrar.organizationId,
      reason: 'Хочу сменить',
    });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json()).toMatchObject({
      code: 'ATTACHMENT_CHANGE_TOO_SOON',
      errors: [expect.objectContaining({ field: 'body.moved' })],
    });
    expect(tooSoon.json().detail).toContain('Я переехал(а)');

    const moved = await apply(patient, {
      organizationId: registrar.organizationId,
      reason: 'Переезд',
      moved: true,
    });
    expect(moved.statusCode, moved.body).toBe(201);
    expect((await decide(registrar, moved.json().id, { decision: 'approve' })).statusCode).toBe(200);

    // The new attachment is today's: a second change without a move is refused, at the desk too.
    const desk = await t.app.inject({
      method: 'POST',
      url: `/api/v1/registry/patients/${patient.me.patientId}/attachment`,
      headers: otherRegistrar.headers,
      payload: {},
    });
    expect(desk.statusCode).toBe(409);
    expect(desk.json().code).toBe('ATTACHMENT_CHANGE_TOO_SOON');
  });

  it('a rejection needs a comment, which the patient reads; nothing changes on the card', async () => {
    const patient = await registerPatient(t);
    const created = (
      await apply(patient, { organizationId: registrar.organizationId, reason: 'Рядом' })
    ).json();
    const bare = await decide(registrar, created.id, { decision: 'reject' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].field).toBe('body.comment');
    const rejected = await decide(registrar, created.id, {
      decision: 'reject',
      comment: 'Адрес вне участков',
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', comment: 'Адрес вне участков' });
    expect((await patientRow(t.database.db, patient.me.patientId))?.attachedOrganizationId).toBeNull();
    // «История обращений» lists it: status, clinic, dates and the refusal's reason.
    const history = await t.app.inject({
      url: '/api/v1/me/request-history?type=attachment_request&status=rejected',
      headers: patient.session.headers,
    });
    expect(history.json().items).toEqual([
      expect.objectContaining({
        type: 'attachment_request',
        id: created.id,
        number: created.number,
        statusLabel: 'Отклонено',
        comment: 'Адрес вне участков',
        organizationName: created.organization.name,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      }),
    ]);
  });

  it('refuses the registry of another clinic: 404 and an access.denied entry', async () => {
    const patient = await registerPatient(t);
    const created = (
      await apply(patient, { organizationId: registrar.organizationId, reason: 'Рядом' })
    ).json();
    const res = await decide(otherRegistrar, created.id, { decision: 'approve' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('ATTACHMENT_REQUEST_NOT_FOUND');
    expect(await lastAuditEntry(t.database.db, 'access.denied')).toMatchObject({
      recordId: created.id,
      actorAccountId: otherRegistrar.accountId,
      outcome: 'denied',
    });
    const list = await t.app.inject({
      url: '/api/v1/registry/attachment-requests',
      headers: otherRegistrar.headers,
    });
    expect(list.json().items.map((item: { id: string }) => item.id)).not.toContain(created.id);
  });

  it('a registrar attaches a patient at the desk to their clinic', async () => {
    const patient = await registerPatient(t);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/registry/patients/${patient.me.patientId}/attachment`,
      headers: registrar.headers,
      payload: { district: '4' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      organization: { id: registrar.organizationId },
      district: '4',
      since: isoDay(0),
    });
    expect(await historyOf(patient.me.patientId)).toEqual([
      expect.objectContaining({ organizationId: registrar.organizationId, to: null, requestId: null }),
    ]);
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: `/api/v1/registry/patients/${patient.me.patientId}/attachment`,
      headers: registrar.headers,
      payload: { organizationId: otherRegistrar.organizationId, moved: true },
    });
    expect(elsewhere.statusCode).toBe(404);

    // Another district the same day: the once-a-year rule, lifted only by an exception with a reason (rule 5a).
    const desk = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/registry/patients/${patient.me.patientId}/attachment`,
        headers: registrar.headers,
        payload,
      });
    expect((await desk({ district: '5' })).json().code).toBe('ATTACHMENT_CHANGE_TOO_SOON');
    const bare = await desk({ district: '5', override: true, reason: '  ' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ code: 'ATTACHMENT_OVERRIDE_REASON_REQUIRED' });
    const excepted = await desk({ district: '5', override: true, reason: 'Заявление главного врача' });
    expect(excepted.statusCode, excepted.body).toBe(200);
    expect(excepted.json()).toMatchObject({ district: '5' });
    expect(await lastAuditEntry(t.database.db, 'attachment.desk')).toMatchObject({
      subjectPatientId: patient.me.patientId,
      details: expect.objectContaining({ override: 'ATTACHMENT_CHANGE_TOO_SOON' }),
    });
  });
});
