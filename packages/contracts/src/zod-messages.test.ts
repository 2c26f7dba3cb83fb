import { describe, expect, it } from 'vitest';
import { z } from './zod';
import { genitiveCount } from './zod-messages';

const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe('Russian zod messages', () => {
  it('name the expected and the received type in Russian', () => {
    expect(messageOf(z.string(), 5)).toBe('Ожидается строка, получено: число');
    expect(messageOf(z.boolean(), 'yes')).toBe(
      'Ожидается логическое значение (true или false), получено: строка',
    );
    expect(messageOf(z.array(z.string()), {})).toBe('Ожидается список, получено: объект');
    expect(messageOf(z.coerce.number(), 'abc')).toBe('Ожидается число, получено: не число');
    expect(messageOf(z.object({ a: z.string() }), {})).toBe('Обязательное поле');
  });

  it('state bounds with Russian plurals', () => {
    expect(messageOf(z.string().min(1), '')).toBe('Заполните поле');
    expect(messageOf(z.string().min(3), 'a')).toBe('Слишком коротко: нужно не менее 3 символов');
    expect(messageOf(z.string().max(21), 'a'.repeat(30))).toBe(
      'Слишком длинно: допустимо не более 21 символа',
    );
    expect(messageOf(z.number().int().min(1), 0)).toBe('Значение должно быть не меньше 1');
    expect(messageOf(z.number().max(100), 101)).toBe('Значение должно быть не больше 100');
  });

  it('explain formats, choices and alternatives in words', () => {
    expect(messageOf(z.iso.datetime({ offset: true }), 'завтра')).toMatch(
      /^Укажите дату и время в формате ISO 8601/,
    );
    expect(messageOf(z.iso.date(), '1.12')).toBe('Укажите дату в формате ГГГГ-ММ-ДД, например 2026-12-01');
    expect(messageOf(z.email(), 'x')).toBe('Неверный адрес электронной почты');
    expect(messageOf(z.string().regex(/^a$/), 'b')).toBe('Неверный формат значения');
    expect(messageOf(z.enum(['booked', 'noshow']), 'bogus')).toBe('Допустимые значения: booked, noshow');
    expect(messageOf(z.union([z.enum(['a']), z.array(z.enum(['a']))]), 'c')).toBe('Недопустимое значение');
  });

  it('keep the locale message for other issues', () => {
    expect(messageOf(z.number().multipleOf(5), 7)).toBe('Неверное число: должно быть кратным 5');
    expect(messageOf(z.uuid(), 'x')).toBe('Неверный идентификатор');
  });

  it('puts counts in the genitive that «не менее» and «не более» take', () => {
    expect(genitiveCount(1, 'символа', 'символов')).toBe('1 символа');
    expect(genitiveCount(4, 'символа', 'символов')).toBe('4 символов');
    expect(genitiveCount(11, 'символа', 'символов')).toBe('11 символов');
    expect(genitiveCount(21, 'символа', 'символов')).toBe('21 символа');
    expect(genitiveCount(2000, 'символа', 'символов')).toBe('2000 символов');
  });
});
