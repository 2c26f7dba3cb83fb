import { describe, expect, it } from 'vitest';
import { BoundedQueue, QueueFullError } from './bounded-queue';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe('BoundedQueue', () => {
  it('runs at most `concurrency` at once and refuses past `maxQueue` waiting', async () => {
    const queue = new BoundedQueue({ name: 'argon2', concurrency: 2, maxQueue: 1 });
    const gates = [deferred(), deferred(), deferred()];
    let active = 0;
    let peak = 0;
    const task = (gate: { promise: Promise<void> }) => async () => {
      active++;
      peak = Math.max(peak, active);
      await gate.promise;
      active--;
      return 'done';
    };
    const first = queue.run(task(gates[0]!));
    const second = queue.run(task(gates[1]!));
    const third = queue.run(task(gates[2]!));
    expect(queue.size).toEqual({ running: 2, waiting: 1 });
    await expect(queue.run(async () => 'x')).rejects.toBeInstanceOf(QueueFullError);
    for (const gate of gates) gate.resolve();
    await expect(Promise.all([first, second, third])).resolves.toEqual(['done', 'done', 'done']);
    expect(peak).toBe(2);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when the work fails', async () => {
    const queue = new BoundedQueue({ name: 'argon2', concurrency: 1, maxQueue: 0 });
    await expect(queue.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run(async () => 'ok')).resolves.toBe('ok');
  });
});
