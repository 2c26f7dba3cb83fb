import { describe, expect, it } from 'vitest';
import {
  FEMALE_NAMES,
  MALE_NAMES,
  PATRONYMICS,
  patronymicFor,
  randomPersonName,
  SURNAMES,
  surnameFor,
  transliterate,
} from './names';
import { createRandom } from './random';

describe('surnameFor', () => {
  it.each([
    ['Иванов', 'Иванова'],
    ['Соловьёв', 'Соловьёва'],
    ['Ильин', 'Ильина'],
    ['Вишневский', 'Вишневская'],
    ['Троицкий', 'Троицкая'],
    ['Луговой', 'Луговая'],
    ['Ковальчук', 'Ковальчук'],
    ['Шевченко', 'Шевченко'],
    ['Ким', 'Ким'],
    ['Мороз', 'Мороз'],
  ])('%s → %s for a woman', (male, female) => {
    expect(surnameFor(male, 'female')).toBe(female);
    expect(surnameFor(male, 'male')).toBe(male);
  });

  it('gives every listed surname a feminine form with a proper ending', () => {
    for (const surname of SURNAMES) {
      const female = surnameFor(surname, 'female');
      if (/(ов|ев|ёв|ин)$/.test(surname)) expect(female).toBe(`${surname}а`);
      else if (/(ий|ой)$/.test(surname)) expect(female).toMatch(/ая$/);
      else expect(female).toBe(surname);
    }
  });
});

describe('patronymics', () => {
  it('end in -ич for sons and -на for daughters', () => {
    for (const [father, male, female] of PATRONYMICS) {
      expect(male, father).toMatch(/ич$/);
      expect(female, father).toMatch(/(вна|чна)$/);
    }
  });

  it('know the irregular ones', () => {
    expect(patronymicFor('Илья', 'male')).toBe('Ильич');
    expect(patronymicFor('Илья', 'female')).toBe('Ильинична');
    expect(patronymicFor('Никита', 'female')).toBe('Никитична');
    expect(patronymicFor('Лев', 'male')).toBe('Львович');
    expect(patronymicFor('Сергей', 'female')).toBe('Сергеевна');
    expect(patronymicFor('Пётр', 'male')).toBe('Петрович');
    expect(patronymicFor('Михаил', 'female')).toBe('Михайловна');
  });

  it('exist for every male first name, so a father can be anyone', () => {
    for (const name of MALE_NAMES) expect(() => patronymicFor(name, 'male')).not.toThrow();
  });
});

describe('randomPersonName', () => {
  it('agrees with the sex in name, surname and patronymic', () => {
    const random = createRandom(1);
    const masculine = new Set(SURNAMES);
    for (let i = 0; i < 500; i++) {
      const woman = randomPersonName(random, 'female');
      expect(FEMALE_NAMES).toContain(woman.name);
      expect(woman.patronymic).toMatch(/на$/);
      expect(woman.surname).not.toMatch(/(ов|ев|ёв|ин|ий|ой)$/);
      const man = randomPersonName(random, 'male');
      expect(MALE_NAMES).toContain(man.name);
      expect(man.patronymic).toMatch(/ич$/);
      expect(masculine.has(man.surname)).toBe(true);
    }
  });

  it('keeps a family surname in the right form', () => {
    const random = createRandom(2);
    expect(randomPersonName(random, 'female', { surname: 'Островский' }).surname).toBe('Островская');
  });
});

describe('transliterate', () => {
  it('writes names the way e-mail addresses do', () => {
    expect(transliterate('Наталья')).toBe('natalya');
    expect(transliterate('Щербаков')).toBe('shcherbakov');
    expect(transliterate('Юлия')).toBe('yuliya');
    expect(transliterate('Пётр')).toBe('petr');
  });
});
