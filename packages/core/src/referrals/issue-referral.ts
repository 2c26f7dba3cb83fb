import { auditRecordCreated } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { authorizeReferral } from './authorize-referral';
import { enqueueReferralMessages } from './referral-messages';
import { isReferralUsableNow, referralDiagnosis, referralValidUntil } from './referral-rules';
import { ReferralErrorCode } from './referrals.errors';
import type { ReferralsDeps, ReferralView } from './referrals.types';

export interface IssueReferralInput {
  patientId: string;
  specialty: string;
  diagnosisCode?: string | null;
  /** `YYYY-MM-DD`, the last valid day; today + 30 days in the clinic's zone when absent. */
  validUntil?: string;
  origin: RequestOrigin;
}

/**
 * A practitioner refers one of their own patients to a specialty (docs/domain.md §2 Referral). The referral is
 * issued by the clinic of the care relation, audited, and announced to the patient through the outbox in
 * the same transaction (issue 5) — without the diagnosis.
 */
export async function issueReferral(
  deps: ReferralsDeps,
  principal: Principal,
  input: IssueReferralInput,
): Promise<ReferralView> {
  const practitionerId = principal.practitionerId;
  if (!practitionerId) throw new DomainError(ReferralErrorCode.PRACTITIONER_REQUIRED);
  const diagnosisCode = referralDiagnosis(input.diagnosisCode);
  const specialty = await deps.store.read((repos) => repos.referrals.findSpecialty(input.specialty));
  if (!specialty) {
    throw new DomainError(ReferralErrorCode.REFERRAL_SPECIALTY_UNKNOWN, {
      field: 'body.specialty',
      params: { code: input.specialty },
    });
  }
  const { attachedOrganizationId } = await authorizeReferral(deps, principal, input.patientId, input.origin);
  // The care relation is the patient's clinic of attachment, where the practitioner works: it issues.
  const issuer = await deps.store.read((repos) =>
    repos.referrals.findIssuer(practitionerId, attachedOrganizationId ? [attachedOrganizationId] : []),
  );
  if (!issuer) throw new DomainError(ReferralErrorCode.PRACTITIONER_REQUIRED);
  const now = deps.clock.now();
  const validUntil = referralValidUntil(input.validUntil, now, issuer.timeZone);
  const record = await deps.store.transaction(async (repos) => {
    const id = await repos.referrals.insert({
      patientId: input.patientId,
      specialtyCode: specialty.code,
      issuedByPractitionerId: practitionerId,
      issuingOrganizationId: issuer.organizationId,
      diagnosisCode,
      validUntil,
      at: now,
    });
    await auditRecordCreated(
      repos,
      principal,
      { type: 'referral', id, at: now, details: { specialty: specialty.code, validUntil } },
      { patientId: input.patientId, basis: 'care', origin: input.origin },
    );
    await enqueueReferralMessages(
      repos,
      {
        id,
        patientId: input.patientId,
        specialty,
        validUntil,
        organizationName: issuer.organizationName,
        timeZone: issuer.timeZone,
      },
      now,
    );
    return repos.referrals.find(id);
  });
  if (!record) throw new Error('referral vanished after insert');
  return { ...record, isUsable: isReferralUsableNow(record, now) };
}
