import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@talon/config';
import { AuditAction } from '@talon/core/audit';
import {
  matchesCriteria,
  parseSubscriptionCriteria,
  SUBSCRIPTION_ERROR_AFTER_FAILURES,
  signNotification,
} from '@talon/core/fhir-subscriptions';
import { createFieldCipher, createSubscriptionDeliveryRepository } from '@talon/db';
import {
  buildAppointment,
  buildRegisteredPatient,
  buildRoleRoom,
  buildSlots,
  lastAuditEntry,
  setStoredColumn,
  storedRows,
} from '@talon/testing';
import { createJsonLogger, deliverDueNotifications, postPush } from '@talon/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { FhirResource } from '../fhir-types';
import { expectValidR4 } from '../testing/fhir-validator';
import { issueTestTokens } from '../testing/test-client-auth';
import { SECRET_EXTENSION_URL } from './subscription-resource';

/** A loopback receiver (the client's endpoint): records each notification; can go down and come back. */
function startReceiver() {
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let server: Server | null = null;
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => {
          body += chunk.toString('utf8');
        });
        request.on('end', () => {
          received.push({ headers: request.headers, body });
          response.writeHead(204).end();
        });
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      server!.closeAllConnections();
      server!.close(() => resolve());
    });
  return { received, up, down, url: () => `http://127.0.0.1:${port}/talon-hook` };
}

let t: TestApp;
const secrets = loadConfig({ NODE_ENV: 'test' }).secrets;
const cipher = createFieldCipher(secrets);
let OWNER: string;
let OTHER: string;
let NO_SCOPE: string;
let READER: { clientId: string; token: string };
const receiver = startReceiver();
let practitionerId: string;
let roleId: string;
let slotIds: string[];
let patientId: string;
let moment = 0;
const clock = { now: () => new Date(moment) };

beforeAll(async () => {
  t = await createTestApp();
  const tokens = await issueTestTokens(t, [
    { name: 'Региональная МИС', scopes: ['system/Subscription.crds'] },
    { name: 'Другая МИС', scopes: ['system/Subscription.crds'] },
    { name: 'Только чтение', scopes: ['system/Subscription.rs'] },
    { name: 'МИС с записями', scopes: ['system/Subscription.crds', 'system/Appointment.ru'] },
  ]);
  [OWNER, OTHER, NO_SCOPE] = tokens.map((issued) => issued.token) as [string, string, string];
  READER = tokens[3]!;
  const db = t.database.db;
  const slots = await buildSlots(db, { start: new Date(Date.UTC(2030, 0, 15, 6)), count: 3, minutes: 30 });
  slotIds = slots.map((slot) => slot.id);
  practitionerId = slots[0]!.practitionerId;
  roleId = slots[0]!.practitionerRoleId;
  await buildRoleRoom(db, roleId, { room: '301', floor: 3 });
  patientId = (
    await buildRegisteredPatient(db, secrets, {
      surname: 'Подписчикова',
      name: 'Вера',
      birthDate: '1985-05-05',
    })
  ).id;
  await receiver.up();
});

afterAll(async () => {
  await receiver.down().catch(() => undefined);
  await t.close();
});

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string, payload?: unknown) =>
  t.app.inject({
    method,
    url: `/fhir/R4/${url}`,
    headers: {
      authorization: `Bearer ${token}`,
      ...(payload ? { 'content-type': 'application/fhir+json' } : {}),
    },
    ...(payload ? { payload: JSON.stringify(payload) } : {}),
  });

const subscription = (criteria: string, endpoint: string, channel: Record<string, unknown> = {}) => ({
  resourceType: 'Subscription',
  status: 'requested',
  reason: 'Синхронизация расписания МИС',
  criteria,
  channel: { type: 'rest-hook', endpoint, ...channel },
});

/**
 * One pass of the worker's rest-hook delivery at the test's moment, which only moves forward: never before
 * the real time the database stamped the notifications with.
 */
const deliver = () => {
  moment = Math.max(moment, Date.now() + 1_000);
  return deliverDueNotifications({
    deliveries: createSubscriptionDeliveryRepository(t.database.db, cipher),
    post: (url, init) => postPush(url, { ...init, timeoutMs: 2_000, allowPrivate: true }),
    clock,
    logger: createJsonLogger('silent'),
    staleAfterMs: 300_000,
    batchSize: 50,
    kickOutbox: async () => undefined,
  });
};

const stateOf = (id: string) => createSubscriptionDeliveryRepository(t.database.db, cipher).statusOf(id);

