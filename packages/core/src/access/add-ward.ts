import {
  describeIdentifierError,
  normalizeForSearch,
  parseBirthDate,
  parsePatronymic,
  parsePersonName,
  parseSnils,
} from '../identifiers';
import type { Principal, RequestOrigin } from '../identity';
import type { FieldError, Sex } from '../shared';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { AccessRepos, KnownPerson, WardView } from './access.ports';
import { ADULT_AGE, ageOn } from './parental-access';
import { type RepresentativeDeps, requirePatient, wardOfLink } from './representatives';
import { sendWardLinkCode, tellOfNewLink } from './ward-link-messages';

/** New wards a representative may add in 24 hours: a family, not a harvest of other people's children. */
export const WARD_LINKS_PER_DAY = 5;
const DAY_MS = 86_400_000;
/** Свидетельство о рождении: series of Roman numerals, two Cyrillic letters, six digits (`IV-МЮ 123456`). */
const BIRTH_CERTIFICATE = /^[IVXLC]{1,6}-?[А-ЯЁ]{2}\s?\d{6}$/u;
/** The calendar of a child Talon does not know yet (new people belong to Moscow until attached). */
const DEFAULT_TIME_ZONE = 'Europe/Moscow';

export interface AddWardInput {
  relation: 'parent' | 'guardian';
  surname: string;
  name: string;
  patronymic?: string;
  birthDate: string;
  sex: Sex;
  snils?: string;
  document?: string;
  /** An uploaded scan of the document (`POST /api/v1/uploads`), shown to the registrar who approves. */
  documentFileId?: string;
  origin: RequestOrigin;
}

/** The new ward, and the masked phone a confirmation code went to (a parent's link to a known child). */
export interface AddedWard extends WardView {
  codeSentTo: string | null;
}

interface ParsedWard {
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: string;
  snils: string | null;
  document: string | null;
}

/** Every field checked at once; a parent adds a child under 18 with a SNILS or a birth certificate. */
function parseWard(input: AddWardInput, now: Date): ParsedWard {
  const errors: FieldError[] = [];
  const surname = parsePersonName(input.surname);
  if (!surname.ok)
    errors.push({ field: 'body.surname', message: describeIdentifierError('personName', surname.error) });
  const name = parsePersonName(input.name);
  if (!name.ok)
    errors.push({ field: 'body.name', message: describeIdentifierError('personName', name.error) });
  const patronymic = parsePatronymic(input.patronymic ?? '');
  if (!patronymic.ok)
    errors.push({
      field: 'body.patronymic',
      message: describeIdentifierError('patronymic', patronymic.error),
    });
  const birthDate = parseBirthDate(input.birthDate, now, DEFAULT_TIME_ZONE);
  if (!birthDate.ok)
    errors.push({ field: 'body.birthDate', message: describeIdentifierError('birthDate', birthDate.error) });
  const snils = input.snils?.trim() ? parseSnils(input.snils) : null;
  if (snils && !snils.ok)
    errors.push({ field: 'body.snils', message: describeIdentifierError('snils', snils.error) });
  const document = input.document?.trim().toUpperCase().replace(/\s+/g, ' ') || null;
  if (errors.length || !surname.ok || !name.ok || !patronymic.ok || !birthDate.ok || (snils && !snils.ok)) {
    throw new DomainError('INVALID_FIELDS', { fieldErrors: errors });
  }
  if (input.relation === 'parent') {
    if (ageOn(birthDate.value, now, DEFAULT_TIME_ZONE) >= ADULT_AGE)
      throw new DomainError(AccessErrorCode.WARD_NOT_A_CHILD, { field: 'body.birthDate' });
    if (!snils && !(document && BIRTH_CERTIFICATE.test(document))) {
      throw new DomainError(AccessErrorCode.WARD_DOCUMENT_REQUIRED, { field: 'body.document' });
    }
  } else if (!document || document.length < 3) {
    throw new DomainError(AccessErrorCode.WARD_DOCUMENT_REQUIRED, { field: 'body.document' });
  }
  return {
    surname: surname.value,
    name: name.value,
    patronymic: patronymic.value,
    birthDate: birthDate.value,
    snils: snils?.ok ? snils.value : null,
    document,
  };
}

