import { amendEncounter, listEncounterVersions } from './amend-encounter';
import { changePrescriptionStatus } from './change-prescription-status';
import { createPrescription } from './create-prescription';
import { dispensePrescription, listPharmacyPrescriptions } from './dispense-prescription';
import { enterLabResults } from './enter-lab-results';
import { expirePrescriptions } from './expire-prescriptions';
import { finishEncounter } from './finish-encounter';
import { getDocumentFile } from './get-document-file';
import { getObservationTrend } from './get-observation-trend';
import { getRecordSummary } from './get-record-summary';
import { listConditions } from './list-conditions';
import { listCoverage } from './list-coverage';
import { listDocuments } from './list-documents';
import { listEncounters } from './list-encounters';
import { listImmunizations } from './list-immunizations';
import { listObservations } from './list-observations';
import { listEncounterPrescriptions, listPrescriptions } from './list-prescriptions';
import {
  getLabOrder,
  listClinicLabOrders,
  listEncounterLabOrders,
  listPatientLabOrders,
  revokeLabOrder,
} from './manage-lab-orders';
import { orderLabTests } from './order-lab-tests';
import { receiveLabReport } from './receive-lab-report';
import { recordLabReport } from './record-lab-report';
import { listResultsToReview, reviewResult } from './results-to-review';
import { listLabTests, listVisitTemplates, searchIcd10, searchMedicines } from './search-clinical-reference';
import { sendPrescription } from './send-prescription';
import { signPrescription } from './sign-prescription';
import { startEncounter } from './start-encounter';
import { updateEncounter } from './update-encounter';

/**
 * The medical record (issue 11): the patient's and their wards' reads behind the `medical` purpose, every
 * one audited; a laboratory report with its out-of-range alerts; the prescription workflow. The
 * practitioner's writes (issue 12, items 3 and 4): the visit record (start, save the draft, finish, amend),
 * e-prescriptions (write, sign, send; the pharmacy dispenses, the job expires) and the references they pick
 * from. Laboratory orders (item 3): ordered from a visit, completed by a nurse's results (or a laboratory's),
 * and the results the orderer has still to review (item 1).
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
  receiveLabReport,
  changePrescriptionStatus,
  startEncounter,
  listEncounterPrescriptions,
  updateEncounter,
  finishEncounter,
  amendEncounter,
  listEncounterVersions,
  createPrescription,
  signPrescription,
  sendPrescription,
  dispensePrescription,
  listPharmacyPrescriptions,
  expirePrescriptions,
  searchIcd10,
  searchMedicines,
  listVisitTemplates,
  listLabTests,
  orderLabTests,
  listEncounterLabOrders,
  listPatientLabOrders,
  listClinicLabOrders,
  getLabOrder,
  revokeLabOrder,
  enterLabResults,
  listResultsToReview,
  reviewResult,
};
