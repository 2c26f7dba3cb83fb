import { describeIdentifierError, normalizeForSearch, parseBirthDate, parseSnils } from '../identifiers';
import { issueCode, maskPhone, type Principal, type RequestOrigin, verifyCode } from '../identity';
import { DomainError } from '../shared';
import { AccessErrorCode } from './access.errors';
import type { WardView } from './access.ports';
import { type RepresentativeDeps, requirePatient, toWardView } from './representatives';

const proxySubject = (representativeId: string, personId: string) => `proxy:${representativeId}:${personId}`;

/**
 * Booking for another adult needs their consent (docs/domain.md rule 3): a code goes to the phone of that
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
    const [kind, representative, person] = issued?.subjectId.split(':') ?? [];
    if (issued?.purpose !== 'ward_consent' || kind !== 'proxy' || representative !== me || !person) {
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
    const ward = (await repos.representatives.listWards(me)).find((w) => w.linkId === consentId)!;
    return toWardView(ward, now);
  });
}
