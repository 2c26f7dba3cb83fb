import { describe, expect, it } from 'vitest';
import { searchNamesOf } from './specialty-synonyms';
import { matchesWordStarts, suggestionWords } from './suggest';

describe('suggestion matching', () => {
  it('splits and normalises the query: case, ё/е, hyphens and punctuation', () => {
    expect(suggestionWords('  Ёлкин,  СЕМЁН ')).toEqual(['елкин', 'семен']);
    expect(suggestionWords('стоматолог-хирург')).toEqual(['стоматолог', 'хирург']);
  });

  it('matches the start of any word, never the middle', () => {
    expect(matchesWordStarts('Кардиолог', ['кард'])).toBe(true);
    expect(matchesWordStarts('Стоматолог-хирург', ['хир'])).toBe(true);
    expect(matchesWordStarts('Вакцинация (прививочный кабинет)', ['прив', 'каб'])).toBe(true);
    expect(matchesWordStarts('Кардиолог', ['лог'])).toBe(false);
    expect(matchesWordStarts('Кардиолог', ['кард', 'хир'])).toBe(false);
  });

  it('finds a specialty by what people call it', () => {
    const ent = { code: 'otolaryngologist', name: 'Оториноларинголог' };
    const found = (q: string) =>
      searchNamesOf(ent).some((name) => matchesWordStarts(name, suggestionWords(q)));
    expect(found('лор')).toBe(true);
    expect(found('ухо')).toBe(true);
    expect(found('отори')).toBe(true);
    expect(found('окулист')).toBe(false);
    expect(searchNamesOf({ code: 'cardiologist', name: 'Кардиолог' })).toEqual(['Кардиолог']);
  });
});
