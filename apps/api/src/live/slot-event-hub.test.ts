import type { SlotEvent, SlotEventSource } from '@talon/db';
import { describe, expect, it } from 'vitest';
import { HubFullError } from './event-hub';
import { matchesFilter, SlotEventHub, type SlotEventSink } from './slot-event-hub';

const event: SlotEvent = {
  slotId: 's1',
  organizationId: 'o1',
  specialtyCode: 'therapist',
  practitionerId: 'p1',
  regionCode: '77',
  startsAt: '2026-12-01T09:00:00Z',
  available: false,
  availableAt: null,
};

/** An in-memory event source: `emit` plays the database. */
function memorySource() {
  const listeners = new Set<(e: SlotEvent) => void>();
  const gaps = new Set<() => void>();
  let closed = false;
  const source: SlotEventSource = {
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    onGap: (l) => {
      gaps.add(l);
      return () => gaps.delete(l);
    },
    close: async () => {
      closed = true;
    },
  };
  return {
    source,
    emit: (e: SlotEvent) => {
      for (const l of listeners) l(e);
    },
    gap: () => {
      for (const l of gaps) l();
    },
    isClosed: () => closed,
  };
}

const sink = (filter: SlotEventSink['filter']) => {
  const chunks: string[] = [];
  let ended = false;
  return {
    filter,
    chunks,
    write: (c: string) => chunks.push(c),
    end: () => (ended = true),
    isEnded: () => ended,
  };
};

describe('matchesFilter', () => {
  it('requires every given field to match', () => {
    expect(matchesFilter({ regionCode: '77' }, event)).toBe(true);
    expect(matchesFilter({ regionCode: '77', specialtyCode: 'therapist' }, event)).toBe(true);
    expect(matchesFilter({ regionCode: '77', specialtyCode: 'surgeon' }, event)).toBe(false);
    expect(matchesFilter({ organizationId: 'o2' }, event)).toBe(false);
    expect(matchesFilter({ practitionerId: 'p1' }, event)).toBe(true);
  });
});

describe('SlotEventHub', () => {
  it('listens once, sends each event only to matching streams, and resync to all after a gap', async () => {
    const memory = memorySource();
    let opened = 0;
    const hub = new SlotEventHub(
      async () => {
        opened += 1;
        return memory.source;
      },
      { maxSubscribers: 10, heartbeatSeconds: 15 },
    );
    const moscow = sink({ regionCode: '77' });
    const piter = sink({ regionCode: '78' });
    await hub.ready();
    await hub.ready();
    hub.add(moscow);
    hub.add(piter);
    memory.emit(event);
    memory.gap();
    expect(opened).toBe(1);
    expect(moscow.chunks).toEqual([
      `event: slot\ndata: ${JSON.stringify(event)}\n\n`,
      'event: resync\ndata: {}\n\n',
    ]);
    expect(piter.chunks).toEqual(['event: resync\ndata: {}\n\n']);
  });

  it('forgets a failed LISTEN, so the next subscriber tries again', async () => {
    const memory = memorySource();
    let attempts = 0;
    const hub = new SlotEventHub(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('database unreachable');
        return memory.source;
      },
      { maxSubscribers: 10, heartbeatSeconds: 15 },
    );
    await expect(hub.ready()).rejects.toThrow('database unreachable');
    await hub.ready();
    expect(attempts).toBe(2);
  });

  it('bounds the number of streams, frees places, and ends everything on close', async () => {
    const memory = memorySource();
    const hub = new SlotEventHub(async () => memory.source, { maxSubscribers: 2, heartbeatSeconds: 15 });
    await hub.ready();
    const first = sink({ regionCode: '77' });
    const removeFirst = hub.add(first);
    hub.add(sink({ regionCode: '77' }));
    expect(() => hub.add(sink({ regionCode: '77' }))).toThrow(HubFullError);
    removeFirst();
    const third = sink({ regionCode: '77' });
    hub.add(third);
    expect(hub.size).toBe(2);
    await hub.close();
    expect(third.isEnded()).toBe(true);
    expect(first.isEnded()).toBe(false);
    expect(memory.isClosed()).toBe(true);
    expect(() => hub.add(sink({ regionCode: '77' }))).toThrow(HubFullError);
  });

  it('gives an address and an account their share, and back as their streams end (also when ended twice)', async () => {
    const memory = memorySource();
    const hub = new SlotEventHub(async () => memory.source, {
      maxSubscribers: 100,
      heartbeatSeconds: 15,
      maxPerAddress: 2,
      maxPerAccount: 1,
    });
    await hub.ready();
    const at = (address: string, accountId?: string) => ({
      ...sink({ regionCode: '77' }),
      address,
      accountId,
    });
    const removeFirst = hub.add(at('10.0.0.1'));
    hub.add(at('10.0.0.1', 'a1'));
    const refused = (s: ReturnType<typeof at>) => {
      try {
        hub.add(s);
        return null;
      } catch (error) {
        return (error as HubFullError).scope;
      }
    };
    expect(refused(at('10.0.0.1'))).toBe('address');
    expect(refused(at('10.0.0.2', 'a1'))).toBe('account');
    expect(refused(at('10.0.0.2'))).toBeNull();
    removeFirst();
    removeFirst();
    expect(refused(at('10.0.0.1'))).toBeNull();
    expect(refused(at('10.0.0.1'))).toBe('address');
    hub.endAll();
  });
});
