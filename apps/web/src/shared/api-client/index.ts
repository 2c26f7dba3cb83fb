export { ApiError, bodyFieldErrors, parseProblem, parseRetryAfter } from './api-error';
export { CSRF_HEADER, getCsrfToken, setCsrfToken } from './csrf';
export {
  API_BASE,
  apiGet,
  apiSend,
  buildApiUrl,
  type MutationMethod,
  onUnauthorized,
  type QueryParams,
} from './http';
