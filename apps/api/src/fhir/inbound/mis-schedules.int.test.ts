import { loadConfig } from '@talon/config';
import { buildAppointment, buildRegisteredPatient, buildSlots } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatients } from '../../testing/booking-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { FhirResource } from '../fhir-types';
import { CodeSystem } from '../identifier-systems';
import { expectValidR4 } from '../testing/fhir-validator';
import { issueTestTokens } from '../testing/test-client-auth';
import { jwtClientToken } from '../testing/test-jwt-client';

/**
 * Schedules from a regional MIS (issue 14 item 4, docs/fhir.md): Slot and Schedule upserts and HL7 v2 SIU,
 * with real clients — one of the clinic (its MIS), one of no clinic — and real tokens.
 */
const MIS_SCOPES = ['system/Slot.crus', 'system/Schedule.crus'];
const SYSTEM = 'urn:oid:1.2.643.5.1.13.13.12.2.77.7799.100.1.1.1';

let t: TestApp;
let mis: string;
let regionWide: string;
let readOnly: string;
let roleId: string;
let practitionerId: string;
let clinicId: string;
let regionCode: string;
let otherRoleId: string;
let admin: StaffSession;
let patientId: string;

/** Tomorrow at `hour`:`minute` UTC (inside every booking horizon, never in the past). */
function tomorrowAt(hour: number, minute = 0): Date {
  const at = new Date();
  at.setUTCDate(at.getUTCDate() + 1);
  at.setUTCHours(hour, minute, 0, 0);
  return at;
}
const plusMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  // A role with one generated slot at 08:00 (Talon's own), at the MIS's clinic; another clinic's role.
  const [own] = await buildSlots(db, { specialtyCode: 'surgeon', start: tomorrowAt(8) });
  roleId = own!.practitionerRoleId;
  practitionerId = own!.practitionerId;
  clinicId = own!.organizationId;
  regionCode = own!.regionCode;
  otherRoleId = (await buildSlots(db, { specialtyCode: 'surgeon' }))[0]!.practitionerRoleId;
  patientId = (
    await buildRegisteredPatient(db, loadConfig({ NODE_ENV: 'test' }).secrets, {
      surname: 'Расписанова',
      name: 'Ольга',
      birthDate: '1980-05-05',
    })
  ).id;
  admin = await createStaffSession(t, 'clinic_admin', { organizationId: clinicId });
  const system = await createStaffSession(t, 'system_admin');
  mis = await jwtClientToken(t, system, {
    name: 'МИС поликлиники',
    scopes: MIS_SCOPES,
    organizationId: clinicId,
  });
  const [wide, reader] = await issueTestTokens(t, [
    { name: 'Региональная МИС без клиники', scopes: MIS_SCOPES },
    { name: 'Справочный сервис', scopes: ['system/Slot.rs'] },
  ]);
  regionWide = wide!.token;
  readOnly = reader!.token;
});
afterAll(() => t?.close());

