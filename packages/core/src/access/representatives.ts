import {
  describeIdentifierError,
  normalizeForSearch,
  parseBirthDate,
  parsePatronymic,
  parsePersonName,
  parseSnils,
} from '../identifiers';
import {
  type IdentityDeps,
  issueCode,
  maskPhone,
  type Principal,
  type RequestOrigin,
  verifyCode,
} from '../identity';
import type { FieldError, Sex } from '../shared';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { AccessStore, RepresentativeLinkRecord, WardView } from './access.ports';
import { auditReadsOf } from './audit-reads';
import type { AccessDeps } from './authorize-patient';

export interface RepresentativeDeps extends AccessDeps {
  access: AccessStore;
  /** One-time codes and SNILS hashing, as identity does them. */
  identity: Pick<IdentityDeps, 'secrets' | 'clock'>;
}

const ADULT_AGE = 18;
/** Свидетельство о рождении: series of Roman numerals, two Cyrillic letters, six digits (`IV-МЮ 123456`). */
const BIRTH_CERTIFICATE = /^[IVXLC]{1,6}-?[А-ЯЁ]{2}\s?\d{6}$/u;

const ageOn = (birthIso: string, today: Date) => {
  const [y, m, d] = birthIso.split('-').map(Number) as [number, number, number];
  const hadBirthday = (today.getUTCMonth() + 1) * 100 + today.getUTCDate() >= m * 100 + d;
  return today.getUTCFullYear() - y - (hadBirthday ? 0 : 1);
};

function requirePatient(principal: Principal): string {
  if (!principal.patientId) throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
  return principal.patientId;
}

/**
 * The caller's children, wards and adults who let them book. The list shows each person's name and birth
 * date, so reading it is audited for each of them (issue 15 item 7).
 */
export async function listWards(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { origin: RequestOrigin },
): Promise<WardView[]> {
  const me = requirePatient(principal);
  const wards = await deps.access.transaction((repos) => repos.representatives.listWards(me));
  await auditReadsOf(deps, principal, {
    reads: wards.map((w) => ({
      patientId: w.patient.id,
      basis: w.relation === 'consent' ? 'booking_consent' : 'representative',
    })),
    action: 'patient.read',
    recordType: 'ward_list',
    origin: input.origin,
  });
  return wards;
}

export interface AddWardInput {
  relation: 'parent' | 'guardian';
  surname: string;
  name: string;
  patronymic?: string;
  birthDate: string;
  sex: Sex;
  snils?: string;
  document?: string;
  origin: RequestOrigin;
}

/**
 * A parent adds a child (birth certificate or the child's SNILS) and acts for them at once; a guardian's
 * link to a ward waits for a registrar to check the guardianship decision (DESIGN rule 3).
 */
export async function addWard(
  deps: RepresentativeDeps,
  principal: Principal,
  input: AddWardInput,
): Promise<WardView> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
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
  const birthDate = parseBirthDate(input.birthDate, now, 'Europe/Moscow');
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
    if (ageOn(birthDate.value, now) >= ADULT_AGE)
      throw new DomainError(AccessErrorCode.WARD_NOT_A_CHILD, { field: 'body.birthDate' });
    if (!snils && !(document && BIRTH_CERTIFICATE.test(document))) {
      throw new DomainError(AccessErrorCode.WARD_DOCUMENT_REQUIRED, { field: 'body.document' });
    }
  } else if (!document || document.length < 3) {
    throw new DomainError(AccessErrorCode.WARD_DOCUMENT_REQUIRED, { field: 'body.document' });
  }
  const snilsValue = snils?.ok ? snils.value : null;
  return deps.access.transaction(async (repos) => {
    let wardId: string | null = null;
    if (snilsValue) {
      const known = await repos.representatives.findPersonBySnilsHash(
        deps.identity.secrets.snilsLookupHashes(snilsValue),
      );
      if (known) {
        const sameSurname = normalizeForSearch(known.surname) === normalizeForSearch(surname.value);
        if (!sameSurname || known.birthDate !== birthDate.value) {
          throw new DomainError(AccessErrorCode.WARD_DATA_MISMATCH, { field: 'body.snils' });
        }
        wardId = known.id;
      }
    }
    if (wardId === me) throw new DomainError(AccessErrorCode.WARD_DATA_MISMATCH, { field: 'body.snils' });
    if (wardId && (await repos.representatives.hasOpenLink(me, wardId))) {
      throw new DomainError(AccessErrorCode.WARD_ALREADY_LINKED);
    }
    wardId ??= await repos.representatives.createPerson({
      surname: surname.value,
      name: name.value,
      patronymic: patronymic.value,
      birthDate: birthDate.value,
      sex: input.sex,
      snils: snilsValue,
    });
    const status = input.relation === 'parent' ? 'active' : 'pending';
    const linkId = await repos.representatives.createLink({
      representativePatientId: me,
      wardPatientId: wardId,
      relation: input.relation,
      status,
      document,
    });
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
      details: { relation: input.relation, status },
      occurredAt: now,
    });
    const wards = await repos.representatives.listWards(me);
    return wards.find((w) => w.linkId === linkId)!;
  });
}

