export { ApiError, parseProblem } from './api-error';
export { API_BASE, apiGet, buildApiUrl, type QueryParams } from './http';
