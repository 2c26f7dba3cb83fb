import type { MedicationRequestStatus } from '@talon/vocabulary/records';
import type { AccessBasis } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { type ClientPrincipal, clientAuditActor } from '../integration-clients';
import { DomainError } from '../shared';
import { canMovePrescription, prescriptionStatusesBefore } from './prescription-workflow';
import { RecordsErrorCode } from './records.errors';
import type { RecordsRepos } from './records.ports';
import type { MedicationRequestView } from './records.types';

export const prescriptionConflict = (from: MedicationRequestStatus, to: MedicationRequestStatus) =>
  new DomainError(RecordsErrorCode.PRESCRIPTION_STATUS_CONFLICT, { params: { from, to } });

/** Refuses a move the workflow forbids before any work is done for it (a PDF, a pharmacy call). */
export function assertPrescriptionMove(current: MedicationRequestView, to: MedicationRequestStatus): void {
  if (!canMovePrescription(current.status, to)) throw prescriptionConflict(current.status, to);
}

/** Who moves a prescription: a practitioner, a pharmacy's integration client, or the system (null). */
export type PrescriptionActor =
  | { principal: Principal; basis: AccessBasis; origin: RequestOrigin }
  | { client: ClientPrincipal }
  | null;

function auditActorOf(actor: PrescriptionActor) {
  if (actor && 'client' in actor) {
    const { details, ...who } = clientAuditActor(actor.client);
    return { ...who, ip: null, userAgent: null, details };
  }
  return {
    actorAccountId: actor?.principal.accountId ?? null,
    actorRole: actor?.principal.roles[0]?.role ?? null,
    ip: actor?.origin.ip ?? null,
    userAgent: actor?.origin.userAgent ?? null,
    details: actor ? { basis: actor.basis } : {},
  };
}

/**
 * One move of a prescription inside the caller's transaction: the conditional UPDATE from the statuses the
 * workflow allows (a concurrent move loses with `PRESCRIPTION_STATUS_CONFLICT`) and its audit entry. The
 * actor is the practitioner, the pharmacy's integration client (FHIR MedicationDispense), or the system (the
 * demo pharmacy, the expiry job) when `actor` is null.
 */
export async function movePrescription(
  repos: Pick<RecordsRepos, 'prescriptions' | 'audit'>,
  actor: PrescriptionActor,
  move: { current: MedicationRequestView; to: MedicationRequestStatus; at: Date; reason?: string | null },
): Promise<void> {
  const { current, to, at } = move;
  assertPrescriptionMove(current, to);
  const moved = await repos.prescriptions.transition({
    id: current.id,
    from: prescriptionStatusesBefore(to),
    to,
    at,
    reason: move.reason ?? null,
  });
  if (!moved) throw prescriptionConflict(current.status, to);
  const { details, ...who } = auditActorOf(actor);
  await repos.audit.record({
    ...who,
    action: 'record.prescription_status',
    outcome: 'success',
    subjectPatientId: current.patientId,
    recordType: 'medication_request',
    recordId: current.id,
    details: { ...details, from: current.status, to },
    occurredAt: at,
  });
}
