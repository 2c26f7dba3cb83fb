import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { loadLabOrderForStaff } from './lab-order-access';
import { type LabObservationInput, recordLabReport } from './record-lab-report';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { DiagnosticReportView } from './records.types';

export interface EnterLabResultsInput {
  orderId: string;
  /** One value per analyte done; the unit defaults to the reference's, the laboratory's range is optional. */
  results: readonly Pick<LabObservationInput, 'code' | 'value' | 'unit' | 'referenceRange'>[];
  /** When the sample was taken; now when absent. */
  effectiveAt?: Date;
  conclusion?: string | null;
  origin: RequestOrigin;
}

/**
 * A nurse (or doctor) of the order's clinic types in its results (issue 12 item 3): only analytes the order
 * asked for, each once. They are stored by `recordLabReport` as the order's DiagnosticReport (basedOn the
 * order, entered by the caller) — interpreted, alerted, audited exactly as a laboratory's report — and the
 * order is completed in the same transaction. A laboratory posting through the FHIR API completes orders
 * through the same `basedOnOrderId`.
 */
export async function enterLabResults(
  deps: RecordsDeps,
  principal: Principal,
  input: EnterLabResultsInput,
): Promise<DiagnosticReportView> {
  const { order } = await loadLabOrderForStaff(deps, principal, input.orderId, input.origin);
  if (order.status !== 'active') throw new DomainError(RecordsErrorCode.LAB_ORDER_NOT_ACTIVE);
  const ordered = new Set(order.items.flatMap((item) => item.analytes.map((analyte) => analyte.code)));
  const seen = new Set<string>();
  input.results.forEach((result, index) => {
    if (!ordered.has(result.code) || seen.has(result.code)) {
      throw new DomainError(RecordsErrorCode.LAB_RESULT_NOT_ORDERED, {
        field: `body.results.${index}.code`,
        params: { code: result.code },
      });
    }
    seen.add(result.code);
  });
  const single = order.items.length === 1 ? order.items[0] : undefined;
  return recordLabReport(deps, principal, {
    patientId: order.patient.id,
    encounterId: order.encounterId,
    orderedByPractitionerId: order.requester.id,
    organizationId: order.organization.id,
    performerName: order.organization.name,
    orderNumber: order.number,
    code: single?.code ?? order.items.map((item) => item.code).join('+'),
    name: single?.name ?? order.items.map((item) => item.name).join(', '),
    effectiveAt: input.effectiveAt ?? deps.clock.now(),
    conclusion: input.conclusion ?? null,
    observations: input.results,
    basedOnOrderId: order.id,
    enteredByHand: true,
    origin: input.origin,
  });
}
