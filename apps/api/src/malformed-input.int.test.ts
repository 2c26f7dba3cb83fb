import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from './testing/identity-helpers';
import { createStaffSession } from './testing/staff-helpers';
import { createTestApp, type TestApp } from './testing/test-app';

/**
 * The malformed-input sweep (issue 15, done-when): every operation of the OpenAPI document gets malformed
 * path parameters, query strings and bodies, as anonymous, a patient and a staff member. Nothing may answer
 * 5xx, and every refusal is problem+json with a Russian `detail`.
 */
type Operation = { method: string; path: string; hasBody: boolean; query: string[] };

const BAD_SEGMENTS = ['%00', 'x'.repeat(600), '-1e309', '%E0%A4%A'];
const BAD_QUERY_VALUES = ['%00', 'x'.repeat(5000), '99999999999999999999999', '[object Object]'];
const BAD_BODIES: { type: string; payload: string }[] = [
  { type: 'application/json', payload: '{"unterminated' },
  { type: 'application/json', payload: '[]' },
  { type: 'application/json', payload: 'null' },
  { type: 'application/json', payload: JSON.stringify({ a: '\u0000', n: 1e308, s: 'я'.repeat(20_000) }) },
  { type: 'text/plain', payload: 'hello' },
];
/** Streams never end on their own; logging out would end the caller's session for the rest of the sweep. */
const SKIPPED = /\/events$|\/auth\/logout/;

let t: TestApp;
let operations: Operation[] = [];
const callers = new Map<string, Record<string, string>>();

beforeAll(async () => {
  t = await createTestApp({ worker: true });
  const document = (await t.app.inject('/api/docs/json')).json() as {
    paths: Record<
      string,
      Record<string, { requestBody?: unknown; parameters?: { in: string; name: string }[] }>
    >;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        hasBody: op.requestBody !== undefined,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      }))
      .filter((op) => !SKIPPED.test(op.path)),
  );
  callers.set('anonymous', {});
  const patient = await registerPatient(t);
  callers.set('patient', patient.session.headers);
  callers.set('registrar', (await createStaffSession(t, 'registrar', { transport: 'bearer' })).headers);
}, 120_000);
afterAll(() => t?.close());

const fillPath = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);

function checkAnswer(
  label: string,
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
) {
  expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (res.statusCode < 400) return;
  // The OAuth token endpoint refuses a well-formed request as RFC 6749 says: JSON `{error, error_description}`;
  // what never reaches it (an unreadable body) is refused as everywhere else.
  const isProblem = String(res.headers['content-type']).startsWith('application/problem+json');
  if (label.includes(' /oauth/token') && !isProblem) {
    const refusal = JSON.parse(res.body) as { error?: string; error_description?: string };
    expect(refusal.error, label).toMatch(/^[a-z_]+$/);
    expect(refusal.error_description, `${label}: ${res.body.slice(0, 300)}`).toMatch(/[А-Яа-яЁё]/);
    return;
  }
  expect(String(res.headers['content-type']), label).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(res.body) as { detail?: string; code?: string };
  expect(problem.detail, `${label}: ${res.body.slice(0, 300)}`).toMatch(/[А-Яа-яЁё]/);
  expect(problem.code, label).toMatch(/^[A-Z0-9_]+$/);
}

describe('malformed input (issue 15)', () => {
  it('never answers 5xx, and refuses with problem+json in Russian', { timeout: 240_000 }, async () => {
    expect(operations.length).toBeGreaterThan(50);
    let requests = 0;
    for (const [who, headers] of callers) {
      for (const op of operations) {
        const variants: { url: string; type?: string; payload?: string }[] = [];
        if (op.path.includes('{')) {
          for (const segment of BAD_SEGMENTS) variants.push({ url: fillPath(op.path, segment) });
        }
        const base = fillPath(op.path, '00000000-0000-4000-8000-000000000000');
        for (const value of BAD_QUERY_VALUES) {
          const names = op.query.length ? op.query : ['unexpected'];
          variants.push({ url: `${base}?${names.map((n) => `${n}=${value}&${n}[x]=1`).join('&')}` });
        }
        if (op.method !== 'GET' && op.method !== 'DELETE') {
          for (const body of BAD_BODIES) variants.push({ url: base, type: body.type, payload: body.payload });
        }
        for (const variant of variants) {
          const res = await t.app.inject({
            method: op.method as 'GET',
            url: variant.url,
            headers: { ...headers, ...(variant.type ? { 'content-type': variant.type } : {}) },
            ...(variant.payload !== undefined ? { payload: variant.payload } : {}),
          });
          requests++;
          checkAnswer(
            `${who} ${op.method} ${variant.url.slice(0, 120)} ${variant.payload?.slice(0, 40) ?? ''}`,
            res,
          );
        }
      }
    }
    expect(requests).toBeGreaterThan(500);
  });
});
