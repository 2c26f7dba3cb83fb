// Data-change requests (issue 11 item 5): a patient asks to correct their data, the clinic's staff decide
// and apply it; deadlines of docs/domain.md rule 19, the one-time codes of rule 12 for a new phone or e-mail.
export {
  type CreateDataChangeInput,
  createDataChangeRequest,
  MAX_DATA_CHANGE_ATTACHMENTS,
} from './create-data-change-request';
export { DATA_CHANGES_URL, dataChangeCodeSubject } from './data-change-messages';
export {
  DATA_CHANGE_STAFF_ROLES,
  dataChangeScopeOf,
  handlesPatientOf,
} from './data-change-scope';
export {
  type DataChangeDecision,
  isDataChangeOverdue,
  isOpen,
  mayConfirm,
  statusAfterApply,
  statusAfterDecision,
} from './data-change-workflow';
export { DataChangeErrorCode } from './data-changes.errors';
export type * from './data-changes.ports';
export * from './data-changes.types';
export { dataChangesUseCases } from './data-changes.use-cases';
export {
  applyDataChangeRequest,
  decideDataChangeRequest,
  MAX_DECISION_COMMENT,
} from './decide-data-change-request';
export {
  confirmDataChangeRequest,
  listMyDataChangeRequests,
  resendDataChangeCode,
} from './my-data-change-requests';
export {
  MAX_ADDRESS,
  MAX_OTHER,
  MAX_REASON,
  parseDataChangeValue,
  parseReason,
} from './parse-data-change-value';
export { type DataChangeRequestPage, listDataChangeRequests } from './staff-data-change-requests';
