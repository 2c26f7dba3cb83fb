import { describe, expect, it } from 'vitest';
import { capitalize, groupOpeningHours, weekdayName } from './opening-hours';

describe('groupOpeningHours', () => {
  it('groups weekdays with equal hours and marks days not mentioned as closed', () => {
    const rows = groupOpeningHours([
      { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' },
      { days: [6], opens: '09:00', closes: '15:00' },
    ]);
    expect(rows).toEqual([
      { firstDay: 1, lastDay: 5, intervals: [{ opens: '08:00', closes: '20:00' }] },
      { firstDay: 6, lastDay: 6, intervals: [{ opens: '09:00', closes: '15:00' }] },
      { firstDay: 7, lastDay: 7, intervals: [] },
    ]);
  });

  it('does not join equal days that are not consecutive', () => {
    const rows = groupOpeningHours([{ days: [5, 1, 3], opens: '08:00', closes: '14:00' }]);
    expect(rows.map((row) => [row.firstDay, row.lastDay, row.intervals.length])).toEqual([
      [1, 1, 1],
      [2, 2, 0],
      [3, 3, 1],
      [4, 4, 0],
      [5, 5, 1],
      [6, 7, 0],
    ]);
  });

  it('keeps a lunch break as two intervals in time order', () => {
    const rows = groupOpeningHours([
      { days: [1, 2, 3, 4, 5, 6, 7], opens: '14:00', closes: '18:00' },
      { days: [1, 2, 3, 4, 5, 6, 7], opens: '08:00', closes: '13:00' },
    ]);
    expect(rows).toEqual([
      {
        firstDay: 1,
        lastDay: 7,
        intervals: [
          { opens: '08:00', closes: '13:00' },
          { opens: '14:00', closes: '18:00' },
        ],
      },
    ]);
  });

  it('shows a whole closed week when nothing is known', () => {
    expect(groupOpeningHours([])).toEqual([{ firstDay: 1, lastDay: 7, intervals: [] }]);
  });
});

describe('weekdayName', () => {
  it('names ISO weekdays in Russian and English', () => {
    expect(weekdayName(1, 'ru')).toBe('понедельник');
    expect(weekdayName(7, 'ru')).toBe('воскресенье');
    expect(weekdayName(5, 'en')).toBe('Friday');
  });

  it('capitalises for the start of a row', () => {
    expect(capitalize(weekdayName(3, 'ru'), 'ru')).toBe('Среда');
  });
});
