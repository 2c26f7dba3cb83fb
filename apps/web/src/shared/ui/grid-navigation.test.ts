import { describe, expect, it } from 'vitest';
import { nextGridIndex, toRows } from './grid-navigation';

// 10 cells, 4 to a row:  0 1 2 3 / 4 5 6 7 / 8 9
const grid = { count: 10, columns: 4 };

describe('grid keyboard navigation', () => {
  it('moves by a cell and by a row, staying put at the edges', () => {
    expect(nextGridIndex(5, 'ArrowRight', grid)).toBe(6);
    expect(nextGridIndex(3, 'ArrowRight', grid)).toBe(4);
    expect(nextGridIndex(9, 'ArrowRight', grid)).toBe(9);
    expect(nextGridIndex(0, 'ArrowLeft', grid)).toBe(0);
    expect(nextGridIndex(5, 'ArrowDown', grid)).toBe(9);
    expect(nextGridIndex(6, 'ArrowDown', grid)).toBe(6);
    expect(nextGridIndex(5, 'ArrowUp', grid)).toBe(1);
    expect(nextGridIndex(2, 'ArrowUp', grid)).toBe(2);
  });

  it('goes to the ends of the row, or of the grid with Ctrl', () => {
    expect(nextGridIndex(6, 'Home', grid)).toBe(4);
    expect(nextGridIndex(5, 'End', grid)).toBe(7);
    expect(nextGridIndex(8, 'End', grid)).toBe(9);
    expect(nextGridIndex(6, 'Home', { ...grid, withCtrl: true })).toBe(0);
    expect(nextGridIndex(1, 'End', { ...grid, withCtrl: true })).toBe(9);
  });

  it('leaves other keys to the browser', () => {
    expect(nextGridIndex(1, 'Enter', grid)).toBeNull();
    expect(nextGridIndex(1, 'Tab', grid)).toBeNull();
  });

  it('cuts a list into rows', () => {
    expect(toRows([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(toRows([1, 2], 0)).toEqual([[1], [2]]);
  });
});
