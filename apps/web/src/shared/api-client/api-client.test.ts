import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiGet, buildApiUrl, parseProblem } from './index';

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
