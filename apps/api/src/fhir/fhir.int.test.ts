import { loadConfig } from '@talon/config';
import { AuditAction } from '@talon/core/audit';
import {
  buildRegisteredPatient,
  buildRoleRoom,
  buildSlots,
  lastAuditEntry,
  setSlotHold,
  setSlotStatus,
} from '@talon/testing';
import { Client } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { interactionsOf } from './capability-statement';
import { FHIR_CONTENT_TYPE } from './fhir.plugin';
import { FHIR_RESOURCES } from './fhir-resources';
import type { FhirResource } from './fhir-types';
import { CodeSystem, IdentifierSystem } from './identifier-systems';
import { SUBSCRIPTION_CAPABILITIES } from './subscriptions/subscription-capability';
import { expectValidR4 } from './testing/fhir-validator';
import { issueTestTokens } from './testing/test-client-auth';

// Calls a minute per client: above what the busiest client of this file makes, reached by the burst client.
const CALLS_PER_MINUTE = 60;
let ALL: string;
let SLOTS_ONLY: string;
let READ_ONLY: string;
let BURST: string;
let slotsOnlyClientId: string;
let allClientId: string;

let t: TestApp;
const seen = new Set<string>();
let role: { id: string; practitionerId: string };
let organization: { id: string; name: string; registryCode: string };
let location: { id: string };
let slotIds: string[];
const day = new Date(Date.UTC(2030, 0, 15, 6, 0));
const DIRECTORY_TYPES = ['Organization', 'Location', 'Practitioner', 'PractitionerRole', 'Schedule', 'Slot'];

beforeAll(async () => {
  t = await createTestApp({ env: { OAUTH_CLIENT_CALLS_PER_MINUTE: String(CALLS_PER_MINUTE) } });
  const [all, slotsOnly, readOnly, burst] = await issueTestTokens(t, [
    { name: 'Региональная МИС', scopes: ['system/*.rs'] },
    { name: 'Колл-центр', scopes: ['system/Slot.rs'] },
    { name: 'Лаборатория', scopes: ['system/*.r'] },
    { name: 'Нагрузочный клиент', scopes: ['system/Slot.rs'] },
  ]);
  ALL = all!.token;
  allClientId = all!.clientId;
  SLOTS_ONLY = slotsOnly!.token;
  slotsOnlyClientId = slotsOnly!.clientId;
  READ_ONLY = readOnly!.token;
  BURST = burst!.token;
  const db = t.database.db;
  organization = { id: '', name: 'Городская поликлиника № 77', registryCode: `77${Date.now() % 10_000}` };
  const slots = await buildSlots(db, {
    start: day,
    count: 5,
    minutes: 30,
    specialtyCode: 'surgeon',
    organization: { name: organization.name, registryCode: organization.registryCode },
  });
  slotIds = slots.map((s) => s.id);
  organization.id = slots[0]!.organizationId;
  role = { id: slots[0]!.practitionerRoleId, practitionerId: slots[0]!.practitionerId };
  location = await buildRoleRoom(db, role.id, { room: '214', floor: 2 });
  await setSlotStatus(db, slotIds[1]!, 'booked');
  await setSlotStatus(db, slotIds[2]!, 'blocked');
});

afterAll(async () => {
  await t.close();
  // Every directory and scheduling type, and the Bundle and CapabilityStatement, was validated here (the
  // other resources are validated by their own files: fhir-patient, fhir-record, fhir-appointment…).
  expect([...seen].sort()).toEqual(
    [...DIRECTORY_TYPES, 'Bundle', 'CapabilityStatement', 'OperationOutcome'].sort(),
  );
});

