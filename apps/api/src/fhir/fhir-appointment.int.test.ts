import { loadConfig } from '@talon/config';
import { AuditAction } from '@talon/core/audit';
import { schema } from '@talon/db';
import { buildRegisteredPatient, buildSlots, lastAuditEntry, referralRow } from '@talon/testing';
import { Client } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffSession } from '../testing/staff-helpers';
import { createTestApp, type TestApp } from '../testing/test-app';
import { TALON_ERROR_SYSTEM } from './fhir-outcome';
import type { FhirResource } from './fhir-types';
import { CodeSystem, IdentifierSystem } from './identifier-systems';
import { expectValidR4 } from './testing/fhir-validator';
import { issueTestTokens } from './testing/test-client-auth';
import { jwtClientToken } from './testing/test-jwt-client';

const BOOKING_SCOPES = ['system/Slot.rs', 'system/Appointment.crus'];
const SNILS = '112-233-445 95';
const seen = new Set<string>();
let t: TestApp;
let mis: { token: string; clientId: string };
let slotsOnly: string;
let clinicClient: string;
let fhir: Client;
let patient: { id: string };
let other: { id: string };
/** Known to the MIS by SNILS only. */
let bySnils: { id: string };
let slotIds: string[];
let roleId: string;
let practitionerId: string;
let otherClinicSlot: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const secrets = loadConfig({ NODE_ENV: 'test' }).secrets;
  const person = { name: 'Анна', birthDate: '1985-03-02' };
  patient = await buildRegisteredPatient(db, secrets, { ...person, surname: 'Мисова' });
  other = await buildRegisteredPatient(db, secrets, { ...person, surname: 'Звонова' });
  bySnils = await buildRegisteredPatient(db, secrets, {
    ...person,
    surname: 'Снилсова',
    snils: SNILS.replace(/\D/g, ''),
  });
  const slots = await buildSlots(db, { count: 5, specialtyCode: 'surgeon' });
  slotIds = slots.map((s) => s.id);
  roleId = slots[0]!.practitionerRoleId;
  practitionerId = slots[0]!.practitionerId;
  otherClinicSlot = (await buildSlots(db, { specialtyCode: 'surgeon' }))[0]!.id;
  const [misToken, slotToken] = await issueTestTokens(t, [
    { name: 'Региональная МИС', scopes: BOOKING_SCOPES },
    { name: 'Справочный сервис', scopes: ['system/Slot.rs'] },
  ]);
  mis = misToken!;
  slotsOnly = slotToken!.token;
  clinicClient = await jwtClientToken(t, await createStaffSession(t, 'system_admin'), {
    name: 'МИС поликлиники',
    scopes: BOOKING_SCOPES,
    organizationId: slots[0]!.organizationId,
  });
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  fhir = new Client({ baseUrl: `${address}/fhir/R4`, bearerToken: mis.token });
});

afterAll(async () => {
  await t.close();
  expect([...seen].sort()).toEqual(['Appointment', 'Bundle', 'OperationOutcome', 'Slot']);
});

async function valid<T extends FhirResource>(resource: T): Promise<T> {
  for (const type of await expectValidR4(resource)) seen.add(type);
  return resource;
}

