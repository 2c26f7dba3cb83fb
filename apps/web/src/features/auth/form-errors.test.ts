import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api-client';
import { fieldErrorsOf, retryAfterMinutes } from './form-errors';

const problem = (code: string, status: number, errors?: { field: string; message: string }[]) =>
  new ApiError(
    status,
    { type: 'about:blank', title: '', status, detail: `detail of ${code}`, code, errors },
    null,
  );

describe('fieldErrorsOf', () => {
  it('maps body fields the form has', () => {
    const error = problem('VALIDATION', 400, [
      { field: 'body.snils', message: 'Контрольное число СНИЛС не сходится' },
      { field: 'body.unknown', message: 'x' },
    ]);
    expect(fieldErrorsOf(error, ['snils', 'phone'])).toEqual({
      snils: 'Контрольное число СНИЛС не сходится',
    });
  });

  it('puts the detail of a one-field code next to that field', () => {
    const error = problem('SNILS_ALREADY_REGISTERED', 409);
    expect(fieldErrorsOf(error, ['snils'], { SNILS_ALREADY_REGISTERED: 'snils' })).toEqual({
      snils: 'detail of SNILS_ALREADY_REGISTERED',
    });
    expect(fieldErrorsOf(problem('INTERNAL', 500), ['snils'])).toEqual({});
  });

  it('puts a wrong current password next to the field the server names', () => {
    const change = problem('PASSWORD_MISMATCH', 400, [
      { field: 'body.currentPassword', message: 'Неверный текущий пароль.' },
    ]);
    expect(fieldErrorsOf(change, ['currentPassword', 'newPassword'])).toEqual({
      currentPassword: 'Неверный текущий пароль.',
    });
    const confirm = problem('PASSWORD_MISMATCH', 400, [
      { field: 'body.password', message: 'Неверный текущий пароль.' },
    ]);
    expect(fieldErrorsOf(confirm, ['password'])).toEqual({ password: 'Неверный текущий пароль.' });
  });
});

describe('retryAfterMinutes', () => {
  it('rounds the wait up to whole minutes', () => {
    expect(retryAfterMinutes(new ApiError(429, null, 61))).toBe(2);
    expect(retryAfterMinutes(new ApiError(429, null, 5))).toBe(1);
    expect(retryAfterMinutes(new ApiError(429, null))).toBeNull();
  });
});
