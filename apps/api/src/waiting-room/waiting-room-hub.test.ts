import type { WaitingPlaceView } from '@talon/core/waiting-room';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type WaitingPlaceSink, WaitingRoomHub } from './waiting-room-hub';

const place = (status: 'waiting' | 'admitted', position: number): WaitingPlaceView => ({
  token: 't',
  status,
  position,
  estimatedWaitSeconds: position,
  admittedUntil: status === 'admitted' ? new Date('2026-12-08T05:10:00Z') : null,
  joinedAt: new Date('2026-12-08T05:00:00Z'),
});

/** A hub whose places are what the test says, with one stream that records what it was sent. */
function hubWith(views: Map<string, WaitingPlaceView | 'pending'>) {
  const hub = new WaitingRoomHub(
    async () => ({ subscribe: () => () => {}, onGap: () => () => {}, close: async () => {} }),
    { maxSubscribers: 10, heartbeatSeconds: 60 },
    async () => views,
    (error) => {
      throw error;
    },
  );
  const sent: string[] = [];
  const sink: WaitingPlaceSink & { ended: boolean } = {
    token: 't',
    ended: false,
    write: (chunk) => sent.push(chunk),
    end() {
      this.ended = true;
    },
  };
  hub.add(sink);
  return { hub, sent, sink };
}

describe('WaitingRoomHub', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-08T05:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('sends a moved position at most every 2 seconds, an unchanged one every 5, an admission at once', async () => {
    const views = new Map<string, WaitingPlaceView | 'pending'>([['t', place('waiting', 40)]]);
    const { hub, sent } = hubWith(views);
    await hub.refresh();
    expect(sent).toHaveLength(1);
    views.set('t', place('waiting', 39));
    vi.advanceTimersByTime(500);
    await hub.refresh();
    expect(sent).toHaveLength(1); // every admission moves every place: not four messages a second
    vi.advanceTimersByTime(1_600);
    await hub.refresh();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toContain('"position":39');
    vi.advanceTimersByTime(5_000);
    await hub.refresh();
    expect(sent).toHaveLength(3); // unchanged, yet resent while waiting
    views.set('t', place('admitted', 0));
    vi.advanceTimersByTime(600);
    await hub.refresh();
    expect(sent[3]).toMatch(/^event: admitted/);
    vi.advanceTimersByTime(10_000);
    await hub.refresh();
    expect(sent).toHaveLength(4); // the admission is sent once
  });

  it('refreshes at most every half second: a refresh asked sooner runs then, once', async () => {
    const views = new Map<string, WaitingPlaceView | 'pending'>([['t', place('waiting', 40)]]);
    const { hub, sent } = hubWith(views);
    await hub.refresh();
    views.set('t', place('admitted', 0));
    await hub.refresh();
    await hub.refresh();
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatch(/^event: admitted/);
  });

  it('leaves a place joined after the snapshot for the next one, and ends the stream of a place gone', async () => {
    const views = new Map<string, WaitingPlaceView | 'pending'>([['t', 'pending']]);
    const { hub, sent, sink } = hubWith(views);
    await hub.refresh();
    expect(sent).toEqual([]);
    expect(sink.ended).toBe(false);
    views.delete('t');
    vi.advanceTimersByTime(600);
    await hub.refresh();
    expect(sink.ended).toBe(true);
  });
});
