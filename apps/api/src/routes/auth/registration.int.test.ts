import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCode, registerPatient, registrationBody, uniqueSnils } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ worker: true });
});
afterAll(() => t?.close());

const register = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });

describe('patient registration', () => {
  it('sends a code to the phone and creates a logged-in account on confirmation', async () => {
    const { body, session, me } = await registerPatient(t);
    expect(me).toMatchObject({
      displayName: 'Мария Иванова',
      roles: [{ role: 'patient', organizationId: null }],
    });
    expect(me.phone).toBe(`+7 *** ***-${body.phone.slice(-4, -2)}-${body.phone.slice(-2)}`);
    const res = await t.app.inject({ url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().patientId).toBe(me.patientId);
  });

  it('reports every invalid field at once, in Russian, on its field', async () => {
    const res = await register(
      registrationBody({
        snils: '112-233-445 96',
        phone: '123',
        birthDate: '31.02.1990',
        password: 'short',
        consent: false,
      }),
    );
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.code).toBe('INVALID_FIELDS');
    const fields = problem.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['body.snils', 'body.phone', 'body.birthDate', 'body.password', 'body.consent']),
    );
    expect(problem.errors.find((e: { field: string }) => e.field === 'body.snils').message).toMatch(
      /Контрольное число СНИЛС/,
    );
  });

  it('refuses a missing consent with its own code', async () => {
    const res = await register(registrationBody({ consent: false }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'CONSENT_REQUIRED', errors: [{ field: 'body.consent' }] });
  });

  it('refuses a common password even when it meets the character rules', async () => {
    const res = await register(registrationBody({ password: 'Qwerty123!' }));
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'body.password', code: 'COMMON_PASSWORD' }),
    ]);
  });

  it('kills the code after the third wrong entry and then refuses even the right one', async () => {
    const body = registrationBody();
    const { registrationId } = (await register(body)).json();
    const code = await readCode(t, body.phone as string);
    const wrong = code === '000000' ? '111111' : '000000';
    const confirm = (c: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register/confirm',
        payload: { registrationId, code: c },
      });
    expect((await confirm(wrong)).json()).toMatchObject({
      code: 'CODE_INVALID',
      detail: expect.stringContaining('2'),
    });
    expect((await confirm(wrong)).json().code).toBe('CODE_INVALID');
    const third = await confirm(wrong);
    expect(third.statusCode).toBe(429);
    expect(third.json().code).toBe('CODE_BLOCKED');
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    const right = await confirm(code);
    expect(right.statusCode).toBe(429);
    // No new code during the cool-down either.
    const resend = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/resend',
      payload: { registrationId },
    });
    expect(resend.statusCode).toBe(429);
  });

  it('limits resending to once a minute', async () => {
    const body = registrationBody();
    const { registrationId } = (await register(body)).json();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register/resend',
      payload: { registrationId },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().code).toBe('RESEND_TOO_SOON');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('links the clinic’s existing patient (same SNILS and birth date) instead of creating a second one', async () => {
    const { createFieldCipher } = await import('@talon/db');
    const { loadConfig } = await import('@talon/config');
    const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets);
    const snils = uniqueSnils();
    const { schema } = await import('@talon/db');
    const [existing] = await t.database.db
      .insert(schema.patients)
      .values({
        surname: 'Иванова',
        name: 'Мария',
        birthDate: '1985-03-05',
        sex: 'female',
        regionCode: '77',
        snilsHash: cipher.lookupHash(snils),
        snilsEncrypted: cipher.encrypt(snils),
      })
      .returning();
    const { me } = await registerPatient(t, { snils });
    expect(me.patientId).toBe(existing!.id);
  });

  it('stores names as data: markup in a name is refused, never executed or stored', async () => {
    const res = await register(
      registrationBody({ surname: '<script>alert(1)</script>', name: "Robert'); DROP TABLE patients;--" }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.surname', 'body.name']);
  });
});
