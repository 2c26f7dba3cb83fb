// Privacy: the person's own data — card, consents, "download all my data", data-subject requests and their
// legal deadlines (152-ФЗ; docs/domain.md rules 16, 17, 19).
export { changeDataRequestStatus, type DataRequestDecision } from './change-data-request-status';
export {
  type CreateDataRequestInput,
  createDataRequest,
  MAX_DATA_REQUEST_DETAILS,
} from './create-data-request';
export {
  DATA_REQUEST_DEADLINES,
  deadlineAfter,
  dueDate,
  isCalendarKnown,
  isOverdue,
  isWorkingDay,
} from './data-request-deadline';
export { EXPORT_LIMITS, type ExportFormat, exportMyData } from './export-my-data';
export { type GetMyProfileInput, getMyProfile } from './get-my-profile';
export { type DataRequestPage, type ListDataRequestsInput, listDataRequests } from './list-data-requests';
export { listMyConsents } from './list-my-consents';
export { listMyDataRequests } from './list-my-data-requests';
export { maskOms, maskSnils, presentCard } from './mask-identifiers';
export { PrivacyErrorCode } from './privacy.errors';
export type * from './privacy.ports';
export * from './privacy.types';
export { privacyUseCases } from './privacy.use-cases';
export { adminRoleOf, dataRequestScopeOf, ownPatientId } from './privacy-requester';
export { PRODUCTION_CALENDAR } from './production-calendar.data';
export { type RevokedConsent, revokeMyConsent } from './revoke-my-consent';
