import { describe, expect, it } from 'vitest';
import { formatRange, formatValue, latestPerAnalyte, MARKER_KEYS, outOfRangeFirst } from './lab-results';

const words = { upTo: 'до', from: 'от' };

describe('lab results', () => {
  it('marks every interpretation in words', () => {
    expect(MARKER_KEYS.H).toBe('card.marker.high');
    expect(MARKER_KEYS.LL).toBe('card.marker.criticalLow');
  });

  it('prints the range as Russian forms do', () => {
    expect(formatRange({ low: 3.9, high: 5.5, text: null }, 'ru', words)).toBe('3,9–5,5');
    expect(formatRange({ low: null, high: 5.2, text: null }, 'ru', words)).toBe('до 5,2');
    expect(formatRange({ low: 60, high: null, text: null }, 'ru', words)).toBe('от 60');
    expect(formatRange({ low: null, high: null, text: 'отрицательно' }, 'ru', words)).toBe('отрицательно');
    expect(formatRange({ low: null, high: null, text: null }, 'ru', words)).toBeNull();
  });

  it('prints a value with its unit', () => {
    expect(formatValue({ value: 6.8, unitDisplay: 'ммоль/л', unit: 'mmol/L' }, 'ru')).toBe('6,8 ммоль/л');
    expect(formatValue({ value: 'не обнаружено', unitDisplay: null, unit: null }, 'ru')).toBe(
      'не обнаружено',
    );
  });

  it('puts out-of-range results first, critical before the rest, newest first inside', () => {
    const r = (id: string, interpretation: 'H' | 'N' | 'HH' | 'L' | null, effective: string) => ({
      id,
      interpretation,
      effective,
    });
    const sorted = outOfRangeFirst([
      r('normal', 'N', '2026-12-01T00:00:00Z'),
      r('old-high', 'H', '2025-01-01T00:00:00Z'),
      r('text', null, '2026-12-02T00:00:00Z'),
      r('critical', 'HH', '2024-01-01T00:00:00Z'),
      r('new-low', 'L', '2026-11-01T00:00:00Z'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['critical', 'new-low', 'old-high', 'normal', 'text']);
  });

  it('keeps the latest result of each analyte', () => {
    const latest = latestPerAnalyte([
      { code: 'glucose', effective: '2025-01-01T00:00:00Z', id: 1 },
      { code: 'glucose', effective: '2026-01-01T00:00:00Z', id: 2 },
      { code: 'hb', effective: '2025-06-01T00:00:00Z', id: 3 },
    ]);
    expect(latest.map((x) => x.id)).toEqual([2, 3]);
  });
});
