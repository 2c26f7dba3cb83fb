import { parseIcd10 } from '@talon/core/identifiers';
import { describe, expect, it } from 'vitest';
import { chapterOfCode, ICD10_CHAPTERS, isInIcd10Range, parseIcd10Range } from './icd10-chapters';
import { findIcd10, ICD10 } from './index';

describe('icd10.json', () => {
  it('holds at least 550 unique codes, sorted', () => {
    expect(ICD10.length).toBeGreaterThanOrEqual(550);
    const codes = ICD10.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it('has codes of a letter, two digits and an optional dot with one digit, canonical for parseIcd10', () => {
    for (const { code } of ICD10) {
      expect(code).toMatch(/^[A-Z]\d{2}(\.\d)?$/);
      expect(parseIcd10(code), code).toEqual({ ok: true, value: code });
    }
  });

  it('puts every code in its class and in a block of that class that contains it', () => {
    for (const { code, chapter, block } of ICD10) {
      expect(chapterOfCode(code), code).toBe(chapter);
      const range = parseIcd10Range(block);
      expect(range, `${code} ${block}`).not.toBeNull();
      if (!range) continue;
      expect(isInIcd10Range(code, range), `${code} ${block}`).toBe(true);
      expect(chapterOfCode(range.from), block).toBe(chapter);
      expect(chapterOfCode(range.to), block).toBe(chapter);
    }
  });

  it('has Russian names without stray whitespace', () => {
    // The Russian edition keeps one name in Latin, as clinicians write it.
    const latinNames = new Set(['G70.0']);
    for (const { code, name } of ICD10) {
      if (!latinNames.has(code)) expect(name, code).toMatch(/[А-Яа-яЁё]/);
      expect(name.trim(), code).toBe(name);
      expect(name, code).not.toMatch(/\s{2}/);
    }
  });

  it('names the codes as МКБ-10 does', () => {
    expect(findIcd10('J06.9')?.name).toBe('Острая инфекция верхних дыхательных путей неуточненная');
    expect(findIcd10('I10')?.name).toBe('Эссенциальная [первичная] гипертензия');
    expect(findIcd10('E11.9')?.name).toBe('Инсулиннезависимый сахарный диабет без осложнений');
    expect(findIcd10('Z00.0')?.name).toBe('Общий медицинский осмотр');
    expect(findIcd10('U07.1')?.name).toBe('COVID-19, вирус идентифицирован');
  });

  it('covers the codes of everyday outpatient practice', () => {
    const everyday = [
      'K29.5',
      'M54.5',
      'M42.1',
      'I25.1',
      'I11.9',
      'J20.9',
      'J45.0',
      'N39.0',
      'K21.9',
      'E78.0',
    ];
    for (const code of [
      ...everyday,
      'E03.9',
      'J03.9',
      'J02.9',
      'I48.9',
      'I50.0',
      'I67.8',
      'Z23.5',
      'Z25.1',
    ]) {
      expect(findIcd10(code), code).toBeDefined();
    }
    expect(ICD10.some((entry) => entry.code.startsWith('Z23.'))).toBe(true);
  });

  it('covers every class of outpatient care except external causes', () => {
    const present = new Set(ICD10.map((entry) => entry.chapter));
    for (const { chapter } of ICD10_CHAPTERS) {
      expect(present.has(chapter), chapter).toBe(chapter !== 'XX');
    }
  });

  it('gives search terms to at least the 100 most common codes', () => {
    const withTerms = ICD10.filter((entry) => entry.searchTerms !== undefined);
    expect(withTerms.length).toBeGreaterThanOrEqual(100);
    for (const { code, searchTerms = [] } of withTerms) {
      expect(searchTerms.length, code).toBeGreaterThan(0);
      expect(new Set(searchTerms).size, code).toBe(searchTerms.length);
      for (const term of searchTerms) expect(term.trim(), code).toBe(term);
      for (const term of searchTerms) expect(term.length, code).toBeGreaterThan(1);
    }
    expect(findIcd10('J06.9')?.searchTerms).toEqual(expect.arrayContaining(['ОРВИ', 'простуда']));
    expect(findIcd10('I10')?.searchTerms).toEqual(expect.arrayContaining(['гипертония', 'ГБ']));
    expect(findIcd10('E11.9')?.searchTerms).toEqual(expect.arrayContaining(['диабет 2 типа', 'СД2']));
  });
});

describe('findIcd10', () => {
  it('reads a code as a user types it', () => {
    expect(findIcd10('j069')?.code).toBe('J06.9');
    expect(findIcd10(' J06,9 ')?.code).toBe('J06.9');
    expect(findIcd10('Е11.9')?.code).toBe('E11.9');
  });

  it('finds nothing for a malformed code or one outside the list', () => {
    expect(findIcd10('')).toBeUndefined();
    expect(findIcd10('J6')).toBeUndefined();
    expect(findIcd10('X99.9')).toBeUndefined();
  });
});