/** Ends a link (or a booking consent) the caller holds; someone else's link is "not found". */
export async function endWardLink(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { linkId: string; origin: RequestOrigin },
): Promise<void> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  await deps.access.transaction(async (repos) => {
    const link = await repos.representatives.findLink(input.linkId);
    let wardId: string;
    if (link && link.representativePatientId === me) {
      if (!(await repos.representatives.setStatus(link.id, 'ended', principal.accountId, now))) {
        throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
      }
      wardId = link.wardPatientId;
    } else {
      const ward = (await repos.representatives.listWards(me)).find(
        (w) => w.linkId === input.linkId && w.relation === 'consent',
      );
      if (!ward || !(await repos.representatives.revokeBookingConsent(input.linkId, me, now))) {
        throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
      }
      wardId = ward.patient.id;
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: wardId,
      onBehalfOfPatientId: me,
      action: 'representative.end',
      recordType: 'representative_link',
      recordId: input.linkId,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      occurredAt: now,
    });
  });
}

const proxySubject = (representativeId: string, personId: string) => `proxy:${representativeId}:${personId}`;

/**
 * Booking for another adult needs their consent (DESIGN rule 3): a code goes to the phone of that
 * person's account; handing it over is the consent. Unknown people and mismatched data get one answer.
 */
export async function requestProxyConsent(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { surname: string; name: string; birthDate: string; snils: string },
): Promise<{ consentRequestId: string; codeSentTo: string }> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  const snils = parseSnils(input.snils);
  if (!snils.ok) {
    throw new DomainError('INVALID_FIELDS', {
      fieldErrors: [{ field: 'body.snils', message: describeIdentifierError('snils', snils.error) }],
    });
  }
  const birthDate = parseBirthDate(input.birthDate, now, 'Europe/Moscow');
  return deps.access.transaction(async (repos) => {
    const person = await repos.representatives.findPersonBySnilsHash(
      deps.identity.secrets.snilsLookupHashes(snils.value),
    );
    const matches =
      person &&
      birthDate.ok &&
      person.birthDate === birthDate.value &&
      normalizeForSearch(person.surname) === normalizeForSearch(input.surname);
    if (!person || !matches || !person.accountPhone || person.id === me) {
      throw new DomainError(AccessErrorCode.PROXY_NOT_REACHABLE);
    }
    const code = await issueCode(deps.identity, repos, 'ward_consent', proxySubject(me, person.id), {
      channel: 'sms',
      recipient: person.accountPhone,
      accountId: person.accountId,
      template: 'ward_consent_code',
      event: 'access.ward_consent_code',
    });
    return { consentRequestId: code.id, codeSentTo: maskPhone(person.accountPhone) };
  });
}

/** The code from the adult's phone turns the request into a booking consent. */
export async function confirmProxyConsent(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { consentRequestId: string; code: string; origin: RequestOrigin },
): Promise<WardView> {
  const me = requirePatient(principal);
  const now = deps.clock.now();
  const { personId, refusal } = await deps.access.transaction(async (repos) => {
    const issued = await repos.codes.findById(input.consentRequestId);
    const [, representative, person] = issued?.subjectId.split(':') ?? [];
    if (issued?.purpose !== 'ward_consent' || representative !== me || !person) {
      throw new DomainError(AccessErrorCode.CONSENT_REQUEST_NOT_FOUND);
    }
    return {
      personId: person,
      refusal: await verifyCode(deps.identity, repos, 'ward_consent', issued.subjectId, input.code),
    };
  });
  if (refusal) throw refusal;
  return deps.access.transaction(async (repos) => {
    const consentId = await repos.consents.grant({
      patientId: personId,
      accountId: null,
      purpose: 'booking_on_behalf',
      textVersion: 'sms-code',
      granteePatientId: me,
      at: now,
      origin: input.origin,
    });
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: personId,
      onBehalfOfPatientId: me,
      action: 'consent.grant',
      recordType: 'consent',
      recordId: consentId,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { purpose: 'booking_on_behalf' },
      occurredAt: now,
    });
    return (await repos.representatives.listWards(me)).find((w) => w.linkId === consentId)!;
  });
}

/** Guardian links waiting for a registrar: those of wards attached to the registrar's clinics, or to none. */
export async function listPendingLinks(
  deps: RepresentativeDeps,
  principal: Principal,
): Promise<RepresentativeLinkRecord[]> {
  const organizationIds = principal.roles
    .filter((g) => (g.role === 'registrar' || g.role === 'clinic_admin') && g.organizationId)
    .map((g) => g.organizationId as string);
  return deps.access.transaction((repos) => repos.representatives.listPending(organizationIds));
}

export async function decideLink(
  deps: RepresentativeDeps,
  principal: Principal,
  input: { linkId: string; decision: 'approve' | 'reject'; reason?: string; origin: RequestOrigin },
): Promise<RepresentativeLinkRecord> {
  const now = deps.clock.now();
  const pending = await listPendingLinks(deps, principal);
  const link = pending.find((l) => l.id === input.linkId);
  if (!link) throw new DomainError(AccessErrorCode.WARD_LINK_NOT_FOUND);
  return deps.access.transaction(async (repos) => {
    const status = input.decision === 'approve' ? 'active' : 'rejected';
    if (!(await repos.representatives.setStatus(link.id, status, principal.accountId, now))) {
      throw new DomainError(AccessErrorCode.LINK_ALREADY_DECIDED);
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      subjectPatientId: link.wardPatientId,
      onBehalfOfPatientId: link.representativePatientId,
      action: 'representative.approve',
      recordType: 'representative_link',
      recordId: link.id,
      outcome: 'success',
      reason: input.reason ?? null,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { decision: input.decision },
      occurredAt: now,
    });
    return { ...link, status };
  });
}
