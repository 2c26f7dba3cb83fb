import { listScheduleExceptions, listSchedules } from './list-schedules';
import { createScheduleException, deleteScheduleException } from './manage-exceptions';
import { createSchedule, deleteSchedule, updateSchedule } from './save-schedule';

/** Weekly templates and exceptions of practitioner roles, managed by admins; over `SchedulingDeps`. */
export const schedulingUseCases = {
  listSchedules,
  createSchedule,
  updateSchedule,
  deleteSchedule,
  listExceptions: listScheduleExceptions,
  createException: createScheduleException,
  deleteException: deleteScheduleException,
};
