import {
  describeIdentifierError,
  type IdentifierKind,
  parseBirthDate,
  parsePassport,
  parsePersonName,
  parseSnils,
  type Result,
} from '../identifiers';
import { DomainError, type FieldError, type PersonFields, type Sex } from '../shared';
import { RegistryErrorCode } from './registry.errors';

/** A walk-in's card as the registrar types it from the documents the person brought (issue 13). */
export interface WalkInInput {
  surname: string;
  name: string;
  patronymic?: string | null;
  birthDate: string;
  sex: Sex;
  snils: string;
  /** The passport's series and number, `45 12 345678` or ten digits. */
  passport: string;
  address?: string | null;
}

/** The card normalised: names in canonical case, ISO birth date, SNILS 11 digits, passport `4512 345678`. */
export interface WalkInFields extends PersonFields {
  snils: string;
  passport: string;
  address: string | null;
}

const MAX_ADDRESS = 300;
/** The desk works in the clinic's day; a birth date "today" is checked against Moscow time. */
const DEFAULT_TIME_ZONE = 'Europe/Moscow';

/**
 * Validates a walk-in's card, every bad field reported at once (`WALK_IN_INVALID`, field `body.<name>`).
 * SNILS and the passport are checked from the documents on the desk, so both are required here.
 */
export function parseWalkIn(input: WalkInInput, today: Date): WalkInFields {
  const errors: FieldError[] = [];
  const field = (name: string, kind: IdentifierKind, parsed: Result<string>): string => {
    if (parsed.ok) return parsed.value;
    errors.push({ field: `body.${name}`, message: describeIdentifierError(kind, parsed.error) });
    return '';
  };
  const surname = field('surname', 'personName', parsePersonName(input.surname));
  const name = field('name', 'personName', parsePersonName(input.name));
  const patronymicText = input.patronymic?.trim() ?? '';
  const patronymic = patronymicText
    ? field('patronymic', 'patronymic', parsePersonName(patronymicText))
    : null;
  const birthDate = field(
    'birthDate',
    'birthDate',
    parseBirthDate(input.birthDate, today, DEFAULT_TIME_ZONE),
  );
  const snils = field('snils', 'snils', parseSnils(input.snils));
  const passportParsed = parsePassport(input.passport);
  const passport = passportParsed.ok ? `${passportParsed.value.series} ${passportParsed.value.number}` : '';
  if (!passportParsed.ok) {
    errors.push({
      field: 'body.passport',
      message: describeIdentifierError('passport', passportParsed.error),
    });
  }
  const address = input.address?.trim() || null;
  if (address && address.length > MAX_ADDRESS) {
    errors.push({ field: 'body.address', message: `Адрес — не длиннее ${MAX_ADDRESS} символов.` });
  }
  if (errors.length) throw new DomainError(RegistryErrorCode.WALK_IN_INVALID, { fieldErrors: errors });
  return { surname, name, patronymic, birthDate, sex: input.sex, snils, passport, address };
}
