import type { AuditChainer } from '@talon/db';
import type { WorkerLogger } from '../logger';

export const CHAIN_ENTRIES_JOB = 'audit.chain-entries';
/** A step a second: an entry is linked within a second or two of its commit (issue 16 item 1). */
export const CHAIN_INTERVAL_MS = 1_000;

export interface AuditChainLoop {
  /** Stops the loop after the step in flight; a last `chainNow` links what committed until then. */
  stop(): Promise<void>;
}

/**
 * The audit chainer's loop (not a queue job: it runs every second in each worker process, and the chainers
 * take turns on their own lock): each step links the entries settled since the step before
 * (`createAuditChainer` carries the argument). A failed step is logged and retried at the next.
 */
export function startAuditChainLoop(deps: {
  chainer: AuditChainer;
  logger: WorkerLogger;
  intervalMs?: number;
}): AuditChainLoop {
  const logger = deps.logger.child({ job: CHAIN_ENTRIES_JOB });
  const intervalMs = deps.intervalMs ?? CHAIN_INTERVAL_MS;
  let isStopped = false;
  let timer: NodeJS.Timeout | null = null;
  let step: Promise<void> = Promise.resolve();

  const run = () => {
    step = deps.chainer.tick().then(
      (linked) => {
        if (linked > 0) logger.debug({ linked }, 'audit entries linked');
      },
      (error: unknown) => logger.error({ err: error }, 'audit chain step failed'),
    );
    void step.then(() => {
      if (!isStopped) timer = setTimeout(run, intervalMs);
    });
  };
  timer = setTimeout(run, 0);

  return {
    async stop() {
      isStopped = true;
      if (timer) clearTimeout(timer);
      await step;
      try {
        await deps.chainer.chainNow({ timeoutMs: 2_000 });
      } catch (error) {
        logger.error({ err: error }, 'audit chain step failed');
      }
    },
  };
}
