import { createFormControl } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-client';
import { applyServerErrors } from './server-errors';

interface WardForm {
  surname: string;
  snils: string;
  address: { city: string };
  days: { start: string }[];
}

const newForm = () =>
  createFormControl<WardForm>({
    defaultValues: { surname: '', snils: '', address: { city: '' }, days: [{ start: '' }] },
  });

const problem = (code: string, errors?: { field: string; message: string }[]) =>
  new ApiError(400, {
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: 'Проверьте поля',
    code,
    errors,
  });

const messageOf = (form: ReturnType<typeof newForm>, name: Parameters<typeof form.getFieldState>[0]) =>
  form.getFieldState(name).error?.message;

describe('applyServerErrors', () => {
  it('puts body field errors on the fields, nested paths too, the first message of a field first', () => {
    const form = newForm();
    const isTold = applyServerErrors(
      form,
      problem('VALIDATION', [
        { field: 'body.surname', message: 'Только буквы' },
        { field: 'body.surname', message: 'второе' },
        { field: 'body.address.city', message: 'Укажите город' },
        { field: 'body.days.0.start', message: 'Время — ЧЧ:ММ' },
      ]),
    );
    expect(isTold).toBe(true);
    expect(messageOf(form, 'surname')).toBe('Только буквы');
    expect(messageOf(form, 'address.city')).toBe('Укажите город');
    expect(messageOf(form, 'days.0.start')).toBe('Время — ЧЧ:ММ');
    expect(form.getFieldState('surname').error?.type).toBe('server');
  });

  it('asks to show the problem as a whole when an error has no field of the form', () => {
    const form = newForm();
    const isTold = applyServerErrors(
      form,
      problem('VALIDATION', [
        { field: 'body.snils', message: 'Контрольное число не сходится' },
        { field: 'body.patronymic', message: 'не поле этой формы' },
        { field: 'query.page', message: 'не поле формы вовсе' },
      ]),
    );
    expect(isTold).toBe(false);
    expect(messageOf(form, 'snils')).toBe('Контрольное число не сходится');
  });

  it('puts the detail of a code that concerns one field on that field', () => {
    const form = newForm();
    const conflict = new ApiError(409, {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Этот СНИЛС уже зарегистрирован',
      code: 'SNILS_ALREADY_REGISTERED',
    });
    expect(applyServerErrors(form, conflict, { codeFields: { SNILS_ALREADY_REGISTERED: 'snils' } })).toBe(
      true,
    );
    expect(messageOf(form, 'snils')).toBe('Этот СНИЛС уже зарегистрирован');
  });

  it('leaves failures without fields to the form as a whole', () => {
    const form = newForm();
    expect(applyServerErrors(form, problem('SLOT_TAKEN'))).toBe(false);
    expect(applyServerErrors(form, new ApiError(0, null))).toBe(false);
    expect(applyServerErrors(form, new Error('boom'))).toBe(false);
    expect(messageOf(form, 'surname')).toBeUndefined();
  });
});
