import cluster from 'node:cluster';

interface SupervisorLog {
  info(bindings: object, message?: string): void;
  error(bindings: object, message?: string): void;
}

/** How long a process that died is given before it is replaced (a crash loop must not spin the CPU). */
const RESTART_DELAY_MS = 1_000;

/**
 * The supervisor of `count` API processes (node:cluster): they share one listening port, the operating
 * system handing each new connection to one of them. A process that dies is replaced after a second; `stop`
 * asks every process to finish its requests (SIGTERM, their own graceful shutdown) and waits for them.
 * Nothing is shared in memory: sessions, rate limits, idempotency keys, holds and live events are in
 * PostgreSQL, so N processes allow exactly what one does (issue 16 item 3).
 */
export function superviseApiProcesses(count: number, log: SupervisorLog) {
  let stopping = false;
  const fork = () => cluster.fork({ TALON_API_PROCESS: '1' });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log.error({ pid: worker.process.pid, code, signal }, 'an API process ended; starting another');
    setTimeout(() => {
      if (!stopping) fork();
    }, RESTART_DELAY_MS);
  });
  const listening = new Promise<void>((resolve) => {
    let ready = 0;
    const onListening = () => {
      ready += 1;
      if (ready === count) {
        cluster.off('listening', onListening);
        resolve();
      }
    };
    cluster.on('listening', onListening);
  });
  for (let i = 0; i < count; i += 1) fork();

  return {
    /** Resolves once every process of the first generation listens. */
    listening,
    async stop(): Promise<void> {
      stopping = true;
      const running = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
      await Promise.all(
        running.map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker!.once('exit', () => resolve());
              worker!.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/** Whether this process is one the supervisor forked (it serves HTTP and prepares nothing). */
export const isForkedApiProcess = (): boolean => cluster.isWorker && process.env.TALON_API_PROCESS === '1';
