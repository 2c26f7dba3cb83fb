import { fixedClock } from '@talon/core/shared';
import { outboxRowsTo } from '@talon/testing';
import { describe, expect, it } from 'vitest';
import * as identity from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

// Issue 15, item 6: registration, login, lockout and password recovery answer alike for existing and
// unknown accounts; the difference goes by SMS or e-mail to the real owner only.
const clock = fixedClock(new Date());
const t = useTestApp({ worker: true, clock });

const post = (url: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload });
/** The shape of an answer with the values that must differ (ids, times) blanked. */
const shape = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value]));
const templatesTo = async (recipient: string) =>
  (await outboxRowsTo(t.database.db, recipient)).map((row) => row.template).sort();

describe('registration answers alike for an existing account', () => {
  it('takes a registration with a registered SNILS, phone or e-mail like a new one and tells only the owner', async () => {
    const { body: owner } = await identity.registerPatient(t, { email: 'owner@example.ru' });
    const fresh = await post('/auth/register', identity.registrationBody());
    expect(fresh.statusCode).toBe(201);
    const attempts = [
      identity.registrationBody({ snils: owner.snils }),
      identity.registrationBody({ phone: owner.phone }),
      identity.registrationBody({ email: 'Owner@Example.ru' }),
    ];
    for (const attempt of attempts) {
      const res = await post('/auth/register', attempt);
      expect(res.statusCode, res.body).toBe(201);
      expect(shape(res.json())).toEqual(shape(fresh.json()));
      expect(res.json().codeSentTo).toMatch(/^\+7 \*\*\* \*\*\*-\d\d-\d\d$/);
      // Whoever typed the form gets no code to finish with: a guess fails like any wrong code.
      const confirm = await post('/auth/register/confirm', {
        registrationId: res.json().registrationId,
        code: '123456',
      });
      expect(confirm.json().code).toBe('CODE_INVALID');
    }
    // The new phones of the SNILS and e-mail attempts received nothing at all.
    expect(await templatesTo(attempts[0]!.phone as string)).toEqual([]);
    expect(await templatesTo(attempts[2]!.phone as string)).toEqual([]);
    // The owner is told, by SMS and e-mail, each time.
    expect(
      (await templatesTo(owner.phone as string)).filter((n) => n === 'registration_existing_account'),
    ).toHaveLength(3);
    expect(
      (await templatesTo('owner@example.ru')).filter((n) => n === 'registration_existing_account'),
    ).toHaveLength(3);
  });
});

describe('login and lockout answer alike for an unknown login', () => {
  it('locks an unknown login after 10 failures exactly as it locks an account', async () => {
    const { body } = await identity.registerPatient(t);
    const unknown = identity.uniquePhone();
    const attempt = (login: string) => post('/auth/login', { login, password: 'Неверный-1' });
    for (let i = 0; i < 10; i++) {
      const known = await attempt(body.phone as string);
      const other = await attempt(unknown);
      expect([known.statusCode, other.statusCode]).toEqual([401, 401]);
      expect(other.json().code).toBe(known.json().code);
      expect(other.json().detail).toBe(known.json().detail);
    }
    const known = await attempt(body.phone as string);
    const other = await attempt(unknown);
    expect([known.statusCode, other.statusCode]).toEqual([429, 429]);
    expect(other.json().code).toBe('LOGIN_THROTTLED');
    expect(other.json().detail).toBe(known.json().detail);
    expect(other.headers['retry-after']).toBe(known.headers['retry-after']);
    // The same login typed another way is the same login.
    expect((await attempt(`8${unknown.slice(2)}`)).statusCode).toBe(429);
    clock.set(new Date(clock.now().getTime() + 16 * 60_000));
    expect((await attempt(unknown)).statusCode).toBe(401);
    expect((await post('/auth/login', { login: body.phone, password: identity.PASSWORD })).statusCode).toBe(
      200,
    );
    clock.set(new Date());
  });
});

