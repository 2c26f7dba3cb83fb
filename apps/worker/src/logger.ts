import { logSafeError } from '@talon/db';
import { pino } from 'pino';

/**
 * The slice of pino the worker uses: in the API process it is Fastify's `app.log`, standalone a pino logger
 * of its own. Log ids only, never names, phones, addresses or message texts.
 */
export interface WorkerLogger {
  debug(bindings: object, message?: string): void;
  info(bindings: object, message?: string): void;
  warn(bindings: object, message?: string): void;
  error(bindings: object, message?: string): void;
  child(bindings: Record<string, unknown>): WorkerLogger;
}

/**
 * Pino's JSON lines (stdout unless `destination` is given) for the standalone worker process, as the API
 * writes them; `silent` for tests.
 */
export function createJsonLogger(
  level: string,
  bindings: Record<string, unknown> = {},
  destination?: pino.DestinationStream,
): WorkerLogger {
  // Database errors are logged without their details (values of personal data; issue 15, item 11).
  const options = { level, serializers: { err: logSafeError } };
  const logger = destination ? pino(options, destination) : pino(options);
  return Object.keys(bindings).length > 0 ? logger.child(bindings) : logger;
}

/** The bindings of one run of a job: its name and, when the queue ran it, the queue's job id. */
export const jobBindings = (job: string, jobId?: string): Record<string, string> =>
  jobId ? { job, jobId } : { job };
