import type { TFieldError, TProblem } from '@talon/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Short Russian titles per HTTP status; `detail` carries the specific explanation. */
const TITLES: Record<number, string> = {
  400: 'Некорректный запрос',
  401: 'Требуется вход',
  403: 'Доступ запрещён',
  404: 'Не найдено',
  405: 'Метод не поддерживается',
  406: 'Формат ответа не поддерживается',
  409: 'Конфликт',
  413: 'Слишком большой запрос',
  414: 'Слишком длинный адрес',
  415: 'Формат данных не поддерживается',
  422: 'Запрос не может быть выполнен',
  429: 'Слишком много запросов',
  500: 'Внутренняя ошибка',
  503: 'Сервис недоступен',
};

export const titleFor = (status: number) => TITLES[status] ?? (status >= 500 ? TITLES[500]! : TITLES[400]!);

/** `urn:talon:problem:slot-taken`: a stable problem type per error code. */
export const problemType = (code: string) => `urn:talon:problem:${code.toLowerCase().replaceAll('_', '-')}`;

export interface ProblemInput {
  status: number;
  code: string;
  detail: string;
  errors?: TFieldError[];
  /**
   * RFC 9457 extension members from `DomainError.options.extensions` (e.g. `alternatives` of SLOT_TAKEN).
   * They never override the standard members.
   */
  extensions?: Record<string, unknown>;
}

export function buildProblem(request: FastifyRequest, input: ProblemInput): TProblem {
  return {
    ...input.extensions,
    type: problemType(input.code),
    title: titleFor(input.status),
    status: input.status,
    detail: input.detail,
    code: input.code,
    ...(input.errors && input.errors.length > 0 ? { errors: input.errors } : {}),
    instance: request.url.split('?')[0],
    requestId: String(request.id),
  };
}

/** Sends RFC 9457 problem details; the only way errors leave the API. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, input: ProblemInput) {
  return reply
    .code(input.status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(buildProblem(request, input));
}
