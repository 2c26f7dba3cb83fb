// Schedules from a regional MIS (issue 14 item 4): FHIR Slot and Schedule upserts, HL7 v2 SIU.
export { MisSchedulesErrorCode } from './mis-schedules.errors';
export type * from './mis-schedules.ports';
export type * from './mis-schedules.types';
export { type MisSchedulesUseCases, misSchedulesUseCases } from './mis-schedules.use-cases';
export { misInvalid } from './push-schedules';
