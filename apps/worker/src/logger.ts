/** The slice of pino the worker uses; Fastify's `app.log` fits. Log ids only, never phones or addresses. */
export interface WorkerLogger {
  debug(bindings: object, message?: string): void;
  info(bindings: object, message?: string): void;
  warn(bindings: object, message?: string): void;
  error(bindings: object, message?: string): void;
  child(bindings: Record<string, unknown>): WorkerLogger;
}

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: 100 } as const;

/** JSON lines on stdout in pino's shape, for the standalone worker process. */
export function createJsonLogger(level: string, bindings: Record<string, unknown> = {}): WorkerLogger {
  const threshold = LEVELS[level as keyof typeof LEVELS] ?? LEVELS.info;
  const write = (value: number) => (fields: object, msg?: string) => {
    if (value < threshold) return;
    const line = { level: value, time: Date.now(), ...bindings, ...fields, ...(msg ? { msg } : {}) };
    process.stdout.write(`${JSON.stringify(line, errorReplacer)}\n`);
  };
  return {
    debug: write(LEVELS.debug),
    info: write(LEVELS.info),
    warn: write(LEVELS.warn),
    error: write(LEVELS.error),
    child: (more) => createJsonLogger(level, { ...bindings, ...more }),
  };
}

const errorReplacer = (_key: string, value: unknown) =>
  value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value;
