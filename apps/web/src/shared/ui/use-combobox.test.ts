import { describe, expect, it } from 'vitest';
import { moveActive } from './use-combobox';

describe('moveActive', () => {
  it('enters the list from either end and wraps around', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(1, 3, 1)).toBe(2);
  });

  it('stays outside an empty list', () => {
    expect(moveActive(-1, 0, 1)).toBe(-1);
  });
});
