export { DEFAULT_HORIZON_DAYS, generationWindow, MAX_HORIZON_DAYS } from './booking-window';
export { type GenerateSlotsInput, generateSlots } from './generate-slots';
export { type ListScheduleInput, listScheduleExceptions, listSchedules, type Page } from './list-schedules';
export { createScheduleException, deleteScheduleException, type ExceptionChange } from './manage-exceptions';
export { planRegeneration } from './plan-regeneration';
export {
  type NamedConflict,
  PREVIEW_SLOT_DAYS,
  PREVIEW_SLOT_LIMIT,
  previewSchedule,
  type SchedulePreview,
  type SchedulePreviewInput,
} from './preview-schedule';
export { priorityIndexes } from './priority-quota';
export {
  planRoleSlots,
  type RegenerateSlotsInput,
  type RegenerateSlotsReport,
  regenerateRoleSlots,
  regenerateSlots,
} from './regenerate-slots';
export { createSchedule, deleteSchedule, type ScheduleChange, updateSchedule } from './save-schedule';
export { SchedulingErrorCode } from './scheduling.errors';
export type * from './scheduling.ports';
export * from './scheduling.types';
export { schedulingUseCases } from './scheduling.use-cases';
export { type SchedulingRequester, schedulingScopeOf } from './scheduling-requester';
export {
  type ExceptionInput,
  MAX_ABSENCE_DAYS,
  MAX_EXTRA_HOURS,
  validateException,
} from './validate-exception';
export {
  DEFAULT_PRIORITY_RELEASE_HOURS,
  MAX_PRIORITY_RELEASE_HOURS,
  templatesCollide,
  validateTemplate,
} from './validate-template';
