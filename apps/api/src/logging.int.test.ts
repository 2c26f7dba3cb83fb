import { Writable } from 'node:stream';
import { loadConfig } from '@talon/config';
import { createTestDatabase } from '@talon/testing';
import { expect, it } from 'vitest';
import { buildApp, loggerOptions } from './app';

it('logs requests with their id and path but never the query string or headers', async () => {
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
