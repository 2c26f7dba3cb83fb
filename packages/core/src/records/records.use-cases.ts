import { changePrescriptionStatus } from './change-prescription-status';
import { getDocumentFile } from './get-document-file';
import { getObservationTrend } from './get-observation-trend';
import { getRecordSummary } from './get-record-summary';
import { listConditions } from './list-conditions';
import { listCoverage } from './list-coverage';
import { listDocuments } from './list-documents';
import { listEncounters } from './list-encounters';
import { listImmunizations } from './list-immunizations';
import { listObservations } from './list-observations';
import { listPrescriptions } from './list-prescriptions';
import { recordLabReport } from './record-lab-report';

/**
 * The medical record (issue 11): the patient's and their wards' reads behind the `medical` purpose, every
 * one audited; a laboratory report with its out-of-range alerts; the prescription workflow.
 */
export const recordsUseCases = {
  summary: getRecordSummary,
  listEncounters,
  listConditions,
  listObservations,
  observationTrend: getObservationTrend,
  listDocuments,
  documentFile: getDocumentFile,
  listPrescriptions,
  listImmunizations,
  listCoverage,
  recordLabReport,
  changePrescriptionStatus,
};
