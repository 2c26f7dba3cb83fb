import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type QueuePlace } from '../../shared/api-client';
import type { PlaceView } from './waiting-room.model';
import { type QueuePorts, WaitingRoomQueue } from './waiting-room-queue';

const UNTIL = '2026-12-07T08:05:00Z';
const waiting = (position: number, token = 't1'): PlaceView => ({
  token,
  status: 'waiting',
  position,
  estimatedWaitSeconds: position * 2,
  admittedUntil: null,
});
const admitted = (token = 't1'): PlaceView => ({
  token,
  status: 'admitted',
  position: 0,
  estimatedWaitSeconds: 0,
  admittedUntil: UNTIL,
});

/** Ports whose stream the test drives; `reads` answer the polls in turn. */
function fakePorts(joins: (() => PlaceView)[], reads: (() => PlaceView)[] = []) {
  const kept: QueuePlace[] = [];
  const stream = {
    onPlace: (_: PlaceView) => {},
    onFailure: () => {},
    closed: 0,
    opened: [] as string[],
  };
  const ports: QueuePorts = {
    join: vi.fn(async () => (joins.shift() ?? (() => waiting(9)))()),
    read: vi.fn(async () => {
      const next = reads.shift();
      if (!next) throw new ApiError(0, null);
      return next();
    }),
    follow: (token, handlers) => {
      stream.opened.push(token);
      stream.onPlace = handlers.onPlace;
      stream.onFailure = handlers.onFailure;
      return () => {
        stream.closed += 1;
      };
    },
    deviceId: () => 'device-1',
    keep: (place) => kept.push(place),
  };
  return { ports, kept, stream };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('WaitingRoomQueue', () => {
  it('joins once for all the waiting requests, follows the place and lets them all in when admitted', async () => {
    const { ports, kept, stream } = fakePorts([() => waiting(4)]);
    const queue = new WaitingRoomQueue(ports);
    let released = 0;
    const first = queue.waitForAdmission(new AbortController().signal).then(() => released++);
    const second = queue.waitForAdmission(new AbortController().signal).then(() => released++);
    expect(queue.getState()).toEqual({ isWaiting: true, place: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(ports.join).toHaveBeenCalledOnce();
    expect(ports.join).toHaveBeenCalledWith('device-1');
    expect(queue.getState().place?.position).toBe(4);
    expect(stream.opened).toEqual(['t1']);

    stream.onPlace(waiting(2));
    expect(queue.getState().place?.position).toBe(2);
    expect(released).toBe(0);

    stream.onPlace(admitted());
    await Promise.all([first, second]);
    expect(released).toBe(2);
    expect(queue.getState().isWaiting).toBe(false);
    expect(stream.closed).toBe(1);
    expect(kept.at(-1)).toEqual({ token: 't1', status: 'admitted', admittedUntil: UNTIL });
  });

  it('is let in at once when the place it joins is already admitted', async () => {
    const { ports, stream } = fakePorts([() => admitted()]);
    const queue = new WaitingRoomQueue(ports);
    await queue.waitForAdmission(new AbortController().signal);
    expect(stream.opened).toEqual([]);
  });

  it('reads the place every few seconds once the stream fails', async () => {
    const { ports, stream } = fakePorts([() => waiting(3)], [() => waiting(2), () => admitted()]);
    const queue = new WaitingRoomQueue(ports, { pollMs: 3_000, retryMs: 3_000 });
    const done = queue.waitForAdmission(new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    stream.onFailure();
    expect(stream.closed).toBe(1);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(ports.read).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ports.read).toHaveBeenCalledWith('t1');
    expect(queue.getState().place?.position).toBe(2);
    await vi.advanceTimersByTimeAsync(3_000);
    await done;
    expect(queue.getState()).toMatchObject({ isWaiting: false, place: { status: 'admitted' } });
  });

  it('joins again when the place it reads has lapsed', async () => {
    const { ports, stream } = fakePorts(
      [() => waiting(3), () => waiting(7, 't2')],
      [
        () => {
          throw new ApiError(404, null);
        },
      ],
    );
    const queue = new WaitingRoomQueue(ports);
    void queue.waitForAdmission(new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    stream.onFailure();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(ports.join).toHaveBeenCalledTimes(2);
    expect(queue.getState().place).toMatchObject({ token: 't2', position: 7 });
    expect(stream.opened).toEqual(['t1', 't2']);
  });

  it('stops following when the last waiting request is cancelled', async () => {
    const { ports, stream } = fakePorts([() => waiting(5)]);
    const queue = new WaitingRoomQueue(ports);
    const controller = new AbortController();
    const wait = queue.waitForAdmission(controller.signal).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await wait).toMatchObject({ name: 'AbortError' });
    expect(queue.getState().isWaiting).toBe(false);
    expect(stream.closed).toBe(1);
  });

  it('tries to join again after a failed connection, and gives up on a refusal', async () => {
    const offline = () => {
      throw new ApiError(0, null);
    };
    const refused = () => {
      throw new ApiError(403, null);
    };
    const { ports } = fakePorts([offline, refused]);
    const queue = new WaitingRoomQueue(ports);
    const wait = queue.waitForAdmission(new AbortController().signal).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    expect(ports.join).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(ports.join).toHaveBeenCalledTimes(2);
    expect(await wait).toMatchObject({ status: 403 });
    expect(queue.getState().isWaiting).toBe(false);
  });

  it('ignores a stale stream of an earlier place', async () => {
    const { ports, stream } = fakePorts([() => waiting(5)]);
    const queue = new WaitingRoomQueue(ports);
    void queue.waitForAdmission(new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    stream.onPlace(admitted('other'));
    expect(queue.getState()).toMatchObject({ isWaiting: true, place: { token: 't1', position: 5 } });
  });
});
