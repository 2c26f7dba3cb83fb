export { type Clock, fixedClock, systemClock } from './clock';
export { DomainError, type FieldError, isDomainError } from './domain-error';
export { type BoundUseCases, bindUseCases, type UseCase } from './use-case';
export {
  addDays,
  formatInZone,
  isKnownTimeZone,
  localDate,
  localTime,
  offsetMinutes,
  startOfLocalDay,
} from './zoned-time';
