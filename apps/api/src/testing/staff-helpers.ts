import { randomInt } from 'node:crypto';
import { loadConfig } from '@talon/config';
import type { Role } from '@talon/core/identity';
import { createFieldCipher, schema } from '@talon/db';
import { buildOrganization } from '@talon/testing';
import argon2 from 'argon2';
import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import { ARGON2_OPTIONS } from '../security/identity-secrets';
import { asSession, bearerSession, type Session } from './identity-helpers';
import type { TestApp } from './test-app';

export const STAFF_PASSWORD = 'Рабочий-Пароль-2026!';

export interface StaffSession extends Session {
  accountId: string;
  email: string;
  organizationId: string | null;
  totp: TOTP;
}

/**
 * Creates a staff account with an enabled authenticator and logs it in through the API, second factor
 * included. Staff roles get a new clinic unless one is given; `system_admin` and `support` have none; `call_centre` serves
 * a region (Moscow unless one is given).
 */
export async function createStaffSession(
  t: TestApp,
  role: Exclude<Role, 'patient'>,
  options: {
    organizationId?: string;
    regionCode?: string;
    practitionerId?: string;
    transport?: 'cookie' | 'bearer';
  } = {},
): Promise<StaffSession> {
  const db = t.database.db;
  const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets);
  const organizationId =
    role === 'system_admin' || role === 'call_centre' || role === 'support'
      ? null
      : (options.organizationId ?? (await buildOrganization(db)).id);
  const regionCode = role === 'call_centre' ? (options.regionCode ?? '77') : null;
  const secret = new Secret({ size: 20 });
  const email = `${role}-${randomInt(1e9)}@staff.test`;
  const [account] = await db
    .insert(schema.accounts)
    .values({
      displayName: `Сотрудник ${role}`,
      email,
      practitionerId: options.practitionerId ?? null,
      passwordHash: await argon2.hash(STAFF_PASSWORD, ARGON2_OPTIONS),
      totpSecretEncrypted: cipher.encrypt(secret.base32),
      totpEnabledAt: new Date(),
    })
    .returning();
  await db.insert(schema.accountRoles).values({ accountId: account!.id, role, organizationId, regionCode });
  const totp = new TOTP({ secret });
  const session = await logInStaff(t, email, totp, options.transport ?? 'cookie');
  return { ...session, accountId: account!.id, organizationId, totp, email };
}

const lastStep = new WeakMap<TOTP, number>();

/** A code of the step before the current one is not offered this close to the next step (ms). */
const STALE_MARGIN_MS = 10_000;

/**
 * A TOTP code not used before: the server accepts each 30-second step once (and one step of drift either
 * way), so repeated logins take the next unused step, waiting when all three are spent. The step before the
 * current one is valid only until the next step begins, so near that moment it is skipped: on a loaded
 * machine the request could reach the server after the code has aged out (CODE_INVALID).
 */
export async function freshTotpCode(totp: TOTP): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / 30_000);
    const oldest = (current + 1) * 30_000 - now < STALE_MARGIN_MS ? current : current - 1;
    const candidate = Math.max((lastStep.get(totp) ?? Number.NEGATIVE_INFINITY) + 1, oldest);
    if (candidate <= current + 1) {
      lastStep.set(totp, candidate);
      return totp.generate({ timestamp: candidate * 30_000 });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Logs a staff account in through the API: password, then the TOTP code. */
export async function logInStaff(
  t: TestApp,
  email: string,
  totp: TOTP,
  transport: 'cookie' | 'bearer' = 'cookie',
): Promise<Session> {
  const first = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login: email, password: STAFF_PASSWORD, tokenType: transport },
  });
  expect(first.json().status).toBe('mfa_required');
  const pending: Session = transport === 'bearer' ? bearerSession(first.json().token) : asSession(first);
  const done = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login/mfa',
    headers: pending.headers,
    payload: { method: 'totp', code: await freshTotpCode(totp) },
  });
  expect(done.statusCode, done.body).toBe(200);
  return transport === 'bearer' ? bearerSession(done.json().token) : asSession(done);
}
