export { api, createApiClient, dataOf, onUnauthorized } from './api-client';
export { ApiError, bodyFieldErrors, parseProblem, parseRetryAfter } from './api-error';
export type { ApiQuery, ApiRequestBody, ApiResponse, ApiSchema } from './api-types';
export { apiUrl, serializeQuery } from './api-url';
export { CSRF_HEADER, getCsrfToken, setCsrfToken } from './csrf';
export { deviceId, keepQueuePlace, type QueuePlace } from './queue-place';
export { setWaitingRoomHandler } from './waiting-room-rules';
