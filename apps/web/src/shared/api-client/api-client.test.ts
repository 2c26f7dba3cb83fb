import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  apiGet,
  apiSend,
  bodyFieldErrors,
  buildApiUrl,
  onUnauthorized,
  parseProblem,
  parseRetryAfter,
  setCsrfToken,
} from './index';

describe('buildApiUrl', () => {
  it('prefixes the API base and encodes parameters', () => {
    expect(buildApiUrl('/organizations', { region: '77', q: 'Ленинский проспект', page: 2 })).toBe(
      '/api/v1/organizations?region=77&q=%D0%9B%D0%B5%D0%BD%D0%B8%D0%BD%D1%81%D0%BA%D0%B8%D0%B9+%D0%BF%D1%80%D0%BE%D1%81%D0%BF%D0%B5%D0%BA%D1%82&page=2',
    );
  });

  it('leaves out empty, blank and missing values', () => {
    expect(buildApiUrl('/practitioners', { region: '39', q: '  ', specialty: undefined, kind: null })).toBe(
      '/api/v1/practitioners?region=39',
    );
    expect(buildApiUrl('/regions')).toBe('/api/v1/regions');
  });
});

describe('parseProblem', () => {
  it('accepts a problem+json body', () => {
    const body = {
      type: 'https://talon.example/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Организация не найдена',
      code: 'ORGANIZATION_NOT_FOUND',
    };
    expect(parseProblem(body)).toMatchObject({ status: 404, detail: 'Организация не найдена' });
  });

  it('refuses bodies without a detail to show', () => {
    expect(parseProblem(null)).toBeNull();
    expect(parseProblem('<html>Bad Gateway</html>')).toBeNull();
    expect(parseProblem({ status: 500 })).toBeNull();
  });
});

describe('apiGet', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('rejects with the problem of a failed request', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Код региона — две цифры',
      code: 'VALIDATION',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(problem), { status: 400 })),
    );
    const error = await apiGet('/organizations', { region: '7' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem?.detail).toBe('Код региона — две цифры');
    expect((error as ApiError).isRetryable).toBe(false);
  });

  it('reports an unreachable server as status 0, worth retrying', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = (await apiGet('/regions').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.problem).toBeNull();
    expect(error.isRetryable).toBe(true);
  });

  it('keeps the status of a non-JSON error page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<h1>502</h1>', { status: 502 })),
    );
    const error = (await apiGet('/regions').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
  });
});

describe('apiSend', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('sends JSON with the CSRF token of the session', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
      Response.json({ codeSentTo: '+7 *** ***-45-67' }, { status: 202 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
    const answer = await apiSend<{ codeSentTo: string }>('POST', '/auth/login/mfa/sms', { a: 1 });
    expect(answer.codeSentTo).toBe('+7 *** ***-45-67');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/login/mfa/sms');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"a":1}');
    expect(new Headers(init?.headers).get('X-CSRF-Token')).toBe('token-1');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('resolves an answer without content with undefined and sends no token before login', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiSend('DELETE', '/me/sessions/1')).resolves.toBeUndefined();
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).has('X-CSRF-Token')).toBe(false);
    expect(init?.body).toBeUndefined();
  });

  it('keeps the Retry-After of a throttled request', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Подождите',
      code: 'LOGIN_THROTTLED',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(JSON.stringify(problem), { status: 429, headers: { 'Retry-After': '300' } }),
      ),
    );
    const error = (await apiSend('POST', '/auth/login', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('LOGIN_THROTTLED');
    expect(error.retryAfterSeconds).toBe(300);
  });
});

describe('bodyFieldErrors', () => {
  it('names body fields without the location, first message first', () => {
    const error = new ApiError(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Проверьте поля',
      code: 'VALIDATION',
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
  afterEach(() => vi.unstubAllGlobals());

  it('tells its listeners of every 401, so nothing kept for the ended session stays', async () => {
    const heard = vi.fn();
    const stop = onUnauthorized(heard);
    const problem = {
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'Войдите',
      code: 'UNAUTHENTICATED',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(problem), { status: 401 })),
    );
    await apiGet('/appointments').catch(() => undefined);
    await apiSend('POST', '/auth/logout').catch(() => undefined);
    expect(heard).toHaveBeenCalledTimes(2);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ ...problem, status: 403 }), { status: 403 })),
    );
    await apiGet('/appointments').catch(() => undefined);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
  });
});
