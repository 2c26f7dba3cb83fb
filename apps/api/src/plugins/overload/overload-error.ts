import { isDatabaseBusy } from '@talon/db';
import { QueueFullError } from '../../security/bounded-queue';
import type { ProblemInput } from '../problem-details/send-problem';

/** The process is under pressure (event-loop delay or heap, as measured by @fastify/under-pressure). */
export class ProcessOverloadedError extends Error {
  constructor(readonly pressure: string) {
    super(`process under pressure: ${pressure}`);
    this.name = 'ProcessOverloadedError';
  }
}

/**
 * True for every refusal that means "too busy, come back shortly": process pressure, no database
 * connection in time (`DatabaseBusyError`, possibly wrapped by Drizzle), or a full password-hashing queue.
 */
export const isOverloaded = (error: unknown): boolean =>
  error instanceof ProcessOverloadedError || error instanceof QueueFullError || isDatabaseBusy(error);

/** The answer to every overload refusal: 503, Russian, with Retry-After set by the caller. */
export const OVERLOADED_PROBLEM: ProblemInput = {
  status: 503,
  code: 'OVERLOADED',
  detail:
    'Сейчас очень много обращений, и сервис не успевает ответить всем. Повторите попытку через несколько секунд — ваши данные не потеряны.',
};
