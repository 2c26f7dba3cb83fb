import { randomInt } from 'node:crypto';
import { localDate } from '@talon/core/shared';
import {
  attachPatient,
  auditEntriesAbout,
  buildAppointment,
  buildPractitioner,
  setPatientFacts,
} from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { createPatients, createStaff } from '../../testing/booking-helpers';
import { registerPatient, type Session, uniqueSnils } from '../../testing/identity-helpers';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp({ worker: true });
const HOUR = 3_600_000;
const LETTERS = 'абвгдежзиклмнопрстуфхцчшэюя';
/** A surname no other test writes, so a prefix search finds only this test's people. */
const uniqueSurname = () =>
  `Тест${Array.from({ length: 6 }, () => LETTERS[randomInt(LETTERS.length)]).join('')}`;

/** A practitioner at a new clinic with a doctor's account, and the role's id for slots. */
async function doctorAt(organizationId?: string) {
  const practitioner = await buildPractitioner(t.database.db, organizationId ? { organizationId } : {});
  const role = await t.database.db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
  const { session, accountId } = await createStaff(t, 'doctor', practitioner.organizationId, {
    practitionerId: practitioner.id,
  });
  return { practitioner, roleId: role!.id, organizationId: practitioner.organizationId, session, accountId };
}

const visitAt = (patientId: string, roleId: string, start: Date, status: 'booked' | 'arrived' = 'booked') =>
  buildAppointment(t.database.db, {
    patientId,
    slotOptions: { practitionerRoleId: roleId, start },
    appointment: { status, startsAt: start, ...(status === 'arrived' ? { arrivedAt: start } : {}) },
  });

const schedule = (session: Session, query: Record<string, string>) =>
  t.app.inject({ url: '/api/v1/practitioner/appointments', query, headers: session.headers });
