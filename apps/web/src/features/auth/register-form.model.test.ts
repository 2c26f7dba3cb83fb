import { describe, expect, it } from 'vitest';
import {
  EMPTY_REGISTER_VALUES,
  type RegisterValues,
  toRegisterRequest,
  validateRegister,
  validateRegisterField,
} from './register-form.model';

const t = (key: string) => key;
const today = new Date('2026-05-01T12:00:00Z');

const valid: RegisterValues = {
  surname: 'Иванова',
  name: 'Мария',
  patronymic: '',
  birthDate: '05.03.1990',
  sex: 'female',
  snils: '112-233-445 95',
  oms: '',
  phone: '+7 912 345-67-89',
  email: '',
  password: 'Talon-2026',
  passwordRepeat: 'Talon-2026',
  consent: true,
};

describe('registration form', () => {
  it('accepts a complete form without the optional fields', () => {
    expect(validateRegister(valid, t, today)).toEqual({});
  });

  it('reports every missing field of an empty form', () => {
    const errors = validateRegister(EMPTY_REGISTER_VALUES, t, today);
    expect(Object.keys(errors)).toEqual([
      'surname',
      'name',
      'birthDate',
      'sex',
      'snils',
      'phone',
      'password',
      'consent',
    ]);
    expect(errors.snils).toBe('Укажите СНИЛС.');
    expect(errors.consent).toBe('auth.validation.consentRequired');
  });

  it('checks identifiers with the server rules', () => {
    expect(validateRegisterField('snils', { ...valid, snils: '112-233-445 96' }, t, today)).toMatch(
      /Контрольное число/,
    );
    expect(validateRegisterField('phone', { ...valid, phone: '+7 712 345-67-89' }, t, today)).toMatch(
      /российский/,
    );
    expect(validateRegisterField('birthDate', { ...valid, birthDate: '31.02.1990' }, t, today)).toMatch(
      /не существует/,
    );
    expect(validateRegisterField('oms', { ...valid, oms: '123' }, t, today)).not.toBeNull();
    expect(validateRegisterField('surname', { ...valid, surname: 'Smith' }, t, today)).toMatch(
      /русские буквы/,
    );
  });

  it('checks the password and its repetition', () => {
    expect(validateRegisterField('password', { ...valid, password: 'password' }, t, today)).toBe(
      'auth.validation.passwordWeak',
    );
    expect(
      validateRegisterField('passwordRepeat', { ...valid, passwordRepeat: 'Talon-2027' }, t, today),
    ).toBe('auth.validation.passwordMismatch');
    expect(validateRegisterField('email', { ...valid, email: 'maria@' }, t, today)).toBe(
      'auth.validation.emailFormat',
    );
  });

  it('leaves empty optional fields out of the request', () => {
    const body = toRegisterRequest({ ...valid, surname: ' Иванова ', email: ' ' });
    expect(body).toMatchObject({ surname: 'Иванова', sex: 'female', consent: true });
    expect(body).not.toHaveProperty('email', expect.anything());
    expect(body.patronymic).toBeUndefined();
  });
});
