import {
  decideAbsenceRequest,
  listAbsenceRequests,
  listOwnAbsences,
  requestAbsence,
} from './absence-requests';
import { listSchedule } from './list-schedule';
import { searchPatientsInCare } from './search-patients-in-care';

/** The practitioner's own work in the doctor's cabinet (issue 12), over `PracticeDeps`. */
export const practiceUseCases = { listSchedule, searchPatients: searchPatientsInCare };

/** Absence requests: the practitioner asks, the clinic admin decides (an approval cancels the period), over `AbsenceDeps`. */
export const absenceUseCases = {
  request: requestAbsence,
  listOwn: listOwnAbsences,
  list: listAbsenceRequests,
  decide: decideAbsenceRequest,
};