const outcome = (session: Session, id: string, value: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/practitioner/appointments/${id}/outcome`,
    headers: session.headers,
    payload: { outcome: value },
  });
const search = (session: Session, q: string) =>
  t.app.inject({ url: '/api/v1/practitioner/patients', query: { q }, headers: session.headers });

describe('the practitioner’s schedule', () => {
  it('shows only the practitioner’s own visits of the day, with age, arrival and an audited read', async () => {
    const me = await doctorAt();
    const colleague = await doctorAt(me.organizationId);
    const [mine, theirs] = await createPatients(t, 2);
    await setPatientFacts(t.database.db, mine!.patientId, { birthDate: '1971-03-05' });
    const start = new Date(Date.now() - HOUR);
    const own = await visitAt(mine!.patientId, me.roleId, start, 'arrived');
    const other = await visitAt(theirs!.patientId, colleague.roleId, start);
    const date = localDate(start, 'Europe/Moscow');

    const res = await schedule(me.session, { date });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const ids = res.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
    const item = res.json().items.find((i: { id: string }) => i.id === own.id);
    expect(item).toMatchObject({
      status: 'arrived',
      hasArrived: true,
      localDate: date,
      timeZone: 'Europe/Moscow',
      organization: { id: me.organizationId },
      patient: {
        id: mine!.patientId,
        age: Number(date.slice(0, 4)) - 1971 - (date.slice(5) < '03-05' ? 1 : 0),
      },
    });
    expect(item.startsAt).toMatch(/\+03:00$/);
    const reads = (await auditEntriesAbout(t.database.db, mine!.patientId)).filter(
      (e) => e.action === 'record.read' && e.recordType === 'practitioner_schedule',
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorAccountId: me.accountId });

    // The colleague's week has their visit and not mine.
    const week = await schedule(colleague.session, { date, view: 'week' });
    expect(week.json().items.map((i: { id: string }) => i.id)).toEqual([other.id]);
  });

  it('refuses a patient, a registrar and a malformed date', async () => {
    const patient = await registerPatient(t);
    expect((await schedule(patient.session, { date: '2026-12-07' })).statusCode).toBe(403);
    const me = await doctorAt();
    const desk = await createStaff(t, 'registrar', me.organizationId);
    expect((await schedule(desk.session, { date: '2026-12-07' })).statusCode).toBe(403);
    const bad = await schedule(me.session, { date: '07.12.2026' });
    expect(bad.statusCode).toBe(400);
    // A doctor's account with no practitioner behind it has no schedule.
    const bare = await createStaff(t, 'doctor', me.organizationId);
    const none = await schedule(bare.session, { date: '2026-12-07' });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe('NOT_A_PRACTITIONER');
  });
});

describe('the outcome of a visit', () => {
  it('is marked by the visit’s own practitioner once it has started; illegal moves are refused', async () => {
    const me = await doctorAt();
    const colleague = await doctorAt(me.organizationId);
    const [a, b, c] = await createPatients(t, 3);
    const started = await visitAt(a!.patientId, me.roleId, new Date(Date.now() - HOUR), 'arrived');
    const future = await visitAt(b!.patientId, me.roleId, new Date(Date.now() + 5 * HOUR));
    const missed = await visitAt(c!.patientId, me.roleId, new Date(Date.now() - 2 * HOUR));

    const early = await outcome(me.session, future.id, 'fulfilled');
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('VISIT_NOT_STARTED');
    expect((await outcome(me.session, future.id, 'noshow')).json().code).toBe('VISIT_NOT_STARTED');

    const foreign = await outcome(colleague.session, started.id, 'fulfilled');
    expect(foreign.statusCode).toBe(404);

    // arrived → noshow is not a move the workflow allows.
    const arrivedNoShow = await outcome(me.session, started.id, 'noshow');
    expect(arrivedNoShow.statusCode).toBe(409);
    expect(arrivedNoShow.json().code).toBe('APPOINTMENT_STATUS_CONFLICT');

    const done = await outcome(me.session, started.id, 'fulfilled');
    expect(done.statusCode).toBe(200);
    expect(done.json().status).toBe('fulfilled');
    expect((await outcome(me.session, started.id, 'fulfilled')).statusCode).toBe(409);

    const noShow = await outcome(me.session, missed.id, 'noshow');
    expect(noShow.statusCode).toBe(200);
    expect(noShow.json().status).toBe('noshow');
    expect((await outcome(me.session, missed.id, 'later')).statusCode).toBe(400);
    const audited = (await auditEntriesAbout(t.database.db, c!.patientId)).filter(
      (e) => e.action === 'appointment.status',
    );
    expect(audited).toHaveLength(1);
  });
});

describe('patient search and the card', () => {
  it('finds patients in care by surname or birth date, others only by an exact SNILS', async () => {
    const me = await doctorAt();
    const surname = uniqueSurname();
    const [visiting, attached] = await createPatients(t, 2, { patient: { surname } });
    await visitAt(visiting!.patientId, me.roleId, new Date(Date.now() + 24 * HOUR));
    await attachPatient(t.database.db, attached!.patientId, { organizationId: me.organizationId });
    const [stranger] = await createPatients(t, 1, { patient: { surname } });
    const outsider = await registerPatient(t, { surname, snils: uniqueSnils() });

    const byName = await search(me.session, surname.slice(0, 7).toLowerCase());
    expect(byName.statusCode).toBe(200);
    const found = byName
      .json()
      .items.map((i: { id: string }) => i.id)
      .sort();
    expect(found).toEqual([visiting!.patientId, attached!.patientId].sort());
    expect(byName.json().items.every((i: { isInCare: boolean }) => i.isInCare)).toBe(true);
    expect(found).not.toContain(stranger!.patientId);

    const body = outsider.body as { snils: string };
    const bySnils = await search(me.session, body.snils);
    expect(bySnils.json().items).toMatchObject([
      { id: outsider.me.patientId, isInCare: false, snils: expect.stringMatching(/^\*\*\*-\*\*\*-/) },
    ]);
    const searches = (await auditEntriesAbout(t.database.db, outsider.me.patientId)).filter(
      (e) => e.action === 'patient.search',
    );
    expect(searches).toHaveLength(1);
    expect(JSON.stringify(searches[0])).not.toContain(body.snils);

    const tooShort = await search(me.session, 'я');
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().code).toBe('PATIENT_QUERY_TOO_SHORT');
  });

  it('answers 404 with access.denied for a card outside care; emergency access with a reason opens it', async () => {
    const me = await doctorAt();
    const outsider = await registerPatient(t);
    const patientId = outsider.me.patientId;
    const summary = () =>
      t.app.inject({ url: '/api/v1/records/summary', query: { patientId }, headers: me.session.headers });
    const refused = await summary();
    expect(refused.statusCode).toBe(404);
    const denied = (await auditEntriesAbout(t.database.db, patientId)).filter(
      (e) => e.action === 'access.denied' && e.actorAccountId === me.accountId,
    );
    expect(denied.length).toBeGreaterThan(0);

    const glass = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/emergency-access`,
      headers: me.session.headers,
      payload: { reason: 'Пациент без сознания доставлен в приёмное отделение' },
    });
    expect(glass.statusCode).toBe(201);
    const opened = await summary();
    expect(opened.statusCode).toBe(200);
    const trail = await auditEntriesAbout(t.database.db, patientId);
    expect(trail.some((e) => e.action === 'access.emergency' && e.actorAccountId === me.accountId)).toBe(
      true,
    );
    const read = trail.find((e) => e.action === 'record.read' && e.actorAccountId === me.accountId);
    expect(read?.details).toMatchObject({ basis: 'emergency' });
  });
});
