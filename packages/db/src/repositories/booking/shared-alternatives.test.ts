import type { SlotAlternative, SlotFacts } from '@talon/core/booking';
import { describe, expect, it, vi } from 'vitest';
import { sharedAlternatives } from './shared-alternatives';

const slot = (id: string) => ({ id }) as SlotFacts;
const earliest = new Date('2026-12-07T08:00:00Z');
const found = [{ id: 'other' }] as SlotAlternative[];

describe('sharedAlternatives', () => {
  it('answers the refusals of one second from one query, even while it runs', async () => {
    let now = 0;
    const compute = vi.fn(async () => found);
    const alternatives = sharedAlternatives(() => now, 1_000)(compute);
    const racing = await Promise.all([
      alternatives(slot('a'), 'online', earliest, 5),
      alternatives(slot('a'), 'online', earliest, 5),
    ]);
    expect(racing).toEqual([found, found]);
    now = 999;
    await alternatives(slot('a'), 'online', earliest, 5);
    expect(compute).toHaveBeenCalledTimes(1);
    now = 1_000;
    await alternatives(slot('a'), 'online', earliest, 5);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps slots, channels and limits apart', async () => {
    const compute = vi.fn(async () => found);
    const alternatives = sharedAlternatives(() => 0)(compute);
    await alternatives(slot('a'), 'online', earliest, 5);
    await alternatives(slot('b'), 'online', earliest, 5);
    await alternatives(slot('a'), 'registry', earliest, 5);
    await alternatives(slot('a'), 'online', earliest, 3);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('does not keep a failed query', async () => {
    const compute = vi.fn().mockRejectedValueOnce(new Error('connection lost')).mockResolvedValue(found);
    const alternatives = sharedAlternatives(() => 0)(compute);
    await expect(alternatives(slot('a'), 'online', earliest, 5)).rejects.toThrow('connection lost');
    await expect(alternatives(slot('a'), 'online', earliest, 5)).resolves.toEqual(found);
  });
});
