export { type Clock, fixedClock, systemClock } from './clock';
export { DomainError, type FieldError, isDomainError } from './domain-error';
export {
  addDays,
  formatInZone,
  isKnownTimeZone,
  localDate,
  localTime,
  offsetMinutes,
  startOfLocalDay,
} from './zoned-time';
