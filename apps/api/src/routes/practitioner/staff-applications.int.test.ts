import { createHash } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { createFieldCipher, inspectSignature, issueDemoCertificates, schema } from '@talon/db';
import { buildOrganization, outboxRowsOf, setStoredColumn } from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { createStaff } from '../../testing/booking-helpers';
import { createDoctors } from '../../testing/course-helpers';
import type { Session } from '../../testing/identity-helpers';
import { useTestApp } from '../../testing/test-app';
import { PNG, uploadFile } from '../../testing/upload-helpers';

/**
 * Staff applications and certificates (issue 12 item 9): the form per type, the attachment a health leave
 * needs, the clinic's numbers (distinct under concurrency), the admin's review → approve | reject with the
 * notices and the audit, another clinic's admin refused (404 + `access.denied`), and the certificates signed
 * by the clinic and found by the public check.
 */
const t = useTestApp();
const keys = loadConfig({ NODE_ENV: 'test' }).secrets;

const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, payload });

const training = {
  type: 'training',
  fields: { topic: 'Ультразвуковая диагностика', from: '2026-04-06', to: '2026-04-10' },
};

describe('staff applications', () => {
  it('checks the form per type and requires the medical document of a health leave', async () => {
    const organization = await buildOrganization(t.database.db);
    const [doctor] = await createDoctors(t, organization.id, 1);
    const session = doctor!.session;

    const empty = await call(session, 'POST', '/me/staff-applications', { type: 'transfer', fields: {} });
    expect(empty.statusCode).toBe(400);
    const leave = {
      type: 'health_leave',
      fields: { from: '2026-04-01', to: '2026-04-14', reason: 'Лечение' },
    };
    const bare = await call(session, 'POST', '/me/staff-applications', leave);
    expect([bare.statusCode, bare.json().code]).toEqual([400, 'STAFF_APPLICATION_ATTACHMENT_REQUIRED']);
    const backwards = await call(session, 'POST', '/me/staff-applications', {
      ...leave,
      fields: { ...leave.fields, to: '2026-03-01' },
    });
    expect(backwards.json()).toMatchObject({ code: 'STAFF_APPLICATION_INVALID' });

    const upload = (await uploadFile(t, session.headers, 'справка.png', PNG)).json();
    const accepted = await call(session, 'POST', '/me/staff-applications', {
      ...leave,
      attachmentIds: [upload.id],
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({
      type: 'health_leave',
      status: 'submitted',
      attachmentIds: [upload.id],
    });
    // The upload is the application's now: it cannot be attached again.
    const reused = await call(session, 'POST', '/me/staff-applications', {
      ...leave,
      attachmentIds: [upload.id],
    });
    expect(reused.json().code).toBe('STAFF_APPLICATION_ATTACHMENT_INVALID');
    // The form's texts are sealed at rest.
    const rows = await t.database.db.select().from(schema.staffApplications);
    const row = rows.find((r) => r.id === accepted.json().id);
    expect(row!.fieldsEncrypted).not.toContain('Лечение');
    // Only doctors and nurses apply.
    const admin = await createStaff(t, 'clinic_admin', organization.id);
    expect((await call(admin.session, 'POST', '/me/staff-applications', training)).statusCode).toBe(403);

    // The medical document is read by the admin of the application's clinic (audited as a read by another
    // person), by nobody else but its owner: another clinic's admin and the clinic's registry get 404.
    const opened = await call(admin.session, 'GET', `/uploads/${upload.id}`);
    expect([opened.statusCode, opened.headers['content-type']]).toEqual([200, 'image/png']);
    expect((await call(session, 'GET', `/uploads/${upload.id}`)).statusCode).toBe(200);
    const otherAdmin = await createStaff(t, 'clinic_admin', (await buildOrganization(t.database.db)).id);
    const registrar = await createStaff(t, 'registrar', organization.id);
    for (const refused of [otherAdmin, registrar]) {
      const read = await call(refused.session, 'GET', `/uploads/${upload.id}`);
      expect([read.statusCode, read.json().code]).toEqual([404, 'UPLOAD_NOT_FOUND']);
    }
    const reads = (await t.database.db.select().from(schema.auditEvents)).filter(
      (e) => e.recordId === upload.id && e.recordType === 'staff_application_file',
    );
    expect(reads.map((e) => [e.actorAccountId, e.action, e.recordType])).toEqual([
      [admin.accountId, 'record.read', 'staff_application_file'],
      [otherAdmin.accountId, 'access.denied', 'staff_application_file'],
      [registrar.accountId, 'access.denied', 'staff_application_file'],
    ]);
  });

  it('submitted → in_review → approved | rejected, told and audited; another clinic’s admin gets 404', async () => {
    const organization = await buildOrganization(t.database.db);
    const [doctor] = await createDoctors(t, organization.id, 1);
    const admin = await createStaff(t, 'clinic_admin', organization.id);
    const stranger = await createStaff(t, 'clinic_admin', (await buildOrganization(t.database.db)).id);
    const year = new Date().getUTCFullYear();

    const first = (await call(doctor!.session, 'POST', '/me/staff-applications', training)).json();
    expect(first.number).toMatch(new RegExp(`^ЗЯ-(${year}|${year + 1})-000001$`));
    const second = (
      await call(doctor!.session, 'POST', '/me/staff-applications', {
        type: 'labour_complaint',
        fields: { subject: 'Сверхурочная работа', text: 'Смены по 24 часа без оплаты.' },
      })
    ).json();
    expect(second.number.endsWith('000002')).toBe(true);

    const early = await call(admin.session, 'POST', `/admin/staff-applications/${first.id}/approve`);
    expect([early.statusCode, early.json().code]).toEqual([409, 'STAFF_APPLICATION_STATUS_CONFLICT']);
    const foreign = await call(stranger.session, 'POST', `/admin/staff-applications/${first.id}/review`);
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'STAFF_APPLICATION_NOT_FOUND']);
    const entriesOf = async (recordId: string) =>
      (await t.database.db.select().from(schema.auditEvents)).filter((e) => e.recordId === recordId);
    expect((await entriesOf(first.id)).filter((e) => e.action === 'access.denied')).toHaveLength(1);
    expect((await call(stranger.session, 'GET', '/admin/staff-applications')).json().items).toEqual([]);

    const queue = (await call(admin.session, 'GET', '/admin/staff-applications?status=submitted')).json();
    expect(queue.items.map((a: { id: string }) => a.id)).toEqual([first.id, second.id]);
    expect(
      (await call(admin.session, 'POST', `/admin/staff-applications/${first.id}/review`)).json().status,
    ).toBe('in_review');
    const approved = await call(admin.session, 'POST', `/admin/staff-applications/${first.id}/approve`);
    expect(approved.json()).toMatchObject({ status: 'approved', rejectionReason: null });
    const again = await call(admin.session, 'POST', `/admin/staff-applications/${first.id}/reject`, {
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);

    await call(admin.session, 'POST', `/admin/staff-applications/${second.id}/review`);
    const noReason = await call(admin.session, 'POST', `/admin/staff-applications/${second.id}/reject`, {
      reason: '  ',
    });
    expect(noReason.statusCode).toBe(400);
    const rejected = await call(admin.session, 'POST', `/admin/staff-applications/${second.id}/reject`, {
      reason: 'Смены согласованы с профсоюзом',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Смены согласованы с профсоюзом',
    });

    const mine = (await call(doctor!.session, 'GET', '/me/staff-applications')).json();
    expect(mine.items.map((a: { status: string }) => a.status)).toEqual(['rejected', 'approved']);
    expect((await call(doctor!.session, 'GET', `/me/staff-applications/${first.id}`)).json().status).toBe(
      'approved',
    );
    const [other] = await createDoctors(t, organization.id, 1);
    expect((await call(other!.session, 'GET', `/me/staff-applications/${first.id}`)).statusCode).toBe(404);

    const notices = (await outboxRowsOf(t.database.db, 'staff_application_status')).filter(
      (m) => m.accountId === doctor!.accountId && m.channel === 'in_app',
    );
    expect(notices).toHaveLength(4);
    expect(JSON.stringify(notices)).not.toContain('Сверхурочная');
    expect((await entriesOf(first.id)).map((d) => d.action)).toEqual(
      expect.arrayContaining(['staff_application.create', 'staff_application.decide']),
    );
  });

  it('20 concurrent submissions of a clinic take 20 distinct numbers', async () => {
    const organization = await buildOrganization(t.database.db);
    const doctors = await createDoctors(t, organization.id, 20);
    const answers = await Promise.all(
      doctors.map((d) => call(d.session, 'POST', '/me/staff-applications', training)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
    const numbers = answers.map((a) => a.json().number as string);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  }, 120_000);
});

describe('staff certificates', () => {
  it('issues a work-experience certificate signed by the clinic, listed, downloaded and verifiable', async () => {
    const clinic = 'ГБУЗ «Городская поликлиника № 12»';
    const organization = await buildOrganization(t.database.db, { name: clinic });
    const [doctor] = await createDoctors(t, organization.id, 1);
    await setStoredColumn(t.database.db, 'practitioner_roles', 'employed_since', '2019-09-02', {
      column: 'practitioner_id',
      value: doctor!.practitionerId,
    });
    // No certificate of the clinic yet: refused, nothing kept.
    const refused = await call(doctor!.session, 'POST', '/me/staff-certificates', {
      kind: 'work_experience',
    });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'SIGNING_CERTIFICATE_MISSING']);
    await issueDemoCertificates(t.database.db, createFieldCipher(keys), {
      secret: Buffer.alloc(32, 7),
      label: 'staff-certificates',
      holders: [
        { kind: 'organization', id: organization.id, name: { commonName: clinic, organization: clinic } },
      ],
    });

    const issued = await call(doctor!.session, 'POST', '/me/staff-certificates', { kind: 'work_experience' });
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({
      kind: 'work_experience',
      title: 'Справка о стаже работы',
      signerName: clinic,
    });
    const file = await t.app.inject({ url: issued.json().fileUrl, headers: doctor!.session.headers });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(await inspectSignature(file.rawPayload)).toMatchObject({
      isSigned: true,
      signerName: clinic,
      isIntact: true,
    });
    const sha256 = createHash('sha256').update(file.rawPayload).digest('hex');
    expect(sha256).toBe(issued.json().sha256);
    const check = await t.app.inject({ url: `/api/v1/documents/verify?sha256=${sha256}` });
    expect(check.json()).toMatchObject({
      found: true,
      status: 'valid',
      documentType: 'Справка о стаже работы',
      organization: clinic,
    });

    const qualification = await call(doctor!.session, 'POST', '/me/staff-certificates', {
      kind: 'qualification',
    });
    expect(qualification.statusCode).toBe(201);
    const list = (await call(doctor!.session, 'GET', '/me/staff-certificates')).json();
    expect(list.items.map((c: { kind: string }) => c.kind)).toEqual(['qualification', 'work_experience']);
    const [other] = await createDoctors(t, organization.id, 1);
    expect(
      (await t.app.inject({ url: issued.json().fileUrl, headers: other!.session.headers })).statusCode,
    ).toBe(404);
    const audit = await t.database.db.select().from(schema.auditEvents);
    expect(audit.some((e) => e.recordId === issued.json().id && e.action === 'staff_certificate.issue')).toBe(
      true,
    );
  });
});
