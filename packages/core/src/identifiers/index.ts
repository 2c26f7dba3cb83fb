// Validators and normalisers for Russian identifiers and personal input (e-mail, the device of a user agent
// too), shared with the web app's forms. Pure functions, no I/O.
export {
  isValidBirthDate,
  isValidDateInput,
  parseBirthDate,
  parseDateInput,
} from './date-input';
export { EMAIL_PATTERN, isValidEmail } from './email';
export { isValidIcd10, normalizeIcd10, parseIcd10 } from './icd10';
export {
  innCheckDigits,
  isValidInn,
  parseIndividualInn,
  parseInn,
  parseOrganizationInn,
} from './inn';
export { describeIdentifierError, type IdentifierKind, identifierErrorMessages } from './messages';
export {
  isValidOgrn,
  isValidOgrnip,
  ogrnCheckDigit,
  ogrnipCheckDigit,
  parseOgrn,
  parseOgrnip,
} from './ogrn';
export { isValidOms, type OmsPolicy, omsCheckDigit, parseOms, parseOmsPolicy } from './oms';
export { formatPassport, isValidPassport, type Passport, parsePassport } from './passport';
export {
  isValidPersonName,
  normalizeForSearch,
  parsePatronymic,
  parsePersonName,
} from './person-name';
export { formatPhone, isValidPhone, parsePhone } from './phone';
export type { IdentifierError, Result } from './result';
export { formatSnils, isValidSnils, parseSnils, snilsCheckDigits } from './snils';
export { describeUserAgent } from './user-agent';
