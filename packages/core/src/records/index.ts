// The medical record (docs/medical-record.md): one clinical model — visits, diagnoses, results, documents,
// prescriptions, vaccinations, the OMS policy — read by patients and their wards, written by clinicians.

export * from '@talon/vocabulary/records';
export { type AmendEncounterInput, amendEncounter } from './amend-encounter';
export { type ChangePrescriptionStatusInput, changePrescriptionStatus } from './change-prescription-status';
export {
  type CreatePrescriptionInput,
  createPrescription,
  PRESCRIPTION_DEFAULT_VALID_DAYS,
  prescriptionNumber,
} from './create-prescription';
export { dispensePrescription, listPharmacyPrescriptions } from './dispense-prescription';
export type { DiagnosisInput } from './encounter-sections';
export {
  canAddConditionRole,
  canAmendEncounter,
  canEditInPlace,
  canFinishEncounter,
} from './encounter-workflow';
export { type EnterLabResultsInput, enterLabResults } from './enter-lab-results';
export { expirePrescriptions } from './expire-prescriptions';
export { finishEncounter } from './finish-encounter';
export { getDocumentFile } from './get-document-file';
export { getObservationTrend, type ObservationTrend } from './get-observation-trend';
export { getRecordSummary } from './get-record-summary';
export * from './interpret-observation';
export { clinicianClinics } from './lab-order-access';
export {
  canMoveLabOrder,
  REVIEW_SEVERITY,
  REVIEW_SEVERITY_NONE,
  worstInterpretation,
} from './lab-order-rules';
export { enqueueLabAlerts, type LabAlert, resultLink } from './lab-result-messages';
export { type ListConditionsInput, listConditions } from './list-conditions';
export { listCoverage } from './list-coverage';
export { type ListDocumentsInput, listDocuments } from './list-documents';
export { type ListEncountersInput, listEncounters } from './list-encounters';
export { listImmunizations } from './list-immunizations';
export { type ListObservationsInput, listObservations } from './list-observations';
export {
  type ListPrescriptionsInput,
  listEncounterPrescriptions,
  listPrescriptions,
} from './list-prescriptions';
export { openRecord, periodOf, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
export {
  LAB_ORDER_MAX_ITEMS,
  labOrderItems,
  type OrderLabTestsInput,
  orderLabTests,
} from './order-lab-tests';
export { prescriptionsLink } from './prescription-messages';
export {
  canMovePrescription,
  isPrescriptionClosed,
  prescriptionStatusesBefore,
} from './prescription-workflow';
export { type PatientIdentifier, type ReceiveLabReportInput, receiveLabReport } from './receive-lab-report';
export {
  type LabObservationInput,
  type RecordLabReportInput,
  recordLabReport,
} from './record-lab-report';
export { RecordsErrorCode } from './records.errors';
export type * from './records.ports';
export type * from './records.types';
export { recordsUseCases } from './records.use-cases';
export {
  listVisitTemplates,
  REFERENCE_SEARCH_LIMIT,
  searchIcd10,
  searchMedicines,
} from './search-clinical-reference';
export { sendPrescription } from './send-prescription';
export { PRESCRIPTION_DOCUMENT_TYPE, signPrescription } from './sign-prescription';
export { type StartEncounterInput, startEncounter } from './start-encounter';
export { type UpdateEncounterInput, updateEncounter } from './update-encounter';
