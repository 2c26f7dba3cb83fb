import { describe, expect, it } from 'vitest';
import { type LivePlace, rankQueue, viewFromSnapshot } from './queue-snapshot';

const joinedAt = new Date('2026-12-07T05:00:00Z');
const place = (placeId: string, seq: number, status: 'waiting' | 'admitted'): LivePlace => ({
  placeId,
  seq,
  status,
  joinedAt,
  admittedUntil: status === 'admitted' ? new Date(joinedAt.getTime() + 600_000) : null,
});

describe('rankQueue', () => {
  it('counts the waiting places ahead by arrival order, whatever order the rows come in', () => {
    const ranked = rankQueue([
      place('d', 9, 'waiting'),
      place('a', 2, 'admitted'),
      place('b', 3, 'waiting'),
      place('c', 7, 'waiting'),
    ]);
    expect([...ranked.values()].map((p) => [p.placeId, p.ahead])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
      ['d', 2],
    ]);
  });
});

describe('viewFromSnapshot', () => {
  it('gives a 1-based position and the estimate while waiting, 0 once admitted', () => {
    const ranked = rankQueue([place('a', 1, 'admitted'), place('b', 2, 'waiting'), place('c', 3, 'waiting')]);
    expect(viewFromSnapshot('t', ranked.get('c')!, 0.5)).toMatchObject({
      position: 2,
      estimatedWaitSeconds: 4,
    });
    expect(viewFromSnapshot('t', ranked.get('a')!, 0.5)).toMatchObject({
      status: 'admitted',
      position: 0,
      estimatedWaitSeconds: 0,
    });
  });
});
