import {
  attachPatient,
  auditEntriesAbout,
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  lastAuditEntry,
  practitionerOrganizationId,
} from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { addChildWard, registerPatient } from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp({ worker: true });

const readsOf = async (patientId: string, recordType: string) =>
  (await auditEntriesAbout(t.database.db, patientId)).filter(
    (e) => (e.action === 'record.read' || e.action === 'patient.read') && e.recordType === recordType,
  );

/** Issue 15 item 7: every read of personal or medical data by someone other than the patient is audited. */
describe('reads by someone other than the patient', () => {
  it("audits a parent's reads of the ward list, the ward's ticket and the ward's visits, for the ward", async () => {
    const parent = await registerPatient(t);
    const childId = await addChildWard(t, parent.session);
    const visit = await buildAppointment(t.database.db, { patientId: childId });
    const own = await buildAppointment(t.database.db, { patientId: parent.me.patientId });

    expect(
      (await t.app.inject({ url: '/api/v1/me/wards', headers: parent.session.headers })).statusCode,
    ).toBe(200);
    expect(await readsOf(childId, 'ward_list')).toEqual([
      expect.objectContaining({
        action: 'patient.read',
        actorAccountId: parent.me.id,
        onBehalfOfPatientId: parent.me.patientId,
        details: expect.objectContaining({ basis: 'representative' }),
      }),
    ]);

    const ticket = await t.app.inject({
      url: `/api/v1/appointments/${visit.id}/ticket.pdf`,
      headers: parent.session.headers,
    });
    expect(ticket.statusCode).toBe(200);
    expect(await readsOf(childId, 'ticket')).toEqual([expect.objectContaining({ recordId: visit.id })]);

    const list = await t.app.inject({ url: '/api/v1/appointments', headers: parent.session.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([visit.id, own.id]),
    );
    expect(await readsOf(childId, 'appointment_list')).toHaveLength(1);

    // The patient's own reads are not someone else's: nothing is written about them.
    await t.app.inject({ url: `/api/v1/appointments/${own.id}/ticket.pdf`, headers: parent.session.headers });
    expect(await readsOf(parent.me.patientId, 'ticket')).toEqual([]);
    expect(await readsOf(parent.me.patientId, 'appointment_list')).toEqual([]);
  });

  it("audits a registrar's read of a patient's ticket", async () => {
    const { me } = await registerPatient(t);
    const visit = await buildAppointment(t.database.db, { patientId: me.patientId });
    const registrar = await createStaffSession(t, 'registrar', { organizationId: visit.organizationId });
    const ticket = await t.app.inject({
      url: `/api/v1/appointments/${visit.id}/ticket.ics`,
      headers: registrar.headers,
    });
    expect(ticket.statusCode, ticket.body).toBe(200);
    expect(await readsOf(me.patientId, 'ticket')).toEqual([
      expect.objectContaining({ actorAccountId: registrar.accountId, recordId: visit.id }),
    ]);
  });
});

/** Issue 15 item 7: emergency access by staff of another clinic is visible to the patient's clinic. */
describe('the emergency-access report', () => {
  it("shows the patient's clinic a grant made by a doctor of another clinic, and audits the reading", async () => {
    const { me } = await registerPatient(t);
    const home = await buildOrganization(t.database.db);
    await attachPatient(t.database.db, me.patientId, { organizationId: home.id });
    const practitioner = await buildPractitioner(t.database.db);
    const elsewhere = await practitionerOrganizationId(t.database.db, practitioner.id);
    const doctor = await createStaffSession(t, 'doctor', {
      organizationId: elsewhere,
      practitionerId: practitioner.id,
    });
    const reason = 'Пациент без сознания доставлен в приёмное отделение';
    const glass = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${me.patientId}/emergency-access`,
      headers: doctor.headers,
      payload: { reason },
    });
    expect(glass.statusCode, glass.body).toBe(201);

    const query = {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const homeAdmin = await createStaffSession(t, 'clinic_admin', { organizationId: home.id });
    const report = await t.app.inject({
      url: '/api/v1/admin/emergency-accesses',
      query,
      headers: homeAdmin.headers,
    });
    expect(report.statusCode).toBe(200);
    expect(report.json().items).toEqual([
      expect.objectContaining({ accountId: doctor.accountId, patientId: me.patientId, reason }),
    ]);
    const entry = await lastAuditEntry(t.database.db, 'access.emergency_report');
    expect(entry).toMatchObject({
      actorAccountId: homeAdmin.accountId,
      details: expect.objectContaining({ patientIds: [me.patientId] }),
    });

    // A third clinic sees neither the doctor nor the patient.
    const other = await buildOrganization(t.database.db);
    const otherAdmin = await createStaffSession(t, 'clinic_admin', { organizationId: other.id });
    const none = await t.app.inject({
      url: '/api/v1/admin/emergency-accesses',
      query,
      headers: otherAdmin.headers,
    });
    expect(none.json().items).toEqual([]);

    // The reason stays with the grant, encrypted; the audit entry carries no free text.
    const granted = (await auditEntriesAbout(t.database.db, me.patientId)).find(
      (e) => e.action === 'access.emergency',
    );
    expect(granted?.reason).toBeNull();
    expect(JSON.stringify(granted)).not.toContain('без сознания');
  });
});
