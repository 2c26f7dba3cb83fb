import { listSchedule } from './list-schedule';
import { searchPatientsInCare } from './search-patients-in-care';

/** The practitioner's own work in the doctor's cabinet (issue 12), over `PracticeDeps`. */
export const practiceUseCases = { listSchedule, searchPatients: searchPatientsInCare };
