import { Writable } from 'node:stream';
import { loadConfig } from '@talon/config';
import { schema } from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { expect, it } from 'vitest';
import { buildApp, loggerOptions } from './app';

/** The app with the production logger at `info`, its lines kept in `lines` instead of standard output. */
async function appLoggingToLines() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const database = await createTestDatabase();
  const app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent' }),
    database,
    logger: { ...loggerOptions('info'), stream },
  });
  return { lines, database, app };
}

it('logs requests with their id and path but never the query string or headers', async () => {
  const { lines, database, app } = await appLoggingToLines();
  try {
    await app.inject({
      url: `/api/v1/practitioners?q=${encodeURIComponent('Иванова Мария')}`,
      headers: { 'x-request-id': 'req-42', authorization: 'Bearer secret-token', cookie: 'sid=secret' },
    });
  } finally {
    await app.close();
    await database.close();
  }
  const log = lines.join('');
  expect(log).toContain('"id":"req-42"');
  expect(log).toContain('"path":"/api/v1/practitioners"');
  expect(log).not.toMatch(/Иванова|%D0|secret/);
});

it('never logs a signed link token nor the details of a database error (issue 15, item 11)', async () => {
  const { lines, database, app } = await appLoggingToLines();
  // A stand-in for a bug: a statement that fails on a unique phone, whose error names the phone.
  const phone = '+79165550199';
  app.get('/api/v1/test/failing-insert', { config: { access: 'public' } }, async () => {
    await database.db.insert(schema.accounts).values({ displayName: 'Пациент', phone });
    await database.db.insert(schema.accounts).values({ displayName: 'Пациент', phone });
    return {};
  });
  const token = 'eyJhIjoiY29uZmlybSJ9.c2lnbmF0dXJlLW9mLXRoZS1saW5r';
  try {
    await app.ready();
    await app.inject(`/api/v1/appointment-links/${token}`);
    await app.inject(`/appointment-links/${token}?utm=1`);
    const failed = await app.inject('/api/v1/test/failing-insert');
    expect(failed.statusCode).toBe(500);
  } finally {
    await app.close();
    await database.close();
  }
  const log = lines.join('');
  expect(log).toContain('"path":"/api/v1/appointment-links/[token]"');
  expect(log).not.toContain(token);
  expect(log).toContain('"code":"23505"');
  expect(log).not.toContain('5550199');
  expect(log).not.toMatch(/Failed query|params:/);
});
