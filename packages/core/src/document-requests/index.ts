// Certificates and extracts ordered by patients, and the public check of issued documents
// (docs/requests.md, «Certificates and extracts» and «Document verification»).
export {
  CLINIC_DOCUMENT_REQUEST_LIMIT,
  DOCUMENT_REQUEST_STAFF_ROLES,
  listClinicDocumentRequests,
} from './clinic-document-requests';
export { DOCUMENT_TITLES, russianDate } from './document-content';
export {
  DOCUMENT_REQUEST_DEADLINES,
  documentRequestDueAt,
  OPEN_DOCUMENT_REQUEST_STATUSES,
  withDocumentRequestDeadline,
} from './document-request-deadline';
export { DocumentRequestsErrorCode } from './document-requests.errors';
export type * from './document-requests.ports';
export * from './document-requests.types';
export { documentRequestsUseCases } from './document-requests.use-cases';
export {
  canMoveDocumentRequest,
  documentRequestStatusesBefore,
  documentTypeOf,
  formatRequestNumber,
  isAutomatic,
  isReusable,
  isSameOrder,
  needsPeriod,
  needsVisit,
} from './request-rules';
export { DEFAULT_CONCLUSION } from './sign-document-request';
export type { DocumentVerification } from './verify-document';
