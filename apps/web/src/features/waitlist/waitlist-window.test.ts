import { describe, expect, it } from 'vitest';
import { addDays, defaultWindow } from './waitlist-window';

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
  });
});

describe('defaultWindow', () => {
  const now = new Date(2026, 10, 30, 12, 0);

  it('proposes two weeks from today', () => {
    expect(defaultWindow(now)).toEqual({
      from: '2026-11-30',
      to: '2026-12-13',
      min: '2026-11-30',
      max: '2026-12-30',
    });
  });

  it('starts on a chosen later day but stays inside 30 days', () => {
    expect(defaultWindow(now, '2026-12-05')).toMatchObject({ from: '2026-12-05', to: '2026-12-18' });
    expect(defaultWindow(now, '2026-12-25')).toMatchObject({ from: '2026-12-25', to: '2026-12-30' });
  });

  it('ignores a day in the past or beyond the limit', () => {
    expect(defaultWindow(now, '2026-11-01').from).toBe('2026-11-30');
    expect(defaultWindow(now, '2027-02-01').from).toBe('2026-11-30');
  });
});
