import type { LabOrderItemKind, LabOrderPriority } from '@talon/vocabulary/records';
import { auditRecordCreated } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError, localDate } from '../shared';
import { prescriptionNumber } from './create-prescription';
import { loadEncounterForAuthor } from './load-own-encounter';
import { RecordsErrorCode } from './records.errors';
import type { ClinicalReference, RecordsDeps } from './records.ports';
import type { LabOrderView } from './records.types';

/** Order numbers are dated in Moscow time, as prescriptions are. */
const ORDER_TIME_ZONE = 'Europe/Moscow';
export const LAB_ORDER_MAX_ITEMS = 30;

export interface OrderLabTestsInput {
  encounterId: string;
  /** Panel codes (`cbc`) or analyte codes (LOINC `718-7`, local `talon:…`) of the laboratory reference. */
  codes: readonly string[];
  priority: LabOrderPriority;
  note?: string | null;
  origin: RequestOrigin;
}

/** The order's lines from the codes picked: a panel or an analyte of the reference, each once. */
export function labOrderItems(
  reference: Pick<ClinicalReference, 'labPanel' | 'analyte'>,
  codes: readonly string[],
): { code: string; kind: LabOrderItemKind; name: string }[] {
  const unique = [...new Set(codes.map((code) => code.trim()))];
  if (unique.length === 0 || unique.length > LAB_ORDER_MAX_ITEMS) {
    throw new DomainError(RecordsErrorCode.UNKNOWN_LAB_TEST, { field: 'body.codes', params: { code: '' } });
  }
  return unique.map((code, index) => {
    const panel = reference.labPanel(code);
    if (panel) return { code, kind: 'panel' as const, name: panel.name };
    const analyte = reference.analyte(code);
    if (analyte) return { code, kind: 'analyte' as const, name: analyte.name };
    throw new DomainError(RecordsErrorCode.UNKNOWN_LAB_TEST, {
      field: `body.codes.${index}`,
      params: { code },
    });
  });
}

/**
 * Orders laboratory tests from a visit (issue 12 item 3): panels or analytes of the reference, a priority
 * and a note → an `active` order (FHIR ServiceRequest) of the visit's clinic, which a nurse of that clinic —
 * or later a laboratory through the FHIR API — completes with its results (`enterLabResults`). Only the
 * practitioner in care writes it; audited as a created record.
 */
export async function orderLabTests(
  deps: RecordsDeps,
  principal: Principal,
  input: OrderLabTestsInput,
): Promise<LabOrderView> {
  const items = labOrderItems(deps.reference, input.codes);
  const { encounter, basis, practitionerId } = await loadEncounterForAuthor(
    deps,
    principal,
    input.encounterId,
    input.origin,
  );
  const organizationId = encounter.organization?.id;
  if (!organizationId) throw new DomainError(RecordsErrorCode.ENCOUNTER_ORGANIZATION_REQUIRED);
  const now = deps.clock.now();
  const id = deps.newId();
  await deps.store.transaction(async (repos) => {
    await repos.labOrders.create({
      id,
      number: prescriptionNumber(localDate(now, ORDER_TIME_ZONE), id),
      patientId: encounter.patientId,
      encounterId: encounter.id,
      organizationId,
      requesterPractitionerId: practitionerId,
      priority: input.priority,
      note: input.note?.trim() || null,
      items,
      createdByAccountId: principal.accountId,
      at: now,
    });
    await auditRecordCreated(
      repos,
      principal,
      { type: 'lab_order', id, at: now, details: { items: items.length, priority: input.priority } },
      { patientId: encounter.patientId, basis, origin: input.origin },
    );
  });
  const view = await deps.store.read((repos) => repos.labOrders.find(id));
  if (!view) throw new Error('lab order vanished after insert');
  return view;
}