/** A raw call, for what the client library hides: status and headers. */
async function call(method: 'POST' | 'PUT' | 'PATCH', url: string, body: unknown, headers = {}) {
  const res = await t.app.inject({
    method,
    url: `/fhir/R4/${url}`,
    headers: {
      authorization: `Bearer ${mis.token}`,
      'content-type': method === 'PATCH' ? 'application/json-patch+json' : 'application/fhir+json',
      ...headers,
    },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, headers: res.headers, body: await valid(res.json() as FhirResource) };
}

const appointment = (slotId: string, actor: object, extra: object = {}) => ({
  resourceType: 'Appointment',
  status: 'booked',
  slot: [{ reference: `Slot/${slotId}` }],
  participant: [{ actor, status: 'accepted' }],
  ...extra,
});

const talonCode = (outcome: FhirResource) =>
  (outcome.issue as { details?: { coding?: { system: string; code: string }[] } }[])[0]?.details?.coding?.[0];

describe('FHIR scheduling: a MIS books through fhir-kit-client', () => {
  it('searches free slots, books one (201, Location), channel api and the client in the audit', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const free = await valid(
      (await fhir.search({
        resourceType: 'Slot',
        searchParams: {
          'service-type': `${CodeSystem.SPECIALTY}|surgeon`,
          'schedule.actor': `Practitioner/${practitionerId}`,
          start: [`ge${tomorrow}`],
          status: 'free',
        },
      })) as FhirResource,
    );
    expect((free.entry as unknown[]).length).toBe(5);
    const booked = await valid(
      (await fhir.create({
        resourceType: 'Appointment',
        body: appointment(slotIds[0]!, { reference: `Patient/${patient.id}` }),
      })) as FhirResource,
    );
    expect(booked).toMatchObject({
      status: 'booked',
      slot: [{ reference: `Slot/${slotIds[0]}` }],
      participant: [{ actor: { reference: `Patient/${patient.id}` } }, {}, {}],
    });
    const row = await t.database.db.query.appointments.findFirst({
      where: (a, { eq }) => eq(a.id, booked.id!),
    });
    expect(row).toMatchObject({
      channel: 'api',
      bookedByKind: 'integration_client',
      bookedByClientId: mis.clientId,
    });
    expect(await lastAuditEntry(t.database.db, AuditAction.APPOINTMENT_BOOK)).toMatchObject({
      actorAccountId: null,
      actorRole: 'integration_client',
      subjectPatientId: patient.id,
      recordId: booked.id,
      details: { clientId: mis.clientId, channel: 'api' },
    });

    const raw = await call(
      'POST',
      'Appointment',
      appointment(slotIds[4]!, { reference: `Patient/${other.id}` }),
    );
    expect(raw.status).toBe(201);
    expect(raw.headers.location).toMatch(new RegExp(`/fhir/R4/Appointment/${raw.body.id}$`));
    // The call's audit entry names the appointment it created, and its patient.
    expect(await lastAuditEntry(t.database.db, AuditAction.FHIR_CALL)).toMatchObject({
      recordType: 'Appointment',
      recordId: raw.body.id,
      subjectPatientId: other.id,
      details: { interaction: 'create', status: 201 },
    });
  });

  it('answers a taken slot with 409 OperationOutcome: Russian diagnostics, SLOT_TAKEN in details', async () => {
    const taken = await call(
      'POST',
      'Appointment',
      appointment(slotIds[0]!, { reference: `Patient/${other.id}` }),
    );
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'conflict' }] });
    expect(talonCode(taken.body)).toEqual({ system: TALON_ERROR_SYSTEM, code: 'SLOT_TAKEN' });
    expect((taken.body.issue as { diagnostics: string }[])[0]!.diagnostics).toMatch(/[а-я]/);
    const unknown = await call(
      'POST',
      'Appointment',
      appointment(slotIds[1]!, { identifier: { system: IdentifierSystem.SNILS, value: '000-000-001 00' } }),
    );
    expect([unknown.status, talonCode(unknown.body)?.code]).toEqual([422, 'PATIENT_NOT_FOUND']);
    const proposed = await call('POST', 'Appointment', {
      ...appointment(slotIds[1]!, { reference: `Patient/${other.id}` }),
      status: 'proposed',
    });
    expect(proposed.status).toBe(422);
  });

  it('makes a retry safe with If-None-Exist: 201, then 200 with the same appointment and nothing new', async () => {
    const identifier = { system: 'urn:oid:1.2.643.5.1.13.13.12.2.77.7777', value: 'MIS-42' };
    const body = appointment(
      slotIds[1]!,
      { identifier: { system: IdentifierSystem.SNILS, value: SNILS } },
      { identifier: [identifier] },
    );
    const header = { 'if-none-exist': `identifier=${identifier.system}|${identifier.value}` };
    const first = await call('POST', 'Appointment', body, header);
    expect(first.status).toBe(201);
    expect(first.body.identifier).toEqual([identifier]);
    const retried = await valid(
      (await fhir.create({
        resourceType: 'Appointment',
        body,
        options: { headers: header },
      })) as FhirResource,
    );
    expect(retried.id).toBe(first.body.id);
    const again = await call('POST', 'Appointment', body, header);
    expect([again.status, again.body.id]).toEqual([200, first.body.id]);
    const rows = await t.database.db.query.appointments.findMany({
      where: (a, { eq }) => eq(a.clientIdentifier, `${identifier.system}|${identifier.value}`),
    });
    expect(rows).toHaveLength(1);
  });

  it('reads and searches appointments, auditing the read with the patient', async () => {
    const found = await valid(
      (await fhir.search({
        resourceType: 'Appointment',
        searchParams: { status: 'booked', actor: `PractitionerRole/${roleId}` },
      })) as FhirResource,
    );
    const slotsOf = (bundle: FhirResource) =>
      (bundle.entry as { resource: FhirResource }[]).map((e) => e.resource.slot);
    expect(slotsOf(found)).toEqual([0, 1, 4].map((i) => [{ reference: `Slot/${slotIds[i]}` }]));
    const mine = await fhir.search({ resourceType: 'Appointment', searchParams: { patient: patient.id } });
    expect(slotsOf(mine as FhirResource)).toEqual([[{ reference: `Slot/${slotIds[0]}` }]]);
    const bySlot = (await fhir.search({
      resourceType: 'Appointment',
      searchParams: { slot: slotIds[4]! },
    })) as FhirResource;
    const id = (bySlot.entry as { resource: FhirResource }[])[0]!.resource.id!;
    await valid((await fhir.read({ resourceType: 'Appointment', id })) as FhirResource);
    expect(await lastAuditEntry(t.database.db, AuditAction.FHIR_CALL)).toMatchObject({
      subjectPatientId: other.id,
      recordId: id,
      details: { interaction: 'read', status: 200 },
    });
  });

  it('cancels with PATCH and PUT (status cancelled with a reason); refuses any other change with 422', async () => {
    const [first, second] = (
      (await fhir.search({
        resourceType: 'Appointment',
        searchParams: {
          status: 'booked',
          date: [`lt${new Date(Date.now() + 2 * 86_400_000).toISOString()}`],
        },
      })) as unknown as { entry: { resource: FhirResource }[] }
    ).entry.map((e) => e.resource);
    expect([first!.slot, second!.slot]).toEqual([0, 1].map((i) => [{ reference: `Slot/${slotIds[i]}` }]));
    const wrong = await call('PATCH', `Appointment/${first!.id}`, [
      { op: 'replace', path: '/start', value: 'x' },
    ]);
    expect([wrong.status, wrong.body.issue]).toEqual([
      422,
      [expect.objectContaining({ code: 'business-rule' })],
    ]);
    expect((await call('PUT', `Appointment/${first!.id}`, { ...first, status: 'arrived' })).status).toBe(422);
    const patched = await valid(
      (await fhir.patch({
        resourceType: 'Appointment',
        id: first!.id!,
        jsonPatch: [
          { op: 'replace', path: '/status', value: 'cancelled' },
          { op: 'add', path: '/cancelationReason', value: { text: 'Пациент заболел' } },
        ],
      })) as FhirResource,
    );
    expect(patched).toMatchObject({ status: 'cancelled', cancelationReason: { coding: [{ code: 'pat' }] } });
    expect(((await fhir.read({ resourceType: 'Slot', id: slotIds[0]! })) as FhirResource).status).toBe(
      'free',
    );
    const put = await fhir.update({
      resourceType: 'Appointment',
      id: second!.id!,
      body: { ...second!, status: 'cancelled', cancelationReason: { text: 'Перенос по телефону' } },
    });
    expect((put as FhirResource).status).toBe('cancelled');
    const twice = await call('PUT', `Appointment/${second!.id}`, { ...second, status: 'cancelled' });
    expect([twice.status, talonCode(twice.body)?.code]).toEqual([409, 'APPOINTMENT_STATUS_CONFLICT']);
  });
});

