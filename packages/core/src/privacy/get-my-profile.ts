import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { presentCard } from './mask-identifiers';
import { PrivacyErrorCode } from './privacy.errors';
import type { PrivacyDeps } from './privacy.ports';
import type { PatientProfile } from './privacy.types';
import { ownPatientId, selfAudit } from './privacy-requester';

export interface GetMyProfileInput {
  origin: RequestOrigin;
  /** Show SNILS and OMS in full; recorded as a separate audit entry. */
  reveal: boolean;
}

/**
 * The caller's own card (`GET /api/v1/me/profile`). SNILS and OMS come masked unless `reveal` is asked for.
 * Every read is audited (`patient.read`, docs/domain.md rule 17); revealing the identifiers is a second entry, so
 * the log shows when the full numbers were shown.
 */
export async function getMyProfile(
  deps: PrivacyDeps,
  principal: Principal,
  input: GetMyProfileInput,
): Promise<PatientProfile> {
  const patientId = ownPatientId(principal);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const card = await repos.patients.findCard(patientId);
    if (!card) throw new DomainError(PrivacyErrorCode.PATIENT_CARD_NOT_FOUND);
    const base = { ...selfAudit(principal, input.origin, now), recordType: 'patient', recordId: patientId };
    await repos.audit.record({
      ...base,
      action: AuditAction.PATIENT_READ,
      outcome: 'success',
      details: { view: 'profile' },
    });
    if (input.reveal) {
      await repos.audit.record({
        ...base,
        action: AuditAction.PATIENT_READ,
        outcome: 'success',
        details: {
          view: 'identifiers',
          revealed: ['snils', 'oms'].filter((f) => card[f as 'snils' | 'oms']),
        },
      });
    }
    return presentCard(card, input.reveal);
  });
}
