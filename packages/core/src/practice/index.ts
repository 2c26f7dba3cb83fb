// The practitioner's own work (the doctor's cabinet, issue 12): their schedule, patient search, absences.
export type { AbsenceDeps } from './absence-requests';
export type { PracticeDeps } from './list-schedule';
export { type PatientQuery, parsePatientQuery } from './patient-query';
export { PracticeErrorCode } from './practice.errors';
export type * from './practice.ports';
export type * from './practice.types';
export { ABSENCE_KINDS, ABSENCE_REQUEST_STATUSES } from './practice.types';
export { absenceUseCases, practiceUseCases } from './practice.use-cases';
export { practitionerScopeOf } from './practitioner-scope';
export { PRACTICE_SEARCH_LIMIT } from './search-patients-in-care';
