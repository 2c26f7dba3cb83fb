import { listScheduleExceptions, listSchedules } from './list-schedules';
import { createScheduleException, deleteScheduleException } from './manage-exceptions';
import { previewSchedule } from './preview-schedule';
import { createSchedule, deleteSchedule, updateSchedule } from './save-schedule';

/** Weekly templates and exceptions of practitioner roles, managed by admins; over `SchedulingDeps`. */
export const schedulingUseCases = {
  listSchedules,
  createSchedule,
  updateSchedule,
  deleteSchedule,
  previewSchedule,
  listExceptions: listScheduleExceptions,
  createException: createScheduleException,
  deleteException: deleteScheduleException,
};
