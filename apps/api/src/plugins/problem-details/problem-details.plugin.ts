import { isDomainError } from '@talon/core/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isOverloaded, OVERLOADED_PROBLEM } from '../overload/overload-error';
import { mapDomainError } from './domain-error-map';
import { frameworkProblem } from './framework-errors';
import { sendProblem } from './send-problem';

const CONTEXT_NAMES: Record<string, string> = {
  querystring: 'query',
  params: 'params',
  body: 'body',
  headers: 'headers',
};

function validationProblem(
  error: FastifyError & {
    validation: { instancePath: string; message?: string; params?: unknown; keyword: string }[];
  },
) {
  const context = CONTEXT_NAMES[error.validationContext ?? ''] ?? error.validationContext ?? 'request';
  const errors = error.validation.map((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return {
      field: path ? `${context}.${path}` : context,
      message: issue.message ?? 'Недопустимое значение',
      code: issue.keyword,
    };
  });
  const list = errors.map((e) => `«${e.field.replace(/^[a-z]+\./, '')}»: ${e.message}`).join('; ');
  return {
    status: 400,
    code: 'VALIDATION_FAILED',
    detail: `Проверьте ${errors.length === 1 ? 'параметр' : 'параметры'} ${list}.`,
    errors,
  };
}

async function problemDetails(app: FastifyInstance, options: { overloadRetryAfterSeconds?: number }) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // Shed load (process pressure, no database connection in time): 503 with Retry-After, never a 500.
    if (isOverloaded(error)) {
      reply.header('retry-after', String(options.overloadRetryAfterSeconds ?? 5));
      return sendProblem(reply, request, OVERLOADED_PROBLEM);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, request, validationProblem(error));
    }
    if (isDomainError(error)) {
      const mapped = mapDomainError(error);
      if (mapped) {
        // A refusal that ends by itself (Retry-After: the waiting room, a cool-down) is no fault of ours.
        if (mapped.status >= 500 && !mapped.retryAfterSeconds) {
          request.log.error({ err: error }, 'domain error that is our fault');
        }
        if (mapped.retryAfterSeconds) reply.header('retry-after', String(mapped.retryAfterSeconds));
        return sendProblem(reply, request, mapped);
      }
      request.log.error({ code: error.code }, 'domain error without an HTTP mapping');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return sendProblem(reply, request, frameworkProblem(error));
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, {
      status: 500,
      code: 'INTERNAL_ERROR',
      detail:
        'Что-то пошло не так на нашей стороне. Повторите попытку позже; если ошибка повторится, сообщите код запроса в поддержку.',
    });
  });
}

export default fp(problemDetails, { name: 'problem-details' });