describe('FHIR scheduling operations', () => {
  it('$find proposes free slots; $hold keeps one for the patient; $book books it', async () => {
    const from = new Date(Date.now() + 3_600_000).toISOString();
    const to = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const found = await valid(
      (await fhir.operation({
        resourceType: 'Appointment',
        name: '$find',
        method: 'POST',
        input: {
          resourceType: 'Parameters',
          parameter: [
            { name: 'start', valueDateTime: from },
            { name: 'end', valueDateTime: to },
            { name: 'service-type', valueCoding: { system: CodeSystem.SPECIALTY, code: 'surgeon' } },
            { name: 'practitioner', valueReference: { reference: `Practitioner/${practitionerId}` } },
          ],
        },
      })) as FhirResource,
    );
    const proposals = (found.entry as { resource: FhirResource; search: { mode: string } }[])
      .filter((e) => e.search.mode === 'match')
      .map((e) => e.resource);
    // Slots 0 and 1 were freed by the cancellations; slot 4 is booked.
    expect(proposals.map((p) => p.status)).toEqual(['proposed', 'proposed', 'proposed', 'proposed']);
    const wanted = {
      ...proposals[0]!,
      participant: [{ actor: { reference: `Patient/${patient.id}` }, status: 'accepted' }],
    };
    const held = await call('POST', 'Appointment/$hold', {
      resourceType: 'Parameters',
      parameter: [{ name: 'appointment-resource', resource: wanted }],
    });
    expect(held.status).toBe(200);
    const slotId = (proposals[0]!.slot as { reference: string }[])[0]!.reference.slice('Slot/'.length);
    expect(((await fhir.read({ resourceType: 'Slot', id: slotId })) as FhirResource).status).toBe(
      'busy-tentative',
    );
    const stolen = await call(
      'POST',
      'Appointment',
      appointment(slotId, { reference: `Patient/${bySnils.id}` }),
    );
    expect(stolen.status).toBe(409);
    const booked = await call('POST', 'Appointment/$book', {
      resourceType: 'Parameters',
      parameter: [{ name: 'appointment-resource', resource: { ...wanted, status: 'pending' } }],
    });
    expect(booked.status).toBe(200);
    expect((booked.body.entry as { resource: FhirResource }[])[0]!.resource).toMatchObject({
      status: 'booked',
    });
  });
});

