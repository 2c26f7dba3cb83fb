import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import ru from './locales/ru.json';

type Tree = { [key: string]: string | Tree };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

/** Keys without plural suffixes: each language has its own set of plural forms. */
const baseKeys = (tree: Tree) => new Set(leafKeys(tree).map((key) => key.replace(PLURAL_SUFFIX, '')));

async function translator(lng: 'ru' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { ru: { translation: ru }, en: { translation: en } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance.t.bind(instance) as (key: string, options?: Record<string, unknown>) => string;
}

describe('locales', () => {
  it('English has every message of Russian and nothing else', () => {
    expect([...baseKeys(en)].sort()).toEqual([...baseKeys(ru)].sort());
  });

  it('Russian has the one, few and many forms of every plural', () => {
    const keys = new Set(leafKeys(ru));
    const plurals = leafKeys(ru).filter((key) => key.endsWith('_one'));
    expect(plurals.length).toBeGreaterThan(0);
    for (const key of plurals) {
      const base = key.replace(/_one$/, '');
      for (const form of ['few', 'many', 'other'])
        expect(keys.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
    }
  });

  it('no message is empty', () => {
    const values = (tree: Tree): string[] =>
      Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : values(value)));
    expect(values(ru).filter((value) => value.trim() === '')).toEqual([]);
    expect(values(en).filter((value) => value.trim() === '')).toEqual([]);
  });
});

describe('Russian plurals', () => {
  it.each([
    [0, 'стаж менее года'],
    [1, 'стаж 1 год'],
    [2, 'стаж 2 года'],
    [4, 'стаж 4 года'],
    [5, 'стаж 5 лет'],
    [11, 'стаж 11 лет'],
    [12, 'стаж 12 лет'],
    [14, 'стаж 14 лет'],
    [21, 'стаж 21 год'],
    [22, 'стаж 22 года'],
    [25, 'стаж 25 лет'],
    [101, 'стаж 101 год'],
    [111, 'стаж 111 лет'],
  ])('experience of %i years reads «%s»', async (count, text) => {
    const t = await translator('ru');
    expect(t('directory.experience', { count })).toBe(text);
  });

  it('counts reviews, days, hours and minutes', async () => {
    const t = await translator('ru');
    expect(t('directory.reviews', { count: 0 })).toBe('нет отзывов');
    expect(t('directory.reviews', { count: 1 })).toBe('1 отзыв');
    expect(t('directory.reviews', { count: 23 })).toBe('23 отзыва');
    expect(t('directory.reviews', { count: 1234 })).toBe('1\u00a0234 отзыва');
    expect(t('units.day', { count: 14 })).toBe('14 дней');
    expect(t('units.day', { count: 21 })).toBe('21 день');
    expect(t('units.hour', { count: 2 })).toBe('2 часа');
    expect(t('units.minute', { count: 30 })).toBe('30 минут');
    expect(t('units.minute', { count: 1 })).toBe('1 минуту');
  });

  it('formats the found count with a thin grouping space', async () => {
    const t = await translator('ru');
    expect(t('common.found', { total: 12 })).toBe('Найдено: 12');
    expect(t('common.found', { total: 12345 })).toBe('Найдено: 12\u00a0345');
  });

  it('English uses one and other', async () => {
    const t = await translator('en');
    expect(t('directory.experience', { count: 1 })).toBe('1 year of practice');
    expect(t('directory.experience', { count: 12 })).toBe('12 years of practice');
    expect(t('directory.reviews', { count: 0 })).toBe('no reviews');
  });
});
