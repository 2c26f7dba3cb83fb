import type { LabOrderStatus } from '@talon/vocabulary/records';
import { auditAllowed } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { auditLabOrderReads, clinicianClinics, loadLabOrderForStaff } from './lab-order-access';
import { loadEncounterForAuthor } from './load-own-encounter';
import { openRecord, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { LabOrderView } from './records.types';

const CLINIC_LIST_LIMIT = 200;

/**
 * The laboratory orders of the caller's clinics (the nurse's «Анализы к выполнению»): `active` by default,
 * urgent first, then the oldest. Each patient shown gets a `record.read` entry.
 */
export async function listClinicLabOrders(
  deps: RecordsDeps,
  principal: Principal,
  input: { status?: LabOrderStatus | null; origin: RequestOrigin },
): Promise<LabOrderView[]> {
  const organizationIds = clinicianClinics(principal);
  if (organizationIds.length === 0) return [];
  const orders = await deps.store.read((repos) =>
    repos.labOrders.listForClinics({
      organizationIds,
      status: input.status === undefined ? 'active' : input.status,
      limit: CLINIC_LIST_LIMIT,
    }),
  );
  await auditLabOrderReads(deps, principal, orders, input.origin);
  return orders;
}

/** One order, for the result form: the caller works at its clinic and has the patient in care. */
export async function getLabOrder(
  deps: RecordsDeps,
  principal: Principal,
  input: { orderId: string; origin: RequestOrigin },
): Promise<LabOrderView> {
  const { order } = await loadLabOrderForStaff(deps, principal, input.orderId, input.origin);
  await auditLabOrderReads(deps, principal, [order], input.origin);
  return order;
}

/** The orders of one visit (the visit page's list), for its practitioner in care. */
export async function listEncounterLabOrders(
  deps: RecordsDeps,
  principal: Principal,
  input: { encounterId: string; origin: RequestOrigin },
): Promise<LabOrderView[]> {
  const { encounter } = await loadEncounterForAuthor(deps, principal, input.encounterId, input.origin);
  const orders = await deps.store.read((repos) =>
    repos.labOrders.listForPatient({
      patientId: encounter.patientId,
      encounterId: encounter.id,
      limit: RECORD_LIST_LIMIT,
    }),
  );
  await auditLabOrderReads(deps, principal, orders, input.origin);
  return orders;
}

/** «Назначенные анализы» of the medical card: the patient's orders, newest first (read like the record). */
export async function listPatientLabOrders(
  deps: RecordsDeps,
  principal: Principal,
  input: RecordReadInput,
): Promise<LabOrderView[]> {
  const { patientId } = await openRecord(deps, principal, input, { recordType: 'lab_order_list' });
  return deps.store.read((repos) => repos.labOrders.listForPatient({ patientId, limit: RECORD_LIST_LIMIT }));
}

/**
 * Withdraws an active order (active → revoked). Only its requester does; a result stored meanwhile wins
 * (409 `LAB_ORDER_NOT_ACTIVE`), as does an earlier revocation.
 */
export async function revokeLabOrder(
  deps: RecordsDeps,
  principal: Principal,
  input: { orderId: string; origin: RequestOrigin },
): Promise<LabOrderView> {
  const { order, basis, practitionerId } = await loadLabOrderForStaff(
    deps,
    principal,
    input.orderId,
    input.origin,
  );
  if (order.requester.id !== practitionerId) throw new DomainError(RecordsErrorCode.RECORD_AUTHOR_REQUIRED);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    if (!(await repos.labOrders.revoke(order.id, principal.accountId, now))) {
      throw new DomainError(RecordsErrorCode.LAB_ORDER_NOT_ACTIVE);
    }
    await auditAllowed(repos, principal, {
      action: 'record.update',
      patientId: order.patient.id,
      basis,
      origin: input.origin,
      at: now,
      recordType: 'lab_order',
      recordId: order.id,
      details: { status: 'revoked' },
    });
  });
  const view = await deps.store.read((repos) => repos.labOrders.find(order.id));
  if (!view) throw new Error('lab order vanished after revoke');
  return view;
}
