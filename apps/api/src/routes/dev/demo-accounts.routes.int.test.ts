import { loadConfig } from '@talon/config';
import { seedDatabase } from '@talon/db/seed';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // The test template is not seeded: load the demo set as a demo start does, with the app's keys.
  await seedDatabase(t.database.db, {
    size: 'small',
    seed: 1,
    keys: loadConfig({ NODE_ENV: 'test' }).secrets,
  });
}, 60_000);
afterAll(() => t?.close());

interface DemoAccountsBody {
  patientPassword: string;
  staffPassword: string;
  staffTotpSecret: string;
  accounts: {
    role: string;
    login: string;
    phone: string | null;
    organization: { name: string } | null;
    regionCode: string | null;
    ward: { displayName: string; birthDate: string } | null;
  }[];
  patients: { count: number; phones: string[] };
  integrationClient: { clientId: string; clientSecret: string; scopes: string[] };
}

const demoAccounts = async (): Promise<DemoAccountsBody> => {
  const res = await t.app.inject('/api/v1/dev/demo-accounts');
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  return res.json();
};

const logIn = (login: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password, tokenType: 'bearer' },
  });

describe('GET /api/v1/dev/demo-accounts', () => {
  it('lists the demo integration client, whose id and secret get a token', async () => {
    const { integrationClient } = await demoAccounts();
    expect(integrationClient.scopes).toContain('system/Appointment.crus');
    const res = await t.app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${integrationClient.clientId}:${integrationClient.clientSecret}`).toString('base64')}`,
      },
      payload: 'grant_type=client_credentials&scope=system%2FSlot.rs',
    });
    expect(res.json()).toMatchObject({ token_type: 'bearer', scope: 'system/Slot.rs' });
  });

  it('lists one account per role and 1 000 patient phones', async () => {
    const body = await demoAccounts();
    expect(body.accounts.map((a) => a.role).sort()).toEqual(
      [
        'call_centre',
        'clinic_admin',
        'doctor',
        'nurse',
        'patient',
        'patient',
        'registrar',
        'support',
        'system_admin',
      ].sort(),
    );
    expect(body.patients.count).toBe(1_000);
    expect(new Set(body.patients.phones).size).toBe(1_000);
    expect(body.accounts.find((a) => a.role === 'doctor')?.organization?.name).toMatch(/поликлиника/);
    expect(body.accounts.find((a) => a.role === 'system_admin')?.organization).toBeNull();
    expect(body.accounts.find((a) => a.role === 'call_centre')).toMatchObject({
      login: 'call-centre@demo.talon.local',
      phone: '+78000000006',
      organization: null,
      regionCode: '77',
    });
  });

  it('gives logins that work: a patient by phone, the last of the 1 000 too', async () => {
    const body = await demoAccounts();
    const patient = body.accounts.find((a) => a.role === 'patient')!;
    for (const phone of [patient.login, body.patients.phones.at(-1)!]) {
      const res = await logIn(phone, body.patientPassword);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('authenticated');
    }
  });

  it('gives a first demo patient who is an adult and finds a therapist to book', async () => {
    const body = await demoAccounts();
    const patient = body.accounts.find((a) => a.role === 'patient')!;
    const login = await logIn(patient.login, body.patientPassword);
    const headers = { authorization: `Bearer ${login.json().token}` };
    const slots = await t.app.inject({ url: '/api/v1/slots?region=77&specialty=therapist', headers });
    expect(slots.statusCode, slots.body).toBe(200);
    expect(slots.json().total).toBeGreaterThan(0);
  });

  it('gives a representative who sees their child among their wards', async () => {
    const body = await demoAccounts();
    const parent = body.accounts.find((a) => a.ward !== null)!;
    const login = await logIn(parent.login, body.patientPassword);
    expect(login.statusCode, login.body).toBe(200);
    const wards = await t.app.inject({
      url: '/api/v1/me/wards',
      headers: { authorization: `Bearer ${login.json().token}` },
    });
    expect(wards.statusCode, wards.body).toBe(200);
    expect(JSON.stringify(wards.json())).toContain(`"status":"active"`);
    expect(JSON.stringify(wards.json())).toContain(parent.ward!.birthDate);
  });

  it('gives staff logins that need the documented TOTP: doctor by email, registrar and call centre by phone', async () => {
    const body = await demoAccounts();
    const totp = new TOTP({ secret: Secret.fromBase32(body.staffTotpSecret) });
    const doctor = body.accounts.find((a) => a.role === 'doctor')!;
    const registrar = body.accounts.find((a) => a.role === 'registrar')!;
    const callCentre = body.accounts.find((a) => a.role === 'call_centre')!;
    for (const login of [doctor.login, registrar.phone!, callCentre.phone!]) {
      const first = await logIn(login, body.staffPassword);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ status: 'mfa_required', mfaMethods: ['totp', 'recovery'] });
      const done = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/mfa',
        headers: { authorization: `Bearer ${first.json().token}` },
        payload: { method: 'totp', code: totp.generate() },
      });
      expect(done.statusCode, done.body).toBe(200);
      const me = await t.app.inject({
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${done.json().token}` },
      });
      expect(me.statusCode, me.body).toBe(200);
      if (login === callCentre.phone) {
        expect(me.json().roles).toEqual([{ role: 'call_centre', organizationId: null }]);
      }
    }
  });

  it('does not exist outside demo mode', async () => {
    const plain = await createTestApp({ demo: false });
    try {
      expect((await plain.app.inject('/api/v1/dev/demo-accounts')).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
