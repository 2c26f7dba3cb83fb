import { describe, expect, it } from 'vitest';
import {
  aheadOfNewcomer,
  type LivePlace,
  rankQueue,
  summarizeQueue,
  viewFromSnapshot,
} from './queue-snapshot';

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

describe('aheadOfNewcomer', () => {
  const place = (seq: number, status: 'waiting' | 'admitted') => ({
    placeId: `p${seq}`,
    seq,
    status,
    joinedAt: new Date(0),
    admittedUntil: null,
  });
  const summary = summarizeQueue(rankQueue([place(3, 'admitted'), place(5, 'waiting'), place(9, 'waiting')]));

  it('counts the snapshot’s waiting places and every seq taken since', () => {
    expect(summary).toEqual({ waiting: 2, lastSeq: 9 });
    expect(aheadOfNewcomer(summary, 10)).toBe(2);
    expect(aheadOfNewcomer(summary, 14)).toBe(6);
  });

  it('cannot tell for a place older than the snapshot’s last (the database ranks it)', () => {
    expect(aheadOfNewcomer(summary, 9)).toBeNull();
    expect(aheadOfNewcomer(summary, 4)).toBeNull();
  });

  it('nor from an empty snapshot: the sequence goes on across rushes', () => {
    expect(aheadOfNewcomer(summarizeQueue(new Map()), 5_001)).toBeNull();
  });
});
