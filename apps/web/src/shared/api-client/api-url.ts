import { createFinalURL, defaultPathSerializer } from 'openapi-fetch';
import type { paths } from './api-schema';

/**
 * The query string of a call, without `?`: empty values (undefined, null, blank text) are left out so that
 * the server applies its defaults; a list repeats its parameter (`status=booked&status=confirmed`).
 */
export function serializeQuery(params: Readonly<Record<string, unknown>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      const text = String(item).trim();
      if (text !== '') search.append(key, text);
    }
  }
  return search.toString();
}

/** The API's paths that answer GET. */
export type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

type GetParameters<P extends GetPath> = paths[P] extends { get: { parameters: infer Parameters } }
  ? Pick<Parameters, Extract<keyof Parameters, 'path' | 'query'>>
  : never;

/**
 * The address of a GET route for the browser to follow itself (a download link, an image, an
 * `EventSource`), typed like a call: `apiUrl('/api/v1/appointments/{id}/ticket.pdf', { path: { id } })`.
 */
export function apiUrl<P extends GetPath>(path: P, params?: GetParameters<P>): string {
  return createFinalURL(path, {
    baseUrl: '',
    params: (params ?? {}) as { path?: Record<string, unknown>; query?: Record<string, unknown> },
    querySerializer: serializeQuery,
    pathSerializer: defaultPathSerializer,
  });
}