describe('FHIR Subscription (rest-hook)', () => {
  let subscriptionId: string;
  let secret: string;
  let firstVisitId: string;

  it('creates a subscription, answers its secret once, and lists it in the CapabilityStatement', async () => {
    const created = await call(
      'POST',
      'Subscription',
      OWNER,
      subscription(`Appointment?actor=Practitioner/${practitionerId}`, receiver.url(), {
        header: ['Authorization: Bearer receiver-token'],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json() as FhirResource & { extension: { url: string; valueString: string }[] };
    await expectValidR4(body);
    expect(body).toMatchObject({
      status: 'active',
      channel: { type: 'rest-hook', endpoint: receiver.url() },
    });
    expect(created.headers.location).toMatch(new RegExp(`/fhir/R4/Subscription/${String(body.id)}$`));
    subscriptionId = String(body.id);
    expect(await lastAuditEntry(t.database.db, AuditAction.FHIR_CALL)).toMatchObject({
      recordType: 'Subscription',
      recordId: subscriptionId,
      details: { interaction: 'create', status: 201 },
    });
    secret = body.extension.find((e) => e.url === SECRET_EXTENSION_URL)!.valueString;
    expect(secret).toHaveLength(43);

    const read = await call('GET', `Subscription/${subscriptionId}`, OWNER);
    expect(read.statusCode).toBe(200);
    await expectValidR4(read.json());
    expect(read.body).not.toContain(secret);
    const [stored] = await storedRows(t.database.db, 'fhir_subscriptions', {
      column: 'id',
      value: subscriptionId,
    });
    expect(String(stored!.secret_encrypted)).not.toContain(secret);
    expect(String(stored!.headers_encrypted)).not.toContain('receiver-token');

    const metadata = (await t.app.inject({ url: '/fhir/R4/metadata' })).json() as FhirResource;
    await expectValidR4(metadata);
    expect(JSON.stringify(metadata)).toContain('"type":"Subscription"');
  });

  it('notifies a matching booking, signed, and none for a subscription that does not match', async () => {
    const elsewhere = await call(
      'POST',
      'Subscription',
      OWNER,
      subscription(`Appointment?actor=Practitioner/${randomUUID()}`, receiver.url()),
    );
    expect(elsewhere.statusCode).toBe(201);
    const otherId = String((elsewhere.json() as FhirResource).id);

    const visit = await buildAppointment(t.database.db, { patientId, slotId: slotIds[0]! });
    firstVisitId = visit.id;
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    const [notice] = receiver.received;
    expect(notice!.body).toBe('');
    expect(notice!.headers.authorization).toBe('Bearer receiver-token');
    const timestamp = Number(notice!.headers['x-talon-timestamp']);
    expect(notice!.headers['x-talon-signature']).toBe(signNotification(secret, timestamp, ''));
    expect(Math.abs(timestamp * 1000 - moment)).toBeLessThan(1_000);
    // The trigger wrote what the TypeScript rule says, for both subscriptions.
    for (const [id, criteria, count] of [
      [subscriptionId, `Appointment?actor=Practitioner/${practitionerId}`, 1],
      [otherId, 'x', 0],
    ] as const) {
      expect((await stateOf(id)).notifications).toHaveLength(count);
      const parsed = parseSubscriptionCriteria(criteria);
      if (parsed.ok) {
        const facts = {
          practitionerId,
          practitionerRoleId: roleId,
          locationId: null,
          patientId,
          status: 'booked',
        } as const;
        expect(matchesCriteria(parsed.criteria, facts)).toBe(count === 1);
      }
    }
    expect(visit.id).toBe((await stateOf(subscriptionId)).notifications[0]!.appointmentId);
  });

  it('retries through a receiver outage and delivers the change when it is back', async () => {
    await receiver.down();
    // The registry confirms the visit: a change of status.
    await setStoredColumn(t.database.db, 'appointments', 'status', 'confirmed', {
      column: 'id',
      value: firstVisitId,
    });
    expect(await deliver()).toEqual({ delivered: 0, failed: 1 });
    let state = await stateOf(subscriptionId);
    expect(state.subscription).toMatchObject({ status: 'active', errorCount: 1 });
    expect(state.notifications.find((n) => n.status === 'pending')).toMatchObject({ attempts: 1 });
    // Not due before its back-off (10 s).
    expect(await deliver()).toEqual({ delivered: 0, failed: 0 });

    await receiver.up();
    moment += 11_000;
    const before = receiver.received.length;
    expect(await deliver()).toEqual({ delivered: 1, failed: 0 });
    expect(receiver.received).toHaveLength(before + 1);
    state = await stateOf(subscriptionId);
    expect(state.subscription).toMatchObject({ status: 'active', errorCount: 0, lastError: null });
    expect(state.notifications.every((n) => n.status === 'sent')).toBe(true);
  });

  it('sets the subscription error when the receiver stays down, and tells the admins', async () => {
    await receiver.down();
    await buildAppointment(t.database.db, { patientId, slotId: slotIds[1]! });
    for (let i = 0; i < SUBSCRIPTION_ERROR_AFTER_FAILURES; i++) {
      expect(await deliver()).toEqual({ delivered: 0, failed: 1 });
      moment += 31 * 60_000;
    }
    const state = await stateOf(subscriptionId);
    expect(state.subscription).toMatchObject({
      status: 'error',
      errorCount: SUBSCRIPTION_ERROR_AFTER_FAILURES,
    });
    expect(state.notifications.filter((n) => n.status === 'dead')).toHaveLength(1);
    expect(await deliver()).toEqual({ delivered: 0, failed: 0 });
    const notices = await storedRows(t.database.db, 'notification_outbox', {
      column: 'template',
      value: 'fhir_subscription_error',
    });
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n) => n.channel === 'in_app')).toBe(true);

    const read = (await call('GET', `Subscription/${subscriptionId}`, OWNER)).json() as FhirResource;
    await expectValidR4(read);
    expect(read).toMatchObject({ status: 'error', error: expect.stringContaining('ECONNREFUSED') });
    // An errored subscription hears no more changes.
    await buildAppointment(t.database.db, { patientId, slotId: slotIds[2]! });
    expect((await stateOf(subscriptionId)).notifications).toHaveLength(3);
  });

  it.each([
    ['a private address', 'https://10.1.2.3/hook', 'Subscription.channel.endpoint'],
    ['plain http off loopback', 'http://mis.example.org/hook', 'Subscription.channel.endpoint'],
  ])('refuses %s', async (_, endpoint, expression) => {
    const refused = await call(
      'POST',
      'Subscription',
      OWNER,
      subscription(`Appointment?actor=Practitioner/${practitionerId}`, endpoint),
    );
    expect(refused.statusCode).toBe(422);
    await expectValidR4(refused.json());
    expect(refused.json()).toMatchObject({ issue: [{ code: 'invalid', expression: [expression] }] });
  });

  it('refuses other criteria, another payload and a payload without Appointment read, naming the element', async () => {
    const criteria = await call(
      'POST',
      'Subscription',
      OWNER,
      subscription(`Appointment?date=ge2030-01-01&actor=Practitioner/${practitionerId}`, receiver.url()),
    );
    expect(criteria.statusCode).toBe(422);
    expect(criteria.json()).toMatchObject({
      issue: [
        {
          expression: ['Subscription.criteria'],
          details: { coding: [{ code: 'SUBSCRIPTION_INVALID' }] },
        },
      ],
    });
    for (const [token, payload, diagnostics] of [
      [
        READER.token,
        'application/fhir+xml',
        'Полезная нагрузка: поддерживается только application/fhir+json.',
      ],
      [OWNER, 'application/fhir+json', 'Для полезной нагрузки нужна область system/Appointment.r.'],
    ] as const) {
      const refused = await call(
        'POST',
        'Subscription',
        token,
        subscription(`Appointment?patient=Patient/${patientId}`, receiver.url(), { payload }),
      );
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        issue: [{ expression: ['Subscription.channel.payload'], diagnostics }],
      });
    }
    const scope = await call(
      'POST',
      'Subscription',
      NO_SCOPE,
      subscription('Appointment?x=1', receiver.url()),
    );
    expect(scope.statusCode).toBe(403);
  });

  it("answers another client's subscription as not found; the owner deletes it", async () => {
    expect((await call('GET', `Subscription/${subscriptionId}`, OTHER)).statusCode).toBe(404);
    expect((await call('DELETE', `Subscription/${subscriptionId}`, OTHER)).statusCode).toBe(404);
    const others = (await call('GET', 'Subscription', OTHER)).json() as FhirResource;
    expect(others).toMatchObject({ resourceType: 'Bundle', total: 0 });
    const own = (await call('GET', 'Subscription?_count=1', OWNER)).json() as FhirResource;
    await expectValidR4(own);
    expect(own).toMatchObject({ total: 2 });
    expect((await call('GET', 'Subscription?status=active', OWNER)).statusCode).toBe(400);

    const deleted = await call('DELETE', `Subscription/${subscriptionId}`, OWNER);
    expect(deleted.statusCode).toBe(200);
    expect((await call('GET', `Subscription/${subscriptionId}`, OWNER)).statusCode).toBe(404);
  });
});

