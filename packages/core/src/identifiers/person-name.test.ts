import { describe, expect, it } from 'vitest';
import { isValidPersonName, normalizeForSearch, parsePatronymic, parsePersonName } from './person-name';

describe('parsePersonName', () => {
  it.each([
    ['Иванов', 'Иванов'],
    ['  иванов  ', 'Иванов'],
    ['ИВАНОВ', 'Иванов'],
    ['пётр', 'Пётр'],
    ['Ёлкин', 'Ёлкин'],
    ['римский-корсаков', 'Римский-Корсаков'],
    ['Римский - Корсаков', 'Римский-Корсаков'],
    ['анна   мария', 'Анна Мария'],
    ["д'артаньян", "Д'артаньян"],
    ['Д’Артаньян', "Д'артаньян"],
    ['Я', 'Я'],
  ])('accepts %j as %s', (input, value) => {
    expect(parsePersonName(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['Ivanov', 'FORMAT'],
    ['Иванов2', 'FORMAT'],
    ['-Иванов', 'FORMAT'],
    ['Иванов-', 'FORMAT'],
    ['Иван--ов', 'FORMAT'],
    ["'", 'FORMAT'],
    ['Иванов.', 'FORMAT'],
    ['я'.repeat(101), 'LENGTH'],
  ])('rejects %j with %s', (input, error) => {
    expect(parsePersonName(input)).toEqual({ ok: false, error });
  });

  it('accepts exactly 100 characters', () => {
    expect(isValidPersonName('я'.repeat(100))).toBe(true);
  });
});

describe('parsePatronymic', () => {
  it('treats an empty or blank patronymic as absent', () => {
    expect(parsePatronymic('')).toEqual({ ok: true, value: null });
    expect(parsePatronymic('  ')).toEqual({ ok: true, value: null });
  });

  it('otherwise follows the name rules', () => {
    expect(parsePatronymic(' петрович ')).toEqual({ ok: true, value: 'Петрович' });
    expect(parsePatronymic('Petrovich')).toEqual({ ok: false, error: 'FORMAT' });
  });
});

describe('normalizeForSearch', () => {
  it('folds case, ё/е and whitespace for Cyrillic and Latin text', () => {
    expect(normalizeForSearch('  Пётр   ЁЛКИН ')).toBe('петр елкин');
    expect(normalizeForSearch('Петр Елкин')).toBe(normalizeForSearch('пётр ёлкин'));
    expect(normalizeForSearch('Dr.  HOUSE\tClinic')).toBe('dr. house clinic');
  });

  it('also folds a decomposed ё (е + combining diaeresis)', () => {
    expect(normalizeForSearch('Пе\u0308тр')).toBe('петр');
  });
});
