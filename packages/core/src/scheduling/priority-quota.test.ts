import { describe, expect, it } from 'vitest';
import { priorityIndexes } from './priority-quota';

describe('priorityIndexes', () => {
  it('reserves the rounded share, spread over the day', () => {
    expect([...priorityIndexes(10, 20)]).toEqual([2, 7]);
    expect([...priorityIndexes(24, 25)]).toEqual([2, 6, 10, 14, 18, 22]);
  });

  it('reserves none at 0 % or for an empty day, and all at 100 %', () => {
    expect(priorityIndexes(10, 0).size).toBe(0);
    expect(priorityIndexes(0, 50).size).toBe(0);
    expect([...priorityIndexes(4, 100)]).toEqual([0, 1, 2, 3]);
  });
});