async function get(url: string, token: string | null = ALL) {
  const res = await t.app.inject({
    url: `/fhir/R4/${url}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = res.json() as FhirResource;
  for (const type of await expectValidR4(body)) seen.add(type);
  return { status: res.statusCode, headers: res.headers, body };
}

const entries = (bundle: FhirResource, mode = 'match') =>
  ((bundle.entry as { resource: FhirResource; search: { mode: string } }[] | undefined) ?? [])
    .filter((e) => e.search.mode === mode)
    .map((e) => e.resource);

describe('FHIR R4 metadata', () => {
  it('is public and lists exactly the handlers: read and search of each type, its parameters and includes', async () => {
    const { status, headers, body } = await get('metadata', null);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe(FHIR_CONTENT_TYPE);
    expect(body.fhirVersion).toBe('4.0.1');
    const resources = (
      body.rest as { resource: { type: string; searchParam: { name: string }[]; interaction: unknown[] }[] }[]
    )[0]!.resource;
    // The read handlers, then the types only posted to Talon (inbound/inbound-capability.ts).
    expect(resources.map((r) => r.type).slice(0, FHIR_RESOURCES.length)).toEqual(
      FHIR_RESOURCES.map((h) => h.type),
    );
    for (const entry of SUBSCRIPTION_CAPABILITIES) expect(resources.map((r) => r.type)).toContain(entry.type);
    expect(resources.map((r) => r.type)).toContain('Binary');
    for (const handler of FHIR_RESOURCES) {
      const listed = resources.find((r) => r.type === handler.type)!;
      // The handler's own interactions first; the inbound routes may add `create` (inbound-capability.ts).
      expect(listed.interaction.slice(0, interactionsOf(handler).length)).toEqual(interactionsOf(handler));
      expect(listed.searchParam.map((p) => p.name)).toEqual([
        ...handler.searchParams.map((p) => p.name),
        '_count',
        '_offset',
      ]);
    }
  });

  it('is not described in the OpenAPI document (the CapabilityStatement describes FHIR)', async () => {
    const { paths } = (await t.app.inject('/api/docs/json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(paths).filter((p) => p.startsWith('/fhir'))).toEqual([]);
  });
});

describe('FHIR R4 access', () => {
  it('answers 401 with a Bearer challenge without a token or with an unknown one', async () => {
    const missing = await get(`Slot/${slotIds[0]}`, null);
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="talon"');
    expect(missing.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'login' }] });
    const invalid = await get(`Slot/${slotIds[0]}`, 'no-such-token');
    expect(invalid.status).toBe(401);
    expect(invalid.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('answers 429 with Retry-After when the client is over its rate', async () => {
    for (let call = 0; call < CALLS_PER_MINUTE; call += 1) {
      expect((await get('Slot?_count=1', BURST)).status).toBe(200);
    }
    const res = await get('Slot?_count=1', BURST);
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ issue: [{ code: 'throttled' }] });
  });

  it('answers 403 without the scope of the interaction, and audits the refusal', async () => {
    const read = await get(`Organization/${organization.id}`, SLOTS_ONLY);
    expect(read.status).toBe(403);
    expect(read.body).toMatchObject({
      issue: [{ code: 'forbidden', diagnostics: expect.stringContaining('system/Organization.r') }],
    });
    const entry = await lastAuditEntry(t.database.db, AuditAction.FHIR_CALL);
    expect(entry).toMatchObject({
      outcome: 'denied',
      actorRole: 'integration_client',
      recordType: 'Organization',
      recordId: organization.id,
      details: { interaction: 'read', status: 403, clientId: slotsOnlyClientId },
    });
    expect((await get('Slot', READ_ONLY)).status).toBe(403);
  });

  it('answers 404 for an unknown id or a path it does not serve, 400 for an unsupported parameter or value', async () => {
    expect((await get('Slot/7c4e3d8f-a0a0-4bce-b1ba-d18e9fa0b1c3')).status).toBe(404);
    expect((await get('Slot/not-an-id')).body).toMatchObject({ issue: [{ code: 'not-found' }] });
    expect((await get('Encounter/7c4e3d8f-a0a0-4bce-b1ba-d18e9fa0b1c3')).status).toBe(404);
    const unknown = await get('Slot?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      issue: [{ code: 'not-supported', diagnostics: expect.stringContaining('colour') }],
    });
    expect((await get('Slot?start=tomorrow')).status).toBe(400);
    expect((await get('Slot?status=maybe')).status).toBe(400);
    expect((await get('Slot?_count=many')).status).toBe(400);
    expect((await get('Slot?_include=Slot:practitioner')).status).toBe(400);
    expect((await get('Slot?schedule=Practitioner/7c4e3d8f-a0a0-4bce-b1ba-d18e9fa0b1c3')).status).toBe(400);
    const failed = await lastAuditEntry(t.database.db, AuditAction.FHIR_CALL);
    expect(failed).toMatchObject({ outcome: 'failure', details: { interaction: 'search', status: 400 } });
  });
});

describe('FHIR R4 reads', () => {
  it("reads each resource from Talon's rows, valid R4, audited as a success", async () => {
    const org = await get(`Organization/${organization.id}`);
    expect(org.body).toMatchObject({
      id: organization.id,
      name: organization.name,
      identifier: [{ system: IdentifierSystem.CLINIC_REGISTRY, value: organization.registryCode }],
    });
    expect((await get(`Location/${location.id}`)).body).toMatchObject({ name: 'Кабинет 214' });
    expect((await get(`Practitioner/${role.practitionerId}`)).body).toMatchObject({
      resourceType: 'Practitioner',
      gender: 'male',
    });
    expect((await get(`PractitionerRole/${role.id}`)).body).toMatchObject({
      specialty: [{ coding: [{ system: CodeSystem.SPECIALTY, code: 'surgeon' }] }],
      location: [{ reference: `Location/${location.id}` }],
    });
    expect((await get(`Schedule/${role.id}`)).body).toMatchObject({
      actor: [{ reference: `PractitionerRole/${role.id}` }, {}, {}],
    });
    const slot = await get(`Slot/${slotIds[1]}`);
    expect(slot.body).toMatchObject({ status: 'busy', schedule: { reference: `Schedule/${role.id}` } });
    const entry = await lastAuditEntry(t.database.db, AuditAction.FHIR_CALL);
    expect(entry).toMatchObject({
      outcome: 'success',
      recordType: 'Slot',
      recordId: slotIds[1],
      details: { clientId: allClientId, status: 200 },
    });
  });
});

describe('FHIR R4 search', () => {
  const window = `start=ge${day.toISOString()}&start=lt${new Date(day.getTime() + 86_400_000).toISOString()}`;

  it('finds free slots by service type, schedule actor and start range (issue 14 item 3)', async () => {
    const holder = await buildRegisteredPatient(t.database.db, loadConfig({ NODE_ENV: 'test' }).secrets, {
      surname: 'Держателев',
      name: 'Пётр',
      birthDate: '1980-01-01',
    });
    await setSlotHold(t.database.db, slotIds[3]!, {
      patientId: holder.id,
      until: new Date(Date.now() + 300_000),
    });
    const { status, body } = await get(
      `Slot?service-type=${CodeSystem.SPECIALTY}|surgeon&schedule.actor=Practitioner/${role.practitionerId}&${window}&status=free`,
    );
    expect(status).toBe(200);
    const free = entries(body).map((s) => s.id);
    expect(free).toEqual([slotIds[0], slotIds[4]]);
    expect(body.total).toBe(free.length);
    const busy = await get(`Slot?schedule=Schedule/${role.id}&status=busy-unavailable`);
    expect(entries(busy.body).map((s) => s.id)).toEqual([slotIds[2]]);
    const held = await get(`Slot/${slotIds[3]}`);
    expect(held.body.status).toBe('busy-tentative');
    const elsewhere = await get(
      `Slot?schedule.actor=Location/${location.id}&service-type=therapist&${window}`,
    );
    expect(elsewhere.body.total).toBe(0);
  });

  it('pages with _count and a next link, and adds the schedules with _include=Slot:schedule', async () => {
    const first = await get(`Slot?schedule=${role.id}&_count=2&_include=Slot:schedule`);
    expect(first.body.total).toBe(5);
    expect(entries(first.body).map((s) => s.id)).toEqual(slotIds.slice(0, 2));
    expect(entries(first.body, 'include').map((r) => `${r.resourceType}/${r.id}`)).toEqual([
      `Schedule/${role.id}`,
    ]);
    const links = first.body.link as { relation: string; url: string }[];
    const next = links.find((l) => l.relation === 'next')!.url;
    expect(next).toContain('_offset=2');
    const second = await get(next.slice(next.indexOf('/fhir/R4/') + '/fhir/R4/'.length));
    expect(entries(second.body).map((s) => s.id)).toEqual(slotIds.slice(2, 4));
    const last = await get(`Slot?schedule=${role.id}&_count=2&_offset=4`);
    expect((last.body.link as { relation: string }[]).map((l) => l.relation)).toEqual(['self', 'previous']);
  });

  it('finds the directory: clinics by registry code, roles with their practitioner and clinic, schedules by actor', async () => {
    const clinics = await get(
      `Organization?identifier=${IdentifierSystem.CLINIC_REGISTRY}|${organization.registryCode}`,
    );
    expect(entries(clinics.body).map((o) => o.id)).toEqual([organization.id]);
    expect((await get(`Organization?identifier=urn:oid:1.2.3|${organization.registryCode}`)).body.total).toBe(
      0,
    );
    const roles = await get(
      `PractitionerRole?organization=Organization/${organization.id}&_include=PractitionerRole:practitioner&_include=PractitionerRole:organization`,
    );
    expect(entries(roles.body).map((r) => r.id)).toEqual([role.id]);
    expect(
      entries(roles.body, 'include')
        .map((r) => r.resourceType)
        .sort(),
    ).toEqual(['Organization', 'Practitioner']);
    const rooms = await get(`Location?organization=${organization.id}`);
    expect(entries(rooms.body).map((l) => l.id)).toEqual([location.id]);
    const schedules = await get(`Schedule?actor=Location/${location.id}&_include=Schedule:actor`);
    expect(entries(schedules.body).map((s) => s.id)).toEqual([role.id]);
    expect(
      entries(schedules.body, 'include')
        .map((r) => r.resourceType)
        .sort(),
    ).toEqual(['Practitioner', 'PractitionerRole']);
    const doctors = await get(`Practitioner?name=${encodeURIComponent('Иван')}`);
    expect(entries(doctors.body).map((p) => p.id)).toContain(role.practitionerId);
  });

  it('leaves out included resources of a type the token may not read', async () => {
    const res = await get(`Slot?schedule=${role.id}&_include=Slot:schedule`, SLOTS_ONLY);
    expect(res.status).toBe(200);
    expect(entries(res.body, 'include')).toEqual([]);
  });
});

describe('FHIR R4 through a FHIR client library', () => {
  it('reads, searches and walks the pages of a listening server with fhir-kit-client', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const client = new Client({ baseUrl: `${address}/fhir/R4`, bearerToken: ALL });
    const statement = (await client.capabilityStatement()) as FhirResource;
    expect(statement.resourceType).toBe('CapabilityStatement');
    const slot = (await client.read({ resourceType: 'Slot', id: slotIds[0]! })) as FhirResource;
    expect(slot).toMatchObject({ resourceType: 'Slot', status: 'free' });
    let bundle = (await client.search({
      resourceType: 'Slot',
      searchParams: { schedule: `Schedule/${role.id}`, _count: '2' },
    })) as FhirResource | null;
    const walked: string[] = [];
    while (bundle) {
      walked.push(...entries(bundle).map((s) => s.id!));
      bundle = ((await client.nextPage({ bundle: bundle as never })) as FhirResource | undefined) ?? null;
    }
    expect(walked).toEqual(slotIds);
  });
});
