import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createQueue, QUEUE_POLLING_SECONDS, type Queue } from './create-queue';

let database: DatabaseHandle;
let queue: Queue;

beforeAll(async () => {
  database = await createTestDatabase();
  queue = await createQueue(database, { onError: (error) => console.error(error) });
});

afterAll(async () => {
  await queue?.stop({ graceful: true, wait: true, close: false });
  await database?.close();
});

describe(`pg-boss on ${process.env.TEST_DB}`, () => {
  it('sends, works and completes a job', async () => {
    await queue.createQueue('test.echo');
    const seen: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      void queue.work<{ n: number }>(
        'test.echo',
        { pollingIntervalSeconds: QUEUE_POLLING_SECONDS },
        async ([job]) => {
          seen.push(job?.data);
          resolve();
        },
      );
    });
    const id = await queue.send('test.echo', { n: 42 });
    expect(id).toBeTruthy();
    await done;
    expect(seen).toEqual([{ n: 42 }]);
    await expect.poll(async () => (await queue.getJobById('test.echo', id!))?.state).toBe('completed');
  });

  it('keeps one waiting job per singleton key on a stately queue', async () => {
    await queue.createQueue('test.stately', { name: 'test.stately', policy: 'stately' });
    const later = new Date(Date.now() + 60_000);
    const first = await queue.send('test.stately', {}, { singletonKey: 'k', startAfter: later });
    const second = await queue.send('test.stately', {}, { singletonKey: 'k', startAfter: later });
    expect(first).toBeTruthy();
    expect(second).toBeNull();
  });
});
