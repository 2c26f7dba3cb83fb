export { type Clock, fixedClock, systemClock } from './clock';
export { DomainError, type FieldError, isDomainError } from './domain-error';
