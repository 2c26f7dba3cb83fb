// The practitioner's own work (the doctor's cabinet, issue 12): their schedule and their patient search.
export type { PracticeDeps } from './list-schedule';
export { type PatientQuery, parsePatientQuery } from './patient-query';
export { PracticeErrorCode } from './practice.errors';
export type * from './practice.ports';
export type * from './practice.types';
export { practiceUseCases } from './practice.use-cases';
export { practitionerScopeOf } from './practitioner-scope';
export { PRACTICE_SEARCH_LIMIT } from './search-patients-in-care';
