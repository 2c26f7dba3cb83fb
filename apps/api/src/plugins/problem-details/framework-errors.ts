import type { TFieldError } from '@talon/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './send-problem';

interface FrameworkProblem {
  status: number;
  code: string;
  detail: string;
  errors?: TFieldError[];
}

/** Generic Russian explanations per status for errors Fastify itself raises. */
const BY_STATUS: Record<number, { code: string; detail: string }> = {
  400: { code: 'BAD_REQUEST', detail: 'Запрос составлен неверно. Проверьте данные и повторите попытку.' },
  404: { code: 'NOT_FOUND', detail: 'Такой страницы или ресурса нет. Проверьте адрес.' },
  405: { code: 'METHOD_NOT_ALLOWED', detail: 'Этот метод не поддерживается для данного адреса.' },
  406: { code: 'NOT_ACCEPTABLE', detail: 'Сервер не может ответить в запрошенном формате.' },
  413: { code: 'PAYLOAD_TOO_LARGE', detail: 'Запрос слишком большой. Уменьшите объём данных.' },
  414: { code: 'URI_TOO_LONG', detail: 'Адрес запроса слишком длинный. Проверьте ссылку.' },
  415: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Формат данных не поддерживается. Отправьте JSON (application/json).',
  },
  429: { code: 'TOO_MANY_REQUESTS', detail: 'Слишком много запросов. Подождите немного и повторите.' },
};

const field = (name: string, message: string, code: string): TFieldError[] => [
  { field: name, message, code },
];

/** Errors of one part of the request are named by that part, as validation errors name their field. */
const BY_CODE: Record<string, FrameworkProblem> = {
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'BAD_URL',
    detail: 'Адрес запроса содержит недопустимые символы. Проверьте ссылку.',
    errors: field('path', 'Недопустимые символы в адресе', 'bad_url'),
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'URI_TOO_LONG',
    detail: 'Адрес запроса слишком длинный. Проверьте ссылку.',
    errors: field('path', 'Слишком длинный параметр адреса', 'too_long'),
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'BAD_REQUEST',
    detail: 'Тело запроса пустое. Отправьте данные в формате JSON.',
    errors: field('body', 'Пустое тело запроса', 'empty'),
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'BAD_REQUEST',
    detail: 'Тело запроса — не корректный JSON. Проверьте данные.',
    errors: field('body', 'Некорректный JSON', 'invalid_json'),
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: 'Формат данных не поддерживается. Отправьте JSON (application/json).',
    errors: field('headers.content-type', 'Неподдерживаемый формат данных', 'unsupported'),
  },
};

/** The Russian problem for a 4xx error raised by Fastify rather than by Talon's code. */
export function frameworkProblem(error: Pick<FastifyError, 'code' | 'statusCode'>): FrameworkProblem {
  const known = BY_CODE[error.code];
  if (known) return known;
  const status = error.statusCode ?? 400;
  return { status, ...(BY_STATUS[status] ?? BY_STATUS[400]!) };
}

/**
 * Fastify's `frameworkErrors` hook: a malformed or over-long URL fails in the router, before any route or
 * error handler exists, and would otherwise be answered with Fastify's own English JSON.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, request, frameworkProblem(error));
}
