import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createJsonLogger, jobBindings } from './logger';

/** A destination that keeps pino's lines, parsed. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

describe('the worker logger', () => {
  it('writes pino JSON lines with the process, job and run ids, at or above its level', () => {
    const { lines, stream } = capture();
    const logger = createJsonLogger('info', { process: 'worker' }, stream);
    const job = logger.child({ component: 'worker' }).child(jobBindings('outbox.sweep', 'job-1'));
    job.debug({ count: 1 }, 'not written');
    job.info({ count: 2 }, 'messages requeued');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        process: 'worker',
        component: 'worker',
        job: 'outbox.sweep',
        jobId: 'job-1',
        count: 2,
        msg: 'messages requeued',
        time: expect.any(Number),
      }),
    ]);
  });

  it('serialises an error under err with its type, message and stack', () => {
    const { lines, stream } = capture();
    createJsonLogger('info', {}, stream).error({ err: new RangeError('boom') }, 'queue error');
    expect(lines[0]?.err).toMatchObject({ type: 'RangeError', message: 'boom', stack: expect.any(String) });
  });

  it('names a job run by its id only when the queue gave one', () => {
    expect(jobBindings('slots.generate')).toEqual({ job: 'slots.generate' });
    expect(jobBindings('slots.generate', 'b7c')).toEqual({ job: 'slots.generate', jobId: 'b7c' });
  });
});
