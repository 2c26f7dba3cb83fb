import { describe, expect, it } from 'vitest';
import { searchCabinet } from './cabinet-search-index';

const ids = (query: string) => searchCabinet(query).map((s) => s.id);

describe('searchCabinet', () => {
  it('finds sections by the words people use (seed 003)', () => {
    expect(ids('полис')[0]).toBe('coverage');
    expect(ids('прививки')[0]).toBe('immunizations');
    expect(ids('анализы')[0]).toBe('labs');
    expect(ids('ОМС')[0]).toBe('coverage');
  });

  it('matches other forms of a word and ё as е', () => {
    expect(ids('полиса')[0]).toBe('coverage');
    expect(ids('сделать прививку')).toContain('immunizations');
    expect(ids('результаты анализов крови')[0]).toBe('labs');
    expect(ids('ребёнок')[0]).toBe('family');
    expect(ids('выписка')[0]).toBe('documents');
  });

  it('completes a word being typed', () => {
    expect(ids('приви')[0]).toBe('immunizations');
    expect(ids('рец')[0]).toBe('prescriptions');
  });

  it('finds nothing for empty or unknown text', () => {
    expect(ids('')).toEqual([]);
    expect(ids('а')).toEqual([]);
    expect(ids('квазар')).toEqual([]);
  });
});
