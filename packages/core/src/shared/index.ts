export { type Clock, fixedClock, systemClock } from './clock';
export { DomainError, type FieldError, isDomainError } from './domain-error';
export { type PersonCard, type PersonFields, SEXES, type Sex } from './person';
export { type RussianForms, russianPlural } from './russian-plural';
export type { TransactionalStore } from './transactional-store';
export { type BoundUseCases, bindUseCases, type UseCase } from './use-case';
export { ISO_WEEKDAYS, type IsoWeekday, isIsoWeekday } from './weekday';
export * from './zoned-time';
