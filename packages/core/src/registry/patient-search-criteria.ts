import type { PatientSearchQuery } from '@talon/vocabulary';
import {
  describeIdentifierError,
  parseBirthDate,
  parseOms,
  parsePersonName,
  parsePhone,
  parseSnils,
} from '../identifiers';
import { DomainError, type FieldError } from '../shared';
import { RegistryErrorCode } from './registry.errors';

/** The query of a registry search as typed by a registrar; blank fields count as absent. */
export type PatientSearchInput = PatientSearchQuery;

/**
 * The criteria in canonical form, with the fields of the query: SNILS 11 digits, ЕНП 16 digits, phone
 * E.164, names in the stored canonical case (`parsePersonName`) with ё folded to е, birth date ISO.
 */
export type PatientSearchCriteria = PatientSearchInput;

/** Registrars type е for ё and the reverse; the database side folds the stored name the same way. */
const foldYo = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');

/** Registration desks work in the clinic's day; a birth date "today" is checked against Moscow time. */
const DEFAULT_TIME_ZONE = 'Europe/Moscow';

/**
 * Validates and normalises a registry search. At least one identifying criterion is required: SNILS, an OMS
 * policy number (ЕНП), a phone, or a surname with a birth date (a name alone identifies nobody); a name
 * narrows a surname search. Every malformed field is reported at once (`SEARCH_CRITERIA_INVALID`).
 */
export function parsePatientSearch(input: PatientSearchInput, today: Date): PatientSearchCriteria {
  const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const errors: FieldError[] = [];
  const criteria: PatientSearchCriteria = {};
  const snils = given(input.snils);
  if (snils) {
    const parsed = parseSnils(snils);
    if (parsed.ok) criteria.snils = parsed.value;
    else errors.push({ field: 'body.snils', message: describeIdentifierError('snils', parsed.error) });
  }
  const oms = given(input.oms);
  if (oms) {
    const parsed = parseOms(oms);
    if (parsed.ok) criteria.oms = parsed.value;
    else errors.push({ field: 'body.oms', message: describeIdentifierError('oms', parsed.error) });
  }
  const phone = given(input.phone);
  if (phone) {
    const parsed = parsePhone(phone);
    if (parsed.ok) criteria.phone = parsed.value;
    else errors.push({ field: 'body.phone', message: describeIdentifierError('phone', parsed.error) });
  }
  for (const key of ['surname', 'name'] as const) {
    const text = given(input[key]);
    if (!text) continue;
    const parsed = parsePersonName(text);
    if (parsed.ok) criteria[key] = foldYo(parsed.value);
    else errors.push({ field: `body.${key}`, message: describeIdentifierError('personName', parsed.error) });
  }
  const birthDate = given(input.birthDate);
  if (birthDate) {
    const parsed = parseBirthDate(birthDate, today, DEFAULT_TIME_ZONE);
    if (parsed.ok) criteria.birthDate = parsed.value;
    else
      errors.push({ field: 'body.birthDate', message: describeIdentifierError('birthDate', parsed.error) });
  }
  const hasName = Boolean(given(input.surname) || given(input.name));
  if (hasName && !birthDate) {
    errors.push({
      field: 'body.birthDate',
      message: 'Для поиска по фамилии и имени укажите дату рождения.',
    });
  }
  if (given(input.name) && !given(input.surname)) {
    errors.push({ field: 'body.surname', message: 'Для поиска по имени укажите и фамилию.' });
  }
  if (errors.length > 0) {
    throw new DomainError(RegistryErrorCode.SEARCH_CRITERIA_INVALID, { fieldErrors: errors });
  }
  const isIdentified = Boolean(
    criteria.snils || criteria.oms || criteria.phone || (criteria.surname && criteria.birthDate),
  );
  if (!isIdentified) throw new DomainError(RegistryErrorCode.SEARCH_CRITERIA_REQUIRED);
  return criteria;
}

/** `112-233-445 95` → `***-***-445 95`: enough to confirm with the caller, too little to reuse. */
export const maskSnils = (snils: string) => `***-***-${snils.slice(6, 9)} ${snils.slice(9)}`;
