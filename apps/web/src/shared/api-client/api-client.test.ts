import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  apiUrl,
  bodyFieldErrors,
  createApiClient,
  dataOf,
  onUnauthorized,
  parseProblem,
  parseRetryAfter,
  serializeQuery,
  setCsrfToken,
} from './index';

// Node has no page to resolve `/api/v1/…` against; the browser's client uses the page's origin.
const api = createApiClient({ baseUrl: 'http://talon.test' });

/** Answers every call with `answer` and keeps the requests it was given. */
function serve(answer: () => Response | Promise<Response>) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      requests.push(request);
      return answer();
    }),
  );
  return requests;
}

const problem = (status: number, code: string, detail: string) => ({
  type: 'about:blank',
  title: 'Problem',
  status,
  detail,
  code,
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('serializeQuery', () => {
  it('encodes parameters and repeats a list', () => {
    expect(
      serializeQuery({ region: '77', q: 'Ленинский проспект', page: 2, status: ['booked', 'confirmed'] }),
    ).toBe(
      'region=77&q=%D0%9B%D0%B5%D0%BD%D0%B8%D0%BD%D1%81%D0%BA%D0%B8%D0%B9+%D0%BF%D1%80%D0%BE%D1%81%D0%BF%D0%B5%D0%BA%D1%82&page=2&status=booked&status=confirmed',
    );
  });

  it('leaves out empty, blank and missing values', () => {
    expect(serializeQuery({ region: '39', q: '  ', specialty: undefined, kind: null, status: [] })).toBe(
      'region=39',
    );
    expect(serializeQuery({})).toBe('');
  });
});

describe('apiUrl', () => {
  it('fills the path and the query of a GET route', () => {
    expect(apiUrl('/api/v1/appointments/{id}/ticket.pdf', { path: { id: 'a b' } })).toBe(
      '/api/v1/appointments/a%20b/ticket.pdf',
    );
    expect(apiUrl('/api/v1/me/export', { query: { format: 'pdf' } })).toBe('/api/v1/me/export?format=pdf');
    expect(apiUrl('/api/v1/regions')).toBe('/api/v1/regions');
  });
});

describe('parseProblem', () => {
  it('accepts a problem+json body', () => {
    expect(parseProblem(problem(404, 'ORGANIZATION_NOT_FOUND', 'Организация не найдена'))).toMatchObject({
      status: 404,
      detail: 'Организация не найдена',
    });
  });

  it('refuses bodies without a detail to show', () => {
    expect(parseProblem(null)).toBeNull();
    expect(parseProblem('<html>Bad Gateway</html>')).toBeNull();
    expect(parseProblem({ status: 500 })).toBeNull();
  });
});

describe('a GET call', () => {
  it('asks for JSON with the query built by the same rules and resolves with the answer', async () => {
    const requests = serve(() => Response.json({ items: [], total: 0, page: 1, pageSize: 20 }));
    const page = await dataOf(
      api.GET('/api/v1/organizations', { params: { query: { region: '77', q: ' ', page: 1 } } }),
    );
    expect(page.total).toBe(0);
    expect(requests[0]?.url).toBe('http://talon.test/api/v1/organizations?region=77&page=1');
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.credentials).toBe('same-origin');
    expect(requests[0]?.headers.get('Accept')).toBe('application/json');
  });

  it('sends no CSRF token, even in a session', async () => {
    const requests = serve(() => Response.json([]));
    setCsrfToken('token-1');
    await api.GET('/api/v1/regions');
    expect(requests[0]?.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('rejects with the problem of a failed request', async () => {
    serve(() => Response.json(problem(400, 'VALIDATION', 'Код региона — две цифры'), { status: 400 }));
    const error = await api
      .GET('/api/v1/organizations', { params: { query: { region: '7' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem?.detail).toBe('Код региона — две цифры');
    expect((error as ApiError).isRetryable).toBe(false);
  });

  it('reports an unreachable server as status 0, worth retrying', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = (await api.GET('/api/v1/regions').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.problem).toBeNull();
    expect(error.isRetryable).toBe(true);
  });

  it('keeps the AbortError of a call that was cancelled', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        request.signal.throwIfAborted();
        return Response.json([]);
      }),
    );
    const controller = new AbortController();
    controller.abort();
    const error = await api.GET('/api/v1/regions', { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('keeps the status of a non-JSON error page', async () => {
    serve(() => new Response('<h1>502</h1>', { status: 502 }));
    const error = (await api.GET('/api/v1/regions').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
  });
});

describe('a state-changing call', () => {
  it('sends JSON with the CSRF token of the session', async () => {
    const requests = serve(() => Response.json({ codeSentTo: '+7 *** ***-45-67' }, { status: 202 }));
    setCsrfToken('token-1');
    const answer = await dataOf(api.POST('/api/v1/auth/login', { body: { login: 'a', password: 'b' } }));
    expect(answer).toEqual({ codeSentTo: '+7 *** ***-45-67' });
    const request = requests[0];
    expect(request?.url).toBe('http://talon.test/api/v1/auth/login');
    expect(request?.method).toBe('POST');
    expect(await request?.text()).toBe('{"login":"a","password":"b"}');
    expect(request?.headers.get('X-CSRF-Token')).toBe('token-1');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
  });

  it('resolves an answer without content with undefined and sends no token before login', async () => {
    const requests = serve(() => new Response(null, { status: 204 }));
    await expect(
      dataOf(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id: '1' } } })),
    ).resolves.toBe(undefined);
    expect(requests[0]?.headers.has('X-CSRF-Token')).toBe(false);
    expect(requests[0]?.headers.has('Content-Type')).toBe(false);
    expect(requests[0]?.body).toBeNull();
  });

  it('keeps the Retry-After of a throttled request', async () => {
    serve(
      () =>
        new Response(JSON.stringify(problem(429, 'LOGIN_THROTTLED', 'Подождите')), {
          status: 429,
          headers: { 'Retry-After': '300', 'Content-Type': 'application/problem+json' },
        }),
    );
    const error = (await api
      .POST('/api/v1/auth/login', { body: { login: 'a', password: 'b' } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('LOGIN_THROTTLED');
    expect(error.retryAfterSeconds).toBe(300);
  });
});

describe('bodyFieldErrors', () => {
  it('names body fields without the location, first message first', () => {
    const error = new ApiError(400, {
      ...problem(400, 'VALIDATION', 'Проверьте поля'),
      errors: [
        { field: 'body.snils', message: 'Контрольное число СНИЛС не сходится' },
        { field: 'body.snils', message: 'второе' },
        { field: 'query.page', message: 'не поле формы' },
        { field: 'body.password', message: 'Слабый пароль', code: 'WEAK_PASSWORD' },
      ],
    });
    expect(bodyFieldErrors(error)).toEqual({
      snils: 'Контрольное число СНИЛС не сходится',
      password: 'Слабый пароль',
    });
    expect(bodyFieldErrors(new Error('x'))).toEqual({});
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = Date.parse('2026-01-01T10:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 10:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('Thu, 01 Jan 2026 09:55:00 GMT', now)).toBeNull();
  });
});

describe('onUnauthorized', () => {
  it('tells its listeners of every 401, so nothing kept for the ended session stays', async () => {
    const heard = vi.fn();
    const stop = onUnauthorized(heard);
    serve(() => new Response(JSON.stringify(problem(401, 'UNAUTHENTICATED', 'Войдите')), { status: 401 }));
    await dataOf(api.GET('/api/v1/appointments', {})).catch(() => undefined);
    await dataOf(api.POST('/api/v1/auth/logout')).catch(() => undefined);
    expect(heard).toHaveBeenCalledTimes(2);
    serve(() => new Response(JSON.stringify(problem(403, 'FORBIDDEN', 'Нет доступа')), { status: 403 }));
    await dataOf(api.GET('/api/v1/appointments', {})).catch(() => undefined);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
  });
});
