import { createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './client';
import { schema } from './index';
import { logSafeError } from './log-safe-error';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const caught = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
};

describe('logSafeError (issue 15, item 11)', () => {
  it("keeps a failed statement's code and constraint but never the values it names", async () => {
    const phone = '+79161234567';
    await database.db.insert(schema.accounts).values({ displayName: 'Пациент', phone });
    const error = await caught(() =>
      database.db.insert(schema.accounts).values({ displayName: 'Другой', phone }),
    );
    const logged = JSON.stringify(logSafeError(error));
    expect(logged).toContain('"code":"23505"');
    expect(logged).toContain('accounts_phone_key');
    expect(logged).not.toContain('9161234567');
    expect(logged).not.toMatch(/Другой|Failed query|params/);
  });

  it('leaves out a message that quotes the input', async () => {
    const error = await caught(() => database.db.execute(sql`select ${'Иванова Мария'}::uuid`));
    const logged = JSON.stringify(logSafeError(error));
    expect(logged).toContain('"code":"22P02"');
    expect(logged).not.toContain('Иванова');
  });

  it('names what a query wrapper holds when the database never answered: a driver sentence, else only its type', () => {
    const lost = new DrizzleQueryError(
      'select $1',
      ['Иванова'],
      new Error('Connection terminated unexpectedly'),
    );
    expect(logSafeError(lost)).toMatchObject({ driverError: 'Error: Connection terminated unexpectedly' });
    expect(JSON.stringify(logSafeError(lost))).not.toContain('Иванова');
    const other = new DrizzleQueryError('select $1', [], new TypeError('cannot serialise «Иванова»'));
    expect(logSafeError(other)).toMatchObject({ driverError: 'TypeError' });
    expect(JSON.stringify(logSafeError(other))).not.toContain('Иванова');
  });

  it('logs other errors with their message and stack only', () => {
    const error = Object.assign(new Error('slot generation failed'), { snils: '112-233-445 95' });
    expect(logSafeError(error)).toEqual({
      type: 'Error',
      message: 'slot generation failed',
      stack: error.stack,
    });
  });
});
