import { type AccessBasis, auditReadsOf } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { authorizeAuthor } from './author-access';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { LabOrderView } from './records.types';

/** The clinics where the caller works as a doctor or nurse: whose laboratory orders they handle. */
export const clinicianClinics = (principal: Principal): string[] => [
  ...new Set(
    principal.roles
      .filter((grant) => (grant.role === 'doctor' || grant.role === 'nurse') && grant.organizationId)
      .map((grant) => grant.organizationId as string),
  ),
];

/**
 * The order a doctor or nurse acts on: it exists, its patient is in the caller's care (the policy's refusal
 * is "not found" with an `access.denied` entry) and the caller works at the order's clinic — a practitioner
 * of another clinic who also treats the patient does not handle this clinic's orders.
 */
export async function loadLabOrderForStaff(
  deps: RecordsDeps,
  principal: Principal,
  orderId: string,
  origin: RequestOrigin,
): Promise<{ order: LabOrderView; basis: AccessBasis; practitionerId: string }> {
  const order = await deps.store.read((repos) => repos.labOrders.find(orderId));
  if (!order) throw new DomainError(RecordsErrorCode.LAB_ORDER_NOT_FOUND);
  const { basis, practitionerId } = await authorizeAuthor(deps, principal, order.patient.id, origin);
  if (!clinicianClinics(principal).includes(order.organization.id)) {
    throw new DomainError(RecordsErrorCode.LAB_ORDER_NOT_FOUND);
  }
  return { order, basis, practitionerId };
}

/** One `record.read` entry per patient whose order the caller was shown. */
export const auditLabOrderReads = (
  deps: RecordsDeps,
  principal: Principal,
  orders: readonly LabOrderView[],
  origin: RequestOrigin,
) =>
  auditReadsOf(deps.access, principal, {
    reads: orders.map((order) => ({ patientId: order.patient.id, basis: 'care', recordId: order.id })),
    action: 'record.read',
    recordType: 'lab_order',
    origin,
  });
