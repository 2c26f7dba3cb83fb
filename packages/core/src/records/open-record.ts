import { type AccessBasis, auditAllowed, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { RecordsErrorCode } from './records.errors';
import type { Period, RecordsDeps } from './records.ports';

/** Who the record belongs to and what the caller asked to see. */
export interface RecordReadInput {
  /** The person whose record is read; the caller's own when absent. */
  patientId?: string;
  origin: RequestOrigin;
}

/**
 * The gate of every read of the medical record (docs/domain.md rules 16, 17, 24): the access policy's
 * `medical` purpose — the patient, representatives with medical access, staff with a care relation or
 * emergency access; a registrar, a clinic admin or a booking-consent proxy is refused, audited and answered
 * "not found" — then one `record.read` audit entry for the request (the patient's own reads too: one entry a
 * request, not a row). Returns the patient and the basis of access.
 */
export async function openRecord(
  deps: Pick<RecordsDeps, 'access' | 'store' | 'clock'>,
  principal: Principal,
  input: RecordReadInput,
  read: { recordType: string; recordId?: string; details?: Record<string, unknown> },
): Promise<{ patientId: string; basis: AccessBasis }> {
  const patientId = input.patientId ?? principal.patientId;
  if (!patientId) {
    throw new DomainError(RecordsErrorCode.RECORD_PATIENT_REQUIRED, { field: 'query.patientId' });
  }
  const basis = await authorizePatient(deps.access, principal, patientId, 'medical', input.origin);
  await deps.store.transaction((repos) =>
    auditAllowed(repos, principal, {
      action: 'record.read',
      patientId,
      basis,
      origin: input.origin,
      at: deps.clock.now(),
      recordType: read.recordType,
      recordId: read.recordId ?? patientId,
      details: read.details,
    }),
  );
  return { patientId, basis };
}

/** A period from two optional instants; refused when it ends before it starts. */
export function periodOf(from: Date | undefined, to: Date | undefined): Period {
  if (from && to && to.getTime() < from.getTime()) {
    throw new DomainError(RecordsErrorCode.RECORD_PERIOD_INVALID, { field: 'query.to' });
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The most items a list of one person's record answers with. */
export const RECORD_LIST_LIMIT = 500;