describe('password recovery answers alike and says nothing before the code', () => {
  it('answers a reset request for an unknown login exactly like one for an account', async () => {
    const { body } = await identity.registerPatient(t);
    const unknown = identity.uniquePhone();
    const known = await post('/auth/password-reset', { login: body.phone });
    const other = await post('/auth/password-reset', { login: unknown });
    expect([known.statusCode, other.statusCode]).toEqual([202, 202]);
    expect(other.json().codeSentTo).toBe(known.json().codeSentTo);
    expect(shape(other.json())).toEqual(shape(known.json()));
    // Asked again within the minute: both give back their first reset id, neither refuses.
    const knownAgain = await post('/auth/password-reset', { login: body.phone });
    const otherAgain = await post('/auth/password-reset', { login: unknown });
    expect([knownAgain.statusCode, otherAgain.statusCode]).toEqual([202, 202]);
    expect(knownAgain.json().resetId).toBe(known.json().resetId);
    expect(otherAgain.json().resetId).toBe(other.json().resetId);
    // Both reset ids count wrong codes alike: two CODE_INVALID, then CODE_BLOCKED.
    for (const resetId of [known.json().resetId, other.json().resetId]) {
      const codes = [];
      for (let i = 0; i < 3; i++) {
        const res = await post('/auth/password-reset/confirm', {
          resetId,
          code: '000000',
          password: 'Осень-2027?',
        });
        codes.push(res.json().code);
      }
      expect(codes).toEqual(['CODE_INVALID', 'CODE_INVALID', 'CODE_BLOCKED']);
    }
    // Only the real owner's phone received a code.
    expect(await templatesTo(unknown)).toEqual([]);
    expect(await templatesTo(body.phone as string)).toContain('password_reset_code');
  });

  it("checks the code before the password, so a staff member's role or name is not given away", async () => {
    const staff = await createStaffSession(t, 'registrar');
    const started = await post('/auth/password-reset', { login: staff.email });
    const resetId = started.json().resetId;
    // A password a patient could have (8 characters) and one with the holder's name: with a wrong code both
    // answer the code's refusal, not the staff rule of 12 characters nor «contains your name».
    for (const password of ['Весна-26!', 'Сотрудник-2026-registrar!']) {
      const res = await post('/auth/password-reset/confirm', { resetId, code: '000000', password });
      expect(res.json().code).toBe('CODE_INVALID');
      expect(res.json().detail).not.toMatch(/12|имя|данные/);
    }
    // With the right code the rules apply, and the refused password leaves the code usable.
    const code = await identity.readCode(t, staff.email, /восстановлени/);
    const weak = await post('/auth/password-reset/confirm', { resetId, code, password: 'Весна-26!' });
    expect(weak.json().code).toBe('WEAK_PASSWORD');
    const done = await post('/auth/password-reset/confirm', {
      resetId,
      code,
      password: 'Новый-Рабочий-2027?',
    });
    expect(done.statusCode, done.body).toBe(204);
  });

  it('lets a reset id work only with its own code and only until it expires', async () => {
    const { body } = await identity.registerPatient(t);
    clock.set(new Date());
    const first = (await post('/auth/password-reset', { login: body.phone })).json().resetId;
    // Codes are stamped by the database's clock: move well past the minute between two codes.
    clock.set(new Date(Date.now() + 65_000));
    const second = (await post('/auth/password-reset', { login: body.phone })).json().resetId;
    expect(second).not.toBe(first);
    const code = await identity.readCode(t, body.phone as string, /восстановлени/);
    // The older id does not take the newer code.
    const stale = await post('/auth/password-reset/confirm', {
      resetId: first,
      code,
      password: 'Осень-2027?',
    });
    expect(stale.json().code).toBe('CODE_EXPIRED');
    // Past the code's ten minutes the id is dead too, even with the right code.
    clock.set(new Date(clock.now().getTime() + 11 * 60_000));
    const late = await post('/auth/password-reset/confirm', {
      resetId: second,
      code,
      password: 'Осень-2027?',
    });
    expect(late.json().code).toBe('CODE_EXPIRED');
    clock.set(new Date());
  });
});
