import { loadConfig } from '@talon/config';
import { createFieldCipher, createIdempotencyRepository, type DatabaseHandle, schema } from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger';
import { purgeIdempotencyKeysJob } from './idempotency.purge.job';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe('idempotency.purge', () => {
  it('deletes the keys whose 24 hours are over and keeps the others', async () => {
    const keys = createIdempotencyRepository(
      database.db,
      createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets),
    );
    const [account] = await database.db
      .insert(schema.accounts)
      .values({ displayName: 'Пациент' })
      .returning({ id: schema.accounts.id });
    const now = new Date('2026-12-01T12:00:00Z');
    const claim = (key: string, expiresAt: Date) =>
      keys.claim({ accountId: account!.id, key, fingerprint: 'POST /x', now, expiresAt });
    await claim('old', new Date('2026-12-01T11:59:59Z'));
    await claim('fresh', new Date('2026-12-02T11:00:00Z'));

    const purged = await purgeIdempotencyKeysJob({
      keys,
      clock: { now: () => now },
      logger: createJsonLogger('silent'),
    });

    expect(purged).toBe(1);
    const left = await database.db.select({ key: schema.idempotencyKeys.key }).from(schema.idempotencyKeys);
    expect(left).toEqual([{ key: 'fresh' }]);
  });
});
