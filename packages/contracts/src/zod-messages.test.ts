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

  it('keep the locale message for other issues', () => {
    expect(messageOf(z.uuid(), 'x')).toBe('Неверный UUID');
  });

  it('puts counts in the genitive that «не менее» and «не более» take', () => {
    expect(genitiveCount(1, 'символа', 'символов')).toBe('1 символа');
    expect(genitiveCount(4, 'символа', 'символов')).toBe('4 символов');
    expect(genitiveCount(11, 'символа', 'символов')).toBe('11 символов');
    expect(genitiveCount(21, 'символа', 'символов')).toBe('21 символа');
    expect(genitiveCount(2000, 'символа', 'символов')).toBe('2000 символов');
  });
});