async function put(url: string, body: unknown, token = mis) {
  const res = await t.app.inject({
    method: 'PUT',
    url: `/fhir/R4/${url}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/fhir+json' },
    payload: JSON.stringify(body),
  });
  const answer = res.json() as FhirResource;
  await expectValidR4(answer);
  return { status: res.statusCode, body: answer, location: res.headers.location };
}

const slot = (start: Date, status: string, extra: Record<string, unknown> = {}) => ({
  resourceType: 'Slot',
  schedule: { reference: `Schedule/${roleId}` },
  status,
  start: start.toISOString(),
  end: plusMinutes(start, 30).toISOString(),
  ...extra,
});

const issue = (outcome: FhirResource) =>
  (outcome.issue as { code: string; expression?: string[]; details?: { coding: { code: string }[] } }[])[0]!;

/** The free slots REST's search offers patients at the clinic tomorrow (what «bookable» means in Talon). */
async function bookableStarts(): Promise<string[]> {
  const res = await t.app.inject(
    `/api/v1/slots?region=${regionCode}&specialty=surgeon&organization=${clinicId}&pageSize=100`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { start: string }[]).map((s) => new Date(s.start).toISOString());
}

describe('Slot upserts of a regional MIS', () => {
  it('creates a slot by its MIS identifier (201 + Location), reads it back, and updates it (200)', async () => {
    const start = tomorrowAt(10);
    const created = await put(`Slot?identifier=${SYSTEM}|S-1`, slot(start, 'free'));
    expect(created.status).toBe(201);
    expect(created.location).toMatch(new RegExp(`/fhir/R4/Slot/${created.body.id}$`));
    expect(created.body).toMatchObject({
      identifier: [{ system: SYSTEM, value: 'S-1' }],
      schedule: { reference: `Schedule/${roleId}` },
      status: 'free',
      start: start.toISOString(),
    });
    expect(await bookableStarts()).toContain(start.toISOString());
    const read = await t.app.inject({
      url: `/fhir/R4/Slot/${created.body.id}`,
      headers: { authorization: `Bearer ${readOnly}` },
    });
    expect(read.json()).toMatchObject({ identifier: [{ system: SYSTEM, value: 'S-1' }] });

    // Moved half an hour later and marked busy: one slot, no longer offered to patients.
    const moved = plusMinutes(start, 30);
    const updated = await put(`Slot?identifier=${SYSTEM}|S-1`, slot(moved, 'busy'));
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      id: created.body.id,
      status: 'busy-unavailable',
      start: moved.toISOString(),
    });
    const starts = await bookableStarts();
    expect(starts).not.toContain(moved.toISOString());
    expect(starts).not.toContain(start.toISOString());

    // busy-tentative takes it out as well; free opens it again (PUT by Talon's id).
    const opened = await put(`Slot/${created.body.id}`, slot(moved, 'free', { id: created.body.id }));
    expect([opened.status, opened.body.status]).toEqual([200, 'free']);
    expect(await bookableStarts()).toContain(moved.toISOString());
  });

  it('takes over a free slot Talon generated at the same start instead of making a second one', async () => {
    const own = await t.database.db.query.slots.findFirst({
      where: (s, { eq, and }) => and(eq(s.practitionerRoleId, roleId), eq(s.startsAt, tomorrowAt(8))),
    });
    const taken = await put(`Slot?identifier=${SYSTEM}|S-8`, slot(tomorrowAt(8), 'busy'));
    expect([taken.status, taken.body.id, taken.body.status]).toEqual([200, own!.id, 'busy-unavailable']);
  });

  it('never overwrites a slot booked in Talon: 409 MIS_SLOT_BOOKED_IN_TALON and the clinic admins told', async () => {
    const start = tomorrowAt(11);
    const created = await put(`Slot?identifier=${SYSTEM}|S-2`, slot(start, 'free'));
    await buildAppointment(t.database.db, { patientId, slotId: String(created.body.id) });
    const refused = await put(`Slot?identifier=${SYSTEM}|S-2`, slot(start, 'busy'));
    expect(refused.status).toBe(409);
    expect(issue(refused.body)).toMatchObject({
      code: 'conflict',
      details: { coding: [{ code: 'MIS_SLOT_BOOKED_IN_TALON' }] },
    });
    const row = await t.database.db.query.slots.findFirst({
      where: (s, { eq }) => eq(s.id, String(created.body.id)),
    });
    expect(row!.status).toBe('booked');
    const notices = await t.database.db.query.notificationOutbox.findMany({
      where: (o, { eq }) => eq(o.template, 'mis_slot_conflict'),
    });
    expect(notices.map((n) => [n.channel, n.accountId])).toContainEqual(['in_app', admin.accountId]);
    // The notice names the client and the time, nobody's data.
    const bell = await t.app.inject({ url: '/api/v1/notifications', headers: admin.headers });
    expect(bell.body).not.toContain(patientId);

    // The same through Talon's id.
    const byId = await put(`Slot/${created.body.id}`, slot(start, 'free'));
    expect(byId.status).toBe(409);
  });

  it("refuses another clinic's schedule (404) and a client of no clinic (403)", async () => {
    const elsewhere = await put(`Slot?identifier=${SYSTEM}|S-3`, {
      ...slot(tomorrowAt(12), 'free'),
      schedule: { reference: `Schedule/${otherRoleId}` },
    });
    expect([elsewhere.status, issue(elsewhere.body).details?.coding[0]?.code]).toEqual([
      404,
      'MIS_SCHEDULE_NOT_FOUND',
    ]);
    const wide = await put(`Slot?identifier=${SYSTEM}|S-3`, slot(tomorrowAt(12), 'free'), regionWide);
    expect([wide.status, issue(wide.body).details?.coding[0]?.code]).toEqual([
      403,
      'MIS_CLIENT_WITHOUT_ORGANIZATION',
    ]);
    const noScope = await put(`Slot?identifier=${SYSTEM}|S-3`, slot(tomorrowAt(12), 'free'), readOnly);
    expect([noScope.status, issue(noScope.body).code]).toEqual([403, 'forbidden']);
  });

  it('answers 422 naming the element of a wrong Slot', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ start: 'завтра' }, 'Slot.start'],
      [{ end: tomorrowAt(12).toISOString(), start: tomorrowAt(13).toISOString() }, 'Slot.end'],
      [{ status: 'entered-in-error' }, 'Slot.status'],
      [{ schedule: { reference: 'Practitioner/1' } }, 'Slot.schedule'],
    ];
    for (const [change, expression] of cases) {
      const refused = await put(`Slot?identifier=${SYSTEM}|S-4`, {
        ...slot(tomorrowAt(12), 'free'),
        ...change,
      });
      expect([refused.status, issue(refused.body).expression]).toEqual([422, [expression]]);
    }
  });
});

describe('Schedule upserts of a regional MIS', () => {
  const schedule = (active: boolean, actor: unknown[] = [{ reference: `PractitionerRole/${roleId}` }]) => ({
    resourceType: 'Schedule',
    active,
    actor,
    serviceType: [{ coding: [{ system: CodeSystem.SPECIALTY, code: 'surgeon' }] }],
    planningHorizon: { start: tomorrowAt(0).toISOString(), end: tomorrowAt(23).toISOString() },
  });

  it('claims the role by the MIS identifier; inactive takes its free slots out and frees nothing booked', async () => {
    const free = await put(`Slot?identifier=${SYSTEM}|S-20`, slot(tomorrowAt(14), 'free'));
    const created = await put(
      `Schedule?identifier=${SYSTEM}|R-1`,
      schedule(true, [{ reference: `Practitioner/${practitionerId}` }]),
    );
    expect([created.status, created.body.id]).toEqual([201, roleId]);
    expect(created.body).toMatchObject({ identifier: [{ system: SYSTEM, value: 'R-1' }], active: true });
    const stopped = await put(`Schedule?identifier=${SYSTEM}|R-1`, schedule(false));
    expect([stopped.status, stopped.body.active]).toEqual([200, false]);
    const after = await t.database.db.query.slots.findFirst({
      where: (s, { eq }) => eq(s.id, String(free.body.id)),
    });
    expect(after!.status).toBe('blocked');
    const booked = await t.database.db.query.slots.findFirst({
      where: (s, { eq, and }) => and(eq(s.externalId, 'S-2'), eq(s.externalSystem, SYSTEM)),
    });
    expect(booked!.status).toBe('booked');
    // A free slot pushed to an inactive schedule stays out of booking; active again, it opens.
    const pushed = await put(`Slot?identifier=${SYSTEM}|S-21`, slot(tomorrowAt(15), 'free'));
    expect(pushed.body.status).toBe('busy-unavailable');
    const restarted = await put(`Schedule/${roleId}`, {
      ...schedule(true),
      identifier: [{ system: SYSTEM, value: 'R-1' }],
    });
    expect([restarted.status, restarted.body.active]).toEqual([200, true]);
  });

  it("refuses another clinic's Schedule (404) and a Schedule without an identifier (422)", async () => {
    const elsewhere = await put(`Schedule/${otherRoleId}`, {
      ...schedule(true, [{ reference: `PractitionerRole/${otherRoleId}` }]),
      identifier: [{ system: SYSTEM, value: 'R-2' }],
    });
    expect(elsewhere.status).toBe(404);
    const bare = await put(`Schedule/${roleId}`, schedule(true));
    expect([bare.status, issue(bare.body).expression]).toEqual([422, ['Schedule.identifier']]);
  });
});

describe('the CapabilityStatement of the MIS pushes', () => {
  it('lists update and conditional update of Slot and Schedule, and the scopes are supported', async () => {
    const metadata = (await t.app.inject('/fhir/R4/metadata')).json() as FhirResource;
    await expectValidR4(metadata);
    const [rest] = metadata.rest as { resource: FhirResource[] }[];
    for (const type of ['Slot', 'Schedule']) {
      const entry = rest!.resource.find((r) => r.type === type)!;
      expect((entry.interaction as { code: string }[]).map((i) => i.code)).toContain('update');
      expect(entry.conditionalUpdate).toBe(true);
    }
    const smart = (await t.app.inject('/.well-known/smart-configuration')).json() as {
      scopes_supported: string[];
    };
    expect(smart.scopes_supported).toEqual(
      expect.arrayContaining(['system/Slot.crus', 'system/Schedule.crus']),
    );
  });
});

describe('HL7 v2 SIU from a MIS that speaks only v2', () => {
  const hl7Time = (at: Date) => `${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}+0000`;
  const siu = (event: string, filler: string, start: Date, control = `MSG-${event}-${filler}`) =>
    [
      `MSH|^~\\&|MIS|CLINIC|TALON|TALON|${hl7Time(new Date())}||SIU^${event}^SIU_S12|${control}|P|2.5|||||RU|UNICODE UTF-8`,
      `SCH|P-${filler}^MIS|${filler}^MIS|||||ROUTINE||30|min|^^30^${hl7Time(start)}^${hl7Time(plusMinutes(start, 30))}`,
      `AIP|1|A|${roleId}^Хирург`,
    ].join('\r');
  async function post(body: string, token = mis, type = 'x-application/hl7-v2+er7') {
    const res = await t.app.inject({
      method: 'POST',
      url: '/hl7/v2',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      payload: body,
    });
    const segments = res.body.split('\r').map((s) => s.split('|'));
    const msa = segments.find((s) => s[0] === 'MSA') ?? [];
    const err = segments.find((s) => s[0] === 'ERR');
    return { status: res.statusCode, type: res.headers['content-type'], msa, err };
  }
  const slotByFiller = (filler: string) =>
    t.database.db.query.slots.findFirst({
      where: (s, { eq, and }) => and(eq(s.externalSystem, 'MIS'), eq(s.externalId, filler)),
    });

  it('S12 (booked in the MIS) takes the slot out, S15 (cancelled) frees it: AA each time', async () => {
    const start = tomorrowAt(16);
    const booked = await post(siu('S12', 'F-1', start));
    expect(booked.status).toBe(200);
    expect(booked.type).toContain('x-application/hl7-v2+er7');
    expect(booked.msa.slice(0, 3)).toEqual(['MSA', 'AA', 'MSG-S12-F-1']);
    expect((await slotByFiller('F-1'))!.status).toBe('blocked');
    expect(await bookableStarts()).not.toContain(start.toISOString());

    const cancelled = await post(siu('S15', 'F-1', start), mis, 'text/plain');
    expect(cancelled.msa[1]).toBe('AA');
    expect((await slotByFiller('F-1'))!.status).toBe('free');
    expect(await bookableStarts()).toContain(start.toISOString());

    // S13 moves it (the same filler id), still one slot.
    const moved = await post(siu('S13', 'F-1', plusMinutes(start, 60)));
    expect(moved.msa[1]).toBe('AA');
    const row = await slotByFiller('F-1');
    expect([row!.status, row!.startsAt.toISOString()]).toEqual([
      'blocked',
      plusMinutes(start, 60).toISOString(),
    ]);
  });

  it('answers AE with MIS_SLOT_BOOKED_IN_TALON for a slot booked in Talon', async () => {
    const start = tomorrowAt(18);
    expect((await post(siu('S15', 'F-2', start))).msa[1]).toBe('AA');
    await buildAppointment(t.database.db, { patientId, slotId: (await slotByFiller('F-2'))!.id });
    const refused = await post(siu('S12', 'F-2', start));
    expect(refused.msa[1]).toBe('AE');
    expect(refused.err?.[5]).toContain('MIS_SLOT_BOOKED_IN_TALON');
    expect((await slotByFiller('F-2'))!.status).toBe('booked');
  });

  it('rejects (AR) a malformed message, an unsupported event and a missing filler id; 401 without a token', async () => {
    const garbage = await post('это не HL7');
    expect([garbage.status, garbage.msa[1]]).toEqual([200, 'AR']);
    const adt = await post(siu('S12', 'F-3', tomorrowAt(19)).replace('SIU^S12^SIU_S12', 'ADT^A01^ADT_A01'));
    expect([adt.msa[1], adt.err?.[3]]).toEqual(['AR', '200^Unsupported message type^HL70357']);
    const noFiller = await post(siu('S12', 'F-3', tomorrowAt(19)).replace('|F-3^MIS|', '||'));
    expect([noFiller.msa[1], noFiller.err?.[2]]).toEqual(['AR', 'SCH^1^2']);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/hl7/v2',
      headers: { 'content-type': 'x-application/hl7-v2+er7' },
      payload: siu('S12', 'F-3', tomorrowAt(19)),
    });
    expect(anonymous.statusCode).toBe(401);
    const noScope = await post(siu('S12', 'F-3', tomorrowAt(19)), readOnly);
    expect([noScope.status, noScope.msa[1]]).toEqual([403, 'AR']);
  });

  it('audits every call with the client (fhir.call, interaction hl7)', async () => {
    const entries = await t.database.db.query.auditEvents.findMany({
      where: (a, { eq }) => eq(a.action, 'fhir.call'),
    });
    const hl7 = entries.filter(
      (e) => (e.details as { interaction?: string; clientId?: string }).interaction === 'hl7',
    );
    expect(hl7.length).toBeGreaterThan(0);
    expect(hl7.every((e) => (e.details as { clientId?: string }).clientId !== undefined)).toBe(true);
  });
});

// Last in the file: its waiting patients take the slots the MIS opens from here on.
describe('a slot the MIS opens goes to the waitlist first, as a cancelled one does', () => {
  it('offers a new free slot and a slot turned from busy to free to the waiting patients in turn; a resent free slot keeps its offer', async () => {
    const day = tomorrowAt(6, 10).toISOString().slice(0, 10);
    const [first, second] = await createPatients(t, 2);
    for (const p of [first!, second!]) {
      const joined = await t.app.inject({
        method: 'POST',
        url: '/api/v1/waitlist',
        headers: p.session.headers,
        payload: { specialty: 'surgeon', practitionerId, from: day, to: day, reason: 'no_free_slots' },
      });
      expect(joined.statusCode, joined.body).toBe(201);
    }
    const offersOf = (slotId: string) =>
      t.database.db.query.waitlistOffers.findMany({ where: (o, { eq }) => eq(o.slotId, slotId) });

    const opened = await put(`Slot?identifier=${SYSTEM}|W-1`, slot(tomorrowAt(6, 10), 'free'));
    expect(opened.status).toBe(201);
    const id1 = String(opened.body.id);
    expect((await offersOf(id1)).map((o) => [o.patientId, o.status])).toEqual([
      [first!.patientId, 'offered'],
    ]);
    // Held for the offeree: the public search does not show it.
    expect(await bookableStarts()).not.toContain(tomorrowAt(6, 10).toISOString());

    // The MIS resends its schedule: the same free slot, unchanged — the offer and its hold stay.
    expect((await put(`Slot?identifier=${SYSTEM}|W-1`, slot(tomorrowAt(6, 10), 'free'))).status).toBe(200);
    const held = await t.database.db.query.slots.findFirst({ where: (s, { eq }) => eq(s.id, id1) });
    expect(held!.heldByPatientId).toBe(first!.patientId);
    expect((await offersOf(id1)).map((o) => o.status)).toEqual(['offered']);

    const busy = await put(`Slot?identifier=${SYSTEM}|W-2`, slot(tomorrowAt(7, 10), 'busy'));
    expect(busy.status, JSON.stringify(busy.body)).toBe(201);
    const id2 = String(busy.body.id);
    expect(await offersOf(id2)).toEqual([]);
    expect((await put(`Slot?identifier=${SYSTEM}|W-2`, slot(tomorrowAt(7, 10), 'free'))).status).toBe(200);
    expect((await offersOf(id2)).map((o) => [o.patientId, o.status])).toEqual([
      [second!.patientId, 'offered'],
    ]);
  });
});
