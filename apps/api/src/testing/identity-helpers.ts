import { randomInt } from 'node:crypto';
import { snilsCheckDigits } from '@talon/core/identifiers';
import { expect } from 'vitest';
import type { TestApp } from './test-app';

export const PASSWORD = 'Весна-2026!';

/** A valid SNILS no other test uses (random 9 digits above the reserved range, with check digits). */
export function uniqueSnils(): string {
  const body = String(randomInt(2_000_000, 999_999_999)).padStart(9, '0');
  return `${body}${snilsCheckDigits(body)}`;
}

/** A mobile number in E.164 no other test uses. */
export const uniquePhone = () => `+7916${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;

export function registrationBody(overrides: Record<string, unknown> = {}) {
  return {
    surname: 'Иванова',
    name: 'Мария',
    patronymic: 'Петровна',
    birthDate: '05.03.1985',
    sex: 'female',
    snils: uniqueSnils(),
    phone: uniquePhone(),
    password: PASSWORD,
    consent: true,
    ...overrides,
  };
}

/**
 * Waits for the newest message to `to` in the development sink (whose text matches `about`, when given)
 * and returns the 6-digit code in it.
 */
export async function readCode(t: TestApp, to: string, about?: RegExp): Promise<string> {
  // A plain loop rather than expect.poll, so set-up hooks can use it too.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const res = await t.app.inject({ url: '/api/v1/dev/messages', query: { to } });
    const items = (res.json().items ?? []) as { body: string }[];
    const body = items.find((m) => !about || about.test(m.body))?.body ?? '';
    const code = /\b(\d{6})\b/.exec(body)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no code arrived for ${to}`);
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

/** The `talon_session` cookie of a response, ready to send back. */
export function sessionCookie(res: { cookies: { name: string; value: string }[] }): string {
  const cookie = res.cookies.find((c) => c.name === 'talon_session');
  if (!cookie) throw new Error('no session cookie in the response');
  return `talon_session=${cookie.value}`;
}

export const asSession = (res: {
  cookies: { name: string; value: string }[];
  json(): { csrfToken: string };
}): Session => {
  const cookie = sessionCookie(res);
  const csrf = res.json().csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
};

/** A native client's session: the bearer token in `Authorization`, no cookie and no CSRF token. */
export const bearerSession = (token: string): Session => ({
  cookie: '',
  csrf: '',
  headers: { authorization: `Bearer ${token}` },
});

/** Registers and confirms a patient through the API; returns the confirmation's answer and the form used. */
export async function registerAndConfirm(t: TestApp, overrides: Record<string, unknown> = {}) {
  const body = registrationBody(overrides);
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
  expect(started.statusCode, started.body).toBe(201);
  const code = await readCode(t, body.phone as string);
  const confirmed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register/confirm',
    payload: { registrationId: started.json().registrationId, code },
  });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return { body, confirmed };
}

/** Registers and confirms a patient through the API; returns the logged-in session and the form used. */
export async function registerPatient(t: TestApp, overrides: Record<string, unknown> = {}) {
  const { body, confirmed } = await registerAndConfirm(t, overrides);
  return { body, session: asSession(confirmed), me: confirmed.json().me };
}

/** Adds the session's child Пётр Иванов (born 01.06.2020) as a ward; returns the new ward's patient id. */
export async function addChildWard(t: TestApp, session: Session): Promise<string> {
  const add = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/wards',
    headers: session.headers,
    payload: {
      relation: 'parent',
      surname: 'Иванов',
      name: 'Пётр',
      birthDate: '01.06.2020',
      sex: 'male',
      document: 'IV-МЮ 123456',
    },
  });
  expect(add.statusCode, add.body).toBe(201);
  return add.json().patient.id;
}
