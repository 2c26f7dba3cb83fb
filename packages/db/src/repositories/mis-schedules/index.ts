export { createMisScheduleStore } from './mis-schedules.repository';