/**
 * The daily limit of new links (issue 15), counted from the links table so every server process sees the
 * same count; `Retry-After` is when the oldest of the day's links leaves the window.
 */
async function enforceDailyLimit(repos: AccessRepos, representativeId: string, now: Date) {
  const created = await repos.representatives.linksCreatedSince(
    representativeId,
    new Date(now.getTime() - DAY_MS),
  );
  if (created.length < WARD_LINKS_PER_DAY) return;
  const freedAt = created[created.length - WARD_LINKS_PER_DAY]!.getTime() + DAY_MS;
  const retryAfterSeconds = Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
  throw new DomainError(AccessErrorCode.WARD_LINK_LIMIT, {
    retryAfterSeconds,
    params: { limit: WARD_LINKS_PER_DAY },
  });
}

const isSamePerson = (known: KnownPerson, ward: ParsedWard) =>
  known.birthDate === ward.birthDate &&
  normalizeForSearch(known.surname) === normalizeForSearch(ward.surname);

/**
 * A parent adds a child, a guardian an adult ward (docs/identity.md, Representatives). A child Talon does
 * not know yet becomes a new person and the parent acts for them at once. A link to a person Talon knows
 * starts `pending`: a parent's becomes active when a code sent to a phone on the child's file is entered,
 * or when the registry of the child's clinic checks the birth certificate; a guardian's when the registry
 * checks the guardianship decision. The ward's account and their other representatives are told.
 *
 * "Unknown SNILS" and "known SNILS with another surname or birth date" answer alike (a new person, without
 * the SNILS that belongs to someone else), so the form cannot be used to learn who Talon knows. At most
 * `WARD_LINKS_PER_DAY` new links a day per representative.
 */
export async function addWard(
  deps: RepresentativeDeps,
  principal: Principal,
  input: AddWardInput,
): Promise<AddedWard> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  const ward = parseWard(input, now);
  const added = await deps.access.transaction(async (repos) => {
    await enforceDailyLimit(repos, me, now);
    const found = ward.snils
      ? await repos.representatives.findPersonBySnilsHash(deps.identity.secrets.snilsLookupHashes(ward.snils))
      : null;
    if (found?.id === me) throw new DomainError(AccessErrorCode.WARD_DATA_MISMATCH, { field: 'body.snils' });
    const known = found && isSamePerson(found, ward) ? found : null;
    if (known && (await repos.representatives.hasOpenLink(me, known.id))) {
      throw new DomainError(AccessErrorCode.WARD_ALREADY_LINKED);
    }
    const wardId =
      known?.id ??
      (await repos.representatives.createPerson({
        surname: ward.surname,
        name: ward.name,
        patronymic: ward.patronymic,
        birthDate: ward.birthDate,
        sex: input.sex,
        snils: found ? null : ward.snils,
      }));
    const status = input.relation === 'parent' && !known ? 'active' : 'pending';
    const linkId = await repos.representatives.createLink({
      representativePatientId: me,
      wardPatientId: wardId,
      relation: input.relation,
      status,
      document: ward.document,
    });
    if (
      input.documentFileId &&
      !(await repos.representatives.attachDocumentFile({
        linkId,
        fileId: input.documentFileId,
        ownerAccountId: principal.accountId,
        at: now,
      }))
    ) {
      throw new DomainError(AccessErrorCode.WARD_DOCUMENT_FILE_INVALID, { field: 'body.documentFileId' });
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: wardId,
      onBehalfOfPatientId: me,
      action: 'representative.link',
      recordType: 'representative_link',
      recordId: linkId,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: {
        relation: input.relation,
        status,
        isKnownPerson: known !== null,
        documentFileId: input.documentFileId ?? null,
      },
      occurredAt: now,
    });
    if (!known) return { linkId, codeSentTo: null };
    await tellOfNewLink(repos, wardId, linkId);
    const codeSentTo =
      input.relation === 'parent' ? await sendWardLinkCode(deps, repos, wardId, linkId) : null;
    return { linkId, codeSentTo };
  });
  return { ...(await wardOfLink(deps, me, added.linkId)), codeSentTo: added.codeSentTo };
}
