import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../client';
import { outboxTestCipher as cipher } from '../../testing/outbox-messages';
import { createAccountRepository } from './accounts.repository';
import { createSessionRepository } from './sessions.repository';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe('session repository: findWithAccount', () => {
  it('answers the session of a token with its account and every role grant in one statement', async () => {
    const accounts = createAccountRepository(database.db, cipher);
    const sessions = createSessionRepository(database.db, cipher);
    const account = await accounts.create({
      displayName: 'Сессионный Тест',
      patientId: null,
      phone: null,
      email: `session-${crypto.randomUUID()}@test.talon.local`,
      snilsHash: null,
      passwordHash: null,
      roles: [
        { role: 'system_admin', organizationId: null },
        { role: 'call_centre', organizationId: null, regionCode: '77' },
      ],
    });
    const now = new Date();
    const tokenHash = `hash-${crypto.randomUUID()}`;
    const session = await sessions.create({
      accountId: account.id,
      tokenHash,
      transport: 'bearer',
      csrfToken: 'csrf',
      mfaPending: true,
      method: 'password',
      idleTimeoutSeconds: 900,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 3_600_000),
      origin: { ip: '127.0.0.1', userAgent: 'vitest' },
    });

    const found = await sessions.findWithAccount(tokenHash);
    expect(found?.session).toMatchObject({ id: session.id, accountId: account.id, mfaPending: true });
    expect(found?.session.expiresAt).toBeInstanceOf(Date);
    expect(found?.account).toMatchObject({
      id: account.id,
      displayName: 'Сессионный Тест',
      status: 'active',
    });
    expect(found?.account.roles).toEqual(
      expect.arrayContaining([
        { role: 'system_admin', organizationId: null },
        { role: 'call_centre', organizationId: null, regionCode: '77' },
      ]),
    );
    expect(found?.account.roles).toHaveLength(2);
    expect(found?.account).toEqual((await accounts.findById(account.id)) ?? undefined);
    expect(await sessions.findWithAccount('no-such-hash')).toBeNull();
  });
});
