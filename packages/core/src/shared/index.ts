export { type Clock, fixedClock, systemClock } from './clock';
export { DomainError, isDomainError } from './domain-error';