describe('FHIR Subscription with the payload application/fhir+json', () => {
  let payloadPatientId: string;
  let visitSlotId: string;
  let secret: string;

  beforeAll(async () => {
    await receiver.up().catch(() => undefined);
    const slots = await buildSlots(t.database.db, {
      start: new Date(Date.UTC(2030, 1, 12, 7)),
      count: 1,
      minutes: 30,
    });
    visitSlotId = slots[0]!.id;
    payloadPatientId = (
      await buildRegisteredPatient(t.database.db, secrets, {
        surname: 'Нагрузкина',
        name: 'Ольга',
        birthDate: '1979-03-03',
      })
    ).id;
    const created = await call(
      'POST',
      'Subscription',
      READER.token,
      subscription(`Appointment?patient=Patient/${payloadPatientId}`, receiver.url(), {
        payload: 'application/fhir+json',
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json() as FhirResource & { extension: { url: string; valueString: string }[] };
    await expectValidR4(body);
    expect(body).toMatchObject({ channel: { payload: 'application/fhir+json' } });
    secret = body.extension.find((e) => e.url === SECRET_EXTENSION_URL)!.valueString;
  });

  /** The notifications the receiver got from now on, after one delivery pass. */
  const deliveredNow = async () => {
    const before = receiver.received.length;
    expect((await deliver()).failed).toBe(0);
    return receiver.received.slice(before);
  };

  it('sends the Appointment as a read returns it, signed over the body, as application/fhir+json', async () => {
    const visit = await buildAppointment(t.database.db, { patientId: payloadPatientId, slotId: visitSlotId });
    const [notice] = await deliveredNow();
    expect(notice!.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const timestamp = Number(notice!.headers['x-talon-timestamp']);
    expect(notice!.headers['x-talon-signature']).toBe(signNotification(secret, timestamp, notice!.body));
    const sent = JSON.parse(notice!.body) as FhirResource;
    await expectValidR4(sent);
    const read = await t.app.inject({
      url: `/fhir/R4/Appointment/${visit.id}`,
      headers: { authorization: `Bearer ${READER.token}` },
    });
    expect(read.statusCode).toBe(200);
    expect(sent).toEqual(read.json());
    expect(sent).toMatchObject({ resourceType: 'Appointment', id: visit.id, status: 'booked' });
  });

  it('sends the cancelled visit with its status and coded reason at send time', async () => {
    const [appointmentId] = (await stateOf(await subscriptionIdOf())).notifications.map(
      (n) => n.appointmentId,
    );
    const cancelled = await t.app.inject({
      method: 'PATCH',
      url: `/fhir/R4/Appointment/${appointmentId}`,
      headers: {
        authorization: `Bearer ${READER.token}`,
        'content-type': 'application/json-patch+json',
      },
      payload: JSON.stringify([{ op: 'replace', path: '/status', value: 'cancelled' }]),
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const [notice] = await deliveredNow();
    const sent = JSON.parse(notice!.body) as FhirResource;
    await expectValidR4(sent);
    expect(sent).toMatchObject({ status: 'cancelled', cancelationReason: { text: expect.any(String) } });
    expect(sent).toEqual(cancelled.json());
  });

  it('sends an empty body once the client may no longer read Appointments', async () => {
    await setStoredColumn(
      t.database.db,
      'integration_clients',
      'allowed_scopes',
      '{system/Subscription.crds}',
      {
        column: 'id',
        value: READER.clientId,
      },
    );
    const slot = await buildSlots(t.database.db, {
      start: new Date(Date.UTC(2030, 1, 13, 7)),
      count: 1,
      minutes: 30,
    });
    await buildAppointment(t.database.db, { patientId: payloadPatientId, slotId: slot[0]!.id });
    const [notice] = await deliveredNow();
    expect(notice!.body).toBe('');
    expect(notice!.headers['content-type']).toBeUndefined();
    const timestamp = Number(notice!.headers['x-talon-timestamp']);
    expect(notice!.headers['x-talon-signature']).toBe(signNotification(secret, timestamp, ''));
  });

  const subscriptionIdOf = async () => {
    const list = (await call('GET', 'Subscription', READER.token)).json() as {
      entry: { resource: FhirResource }[];
    };
    return String(list.entry[0]!.resource.id);
  };
});
