import { loadConfig } from '@talon/config';
import { type DatabaseHandle, schema } from '@talon/db';
import { buildOrganization, buildPractitioner, createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger';
import { startWorker, type Worker } from '../start-worker';
import { GENERATE_SLOTS_CRON, GENERATE_SLOTS_JOB } from './slots.generate.job';

let database: DatabaseHandle;
let worker: Worker;
let roleId = '';

const countSlots = async () =>
  (await database.db.query.slots.findMany({ where: (slot, { eq }) => eq(slot.practitionerRoleId, roleId) }))
    .length;

beforeAll(async () => {
  database = await createTestDatabase();
  const clinic = await buildOrganization(database.db, { regionCode: '39', timeZone: 'Europe/Kaliningrad' });
  const practitioner = await buildPractitioner(database.db, { organizationId: clinic.id });
  const role = await database.db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, practitioner.id),
  });
  roleId = role!.id;
  await database.db.insert(schema.schedules).values({
    practitionerRoleId: roleId,
    validFrom: '2020-01-01',
    slotMinutes: 15,
    days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '09:00', breaks: [] })),
    channels: ['internet'],
  });
  const config = loadConfig({ NODE_ENV: 'test', TALON_DEMO: '1' });
  worker = await startWorker({ database, config, logger: createJsonLogger('silent') });
});

afterAll(async () => {
  await worker?.stop();
  await database?.close();
});

describe(`${GENERATE_SLOTS_JOB} job on ${process.env.TEST_DB}`, () => {
  it('is scheduled daily at 02:30 UTC and runs once at start, filling the booking horizon', async () => {
    // The queue's own table, read through the queue's connection (pg-boss keeps its schedules there).
    const { rows } = await database.queueSql!('select cron, timezone from pgboss.schedule where name = $1', [
      GENERATE_SLOTS_JOB,
    ]);
    const [scheduled] = rows;
    expect(scheduled).toEqual({ cron: GENERATE_SLOTS_CRON, timezone: 'UTC' });
    // Seven days a week, 4 slots a day, for 14 days: 56, give or take today's passed slots and the last day.
    await expect.poll(countSlots, { timeout: 20_000, interval: 200 }).toBeGreaterThanOrEqual(52);
    expect(await countSlots()).toBeLessThanOrEqual(60);
  });

  it('is idempotent: a second run adds nothing', async () => {
    await expect.poll(countSlots, { timeout: 20_000, interval: 200 }).toBeGreaterThanOrEqual(52);
    const before = await countSlots();
    const report = await worker.generateSlots({});
    expect(report.failed).toEqual([]);
    expect(report.inserted).toBe(0);
    expect(await countSlots()).toBe(before);
  });
});
