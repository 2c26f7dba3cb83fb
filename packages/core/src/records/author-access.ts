import { type AccessBasis, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';

/**
 * The gate of every write a practitioner makes to a patient's record (docs/domain.md rule 16): the access
 * policy's `medical` purpose — a practitioner without a care relation (or emergency access) is refused with
 * "not found" and an `access.denied` audit entry by the policy itself — and then only a practitioner writes:
 * a registrar or an administrator who may read for another reason does not author medical records.
 */
export async function authorizeAuthor(
  deps: Pick<RecordsDeps, 'access'>,
  principal: Principal,
  patientId: string,
  origin: RequestOrigin,
): Promise<{ basis: AccessBasis; practitionerId: string }> {
  const basis = await authorizePatient(deps.access, principal, patientId, 'medical', origin);
  if ((basis !== 'care' && basis !== 'emergency') || !principal.practitionerId) {
    throw new DomainError(RecordsErrorCode.RECORD_AUTHOR_REQUIRED);
  }
  return { basis, practitionerId: principal.practitionerId };
}
