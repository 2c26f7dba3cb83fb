import { randomUUID } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { type DatabaseHandle, openDatabase } from '@talon/db';
import { buildSlots, currentDatabaseName, until } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type App, buildApp } from '../app';
import { createTestApp, type TestApp } from '../testing/test-app';

const isPostgres = process.env.TEST_DB === 'postgres';

/**
 * Two API processes on one database share one waiting room (docs/waiting-room.md): the state and the queue
 * are in PostgreSQL, changes are announced by NOTIFY, one admitter at a time. PostgreSQL only (the embedded
 * database is one process).
 */
describe.runIf(isPostgres)('the waiting room across server processes', () => {
  let a: TestApp;
  let b: App;
  let handleB: DatabaseHandle;
  let slotsUrl = '';

  beforeAll(async () => {
    a = await createTestApp();
    const name = await currentDatabaseName(a.database.db);
    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${name}`;
    handleB = await openDatabase({ kind: 'postgres', url: url.toString(), poolMax: 3 });
    b = await buildApp({
      config: loadConfig({
        NODE_ENV: 'test',
        WEB_DIST_DIR: '/nonexistent',
        DATABASE_URL: url.toString(),
        WAITING_ROOM_MAX_IN_FLIGHT: '1',
        WAITING_ROOM_COOLDOWN_SECONDS: '30',
      }),
      database: handleB,
      logger: false,
    });
    await b.ready();
    const [slot] = await buildSlots(a.database.db, { organization: { regionCode: '50' } });
    slotsUrl = `/api/v1/slots?region=50&specialty=${slot!.specialtyCode}`;
  });
  afterAll(async () => {
    await b?.close();
    await handleB?.close();
    await a?.close();
  });

  it('activates in every process when one is past its ceiling, and admits across both in arrival order', async () => {
    expect((await a.app.inject(slotsUrl)).statusCode).toBe(200);
    // Process B has a ceiling of one request in flight: three at once are a rush there.
    await Promise.all([b.inject(slotsUrl), b.inject(slotsUrl), b.inject(slotsUrl)]);
    await until(() => a.app.waitingRoom.isGating(), 'process A to hear of the rush in B');
    expect((await a.app.inject(slotsUrl)).json().code).toBe('WAITING_ROOM');

    // A drill fixes the rate so the order can be watched; places join through either process.
    const drill = { durationSeconds: 30, admissionsPerSecond: 3, placesAhead: 0 };
    await a.app.inject({ method: 'POST', url: '/api/v1/dev/waiting-room/drill', payload: drill });
    const tokens: string[] = [];
    for (let i = 0; i < 6; i++) {
      const app = i % 2 === 0 ? a.app : b;
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/waiting-room',
        payload: { deviceId: randomUUID() },
      });
      expect(res.json().status).toBe('waiting');
      tokens.push(res.json().token);
    }
    // Each round reads every place through one process (its snapshot is one moment of the queue), the
    // rounds alternating between the processes; places were joined through both.
    let round = 0;
    await until(async () => {
      const reader = round++ % 2 === 0 ? b : a.app;
      const statuses = await Promise.all(
        tokens.map(async (token) => (await reader.inject(`/api/v1/waiting-room/${token}`)).json().status),
      );
      const admitted = statuses.map((s) => s === 'admitted');
      expect(admitted).toEqual([...admitted].sort((x, y) => Number(y) - Number(x)));
      return admitted.every(Boolean);
    }, 'every place to be admitted');
    // A token admitted through A passes B's gate.
    const res = await b.inject({ url: slotsUrl, headers: { 'talon-queue-token': tokens[0]! } });
    expect(res.statusCode).toBe(200);
  });
});
