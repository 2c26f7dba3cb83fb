export { type Clock, fixedClock, systemClock } from './clock';
export { DomainError, type FieldError, isDomainError } from './domain-error';
export { type RussianForms, russianPlural } from './russian-plural';
export {
  addDays,
  atLocalMinutes,
  formatInZone,
  isKnownTimeZone,
  isoWeekday,
  localDate,
  localTime,
  offsetMinutes,
  startOfLocalDay,
} from './zoned-time';
