import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { loadConfig } from '@talon/config';
import type { DatabaseHandle } from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../app';
import { inlineScriptHashes } from './web.plugin';

const html =
  '<!doctype html><html lang="ru"><head><script>document.documentElement.dataset.x="1"</script></head><body></body></html>';
let app: App;
let database: DatabaseHandle;

beforeAll(async () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'talon-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), html);
  writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.info(1)');
  writeFileSync(path.join(dist, 'assets', 'app-abc123.js.br'), brotliCompressSync('console.info(1)'));
  database = await createTestDatabase();
  app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: dist }),
    database,
    logger: false,
  });
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('web app serving', () => {
  it('serves index.html for client routes, with a CSP that allows exactly its inline script', async () => {
    const res = await app.inject({ url: '/clinics/123', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(html);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain(inlineScriptHashes(html)[0]);
  });

  it('serves hashed assets precompressed with a year of caching', async () => {
    const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset or API path with problem+json, not the page', async () => {
    const asset = await app.inject({ url: '/assets/missing.js' });
    expect(asset.statusCode).toBe(404);
    const api = await app.inject({ url: '/api/v1/unknown', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/problem\+json/);
  });
});

it('hashes only inline scripts', () => {
  expect(inlineScriptHashes('<script src="/a.js"></script><script>x()</script>')).toEqual([
    `'sha256-${createHash('sha256').update('x()').digest('base64')}'`,
  ]);
});