describe('FHIR scheduling: who may book', () => {
  it('lets a private_key_jwt client of a clinic book there, and answers 404 for another clinic’s slot', async () => {
    const headers = { authorization: `Bearer ${clinicClient}` };
    const elsewhere = await call(
      'POST',
      'Appointment',
      appointment(otherClinicSlot, { reference: `Patient/${bySnils.id}` }),
      headers,
    );
    expect([elsewhere.status, talonCode(elsewhere.body)?.code]).toEqual([404, 'SLOT_NOT_FOUND']);
    const here = await call(
      'POST',
      'Appointment',
      appointment(slotIds[2]!, { reference: `Patient/${bySnils.id}` }),
      headers,
    );
    expect(here.status).toBe(201);
  });

  it('refuses a create without the Appointment.c scope (403) and without a token (401)', async () => {
    const body = appointment(slotIds[3]!, { reference: `Patient/${other.id}` });
    const forbidden = await call('POST', 'Appointment', body, { authorization: `Bearer ${slotsOnly}` });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({
      issue: [{ code: 'forbidden', diagnostics: expect.stringContaining('system/Appointment.c') }],
    });
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/fhir/R4/Appointment',
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(body),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'login' }] });
  });

  it('books a specialty needing a referral with basedOn ServiceRequest/<referral>, as REST takes referralId', async () => {
    const db = t.database.db;
    const [slot, later] = await buildSlots(db, { count: 2, specialtyCode: 'cardiologist' });
    const validUntil = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const referralOf = async (patientId: string) =>
      (
        await db
          .insert(schema.referrals)
          .values({ patientId, specialtyCode: 'cardiologist', validUntil })
          .returning()
      )[0]!.id;
    const basedOn = (id: string) => ({ basedOn: [{ reference: `ServiceRequest/${id}` }] });
    const forPatient = { reference: `Patient/${patient.id}` };

    // Without a referral, the refusal REST gives: 409 REFERRAL_REQUIRED.
    const without = await call('POST', 'Appointment', appointment(slot!.id, forPatient));
    expect([without.status, talonCode(without.body)?.code]).toEqual([409, 'REFERRAL_REQUIRED']);
    // Another patient's referral does not fit either.
    const foreign = await call(
      'POST',
      'Appointment',
      appointment(slot!.id, forPatient, basedOn(await referralOf(other.id))),
    );
    expect([foreign.status, talonCode(foreign.body)?.code]).toEqual([409, 'REFERRAL_REQUIRED']);
    // A malformed basedOn names the element.
    const malformed = await call(
      'POST',
      'Appointment',
      appointment(slot!.id, forPatient, { basedOn: [{ reference: 'Observation/1' }] }),
    );
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('Appointment.basedOn');

    const referralId = await referralOf(patient.id);
    const booked = await call('POST', 'Appointment', appointment(slot!.id, forPatient, basedOn(referralId)));
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect((await referralRow(db, referralId))!.usedByAppointmentId).toBe(booked.body.id);
    // Used up: the same referral does not book a second visit.
    const again = await call('POST', 'Appointment', appointment(later!.id, forPatient, basedOn(referralId)));
    expect([again.status, talonCode(again.body)?.code]).toEqual([409, 'REFERRAL_REQUIRED']);
  });
});
