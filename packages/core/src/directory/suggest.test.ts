import { describe, expect, it } from 'vitest';
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
});
